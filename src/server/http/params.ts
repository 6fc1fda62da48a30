// Reading path ids, query parameters and JSON bodies into typed values, or a 4xx.
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { decodeMarker } from '../../shared/paging-marker';
import type { PageRequest } from '../data/pager';
import { badRequest, describeZodError, HttpError } from './errors';

export type QueryParams = Record<string, string | string[] | undefined>;

/** The last value of a query parameter (clients may repeat one). */
export function queryValue(query: QueryParams, name: string): string | undefined {
  const value = query[name];
  return Array.isArray(value) ? value[value.length - 1] : value;
}

/** Path ids are positive integers; anything else names no object. */
export function pathId(raw: string | undefined, what: string): number {
  if (raw === undefined || !/^\d{1,15}$/.test(raw)) {
    throw new HttpError(
      404,
      `No ${what} has the id "${raw ?? ''}": ids are whole numbers`,
    );
  }
  return Number(raw);
}

/** The experiment named by the `:experimentId` part of the route. */
export function experimentIdOf(request: FastifyRequest): number {
  return pathId((request.params as { experimentId?: string }).experimentId, 'experiment');
}

/** The experiment and the suggestion or observation under it named by the route. */
export function childIdsOf(request: FastifyRequest, child: 'suggestion' | 'observation') {
  const params = request.params as Record<string, string | undefined>;
  return {
    experimentId: experimentIdOf(request),
    childId: pathId(params[`${child}Id`], child),
  };
}

/** `1`/`true`/`0`/`false` in any case, as SigOpt's clients send booleans. */
export function queryBool(query: QueryParams, name: string, fallback: boolean): boolean {
  const raw = queryValue(query, name);
  if (raw === undefined) return fallback;
  const lower = raw.toLowerCase();
  if (lower === 'true' || lower === '1') return true;
  if (lower === 'false' || lower === '0') return false;
  throw badRequest(`Invalid value for ${name}: "${raw}" - expected true or false`);
}

export function queryInt(query: QueryParams, name: string): number | null {
  const raw = queryValue(query, name);
  if (raw === undefined) return null;
  if (!/^-?\d{1,15}$/.test(raw))
    throw badRequest(`Invalid value for ${name}: "${raw}" - expected an integer`);
  return Number(raw);
}

export const MAX_PAGE_LIMIT = 1000;

function marker(query: QueryParams, name: string) {
  const raw = queryValue(query, name);
  if (raw === undefined) return null;
  if (raw === '') throw badRequest('Invalid paging marker, cannot be an empty string');
  const key = decodeMarker(raw);
  if (!key) throw badRequest(`Invalid paging marker for ${name}: "${raw.slice(0, 60)}"`);
  return key;
}

export function pageRequest(query: QueryParams): PageRequest {
  const limit = queryInt(query, 'limit') ?? MAX_PAGE_LIMIT;
  if (limit > MAX_PAGE_LIMIT)
    throw badRequest(`Exceeded maximum limit: ${MAX_PAGE_LIMIT}`);
  if (limit < 0) throw badRequest('limit must not be negative');
  return {
    limit,
    before: marker(query, 'before'),
    after: marker(query, 'after'),
    ascending: queryBool(query, 'ascending', false),
  };
}

/** A POST/PUT body: an empty body counts as `{}`; anything but an object is refused. */
export function objectBody(body: unknown): Record<string, unknown> {
  if (body === undefined) return {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    const kind = body === null ? 'null' : Array.isArray(body) ? 'an array' : typeof body;
    throw badRequest(`The request body must be a JSON object, not ${kind}`);
  }
  return body as Record<string, unknown>;
}

export function parseBody<Schema extends z.ZodType>(
  schema: Schema,
  body: unknown,
  what: string,
): z.output<Schema> {
  const result = schema.safeParse(body, { reportInput: true });
  if (!result.success) throw badRequest(describeZodError(result.error, what));
  return result.data;
}
