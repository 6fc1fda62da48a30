import { PythonSnippet } from '../../components/PythonSnippet';

/** What a new Sightline shows: how to create the first experiment from Python. */
export function NoExperiments() {
  const origin = window.location.origin;
  const code = `import os
from sigopt import Connection

os.environ["SIGOPT_API_URL"] = "${origin}"
conn = Connection(client_token="YOUR_API_TOKEN")

experiment = conn.experiments().create(
    name="My first experiment",
    parameters=[dict(name="learning_rate", type="double", bounds=dict(min=1e-4, max=1e-1))],
    metrics=[dict(name="accuracy", objective="maximize")],
    observation_budget=30,
    metadata={"model": "xgboost"},
)
print(experiment.id)`;
  return (
    <div className="empty-state experiments-empty">
      <p>No experiments yet. Create one with the SigOpt Python client (sigopt 8.x):</p>
      <PythonSnippet code={code} />
    </div>
  );
}
