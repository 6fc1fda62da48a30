// Named Analysis views per experiment, kept in this browser's localStorage. A view is the
// Analysis part of the URL's query, so applying one is the same as opening its link.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export interface SavedView {
  name: string;
  /** The Analysis search params, e.g. "plot=h&hx=index&…". */
  search: string;
  savedAt: number;
}

interface SavedViewsState {
  byExperiment: Record<string, SavedView[]>;
  save: (experimentId: string, name: string, search: string) => void;
  remove: (experimentId: string, name: string) => void;
}

export const useSavedViews = create<SavedViewsState>()(
  persist(
    (set) => ({
      byExperiment: {},
      // Saving under an existing name replaces that view.
      save: (experimentId, name, search) =>
        set((state) => {
          const others = (state.byExperiment[experimentId] ?? []).filter(
            (v) => v.name !== name,
          );
          const view = { name, search, savedAt: Date.now() };
          return {
            byExperiment: { ...state.byExperiment, [experimentId]: [...others, view] },
          };
        }),
      remove: (experimentId, name) =>
        set((state) => ({
          byExperiment: {
            ...state.byExperiment,
            [experimentId]: (state.byExperiment[experimentId] ?? []).filter(
              (v) => v.name !== name,
            ),
          },
        })),
    }),
    { name: 'sightline.analysis-views' },
  ),
);
