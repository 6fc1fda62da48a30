import { describe, expect, it } from 'vitest';
import { compareCells, median, sortByCell, type CellValue } from './compare';

function sortCells(cells: CellValue[], direction: 'asc' | 'desc') {
  const rows = cells.map((cell, index) => ({ cell, index }));
  return sortByCell(
    rows,
    (row) => row.cell,
    direction,
    (row) => row.index,
  ).map((row) => row.cell);
}

describe('compareCells / sortByCell', () => {
  it('sorts numbers as numbers, not as text', () => {
    expect(sortCells([10, 9, 100, 1.5], 'asc')).toEqual([1.5, 9, 10, 100]);
  });

  it('puts numbers before text and missing values last', () => {
    expect(sortCells(['b', null, 2, 'a', 1], 'asc')).toEqual([1, 2, 'a', 'b', null]);
  });

  it('keeps missing values last when descending', () => {
    expect(sortCells([null, 1, 'x', 3], 'desc')).toEqual([3, 1, 'x', null]);
  });

  it('orders text naturally', () => {
    expect(sortCells(['i-10', 'i-2', 'i-1'], 'asc')).toEqual(['i-1', 'i-2', 'i-10']);
  });

  it('breaks ties by the tie-break key in the sort direction', () => {
    const rows = [
      { v: 1, id: 2 },
      { v: 1, id: 1 },
      { v: 0, id: 3 },
    ];
    const asc = sortByCell(
      rows,
      (r) => r.v,
      'asc',
      (r) => r.id,
    ).map((r) => r.id);
    const desc = sortByCell(
      rows,
      (r) => r.v,
      'desc',
      (r) => r.id,
    ).map((r) => r.id);
    expect(asc).toEqual([3, 1, 2]);
    expect(desc).toEqual([2, 1, 3]);
  });

  it('treats NaN like a missing value', () => {
    expect(compareCells(Number.NaN, 1, 'asc')).toBeGreaterThan(0);
  });
});

describe('median', () => {
  it('is null for no values, the middle for odd and the mean of the middle two for even', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
