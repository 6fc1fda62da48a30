import type { Metric, Parameter } from '../../../../shared/api-types';
import { TruncatedText } from '../../../components/TruncatedText';
import {
  describeConditions,
  describeDefault,
  describeGrid,
  describePrior,
  describeRange,
  describeThreshold,
} from './describe';

function Cut({ text }: { text: string }) {
  return text ? <TruncatedText text={text} max={60} /> : <span className="muted">–</span>;
}

export function ParametersTable({ parameters }: { parameters: Parameter[] }) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th>Name</th>
          <th>Type</th>
          <th>Bounds or categories</th>
          <th>Transformation</th>
          <th>Grid</th>
          <th>Default</th>
          <th>Prior</th>
          <th>Conditions</th>
        </tr>
      </thead>
      <tbody>
        {parameters.map((parameter) => (
          <tr key={parameter.name}>
            <td>
              <TruncatedText text={parameter.name} max={40} />
            </td>
            <td>{parameter.type}</td>
            <td>
              <Cut text={describeRange(parameter)} />
            </td>
            <td>{parameter.transformation ?? <span className="muted">none</span>}</td>
            <td>
              <Cut text={describeGrid(parameter)} />
            </td>
            <td>
              <Cut text={describeDefault(parameter)} />
            </td>
            <td>
              <Cut text={describePrior(parameter.prior)} />
            </td>
            <td>
              <Cut text={describeConditions(parameter)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function MetricsTable({ metrics }: { metrics: Metric[] }) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th>Name</th>
          <th>Objective</th>
          <th>Strategy</th>
          <th>Threshold</th>
        </tr>
      </thead>
      <tbody>
        {metrics.map((metric, index) => (
          <tr key={metric.name ?? `unnamed-${index}`}>
            <td>
              {metric.name === null ? (
                <span className="muted">(unnamed)</span>
              ) : (
                <TruncatedText text={metric.name} max={40} />
              )}
            </td>
            <td>{metric.objective}</td>
            <td>{metric.strategy}</td>
            <td>
              <Cut text={describeThreshold(metric)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
