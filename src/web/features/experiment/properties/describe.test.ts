import { describe, expect, it } from 'vitest';
import type { Parameter } from '../../../../shared/api-types';
import {
  describeConditions,
  describeGrid,
  describePrior,
  describeRange,
} from './describe';

function parameter(fields: Partial<Parameter>): Parameter {
  return {
    object: 'parameter',
    name: 'p',
    type: 'double',
    bounds: null,
    categorical_values: null,
    conditions: {},
    default_value: null,
    prior: null,
    transformation: null,
    ...fields,
  };
}

describe('parameter descriptions', () => {
  it('describes bounds as a range and categories by name in enum order', () => {
    expect(
      describeRange(parameter({ bounds: { object: 'bounds', min: 0.0001, max: 1 } })),
    ).toBe('0.0001 to 1');
    const categorical = parameter({
      type: 'categorical',
      categorical_values: [
        { object: 'categorical_value', name: 'adam', enum_index: 1 },
        { object: 'categorical_value', name: 'sgd', enum_index: 2 },
      ],
    });
    expect(describeRange(categorical)).toBe('adam, sgd');
  });

  it('lists grid values, priors and conditions', () => {
    expect(describeGrid(parameter({ grid: [1, 2.5, 10] }))).toBe('1, 2.5, 10');
    expect(describeGrid(parameter({}))).toBe('');
    expect(
      describePrior({ object: 'normal_prior', name: 'normal', mean: 0.5, scale: 0.1 }),
    ).toBe('normal (mean 0.5, scale 0.1)');
    expect(describeConditions(parameter({ conditions: { arch: ['cnn', 'mlp'] } }))).toBe(
      'arch ∈ {cnn, mlp}',
    );
  });
});
