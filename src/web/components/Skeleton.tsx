/** Grey placeholder bars shown while data loads, shaped roughly like what will come. */
export function Skeleton({
  lines = 3,
  label = 'Loading',
}: {
  lines?: number;
  label?: string;
}) {
  return (
    <div className="skeleton" role="status" aria-live="polite" aria-label={label}>
      {Array.from({ length: lines }, (_, index) => (
        <div
          key={index}
          className="skeleton-line"
          style={{ width: `${90 - ((index * 17) % 40)}%` }}
        />
      ))}
    </div>
  );
}

/** A table-shaped skeleton: `rows` grey rows under a header. */
export function TableSkeleton({
  rows = 8,
  label = 'Loading',
}: {
  rows?: number;
  label?: string;
}) {
  return (
    <div
      className="skeleton skeleton-table"
      role="status"
      aria-live="polite"
      aria-label={label}
    >
      <div className="skeleton-line skeleton-header" />
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="skeleton-line" />
      ))}
    </div>
  );
}
