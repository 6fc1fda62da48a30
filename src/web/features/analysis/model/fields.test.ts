import { describe, expect, it } from 'vitest';
import { buildFieldTable, sortCategories } from './fields';
import { describeLeftOut, selectRows } from './select';
import { makeExperiment, makeObservation } from './test-data';

const rows = [
  makeObservation(10, {
    lr: 0.1,
    optimizer: 'sgd',
    accuracy: 0.5,
    metadata: { worker: 'w10', eval_seconds: 3 },
  }),
  makeObservation(11, {
    lr: 0.01,
    optimizer: 'adam',
    accuracy: 0.7,
    metadata: { worker: 'w2', eval_seconds: 5, mixed: 1 },
  }),
  makeObservation(12, {
    lr: 0.001,
    optimizer: 'sgd',
    failed: true,
    metadata: { worker: 'w2', mixed: 'b' },
  }),
  makeObservation(13, { lr: 0.5, optimizer: 'adam', accuracy: 0.9 }),
];

describe('buildFieldTable', () => {
  const table = buildFieldTable(makeExperiment(), rows, 3);

  it('offers index, created, failed, parameters, metrics and metadata keys', () => {
    expect(table.fields.map((field) => field.key)).toEqual([
      'index',
      'created',
      'failed',
      'p.lr',
      'p.optimizer',
      'm.accuracy',
      'd.eval_seconds',
      'd.mixed',
      'd.worker',
    ]);
  });

  it('numbers rows by creation order and keeps created time in milliseconds', () => {
    expect([...table.columns.get('index')!]).toEqual([1, 2, 3, 4]);
    expect(table.columns.get('created')![0]).toBe(1_700_000_010_000);
    expect([...table.columns.get('failed')!]).toEqual([0, 0, 1, 0]);
  });

  it('makes numeric metadata continuous and leaves gaps as NaN', () => {
    expect(table.byKey.get('d.eval_seconds')!.scale).toBe('continuous');
    expect([...table.columns.get('d.eval_seconds')!]).toEqual([3, 5, NaN, NaN]);
  });

  it('makes string and mixed metadata categorical in natural order', () => {
    const worker = table.byKey.get('d.worker')!;
    expect(worker.scale).toBe('categorical');
    expect(worker.categories).toEqual(['w2', 'w10']);
    expect([...table.columns.get('d.worker')!]).toEqual([1, 0, 0, NaN]);

    const mixed = table.byKey.get('d.mixed')!;
    expect(mixed.scale).toBe('categorical');
    expect(mixed.categories).toEqual(['1', 'b']);
  });

  it('codes categorical parameters and reads metric values by name', () => {
    expect(table.byKey.get('p.optimizer')!.categories).toEqual(['adam', 'sgd']);
    expect([...table.columns.get('p.optimizer')!]).toEqual([1, 0, 1, 0]);
    expect([...table.columns.get('m.accuracy')!]).toEqual([0.5, 0.7, NaN, 0.9]);
  });

  it('reads an unnamed single metric value', () => {
    const experiment = makeExperiment({
      metrics: [
        {
          object: 'metric',
          name: null,
          objective: 'minimize',
          strategy: 'optimize',
          threshold: null,
        },
      ],
    });
    const unnamed = makeObservation(1, {});
    unnamed.values = [
      { object: 'metric_evaluation', name: null, value: 4, value_stddev: null },
    ];
    const single = buildFieldTable(experiment, [unnamed], 1);
    expect(single.byKey.get('m.')!.label).toBe('value');
    expect([...single.columns.get('m.')!]).toEqual([4]);
  });
});

describe('selectRows', () => {
  const table = buildFieldTable(makeExperiment(), rows, 1);

  it('leaves out failed rows and rows lacking a field, counting each reason', () => {
    const selection = selectRows(table, { fieldKeys: ['index', 'd.eval_seconds'] });
    expect([...selection.rows]).toEqual([0, 1]);
    expect(selection.leftOut).toEqual([
      { reason: 'failed', count: 1 },
      { reason: 'no eval_seconds', count: 1 },
    ]);
    expect(describeLeftOut(selection.leftOut)).toBe(
      '2 observations left out: 1 failed, 1 no eval_seconds',
    );
  });

  it('keeps failed rows when asked and drops non-positive values on log axes', () => {
    const selection = selectRows(table, {
      fieldKeys: ['p.lr', 'd.mixed'],
      includeFailed: true,
      logKeys: new Set(['p.lr']),
    });
    expect([...selection.rows]).toEqual([1, 2]);

    const negative = buildFieldTable(
      makeExperiment(),
      [makeObservation(1, { lr: -1 })],
      1,
    );
    const logged = selectRows(negative, {
      fieldKeys: ['p.lr'],
      logKeys: new Set(['p.lr']),
    });
    expect(logged.rows.length).toBe(0);
    expect(describeLeftOut(logged.leftOut)).toBe(
      '1 observation left out: 1 lr ≤ 0 on a log axis',
    );
  });
});

describe('sortCategories', () => {
  it('orders numbers inside names naturally and removes duplicates', () => {
    expect(sortCategories(['b', 'a10', 'a2', 'b', 'A1'])).toEqual([
      'A1',
      'a2',
      'a10',
      'b',
    ]);
  });
});
