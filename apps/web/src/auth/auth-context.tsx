import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, setAccessToken, setUnauthenticatedListener } from '../api/client';
import type { Me, TokenAnswer } from '../api/types';

const STORAGE_KEY = 'ledger.session';

interface StoredSession {
  readonly token: string;
  readonly expiresAt: number;
}

interface AuthState {
  /** `undefined` while a stored session is being checked at start. */
  readonly me: Me | null | undefined;
  readonly signIn: (username: string, password: string) => Promise<Me>;
  readonly signOut: () => void;
  /**
   * Replaces the signed-in account's password (POST /auth/password). The tokens issued before stop
   * working, so the session goes on with the token of the answer. Rejects with the API's refusal.
   */
  readonly changePassword: (currentPassword: string, newPassword: string) => Promise<void>;
}

const AuthContext = createContext<AuthState>({
  me: null,
  signIn: () => Promise.reject(new Error('no AuthProvider')),
  signOut: () => undefined,
  changePassword: () => Promise.reject(new Error('no AuthProvider')),
});

/**
 * The token lives in sessionStorage: it survives a reload but not the tab, which suits a counter
 * device shared by several venue staff. Any 401 from the API ends the session.
 */
function readSession(): StoredSession | undefined {
  try {
    const session = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as StoredSession | null;
    return session && session.expiresAt > Date.now() ? session : undefined;
  } catch {
    return undefined;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(() => (readSession() ? undefined : null));

  const signOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setAccessToken(undefined);
    setMe(null);
  }, []);

  useEffect(() => {
    setUnauthenticatedListener(signOut);
    const session = readSession();
    if (!session) return;
    setAccessToken(session.token);
    api.get<Me>('/auth/me').then(setMe, signOut);
  }, [signOut]);

  const startSession = useCallback(async (answer: TokenAnswer) => {
    setAccessToken(answer.accessToken);
    const account = await api.get<Me>('/auth/me');
    const session: StoredSession = {
      token: answer.accessToken,
      expiresAt: Date.now() + answer.expiresIn * 1000,
    };
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    setMe(account);
    return account;
  }, []);

  const signIn = useCallback(
    async (username: string, password: string) =>
      startSession(await api.post<TokenAnswer>('/auth/token', { username, password })),
    [startSession],
  );

  const changePassword = useCallback(
    async (currentPassword: string, newPassword: string) => {
      await startSession(await api.post<TokenAnswer>('/auth/password', { currentPassword, newPassword }));
    },
    [startSession],
  );

  const value = useMemo(
    () => ({ me, signIn, signOut, changePassword }),
    [me, signIn, signOut, changePassword],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export const useAuth = (): AuthState => useContext(AuthContext);

/** The signed-in account; only for pages that are rendered behind the sign-in guard. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('useMe() outside a signed-in page');
  return me;
}

export const isStaff = (me: Me): boolean =>
  me.role === 'admin' || me.role === 'organiser' || me.role === 'auditor';

export function homePathOf(me: Me): string {
  if (me.role === 'volunteer') return '/volunteer';
  if (me.role === 'partner') return '/venue';
  return '/admin';
}
