// The `sort` parameter of observation lists, as SQL key expressions. Missing values
// (failed observations have no metric values) sort as +infinity, as SigOpt did, so
// they come first when descending.
import type { ObservationSort } from '../data/observations';
import { badRequest } from '../http/errors';
import type { ExperimentDefinition } from './definition';

const INFINITY = '9e999';

function metricIndex(definition: ExperimentDefinition, name: string | null): number {
  const index = definition.metrics.findIndex((metric) => metric.name === name);
  return index;
}

export function observationSort(
  definition: ExperimentDefinition,
  sort: string | undefined,
): ObservationSort {
  if (sort === undefined || sort === 'id') return { keys: ['id'] };
  if (sort === 'timestamp') return { keys: ['created', 'id'] };
  if (sort === 'value') return { keys: [`coalesce(objective_value, ${INFINITY})`, 'id'] };

  const field = /^(value|value_stddev)(?:-(.+))?$/.exec(sort);
  if (field) {
    const property = field[1] as 'value' | 'value_stddev';
    const name = field[2] ?? definition.metrics[0]?.name ?? null;
    const index = field[2] === undefined ? 0 : metricIndex(definition, name);
    if (index < 0)
      throw badRequest(`Invalid sort: ${sort} (no metric is named "${name}")`);
    return {
      keys: [
        `coalesce(json_extract(metric_values, '$[${index}].${property}'), ${INFINITY})`,
        'id',
      ],
    };
  }

  if (sort.startsWith('parameter-')) {
    const name = sort.slice('parameter-'.length);
    if (!definition.parameters.some((parameter) => parameter.name === name)) {
      throw badRequest(`Invalid sort: ${sort} (no parameter is named "${name}")`);
    }
    return {
      keys: [`coalesce(json_extract(assignments, @sort_path), ${INFINITY})`, 'id'],
      params: { sort_path: `$."${name.replace(/["\\]/g, (char) => `\\${char}`)}"` },
    };
  }
  throw badRequest(`Invalid sort: ${sort}`);
}
