// Walking the API's cursor pages the way the official clients do.
import type { Pagination } from '../../shared/api-types';
import { idMarker } from '../../shared/paging-marker';
import type { ApiClient, Query } from './client';

const PAGE_LIMIT = 1000;

/** Every item of a list, newest first, following `paging.before` until it is null. */
export async function fetchAllPages<T>(
  client: ApiClient,
  path: string,
  query: Query = {},
  signal?: AbortSignal,
): Promise<{ items: T[]; count: number }> {
  const items: T[] = [];
  let before: string | null = null;
  let count = 0;
  do {
    const page: Pagination<T> = await client.get<Pagination<T>>(
      path,
      { ...query, limit: PAGE_LIMIT, before },
      signal,
    );
    items.push(...page.data);
    count = page.count;
    before = page.data.length > 0 ? page.paging.before : null;
  } while (before !== null);
  return { items, count };
}

/** Items with ids above `afterId`, walking upwards with `paging.after`. */
export async function fetchNewerThan<T>(
  client: ApiClient,
  path: string,
  afterId: string,
  signal?: AbortSignal,
): Promise<{ items: T[]; count: number }> {
  const items: T[] = [];
  let after: string | null = idMarker(afterId);
  let count = 0;
  while (after !== null) {
    const page: Pagination<T> = await client.get<Pagination<T>>(
      path,
      { limit: PAGE_LIMIT, after },
      signal,
    );
    items.push(...page.data);
    count = page.count;
    after = page.data.length > 0 ? page.paging.after : null;
  }
  return { items, count };
}

/** Items with ids in [lowId, highId], newest first, walking down with `paging.before`. */
async function fetchIdRange<T>(
  client: ApiClient,
  path: string,
  lowId: number,
  highId: number,
  signal?: AbortSignal,
): Promise<T[]> {
  const items: T[] = [];
  const after = idMarker(lowId - 1);
  let before: string | null = idMarker(highId + 1);
  while (before !== null) {
    const page: Pagination<T> = await client.get<Pagination<T>>(
      path,
      { limit: PAGE_LIMIT, before, after },
      signal,
    );
    items.push(...page.data);
    before = page.data.length > 0 ? page.paging.before : null;
  }
  return items;
}

/**
 * Every item with an id in [lowId, highId], oldest first. The id span is cut into `parts`
 * ranges read side by side, which loads a large list several times faster than walking
 * one cursor; ids have gaps, so ranges differ in size, but together they miss nothing.
 */
export async function fetchIdSpanInParallel<T>(
  client: ApiClient,
  path: string,
  lowId: number,
  highId: number,
  parts: number,
  signal?: AbortSignal,
): Promise<T[]> {
  const width = Math.ceil((highId - lowId + 1) / parts);
  const ranges: Array<[number, number]> = [];
  for (let low = lowId; low <= highId; low += width) {
    ranges.push([low, Math.min(highId, low + width - 1)]);
  }

  const pieces = await Promise.all(
    ranges.map(([low, high]) => fetchIdRange<T>(client, path, low, high, signal)),
  );
  return pieces.flatMap((piece) => piece.reverse());
}
