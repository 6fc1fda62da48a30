import { useParams } from 'react-router';

export function ExperimentPage() {
  const { experimentId } = useParams();
  return <h1>Experiment {experimentId}</h1>;
}
