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

export function experimentPath(
  experimentId: string,
  tab: ExperimentTabId = 'summary',
): string {
  return `/experiments/${encodeURIComponent(experimentId)}/${tab}`;
}
