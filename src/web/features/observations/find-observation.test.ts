import { describe, expect, it } from 'vitest';
import { makeObservation } from '../history/test-data';
import { findObservation } from './find-observation';

describe('findObservation', () => {
  const rows = [1, 2, 5, 9, 10, 200].map((id) => makeObservation(id));

  it('finds an id in ascending rows, also where text order differs from number order', () => {
    expect(findObservation(rows, '10')?.id).toBe('10');
    expect(findObservation(rows, '200')?.id).toBe('200');
    expect(findObservation(rows, '1')?.id).toBe('1');
  });

  it('returns null for an id that is not there', () => {
    expect(findObservation(rows, '3')).toBeNull();
  });

  it('still finds rows when the order does not hold', () => {
    expect(findObservation([...rows].reverse(), '5')?.id).toBe('5');
  });
});
