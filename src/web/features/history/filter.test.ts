import { describe, expect, it } from 'vitest';
import { fieldValue, metadataKeysOf, observationFields } from './fields';
import { filterObservations, metadataValuesOf, sortObservations } from './filter';
import { makeExperiment, makeObservation } from './test-data';

const rows = [
  makeObservation(1, { metadata: { instance_id: 'i-1', epochs: 10 } }),
  makeObservation(2, { failed: true, metadata: { instance_id: 'i-2', epochs: 'many' } }),
  makeObservation(3, { metadata: { instance_id: 'i-3', note: 'OOM on GPU' } }),
  makeObservation(4, { failed: true, metadata: { instance_id: 'i-3', epochs: 9 } }),
  makeObservation(5),
];

const noFilter = { status: 'all', metadataKey: '', metadataValue: '', text: '' } as const;

function ids(list: { id: string }[]) {
  return list.map((row) => row.id);
}

describe('filterObservations', () => {
  it('keeps everything without a filter', () => {
    expect(ids(filterObservations(rows, noFilter))).toEqual(['1', '2', '3', '4', '5']);
  });

  it('hides failed rows when the filter says succeeded, and the rest for failed', () => {
    expect(ids(filterObservations(rows, { ...noFilter, status: 'succeeded' }))).toEqual([
      '1',
      '3',
      '5',
    ]);
    expect(ids(filterObservations(rows, { ...noFilter, status: 'failed' }))).toEqual([
      '2',
      '4',
    ]);
  });

  it('combines a metadata key = value filter with the status filter', () => {
    const filter = {
      ...noFilter,
      status: 'failed',
      metadataKey: 'instance_id',
      metadataValue: 'i-3',
    } as const;
    expect(ids(filterObservations(rows, filter))).toEqual(['4']);
  });

  it('compares numeric metadata values as text', () => {
    const filter = { ...noFilter, metadataKey: 'epochs', metadataValue: '10' };
    expect(ids(filterObservations(rows, filter))).toEqual(['1']);
  });

  it('matches free text case-insensitively in metadata values', () => {
    expect(ids(filterObservations(rows, { ...noFilter, text: 'oom' }))).toEqual(['3']);
  });
});

describe('sortObservations', () => {
  const experiment = makeExperiment();
  const fields = observationFields(experiment, metadataKeysOf(rows));
  const field = (key: string) => {
    const found = fields.find((item) => item.key === key);
    if (!found) throw new Error(`no field ${key}`);
    return found;
  };

  it('sorts metadata with numbers before text and missing values last', () => {
    const sorted = sortObservations(rows, field('meta:epochs'), 'asc');
    expect(ids(sorted)).toEqual(['4', '1', '2', '3', '5']);
  });

  it('sorts a metric numerically, failed rows last, ties by id in the same direction', () => {
    const sorted = sortObservations(rows, field('value:accuracy'), 'desc');
    expect(ids(sorted)).toEqual(['5', '3', '1', '4', '2']);
  });

  it('sorts ids as numbers, whether or not the rows arrive in id order', () => {
    const ordered = [makeObservation(9), makeObservation(10), makeObservation(100)];
    expect(ids(sortObservations(ordered, field('id'), 'desc'))).toEqual([
      '100',
      '10',
      '9',
    ]);
    expect(ids(sortObservations(ordered, field('id'), 'asc'))).toEqual([
      '9',
      '10',
      '100',
    ]);

    const many = [makeObservation(10), makeObservation(9), makeObservation(100)];
    expect(ids(sortObservations(many, field('id'), 'asc'))).toEqual(['9', '10', '100']);
  });

  it('reads status as failed or succeeded', () => {
    expect(fieldValue(rows[1]!, field('status'))).toBe('failed');
    expect(fieldValue(rows[0]!, field('status'))).toBe('succeeded');
  });
});

describe('metadataValuesOf', () => {
  it('lists each value once in natural order', () => {
    expect(metadataValuesOf(rows, 'instance_id')).toEqual(['i-1', 'i-2', 'i-3']);
  });
});
