import type { Experiment } from '../../../../shared/api-types';
import { PythonSnippet } from '../../../components/PythonSnippet';
import { useCanWrite } from '../../auth/use-session';
import { firstObservationCode } from './first-observation-code';

/** The empty Summary: how a training script reports this experiment's first observation. */
export function FirstObservationHelp({ experiment }: { experiment: Experiment }) {
  const canWrite = useCanWrite();
  return (
    <div className="summary-first-observation">
      <h2>No observations yet</h2>
      <p>
        Report one from your training code with the SigOpt Python client (
        <code>{'pip install "sigopt>=8,<9"'}</code>), using an API token that may write
        {canWrite ? ' (like the one you are logged in with)' : ''}:
      </p>
      <PythonSnippet code={firstObservationCode(experiment, window.location.origin)} />
      <p className="muted">This page updates by itself when the observation arrives.</p>
    </div>
  );
}
