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
