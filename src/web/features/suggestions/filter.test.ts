import { describe, expect, it } from 'vitest';
import { makeExperiment } from '../history/test-data';
import { filterSuggestions, sortSuggestions, suggestionMetadataValues } from './filter';
import { suggestionFields } from './suggestion-fields';
import { makeSuggestion } from './test-data';

const suggestions = [
  makeSuggestion(1, { created: 300, metadata: { instance_id: 'i-10' } }),
  makeSuggestion(2, { created: 100, metadata: { instance_id: 'i-2' } }),
  makeSuggestion(3, { created: 200, state: 'closed', metadata: { instance_id: 2 } }),
  makeSuggestion(4, { created: 50 }),
];

function ids(list: { id: string }[]) {
  return list.map((item) => item.id);
}

describe('filterSuggestions', () => {
  it('keeps suggestions whose metadata value matches as text', () => {
    expect(ids(filterSuggestions(suggestions, 'instance_id', 'i-2'))).toEqual(['2']);
    expect(ids(filterSuggestions(suggestions, 'instance_id', '2'))).toEqual(['3']);
  });

  it('keeps everything without a complete filter', () => {
    expect(filterSuggestions(suggestions, 'instance_id', '')).toHaveLength(4);
  });
});

describe('sortSuggestions', () => {
  const fields = suggestionFields(makeExperiment(), ['instance_id']);
  const field = (key: string) => fields.find((item) => item.key === key)!;

  it('sorts by age with the oldest open suggestion first and closed ones last', () => {
    expect(ids(sortSuggestions(suggestions, field('age'), 'desc'))).toEqual([
      '4',
      '2',
      '1',
      '3',
    ]);
  });

  it('sorts metadata naturally, numbers before text', () => {
    const sorted = sortSuggestions(suggestions, field('meta:instance_id'), 'asc');
    expect(ids(sorted)).toEqual(['3', '2', '1', '4']);
  });
});

describe('suggestionMetadataValues', () => {
  it('lists the distinct values as text', () => {
    expect(suggestionMetadataValues(suggestions, 'instance_id')).toEqual([
      '2',
      'i-2',
      'i-10',
    ]);
  });
});
