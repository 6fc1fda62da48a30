// New assignments for suggestions. Offline experiments walk a Halton sequence, shifted
// by an offset drawn from the experiment id (a Cranley-Patterson rotation), so points
// spread evenly over the space and the same experiment always gets the same sequence.
// Random experiments draw from a PRNG seeded the same way; grid experiments enumerate
// the grid.
import type { Assignments } from '../../shared/api-types';
import type { ExperimentDefinition, ParameterDef } from './definition';

const PRIMES = firstPrimes(100);

function firstPrimes(count: number): number[] {
  const primes: number[] = [];
  for (let candidate = 2; primes.length < count; candidate += 1) {
    if (primes.every((prime) => candidate % prime !== 0)) primes.push(candidate);
  }
  return primes;
}

/** The index-th element (index ≥ 1) of the van der Corput sequence in `base`. */
export function radicalInverse(index: number, base: number): number {
  let result = 0;
  let fraction = 1 / base;
  let rest = index;
  while (rest > 0) {
    result += (rest % base) * fraction;
    rest = Math.floor(rest / base);
    fraction /= base;
  }
  return result;
}

/** mulberry32: a small, fast 32-bit PRNG; quality is ample for sampling offsets. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function unitPoint(
  type: string,
  experimentId: number,
  position: number,
  dimensions: number,
): number[] {
  if (type === 'random') {
    const next = prng(experimentId * 1_000_003 + position);
    return Array.from({ length: dimensions }, next);
  }
  const shift = prng(experimentId);
  // Skipping the first points avoids the sequence's start at the origin corner.
  const index = position + 1 + 20;
  return Array.from({ length: dimensions }, (_, dimension) => {
    const base = PRIMES[dimension] as number;
    return (radicalInverse(index, base) + shift()) % 1;
  });
}

function pick<T>(values: readonly T[], unit: number): T {
  const index = Math.min(values.length - 1, Math.floor(unit * values.length));
  return values[index] as T;
}

/** Maps a coordinate in [0, 1) onto the parameter's domain, respecting its type. */
export function scaleToParameter(parameter: ParameterDef, unit: number): number | string {
  if (parameter.categories) return pick(parameter.categories, unit);
  if (parameter.grid) return pick(parameter.grid, unit);

  const { min, max } = parameter.bounds as { min: number; max: number };
  if (parameter.type === 'int')
    return Math.min(max, min + Math.floor(unit * (max - min + 1)));
  if (parameter.transformation === 'log') {
    return Math.exp(Math.log(min) + unit * (Math.log(max) - Math.log(min)));
  }
  return min + unit * (max - min);
}

function gridPoint(parameters: ParameterDef[], position: number): Assignments {
  const assignments: Assignments = {};
  let rest = position;
  for (const parameter of parameters) {
    const values = parameter.grid ?? parameter.categories ?? [];
    assignments[parameter.name] = values[rest % values.length] as number | string;
    rest = Math.floor(rest / values.length);
  }
  return assignments;
}

/** The assignments at `position` of the experiment's sequence. */
export function sampleAssignments(
  experiment: { id: number; type: string },
  definition: ExperimentDefinition,
  position: number,
): Assignments {
  const { parameters } = definition;
  if (experiment.type === 'grid') return gridPoint(parameters, position);

  const point = unitPoint(experiment.type, experiment.id, position, parameters.length);
  const assignments: Assignments = {};
  parameters.forEach((parameter, dimension) => {
    assignments[parameter.name] = scaleToParameter(parameter, point[dimension] as number);
  });
  return assignments;
}

/** How many points a grid experiment has: the product of its grids' sizes. */
export function gridSize(definition: ExperimentDefinition): number {
  return definition.parameters.reduce(
    (product, parameter) =>
      product * (parameter.grid ?? parameter.categories ?? []).length,
    1,
  );
}
