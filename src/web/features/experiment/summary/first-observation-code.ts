// The few lines of Python that report an experiment's first observation, written for
// this experiment's metrics and this server's address.
import type { Experiment } from '../../../../shared/api-types';

/** A Python string literal; JSON's escapes are valid Python escapes. */
function pythonString(text: string): string {
  return JSON.stringify(text);
}

export function firstObservationCode(experiment: Experiment, origin: string): string {
  const id = pythonString(experiment.id);
  const values = experiment.metrics
    .map((metric) =>
      metric.name === null
        ? '{"value": 0.0}'
        : `{"name": ${pythonString(metric.name)}, "value": 0.0}`,
    )
    .join(', ');
  const firstParameter = experiment.parameters[0]?.name;
  const readAssignment = firstParameter
    ? `, reading suggestion.assignments[${pythonString(firstParameter)}]`
    : ', reading suggestion.assignments';

  return `import os
from sigopt import Connection

os.environ["SIGOPT_API_URL"] = ${pythonString(origin)}
conn = Connection(client_token=os.environ["SIGOPT_API_TOKEN"])

suggestion = conn.experiments(${id}).suggestions().create(
    metadata={"instance_id": "i-1"},
)
# Train and evaluate your model here${readAssignment}
conn.experiments(${id}).observations().create(
    suggestion=suggestion.id,
    values=[${values}],
    metadata={"instance_id": "i-1"},
)`;
}
