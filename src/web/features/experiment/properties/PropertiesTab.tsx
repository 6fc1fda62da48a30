// Everything the experiment was created with, read-only. Metadata is edited on the Summary.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Experiment } from '../../../../shared/api-types';
import { PanelErrorBoundary } from '../../../components/ErrorBoundary';
import { MetadataTable } from '../../../components/MetadataTable';
import { formatExact } from '../../../lib/format';
import { RelativeTime } from '../../../components/RelativeTime';
import { TruncatedText } from '../../../components/TruncatedText';
import { experimentPath } from '../tabs';
import { MetricsTable, ParametersTable } from './PropertyTables';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function orNotSet(value: number | string | null) {
  return value === null ? <span className="muted">not set</span> : String(value);
}

function Details({ experiment }: { experiment: Experiment }) {
  return (
    <dl className="properties-facts">
      <Fact label="ID">{experiment.id}</Fact>
      <Fact label="Name">
        <TruncatedText text={experiment.name} max={80} />
      </Fact>
      <Fact label="Type">{experiment.type}</Fact>
      <Fact label="State">{experiment.state === 'deleted' ? 'archived' : 'active'}</Fact>
      <Fact label="Observation budget">{orNotSet(experiment.observation_budget)}</Fact>
      <Fact label="Parallel bandwidth">{orNotSet(experiment.parallel_bandwidth)}</Fact>
      <Fact label="Number of solutions">{orNotSet(experiment.num_solutions)}</Fact>
      <Fact label="Client ID">{experiment.client}</Fact>
      <Fact label="User ID">{orNotSet(experiment.user)}</Fact>
      <Fact label="Project">{orNotSet(experiment.project)}</Fact>
      <Fact label="Development">{experiment.development ? 'yes' : 'no'}</Fact>
      <Fact label="Created">
        {formatExact(experiment.created)} (
        <RelativeTime unixSeconds={experiment.created} />)
      </Fact>
      <Fact label="Updated">
        {formatExact(experiment.updated)} (
        <RelativeTime unixSeconds={experiment.updated} />)
      </Fact>
    </dl>
  );
}

export function PropertiesTab({ experiment }: { experiment: Experiment }) {
  const extras = [
    experiment.conditionals.length > 0
      ? `${experiment.conditionals.length} conditionals`
      : '',
    experiment.linear_constraints.length > 0
      ? `${experiment.linear_constraints.length} linear constraints`
      : '',
  ].filter(Boolean);

  return (
    <div className="properties">
      <section className="panel">
        <h2>Details</h2>
        <PanelErrorBoundary label="Details">
          <Details experiment={experiment} />
        </PanelErrorBoundary>
      </section>
      <section className="panel">
        <h2>Parameters ({experiment.parameters.length})</h2>
        <PanelErrorBoundary label="Parameters">
          <ParametersTable parameters={experiment.parameters} />
          {extras.length > 0 ? <p className="muted">Also: {extras.join(', ')}.</p> : null}
        </PanelErrorBoundary>
      </section>
      <section className="panel">
        <h2>Metrics ({experiment.metrics.length})</h2>
        <PanelErrorBoundary label="Metrics">
          <MetricsTable metrics={experiment.metrics} />
        </PanelErrorBoundary>
      </section>
      <section className="panel">
        <h2>Metadata</h2>
        <PanelErrorBoundary label="Metadata">
          <MetadataTable metadata={experiment.metadata} />
          <p className="muted">
            Edit it on the{' '}
            <Link to={experimentPath(experiment.id, 'summary')}>Summary</Link>.
          </p>
        </PanelErrorBoundary>
      </section>
    </div>
  );
}
