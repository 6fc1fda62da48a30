// The one place the dashboard writes diagnostics for developers. Users see errors in
// the page itself (ErrorMessage, PanelErrorBoundary), never only in the console.
export const logger = {
  error(message: string, ...details: unknown[]) {
    console.error(`[sightline] ${message}`, ...details);
  },
  warn(message: string, ...details: unknown[]) {
    console.warn(`[sightline] ${message}`, ...details);
  },
};
