// Full Experiment History: x, y, z and colour from any field; the camera is kept in the
// URL so that a shared link opens at the same angle.
import { useMemo } from 'react';
import type { PlotObject } from '../../../lib/plotly/adapter';
import { buildSceneFigure } from '../figures/scene';
import type { FieldTable } from '../model/fields';
import type { Camera, SceneView } from '../model/view';
import { AxisPicker } from './AxisPicker';
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
            <AxisPicker
              label={`${axis} axis`}
              logLabel="log"
              testId={`scene-${axis}`}
              logTestId={`scene-log-${axis}`}
              table={table}
              value={view[axis]}
              log={view[log]}
              onChange={(key, on) => set({ [axis]: key, [log]: on })}
            />
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
