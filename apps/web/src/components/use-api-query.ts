import { useCallback, useEffect, useState } from 'react';

export interface ApiQueryState<T> {
  /** The last answer, kept on screen while a newer one loads. */
  readonly data: T | undefined;
  readonly error: unknown;
  readonly loading: boolean;
  readonly reload: () => void;
}

interface Settled<T> {
  readonly key: string;
  readonly data?: T;
  readonly error?: unknown;
}

/**
 * Loads data for a page and reloads when `deps` (plain values: ids, filters, page numbers) change.
 * An answer to an older request is dropped, so a fast typist never sees an older search's results.
 */
export function useApiQuery<T>(load: () => Promise<T>, deps: readonly unknown[]): ApiQueryState<T> {
  const [tick, setTick] = useState(0);
  const [settled, setSettled] = useState<Settled<T>>({ key: '' });
  const key = JSON.stringify([...deps, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setSettled({ key, data }),
      (error: unknown) => current && setSettled((previous) => ({ key, data: previous.data, error })),
    );
    return () => {
      current = false;
    };
    // `key` stands for the caller's deps; `load` is a fresh closure on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return { data: settled.data, error: settled.error, loading: settled.key !== key, reload };
}
