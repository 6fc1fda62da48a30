import { describe, expect, it } from 'vitest';
import type { Experiment } from '../../../../shared/api-types';
import { firstObservationCode } from './first-observation-code';

const experiment = {
  id: '12',
  parameters: [{ name: 'learning_rate' }],
  metrics: [{ name: 'accuracy' }, { name: 'time "s"' }],
} as unknown as Experiment;

describe('firstObservationCode', () => {
  const code = firstObservationCode(experiment, 'http://box:5800');

  it('points the SigOpt client at this server and this experiment', () => {
    expect(code).toContain('os.environ["SIGOPT_API_URL"] = "http://box:5800"');
    expect(code).toContain('conn.experiments("12").suggestions().create(');
    expect(code).toContain('conn.experiments("12").observations().create(');
  });

  it('reports a value for every metric, with names escaped for Python', () => {
    expect(code).toContain(
      'values=[{"name": "accuracy", "value": 0.0}, {"name": "time \\"s\\"", "value": 0.0}]',
    );
    expect(code).toContain('suggestion=suggestion.id');
    expect(code).toContain('here, reading suggestion.assignments["learning_rate"]');
    expect(code).toContain('metadata={"instance_id": "i-1"}');
  });
});
