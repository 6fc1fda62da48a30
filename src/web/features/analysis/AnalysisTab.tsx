import type { Experiment } from '../../../shared/api-types';

export function AnalysisTab({ experiment }: { experiment: Experiment }) {
  return <p>{experiment.name}</p>;
}
