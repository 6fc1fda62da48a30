// Which History columns the user hid, remembered per experiment across visits. The URL
// wins when it names the hidden columns (a shared link); otherwise this store decides.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface HistoryColumnsState {
  hiddenByExperiment: Record<string, string[]>;
  setHidden: (experimentId: string, hidden: readonly string[]) => void;
}

export const useHistoryColumns = create<HistoryColumnsState>()(
  persist(
    (set) => ({
      hiddenByExperiment: {},
      setHidden: (experimentId, hidden) =>
        set((state) => ({
          hiddenByExperiment: {
            ...state.hiddenByExperiment,
            [experimentId]: [...hidden],
          },
        })),
    }),
    { name: 'sightline.history-columns' },
  ),
);
