// The fields of an observation that the History table shows, each named by a stable key
// that fits in a URL: `id`, `created`, `suggestion`, `status`, `value:<metric>`,
// `stddev:<metric>`, `meta:<key>` and `param:<name>`.
import type { Experiment, Observation } from '../../../shared/api-types';
import type { CellValue } from '../../lib/compare';

export { metadataKeysOf } from '../../lib/metadata-keys';

export type FieldKind =
  'id' | 'created' | 'suggestion' | 'status' | 'value' | 'stddev' | 'param' | 'meta';

export interface ObservationField {
  key: string;
  kind: FieldKind;
  /** The metric, parameter or metadata name for the kinds that have one. */
  name: string;
  label: string;
}

const FIXED: ObservationField[] = [
  { key: 'id', kind: 'id', name: '', label: 'Id' },
  { key: 'created', kind: 'created', name: '', label: 'Created' },
  { key: 'suggestion', kind: 'suggestion', name: '', label: 'Suggestion' },
  { key: 'status', kind: 'status', name: '', label: 'Status' },
];

/** Every field for this experiment and these metadata keys, in table order. */
export function observationFields(
  experiment: Experiment,
  metadataKeys: readonly string[],
): ObservationField[] {
  const fields = [...FIXED];

  for (const metric of experiment.metrics) {
    const name = metric.name ?? '';
    const label = name || 'Value';
    fields.push({ key: `value:${name}`, kind: 'value', name, label });
    fields.push({
      key: `stddev:${name}`,
      kind: 'stddev',
      name,
      label: `${label} stddev`,
    });
  }
  // Metadata before parameters: which worker reported a row matters more at a glance
  // than the tenth parameter, and would otherwise sit far off to the right.
  for (const key of metadataKeys) {
    fields.push({ key: `meta:${key}`, kind: 'meta', name: key, label: key });
  }

  for (const parameter of experiment.parameters) {
    fields.push({
      key: `param:${parameter.name}`,
      kind: 'param',
      name: parameter.name,
      label: parameter.name,
    });
  }
  return fields;
}

/** The value of one field on one observation, as the table sorts and filters it. */
export function fieldValue(observation: Observation, field: ObservationField): CellValue {
  switch (field.kind) {
    case 'id':
      return Number(observation.id);
    case 'created':
      return observation.created;
    case 'suggestion':
      return observation.suggestion === null ? null : Number(observation.suggestion);
    case 'status':
      return observation.failed ? 'failed' : 'succeeded';
    case 'value':
    case 'stddev': {
      const evaluation = observation.values.find(
        (item) => (item.name ?? '') === field.name,
      );
      if (!evaluation) return null;
      return field.kind === 'value' ? evaluation.value : evaluation.value_stddev;
    }
    case 'param':
      return observation.assignments[field.name] ?? null;
    case 'meta':
      return observation.metadata?.[field.name] ?? null;
  }
}
