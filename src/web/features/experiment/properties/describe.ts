// Plain-text descriptions of parameter and metric settings for the Properties tab.
import type { Metric, Parameter, Prior } from '../../../../shared/api-types';
import { formatNumber } from '../../../lib/format';

export function describeRange(parameter: Parameter): string {
  if (parameter.categorical_values) {
    return parameter.categorical_values.map((value) => value.name).join(', ');
  }
  if (parameter.bounds) {
    return `${formatNumber(parameter.bounds.min)} to ${formatNumber(parameter.bounds.max)}`;
  }
  return '';
}

export function describeGrid(parameter: Parameter): string {
  if (!parameter.grid) return '';
  return parameter.grid
    .map((value) => (typeof value === 'number' ? formatNumber(value) : value))
    .join(', ');
}

export function describePrior(prior: Prior | null): string {
  if (!prior) return '';
  if (prior.name === 'normal') {
    return `normal (mean ${formatNumber(prior.mean)}, scale ${formatNumber(prior.scale)})`;
  }
  return `beta (a ${formatNumber(prior.shape_a)}, b ${formatNumber(prior.shape_b)})`;
}

export function describeDefault(parameter: Parameter): string {
  const value = parameter.default_value;
  if (value === null) return '';
  return typeof value === 'number' ? formatNumber(value) : value;
}

export function describeConditions(parameter: Parameter): string {
  return Object.entries(parameter.conditions)
    .map(([name, values]) => `${name} ∈ {${values.join(', ')}}`)
    .join('; ');
}

export function describeThreshold(metric: Metric): string {
  return metric.threshold === null ? '' : formatNumber(metric.threshold);
}
