import { describe, expect, it } from 'vitest';
import { defaultBreakdownKey, failuresByKey } from './failures';
import { makeObservation } from './test-data';

describe('failuresByKey', () => {
  const rows = [
    makeObservation(1, { metadata: { instance_id: 'i-1' } }),
    makeObservation(2, { metadata: { instance_id: 'i-3' }, failed: true, created: 200 }),
    makeObservation(3, { metadata: { instance_id: 'i-3' }, failed: true, created: 300 }),
    makeObservation(4, { metadata: { instance_id: 'i-3' } }),
    makeObservation(5, { metadata: { instance_id: 'i-2' }, failed: true, created: 250 }),
    makeObservation(6),
  ];

  it('counts observations and failures per value, most failures first', () => {
    const { groups, withoutKey } = failuresByKey(rows, 'instance_id');
    expect(
      groups.map((group) => [group.value, group.observations, group.failures]),
    ).toEqual([
      ['i-3', 3, 2],
      ['i-2', 1, 1],
      ['i-1', 1, 0],
    ]);
    expect(withoutKey).toBe(1);
  });

  it('computes the failure rate and the newest failure time', () => {
    const { groups } = failuresByKey(rows, 'instance_id');
    const worker = groups.find((group) => group.value === 'i-3');
    expect(worker?.failureRate).toBeCloseTo(2 / 3);
    expect(worker?.lastFailure).toBe(300);
    expect(groups.find((group) => group.value === 'i-1')?.lastFailure).toBeNull();
  });
});

describe('defaultBreakdownKey', () => {
  it('prefers instance_id, then the first key, then none', () => {
    expect(defaultBreakdownKey(['a', 'instance_id'])).toBe('instance_id');
    expect(defaultBreakdownKey(['ip', 'zone'])).toBe('ip');
    expect(defaultBreakdownKey([])).toBe('');
  });
});
