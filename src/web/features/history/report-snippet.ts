/** The few lines of Python that report one observation to this Sightline server. */
export function reportObservationSnippet(
  experimentId: string,
  metricName: string | null,
): string {
  const origin =
    typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
  const value = metricName
    ? `{"name": ${JSON.stringify(metricName)}, "value": value}`
    : '{"value": value}';
  return [
    'from sigopt import Connection',
    '',
    'conn = Connection(client_token="YOUR_API_TOKEN")',
    `conn.set_api_url(${JSON.stringify(origin)})`,
    `experiment = conn.experiments(${JSON.stringify(experimentId)})`,
    '',
    'suggestion = experiment.suggestions().create(metadata={"instance_id": "worker-1"})',
    'value = evaluate(suggestion.assignments)  # your training and evaluation',
    'experiment.observations().create(',
    '    suggestion=suggestion.id,',
    `    values=[${value}],`,
    '    metadata={"instance_id": "worker-1"},',
    ')',
  ].join('\n');
}
