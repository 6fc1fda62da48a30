import type { Experiment } from '../../../../shared/api-types';
import { budgetFraction } from '../../experiments/best-value';

/** Observations against the budget, as a bar with the figures beside it. */
export function BudgetPanel({ experiment }: { experiment: Experiment }) {
  const count = experiment.progress?.observation_count ?? 0;
  const consumed = experiment.progress?.observation_budget_consumed ?? count;
  const budget = experiment.observation_budget;
  const fraction = budgetFraction(experiment);

  if (!budget || fraction === null) {
    return (
      <div className="summary-budget">
        <p>
          <strong>{count}</strong> observation{count === 1 ? '' : 's'} · no observation
          budget set
        </p>
        <p className="muted">
          A budget tells the optimizer how many observations to plan for; set one from
          Python with{' '}
          <code>conn.experiments("{experiment.id}").update(observation_budget=N)</code>.
        </p>
      </div>
    );
  }

  const percent = Math.round(fraction * 100);
  return (
    <div className="summary-budget">
      <p>
        <strong>{consumed}</strong> of <strong>{budget}</strong> observations ({percent}%)
        {consumed >= budget ? ' · budget reached' : ''}
      </p>
      <div
        className="progress-bar"
        role="progressbar"
        aria-label="Observation budget used"
        aria-valuemin={0}
        aria-valuemax={budget}
        aria-valuenow={consumed}
      >
        <span className="progress-bar-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
