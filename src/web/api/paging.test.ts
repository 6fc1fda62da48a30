import { describe, expect, it } from 'vitest';
import type { Pagination } from '../../shared/api-types';
import { decodeMarker, encodeMarker } from '../../shared/paging-marker';
import type { ApiClient, Query } from './client';
import { fetchIdSpanInParallel } from './paging';

/** A list endpoint over `ids` with the server's id-cursor rules, newest first. */
function fakeClient(ids: number[], limit: number): ApiClient {
  const get = async (_path: string, query: Query = {}) => {
    const below = query.before
      ? Number(decodeMarker(String(query.before))?.[0])
      : Infinity;
    const above = query.after
      ? Number(decodeMarker(String(query.after))?.[0])
      : -Infinity;
    const matching = ids.filter((id) => id < below && id > above).sort((a, b) => b - a);
    const data = matching.slice(0, Math.min(limit, Number(query.limit)));
    const more = matching.length > data.length;
    const lowest = data[data.length - 1];
    const page: Pagination<{ id: string }> = {
      object: 'pagination',
      count: ids.length,
      data: data.map((id) => ({ id: String(id) })),
      paging: {
        before: more && lowest !== undefined ? encodeMarker([lowest]) : null,
        after: null,
      },
    };
    return page;
  };
  return { get } as unknown as ApiClient;
}

describe('fetchIdSpanInParallel', () => {
  it('reads every id of a gappy span once, oldest first', async () => {
    const ids = [3, 4, 7, 8, 9, 15, 16, 30, 31, 32, 33, 50];
    const rows = await fetchIdSpanInParallel<{ id: string }>(
      fakeClient(ids, 2),
      '/x',
      3,
      50,
      4,
    );
    expect(rows.map((row) => Number(row.id))).toEqual(ids);
  });

  it('copes with more parts than ids', async () => {
    const rows = await fetchIdSpanInParallel<{ id: string }>(
      fakeClient([5, 6], 1000),
      '/x',
      5,
      6,
      8,
    );
    expect(rows.map((row) => row.id)).toEqual(['5', '6']);
  });
});
