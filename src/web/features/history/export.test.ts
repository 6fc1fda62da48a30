import { describe, expect, it } from 'vitest';
import { observationFields } from './fields';
import { observationsCsv } from './export';
import { makeExperiment, makeObservation } from './test-data';

describe('observationsCsv', () => {
  const experiment = makeExperiment();
  const fields = observationFields(experiment, ['instance_id', 'note']);

  it('writes every field with metadata columns, failed rows with empty values', () => {
    const rows = [
      makeObservation(1, { created: 0, metadata: { instance_id: 'i-1' } }),
      makeObservation(2, { created: 0, failed: true, metadata: { note: 'a,b' } }),
    ];
    const lines = observationsCsv(rows, fields).split('\r\n');
    expect(lines[0]).toBe(
      'Id,Created,Suggestion,Status,accuracy,accuracy stddev,' +
        'metadata.instance_id,metadata.note,parameter.x',
    );
    expect(lines[1]).toBe('1,1970-01-01T00:00:00.000Z,,succeeded,0.1,,i-1,,1');
    expect(lines[2]).toBe('2,1970-01-01T00:00:00.000Z,,failed,,,,"a,b",2');
  });

  it('defuses metadata that a spreadsheet would run as a formula', () => {
    const rows = [makeObservation(1, { metadata: { note: '=cmd|"/c calc"!A1' } })];
    const text = observationsCsv(rows, fields);
    expect(text).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(text).not.toMatch(/,=cmd/);
  });
});
