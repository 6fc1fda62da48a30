import { create } from 'zustand';

const STORAGE_KEY = 'sightline.token';

interface TokenState {
  token: string | null;
  /** The server's reason for sending the user back to the login page, if any. */
  reason: string | null;
  logIn: (token: string) => void;
  logOut: (reason?: string) => void;
}

function readStoredToken(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export const useTokenStore = create<TokenState>()((set) => ({
  token: readStoredToken(),
  reason: null,
  logIn: (token) => {
    localStorage.setItem(STORAGE_KEY, token);
    set({ token, reason: null });
  },
  logOut: (reason) => {
    localStorage.removeItem(STORAGE_KEY);
    set({ token: null, reason: reason ?? null });
  },
}));
