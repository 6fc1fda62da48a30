import { describe, expect, it } from 'vitest';
import { nextSort, readHistoryView, writeHistoryView } from './history-view';

describe('History view in the URL', () => {
  it('reads defaults from an empty URL', () => {
    const view = readHistoryView(new URLSearchParams());
    expect(view.status).toBe('all');
    expect(view.sort).toEqual({ key: 'id', direction: 'desc' });
    expect(view.hiddenColumns).toBeNull();
    expect(view.observationId).toBeNull();
  });

  it('round-trips filters, sort, hidden columns with commas, and the open drawer', () => {
    const params = writeHistoryView(new URLSearchParams('tab=x'), {
      status: 'failed',
      metadataKey: 'instance_id',
      metadataValue: 'i-3',
      text: 'oom',
      sort: { key: 'meta:a,b', direction: 'asc' },
      hiddenColumns: new Set(['meta:a,b', 'param:x']),
      observationId: '42',
    });
    const view = readHistoryView(params);
    expect(view).toMatchObject({
      status: 'failed',
      metadataKey: 'instance_id',
      metadataValue: 'i-3',
      text: 'oom',
      sort: { key: 'meta:a,b', direction: 'asc' },
      observationId: '42',
    });
    expect([...(view.hiddenColumns ?? [])]).toEqual(['meta:a,b', 'param:x']);
    expect(params.get('tab')).toBe('x');
  });

  it('drops default values from the URL', () => {
    const params = writeHistoryView(new URLSearchParams('status=failed&q=x'), {
      status: 'all',
      text: '',
      sort: { key: 'id', direction: 'desc' },
    });
    expect(params.toString()).toBe('');
  });

  it('ignores an unknown status', () => {
    expect(readHistoryView(new URLSearchParams('status=weird')).status).toBe('all');
  });
});

describe('nextSort', () => {
  it('starts a new column descending and flips on the next click', () => {
    const first = nextSort({ key: 'id', direction: 'desc' }, 'value:loss');
    expect(first).toEqual({ key: 'value:loss', direction: 'desc' });
    expect(nextSort(first, 'value:loss')).toEqual({
      key: 'value:loss',
      direction: 'asc',
    });
  });
});
