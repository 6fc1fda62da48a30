import { describe, expect, it } from 'vitest';
import { buildFieldTable } from './fields';
import { makeExperiment, makeObservation } from './test-data';
import { defaultView, ownSearch, readView, writeView } from './view';

const table = buildFieldTable(
  makeExperiment(),
  [
    makeObservation(1, {
      lr: 0.1,
      optimizer: 'sgd',
      accuracy: 0.5,
      metadata: { 'a,b@c': 2, host: 'x' },
    }),
  ],
  1,
);

describe('analysis view in the URL', () => {
  it('defaults to observation index against the first optimized metric', () => {
    const view = readView(new URLSearchParams(), table);
    expect(view.plot).toBe('history');
    expect(view.history.x).toBe('index');
    expect(view.history.y).toBe('m.accuracy');
    expect(view.parallel.dimensions).toEqual(['m.accuracy', 'p.lr', 'p.optimizer']);
    expect(view.parallel.color).toBe('m.accuracy');
  });

  it('round-trips fields, scales, colours, brushes and the camera', () => {
    const view = defaultView(table);
    view.plot = 'parallel';
    view.history = {
      ...view.history,
      x: 'd.host',
      color: null,
      logY: true,
      showFailed: true,
    };
    view.scene = {
      ...view.scene,
      z: 'd.a,b@c',
      logX: true,
      camera: {
        eye: { x: 1.25, y: -0.5, z: 0.123456 },
        center: { x: 0, y: 0, z: 0 },
        up: { x: 0, y: 0, z: 1 },
      },
    };
    view.parallel = {
      dimensions: ['d.a,b@c', 'p.lr'],
      color: 'd.host',
      log: ['p.lr'],
      brushes: {
        'd.a,b@c': [
          [1, 2.5],
          [4, 5],
        ],
        'p.lr': [[-3, -1]],
      },
    };

    const params = writeView(new URLSearchParams('tab=x&hx=old'), view);
    expect(params.get('tab')).toBe('x');
    const back = readView(new URLSearchParams(params.toString()), table);

    expect(back.plot).toBe('parallel');
    expect(back.history).toEqual(view.history);
    expect(back.scene.z).toBe('d.a,b@c');
    expect(back.scene.logX).toBe(true);
    expect(back.scene.camera?.eye).toEqual({ x: 1.25, y: -0.5, z: 0.123 });
    expect(back.parallel).toEqual(view.parallel);
  });

  it('falls back to defaults for fields the experiment does not have', () => {
    const view = readView(
      new URLSearchParams('hx=d.gone&pd=d.gone&pd=p.lr&pb=1_2@d.gone'),
      table,
    );
    expect(view.history.x).toBe('index');
    expect(view.parallel.dimensions).toEqual(['p.lr']);
    expect(view.parallel.brushes).toEqual({});
  });

  it('remembers that every dimension was removed', () => {
    const view = defaultView(table);
    view.parallel.dimensions = [];
    const back = readView(writeView(new URLSearchParams(), view), table);
    expect(back.parallel.dimensions).toEqual([]);
  });

  it('keeps only its own params when saving a view', () => {
    expect(ownSearch(new URLSearchParams('tab=h&hx=index&sort=id'))).toBe('hx=index');
  });
});
