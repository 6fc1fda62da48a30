import type { Experiment } from '../../../shared/api-types';

export function HistoryTab({ experiment }: { experiment: Experiment }) {
  return <p>{experiment.name}</p>;
}
