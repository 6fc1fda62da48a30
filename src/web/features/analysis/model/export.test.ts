import { describe, expect, it } from 'vitest';
import { plottedRowsCsv } from './export';
import { buildFieldTable } from './fields';
import { makeExperiment, makeObservation } from './test-data';

describe('plottedRowsCsv', () => {
  it('writes the plotted rows with category names and defuses formula-like text', () => {
    const table = buildFieldTable(
      makeExperiment(),
      [
        makeObservation(7, { accuracy: 0.25, metadata: { host: '=cmd()' } }),
        makeObservation(8, { accuracy: 0.5, metadata: { host: 'b' } }),
      ],
      1,
    );
    const csv = plottedRowsCsv(table, Int32Array.from([0]), [
      'd.host',
      'm.accuracy',
      'd.host',
    ]);
    expect(csv.split('\r\n')).toEqual([
      'id,created,failed,host,accuracy',
      "7,2023-11-14T22:13:27.000Z,no,'=cmd(),0.25",
      '',
    ]);
  });
});
