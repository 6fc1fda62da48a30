// Keyset paging with SigOpt's cursor semantics, shared by every list. Items are ordered
// by a tuple of SQL key expressions whose last element is the unique id, so a marker
// (the key tuple of one item) always names a single position in the list.
import { encodeMarker, type MarkerKey } from '../../shared/paging-marker';
import { statement, type Db } from './database';

export interface PageRequest {
  limit: number;
  before: MarkerKey | null;
  after: MarkerKey | null;
  ascending: boolean;
}

export interface PageQuery {
  /** Columns to select (the key columns are added). */
  columns: string;
  /** `FROM … WHERE …` shared by the page and the count. */
  from: string;
  params: unknown[];
  /** Key expressions; none may be NULL (use coalesce), the last must be the id. */
  keys: string[];
  /** Named parameters (`@name`) the key expressions use. */
  keyParams?: Record<string, unknown>;
  /** The number of matching items when already known; counted otherwise. */
  count?: number;
}

export interface Page<Row> {
  rows: Row[];
  count: number;
  before: string | null;
  after: string | null;
}

// Infinity has no JSON form; markers carry it as null (no key expression yields NULL).
function toMarkerPart(value: unknown): number | string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value;
  return Number(value);
}

function fromMarkerPart(value: number | string | null): number | string {
  return value === null ? Infinity : value;
}

function keyTuple(keys: string[]): string {
  return `(${keys.join(', ')})`;
}

/**
 * Reads one page. Descending lists walk downwards from `before` (or the top) unless only
 * `after` is given, in which case the `limit` items just above it are returned, still in
 * descending order; `ascending` swaps the roles. `count` ignores the markers.
 */
export function readPage<Row>(db: Db, query: PageQuery, request: PageRequest): Page<Row> {
  const { keys } = query;
  const conditions: string[] = [];
  const params = [...query.params];
  const tuple = keyTuple(keys);
  const placeholders = `(${keys.map(() => '?').join(', ')})`;

  for (const [marker, operator] of [
    [request.before, '<'],
    [request.after, '>'],
  ] as const) {
    if (!marker) continue;
    if (marker.length !== keys.length) throw new MarkerMismatch();
    conditions.push(`${tuple} ${operator} ${placeholders}`);
    params.push(...marker.map(fromMarkerPart));
  }

  const walkingUp = request.ascending
    ? !(request.before && !request.after)
    : Boolean(request.after && !request.before);
  const direction = walkingUp ? 'ASC' : 'DESC';
  const order = keys.map((key) => `${key} ${direction}`).join(', ');
  const keyColumns = keys.map((key, index) => `${key} AS _k${index}`).join(', ');
  const where = conditions.length ? ` AND ${conditions.join(' AND ')}` : '';

  const count =
    query.count ??
    (
      statement(db, `SELECT count(*) AS n ${query.from}`).get(...query.params) as {
        n: number;
      }
    ).n;
  if (request.limit === 0) return { rows: [], count, before: null, after: null };

  const sql =
    `SELECT ${query.columns}, ${keyColumns} ${query.from}${where} ` +
    `ORDER BY ${order} LIMIT ?`;
  const bound = query.keyParams ? [query.keyParams, ...params] : params;
  const fetched = statement(db, sql).all(...bound, request.limit + 1) as Array<
    Row & Record<string, unknown>
  >;
  const more = fetched.length > request.limit;
  if (more) fetched.pop();

  const markerOf = (row: Record<string, unknown> | undefined) =>
    row ? encodeMarker(keys.map((_, index) => toMarkerPart(row[`_k${index}`]))) : null;
  const lowest = walkingUp ? fetched[0] : fetched[fetched.length - 1];
  const highest = walkingUp ? fetched[fetched.length - 1] : fetched[0];
  const before = walkingUp || more ? markerOf(lowest) : null;
  const after = !walkingUp || more ? markerOf(highest) : null;

  const descendingOut = !request.ascending;
  const rows = walkingUp === descendingOut ? fetched.reverse() : fetched;
  return { rows, count, before, after };
}

/** A marker from another list (another sort) was passed. */
export class MarkerMismatch extends Error {
  constructor() {
    super('The paging marker does not belong to this list or sort order');
  }
}
