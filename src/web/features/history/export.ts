// CSV export of the rows the History table shows, with every field (hidden columns and
// all metadata keys included), so a spreadsheet gets the whole picture.
import type { Observation } from '../../../shared/api-types';
import { toCsv, type CsvCell } from '../../lib/csv';
import { fieldValue, type ObservationField } from './fields';

function headerOf(field: ObservationField): string {
  switch (field.kind) {
    case 'meta':
      return `metadata.${field.name}`;
    case 'param':
      return `parameter.${field.name}`;
    default:
      return field.label;
  }
}

function cellOf(observation: Observation, field: ObservationField): CsvCell {
  if (field.kind === 'created') return new Date(observation.created * 1000).toISOString();
  return fieldValue(observation, field);
}

export function observationsCsv(
  rows: readonly Observation[],
  fields: readonly ObservationField[],
): string {
  const header = fields.map(headerOf);
  const lines = rows.map((row) => fields.map((field) => cellOf(row, field)));
  return toCsv(header, lines);
}
