import { describe, expect, it } from 'vitest';
import type { ParameterDef } from './definition';
import { radicalInverse, sampleAssignments, scaleToParameter } from './sampler';

const numeric = (overrides: Partial<ParameterDef>): ParameterDef => ({
  name: 'p',
  type: 'double',
  bounds: { min: 0, max: 1 },
  categories: null,
  grid: null,
  transformation: null,
  default_value: null,
  prior: null,
  ...overrides,
});

describe('radicalInverse', () => {
  it('mirrors the digits of the index around the point', () => {
    expect([1, 2, 3, 4].map((i) => radicalInverse(i, 2))).toEqual([
      0.5, 0.25, 0.75, 0.125,
    ]);
    // 5 is 12 in base 3, so its mirror is 0.21 in base 3.
    expect(radicalInverse(5, 3)).toBeCloseTo(2 / 3 + 1 / 9, 12);
  });
});

describe('scaleToParameter', () => {
  it('maps the top of the unit interval onto the last integer, never past it', () => {
    const int = numeric({ type: 'int', bounds: { min: 2, max: 5 } });
    expect(scaleToParameter(int, 0)).toBe(2);
    expect(scaleToParameter(int, 0.999999)).toBe(5);
  });

  it('spreads log parameters evenly over decades', () => {
    const log = numeric({ bounds: { min: 0.001, max: 10 }, transformation: 'log' });
    expect(scaleToParameter(log, 0.25) as number).toBeCloseTo(0.01, 10);
    expect(scaleToParameter(log, 0.75) as number).toBeCloseTo(1, 10);
  });

  it('picks categories and grid values by position', () => {
    expect(
      scaleToParameter(numeric({ type: 'categorical', categories: ['a', 'b'] }), 0.6),
    ).toBe('b');
    expect(scaleToParameter(numeric({ grid: [1, 10, 100] }), 0.5)).toBe(10);
  });
});

describe('sampleAssignments', () => {
  it('gives the same point for the same experiment and position', () => {
    const definition = {
      parameters: [numeric({ name: 'x' }), numeric({ name: 'y' })],
      metrics: [],
    };
    const first = sampleAssignments({ id: 7, type: 'offline' }, definition, 3);
    expect(sampleAssignments({ id: 7, type: 'offline' }, definition, 3)).toEqual(first);
    expect(sampleAssignments({ id: 8, type: 'offline' }, definition, 3)).not.toEqual(
      first,
    );
  });
});
