// The fields of a suggestion the Suggestions table shows and sorts by: `id`, `created`,
// `age`, `meta:<key>` and `param:<name>`.
import type { Experiment, Suggestion } from '../../../shared/api-types';
import type { CellValue } from '../../lib/compare';

export interface SuggestionField {
  key: string;
  kind: 'id' | 'created' | 'age' | 'param' | 'meta';
  name: string;
  label: string;
}

export function suggestionFields(
  experiment: Experiment,
  metadataKeys: readonly string[],
): SuggestionField[] {
  const fields: SuggestionField[] = [
    { key: 'id', kind: 'id', name: '', label: 'Id' },
    { key: 'created', kind: 'created', name: '', label: 'Created' },
    { key: 'age', kind: 'age', name: '', label: 'Age' },
  ];
  // Metadata (the worker holding the suggestion) first, parameters after.
  for (const key of metadataKeys) {
    fields.push({ key: `meta:${key}`, kind: 'meta', name: key, label: key });
  }
  for (const parameter of experiment.parameters) {
    const name = parameter.name;
    fields.push({ key: `param:${name}`, kind: 'param', name, label: name });
  }
  return fields;
}

/** The sort value of a field; age sorts like the creation time reversed (oldest = largest). */
export function suggestionFieldValue(
  suggestion: Suggestion,
  field: SuggestionField,
): CellValue {
  switch (field.kind) {
    case 'id':
      return Number(suggestion.id);
    case 'created':
      return suggestion.created;
    case 'age':
      return suggestion.state === 'open' ? -suggestion.created : null;
    case 'param':
      return suggestion.assignments[field.name] ?? null;
    case 'meta':
      return suggestion.metadata?.[field.name] ?? null;
  }
}
