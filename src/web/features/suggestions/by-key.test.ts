import { describe, expect, it } from 'vitest';
import { openSuggestionsByKey } from './by-key';
import { makeSuggestion } from './test-data';

describe('openSuggestionsByKey', () => {
  const suggestions = [
    makeSuggestion(1, { created: 500, metadata: { instance_id: 'i-2' } }),
    makeSuggestion(2, { created: 100, metadata: { instance_id: 'i-1' } }),
    makeSuggestion(3, { created: 900, metadata: { instance_id: 'i-1' } }),
    makeSuggestion(4, { created: 50, state: 'closed', metadata: { instance_id: 'i-3' } }),
    makeSuggestion(5, { created: 950 }),
  ];

  it('counts open suggestions per value with the oldest first', () => {
    const { groups, withoutKey } = openSuggestionsByKey(
      suggestions,
      'instance_id',
      1000,
      null,
    );
    expect(groups.map((group) => [group.value, group.open, group.oldestCreated])).toEqual(
      [
        ['i-1', 2, 100],
        ['i-2', 1, 500],
      ],
    );
    expect(withoutKey).toBe(1);
  });

  it('counts stale suggestions per value', () => {
    const { groups } = openSuggestionsByKey(suggestions, 'instance_id', 1000, 600);
    expect(groups.map((group) => [group.value, group.stale])).toEqual([
      ['i-1', 1],
      ['i-2', 0],
    ]);
  });
});
