// The signed-in user, their permissions, sign-in and sign-out.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, setCsrfToken, setUnauthorizedHandler } from '../api/client';
import type { Session, SignIn, User } from '../api/types';

export interface Auth {
  user: User | null;
  /** True until the first /auth/me answer. */
  loading: boolean;
  /** True when the last session ended by itself (expired or revoked), to explain the login page. */
  expired: boolean;
  isCustomer: boolean;
  /** The password step: signed in, or the second step (`second_factor`, `challenge`) it owes. */
  login(username: string, password: string): Promise<SignIn>;
  /** Takes the session a completed sign-in step answered. */
  finishSignIn(s: SignIn): void;
  logout(): Promise<void>;
  refresh(): Promise<void>;
  /** Has every one of the permissions (a list means any of them when `any` is set). */
  can(permission: string | string[] | undefined, any?: boolean): boolean;
}

const AuthContext = createContext<Auth | null>(null);

export function hasPermission(user: User | null, permission: string | string[] | undefined, any = true): boolean {
  if (!permission) return !!user;
  if (!user) return false;
  const list = Array.isArray(permission) ? permission : [permission];
  return any ? list.some((p) => user.permissions.includes(p)) : list.every((p) => user.permissions.includes(p));
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [loading, setLoading] = useState(true);
  const [expired, setExpired] = useState(false);

  const refresh = useCallback(async () => {
    try {
      const s = await api.get<Session>('/api/v1/auth/me');
      setCsrfToken(s.csrf_token);
      setUser(s.user);
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 401) console.warn('auth/me failed', e);
      setCsrfToken(null);
      setUser(null);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void refresh();
    setUnauthorizedHandler(() => {
      setCsrfToken(null);
      setUser((u) => {
        if (u) setExpired(true);
        return null;
      });
    });
    return () => setUnauthorizedHandler(null);
  }, [refresh]);

  const login = useCallback(async (username: string, password: string) => {
    // Password hashing is admitted a few at a time: when the server says to come back
    // (503 auth.busy with Retry-After), try again a few times before showing the error.
    let s: SignIn | undefined;
    for (let attempt = 0; !s; attempt++) {
      try {
        s = await api.post<SignIn>('/api/v1/auth/login', { username, password });
      } catch (e) {
        if (!(e instanceof ApiError) || e.problem.code !== 'auth.busy' || attempt >= 4) throw e;
        await new Promise((resolve) => setTimeout(resolve, (e.retryAfter ?? 1) * 1000));
      }
    }
    if (!s.second_factor && s.user && s.csrf_token) {
      setCsrfToken(s.csrf_token);
      setExpired(false);
      setUser(s.user);
    }
    return s;
  }, []);

  const finishSignIn = useCallback((s: SignIn) => {
    if (!s.user || !s.csrf_token) return;
    setCsrfToken(s.csrf_token);
    setExpired(false);
    setUser(s.user);
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.post('/api/v1/auth/logout');
    } catch {
      /* signed out either way */
    }
    setCsrfToken(null);
    setExpired(false);
    setUser(null);
  }, []);

  const value = useMemo<Auth>(
    () => ({
      user,
      loading,
      expired,
      isCustomer: !!user && user.customer_id !== null,
      login,
      finishSignIn,
      logout,
      refresh,
      can: (p, any = true) => hasPermission(user, p, any),
    }),
    [user, loading, expired, login, finishSignIn, logout, refresh],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const a = useContext(AuthContext);
  if (!a) throw new Error('useAuth outside AuthProvider');
  return a;
}
