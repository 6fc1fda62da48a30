// The Summary: budget, counts, best assignments, recent observations and the editable
// metadata. Each panel fails on its own, so one broken request never blanks the tab.
import type { ReactNode } from 'react';
import type { Experiment } from '../../../../shared/api-types';
import { PanelErrorBoundary } from '../../../components/ErrorBoundary';
import { BestAssignmentsPanel } from './BestAssignmentsPanel';
import { BudgetPanel } from './BudgetPanel';
import { CountsPanel } from './CountsPanel';
import { FirstObservationHelp } from './FirstObservationHelp';
import { MetadataEditor } from './MetadataEditor';
import { RecentObservations } from './RecentObservations';

function Panel({
  title,
  children,
  wide,
}: {
  title: string;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <section className={wide ? 'panel summary-panel-wide' : 'panel'} aria-label={title}>
      <h2>{title}</h2>
      <PanelErrorBoundary label={title}>{children}</PanelErrorBoundary>
    </section>
  );
}

export function SummaryTab({ experiment }: { experiment: Experiment }) {
  const hasObservations = (experiment.progress?.observation_count ?? 0) > 0;
  return (
    <div className="summary">
      <Panel title="Progress">
        <BudgetPanel experiment={experiment} />
      </Panel>
      <Panel title="Counts">
        <CountsPanel experiment={experiment} />
      </Panel>
      {hasObservations ? (
        <>
          <Panel title="Best assignments" wide>
            <BestAssignmentsPanel experiment={experiment} />
          </Panel>
          <Panel title="Recent observations" wide>
            <RecentObservations experiment={experiment} />
          </Panel>
        </>
      ) : (
        <section className="panel summary-panel-wide">
          <PanelErrorBoundary label="Getting started">
            <FirstObservationHelp experiment={experiment} />
          </PanelErrorBoundary>
        </section>
      )}
      <Panel title="Metadata" wide>
        <MetadataEditor experiment={experiment} />
      </Panel>
    </div>
  );
}
