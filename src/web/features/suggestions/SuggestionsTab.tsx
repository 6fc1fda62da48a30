import type { Experiment } from '../../../shared/api-types';

export function SuggestionsTab({ experiment }: { experiment: Experiment }) {
  return <p>{experiment.name}</p>;
}
