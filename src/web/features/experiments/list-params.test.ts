import { describe, expect, it } from 'vitest';
import type { Experiment } from '../../../shared/api-types';
import {
  filterQuery,
  listViewParams,
  neighbourPages,
  pageQuery,
  parseListView,
  sortExperiments,
} from './list-params';

const empty = parseListView(new URLSearchParams());

function experiment(id: string, name: string, count: number, updated = 0): Experiment {
  return {
    id,
    name,
    updated,
    progress: { observation_count: count },
  } as unknown as Experiment;
}

describe('experiments list view in the URL', () => {
  it('falls back to the defaults for missing or unknown values', () => {
    const view = parseListView(
      new URLSearchParams('sort=bogus&state=x&limit=7&offset=-3'),
    );
    expect(view).toEqual(empty);
    expect(empty).toMatchObject({
      sort: 'created',
      order: 'desc',
      state: 'active',
      limit: 25,
    });
  });

  it('round-trips a view through search params, leaving defaults out', () => {
    const view = {
      ...empty,
      search: 'resnet',
      metadataKey: 'model',
      metadataValue: 'xgboost',
      state: 'all' as const,
      sort: 'name' as const,
      order: 'desc' as const,
      limit: 50,
      offset: 50,
    };
    const params = listViewParams(view);
    expect(parseListView(params)).toEqual(view);
    expect(listViewParams(empty).toString()).toBe('');
  });

  it('sends the metadata filter as metadata_key and metadata_value', () => {
    const view = {
      ...empty,
      metadataKey: 'model',
      metadataValue: 'xgboost',
      search: ' res ',
    };
    expect(filterQuery(view)).toEqual({
      search: 'res',
      metadata_key: 'model',
      metadata_value: 'xgboost',
    });
  });

  it('maps the updated sort to the API sort "recent"', () => {
    const query = pageQuery({ ...empty, sort: 'updated', order: 'asc' });
    expect(query).toMatchObject({ sort: 'recent', ascending: true, limit: 25 });
  });
});

describe('neighbourPages', () => {
  const paging = { before: 'B', after: 'A' };

  it('walks down with before when descending and has no previous page at the top', () => {
    const { previous, next } = neighbourPages(empty, paging, 25, 60);
    expect(previous).toBeNull();
    expect(next).toMatchObject({ before: 'B', after: null, offset: 25 });
  });

  it('goes back with after and drops the cursor when back on the first page', () => {
    const second = { ...empty, before: 'X', offset: 25 };
    const { previous } = neighbourPages(second, paging, 25, 60);
    expect(previous).toMatchObject({ before: null, after: null, offset: 0 });
  });

  it('walks up with after when ascending', () => {
    const ascending = { ...empty, order: 'asc' as const, after: 'X', offset: 25 };
    const { previous, next } = neighbourPages(ascending, paging, 25, 60);
    expect(next).toMatchObject({ after: 'A', before: null, offset: 50 });
    expect(previous).toMatchObject({ offset: 0, before: null, after: null });
  });

  it('has no next page on the last page', () => {
    const last = { ...empty, before: 'X', offset: 50 };
    expect(neighbourPages(last, { before: null, after: 'A' }, 10, 60).next).toBeNull();
  });
});

describe('sortExperiments', () => {
  const rows = [
    experiment('1', 'run 10', 5),
    experiment('2', 'run 9', 5),
    experiment('3', 'Alpha', 1),
  ];

  it('sorts names naturally and case-insensitively', () => {
    const names = sortExperiments(rows, 'name', 'asc').map((row) => row.name);
    expect(names).toEqual(['Alpha', 'run 9', 'run 10']);
  });

  it('sorts by observation count as numbers, ties by id', () => {
    const ids = sortExperiments(rows, 'observations', 'desc').map((row) => row.id);
    expect(ids).toEqual(['2', '1', '3']);
  });
});
