// Full Experiment History: x, y, z and colour from any field; the camera is kept in the
// URL so that a shared link opens at the same angle.
import { useMemo } from 'react';
import type { PlotObject } from '../../../lib/plotly/adapter';
import { canLog } from '../figures/axes';
import { buildSceneFigure } from '../figures/scene';
import type { FieldTable } from '../model/fields';
import type { Camera, SceneView } from '../model/view';
import { FieldPicker } from './FieldPicker';
import { PlotFrame } from './PlotFrame';

interface Props {
  table: FieldTable;
  view: SceneView;
  onChange: (view: SceneView) => void;
  onOpenObservation: (id: string) => void;
  fileName: string;
}

const AXES = [
  { axis: 'x', log: 'logX' },
  { axis: 'y', log: 'logY' },
  { axis: 'z', log: 'logZ' },
] as const;

function isCamera(value: unknown): value is Camera {
  const camera = value as Partial<Camera> | null;
  return Boolean(camera && camera.eye && camera.center && camera.up);
}

export function ScenePanel({
  table,
  view,
  onChange,
  onOpenObservation,
  fileName,
}: Props) {
  const figure = useMemo(() => buildSceneFigure(table, view), [table, view]);
  const set = (patch: Partial<SceneView>) => onChange({ ...view, ...patch });

  const onRelayout = (change: PlotObject) => {
    const camera = change['scene.camera'];
    if (isCamera(camera)) set({ camera });
  };

  return (
    <section className="analysis-panel" aria-label="Full Experiment History">
      <div className="analysis-controls">
        {AXES.map(({ axis, log }) => (
          <span key={axis} className="analysis-axis">
            <FieldPicker
              label={`${axis} axis`}
              testId={`scene-${axis}`}
              table={table}
              value={view[axis]}
              onChange={(key) => key && set({ [axis]: key, [log]: false })}
            />
            <label className="analysis-check">
              <input
                type="checkbox"
                data-testid={`scene-log-${axis}`}
                checked={view[log]}
                disabled={!canLog(table.byKey.get(view[axis]))}
                onChange={(event) => set({ [log]: event.target.checked })}
              />
              log
            </label>
          </span>
        ))}
        <FieldPicker
          label="colour"
          testId="scene-colour"
          table={table}
          value={view.color}
          allowNone
          onChange={(color) => set({ color })}
        />
        <button
          type="button"
          onClick={() => set({ camera: null })}
          disabled={!view.camera}
        >
          Reset camera
        </button>
      </div>
      <PlotFrame
        testId="scene-graph"
        table={table}
        figure={figure}
        height={560}
        fileName={`${fileName}-3d`}
        onOpenObservation={onOpenObservation}
        onRelayout={onRelayout}
      />
    </section>
  );
}
