import type { ExperimentListView } from './list-params';

interface Props {
  view: ExperimentListView;
  rowsOnPage: number;
  count: number;
  previous: ExperimentListView | null;
  next: ExperimentListView | null;
  busy: boolean;
  onChange: (view: ExperimentListView) => void;
}

/** "26–50 of 312" with previous/next buttons. */
export function ExperimentPager({
  view,
  rowsOnPage,
  count,
  previous,
  next,
  busy,
  onChange,
}: Props) {
  const first = rowsOnPage === 0 ? 0 : view.offset + 1;
  const last = view.offset + rowsOnPage;
  return (
    <div className="experiments-pager">
      <span aria-live="polite">
        {first}–{last} of {count} experiment{count === 1 ? '' : 's'}
        {busy ? <span className="muted"> · updating…</span> : null}
      </span>
      <button
        type="button"
        disabled={!previous}
        onClick={() => previous && onChange(previous)}
      >
        ← Previous
      </button>
      <button type="button" disabled={!next} onClick={() => next && onChange(next)}>
        Next →
      </button>
    </div>
  );
}
