/** The experiment page's tabs, in the order shown; the tab is the last part of the path. */
export const EXPERIMENT_TABS = [
  { id: 'summary', label: 'Summary' },
  { id: 'suggestions', label: 'Suggestions' },
  { id: 'history', label: 'History' },
  { id: 'analysis', label: 'Analysis' },
  { id: 'properties', label: 'Properties' },
] as const;

export type ExperimentTabId = (typeof EXPERIMENT_TABS)[number]['id'];

export function isExperimentTab(value: string | undefined): value is ExperimentTabId {
  return EXPERIMENT_TABS.some((tab) => tab.id === value);
}

/** Link to a tab; `search` carries that tab's own view, e.g. `{ status: 'failed' }`. */
export function experimentPath(
  experimentId: string,
  tab: ExperimentTabId = 'summary',
  search?: Record<string, string>,
): string {
  const query = search ? `?${new URLSearchParams(search).toString()}` : '';
  return `/experiments/${encodeURIComponent(experimentId)}/${tab}${query}`;
}
