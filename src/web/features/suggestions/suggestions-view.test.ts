import { describe, expect, it } from 'vitest';
import { readSuggestionsView, writeSuggestionsView } from './suggestions-view';

describe('Suggestions view in the URL', () => {
  it('shows open suggestions, oldest first, by default', () => {
    const view = readSuggestionsView(new URLSearchParams());
    expect(view.state).toBe('open');
    expect(view.sort).toEqual({ key: 'created', direction: 'asc' });
  });

  it('round-trips state, filter, sort, summary key and drawer', () => {
    const params = writeSuggestionsView(new URLSearchParams(), {
      state: 'all',
      metadataKey: 'instance_id',
      metadataValue: 'i-1',
      sort: { key: 'param:x', direction: 'desc' },
      summaryKey: 'ip',
      suggestionId: '7',
    });
    expect(readSuggestionsView(params)).toEqual({
      state: 'all',
      metadataKey: 'instance_id',
      metadataValue: 'i-1',
      sort: { key: 'param:x', direction: 'desc' },
      summaryKey: 'ip',
      suggestionId: '7',
    });
  });

  it('leaves defaults out of the URL and ignores unknown states', () => {
    const params = writeSuggestionsView(new URLSearchParams('state=closed'), {
      state: 'open',
    });
    expect(params.toString()).toBe('');
    expect(readSuggestionsView(new URLSearchParams('state=bogus')).state).toBe('open');
  });
});
