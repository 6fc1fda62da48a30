// Many best assignments (a Pareto frontier, or several solutions) read better as rows.
import { useState } from 'react';
import { Link } from 'react-router';
import type { BestAssignments, Experiment } from '../../../../shared/api-types';
import { MetadataChips } from '../../../components/MetadataChips';
import { TruncatedText } from '../../../components/TruncatedText';
import { formatNumber } from '../../../lib/format';
import { experimentPath } from '../tabs';

const FIRST_ROWS = 10;

function cellText(value: string | number | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'number' ? formatNumber(value) : value;
}

export function BestAssignmentsTable(props: {
  experiment: Experiment;
  items: BestAssignments[];
}) {
  const { experiment, items } = props;
  const [showAll, setShowAll] = useState(false);
  const metricNames = experiment.metrics.map((metric) => metric.name);
  const parameterNames = experiment.parameters.map((parameter) => parameter.name);
  const optimized = experiment.metrics.filter(
    (metric) => metric.strategy === 'optimize',
  ).length;
  const shown = showAll ? items : items.slice(0, FIRST_ROWS);

  return (
    <>
      <p className="muted">
        {optimized > 1
          ? `${items.length} observations are best in some trade-off between the optimized metrics.`
          : `${items.length} best observations.`}
      </p>
      <div className="summary-table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th>Observation</th>
              {metricNames.map((name, index) => (
                <th key={`metric-${name ?? index}`} className="numeric">
                  <TruncatedText text={name ?? 'value'} max={24} />
                </th>
              ))}
              {parameterNames.map((name) => (
                <th key={`parameter-${name}`}>
                  <TruncatedText text={name} max={24} />
                </th>
              ))}
              <th>Metadata</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <tr key={item.id}>
                <td>
                  <Link
                    to={experimentPath(experiment.id, 'history', {
                      observation: item.id,
                    })}
                  >
                    {item.id}
                  </Link>
                </td>
                {metricNames.map((name, index) => (
                  <td key={`metric-${name ?? index}`} className="numeric">
                    {cellText(item.values.find((value) => value.name === name)?.value)}
                  </td>
                ))}
                {parameterNames.map((name) => (
                  <td key={`parameter-${name}`}>
                    <TruncatedText text={cellText(item.assignments[name])} max={24} />
                  </td>
                ))}
                <td>
                  <MetadataChips metadata={item.metadata} limit={3} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {items.length > FIRST_ROWS ? (
        <button type="button" onClick={() => setShowAll(!showAll)}>
          {showAll ? `Show the first ${FIRST_ROWS}` : `Show all ${items.length}`}
        </button>
      ) : null}
    </>
  );
}
