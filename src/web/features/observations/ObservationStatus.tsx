/** The status badge of an observation: failed rows must be unmistakable. */
export function ObservationStatus({ failed }: { failed: boolean }) {
  return failed ? (
    <span className="status-badge status-failed">Failed</span>
  ) : (
    <span className="status-badge status-succeeded">Succeeded</span>
  );
}
