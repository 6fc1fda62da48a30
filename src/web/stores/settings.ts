import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/** How often live views ask the server for new rows; 0 turns live updates off. */
export const POLL_CHOICES_MS = [0, 2000, 5000, 15000, 60000] as const;

interface SettingsState {
  pollIntervalMs: number;
  setPollIntervalMs: (ms: number) => void;
}

export const useSettings = create<SettingsState>()(
  persist(
    (set) => ({
      pollIntervalMs: 5000,
      setPollIntervalMs: (pollIntervalMs) => set({ pollIntervalMs }),
    }),
    { name: 'sightline.settings' },
  ),
);

/** The refetchInterval value for react-query: false when live updates are off. */
export function usePollInterval(): number | false {
  const ms = useSettings((state) => state.pollIntervalMs);
  return ms > 0 ? ms : false;
}
