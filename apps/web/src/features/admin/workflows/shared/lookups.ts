import { useEffect, useState } from 'react';
import { api } from '../../../../api/client';

/**
 * Names behind ids that lists carry bare (the account that recorded a service, the volunteer behind
 * a star candidate). Each id is asked once per page load, a few at a time; an id the caller may not
 * read (another region, a role without access) stays an id on screen rather than an error.
 */
export interface Lookup<V> {
  get(id: string): Promise<V | undefined>;
  /** The value when it is already known, so a re-rendered row does not flicker. */
  peek(id: string): V | undefined;
}

export function createLookup<V>(load: (id: string) => Promise<V>, concurrency = 4): Lookup<V> {
  const answers = new Map<string, Promise<V | undefined>>();
  const known = new Map<string, V>();
  const waiting: (() => void)[] = [];
  let running = 0;

  const release = () => {
    running--;
    waiting.shift()?.();
  };
  const slot = () =>
    running < concurrency
      ? (running++, Promise.resolve())
      : new Promise<void>((resolve) => waiting.push(() => (running++, resolve())));

  return {
    get(id) {
      let answer = answers.get(id);
      if (!answer) {
        answer = slot().then(() =>
          load(id).then(
            (value) => {
              known.set(id, value);
              release();
              return value;
            },
            () => {
              release();
              return undefined;
            },
          ),
        );
        answers.set(id, answer);
      }
      return answer;
    },
    peek: (id) => known.get(id),
  };
}

export function useLookup<V>(lookup: Lookup<V>, id: string | undefined): V | undefined {
  const [found, setFound] = useState<{ id: string; value: V | undefined }>();
  useEffect(() => {
    if (!id || lookup.peek(id) !== undefined) return;
    let live = true;
    void lookup.get(id).then((value) => live && setFound({ id, value }));
    return () => {
      live = false;
    };
  }, [lookup, id]);
  if (!id) return undefined;
  return lookup.peek(id) ?? (found?.id === id ? found.value : undefined);
}

/** Usernames: administrators and auditors may read the accounts of their region. */
export const accountNames = createLookup((id) =>
  api.get<{ username: string }>(`/accounts/${encodeURIComponent(id)}`).then((a) => a.username),
);

export interface VolunteerName {
  readonly name: string;
  readonly volunteerNo: string;
}

export const volunteerNames = createLookup((id) =>
  api
    .get<VolunteerName>(`/volunteers/${encodeURIComponent(id)}`)
    .then(({ name, volunteerNo }) => ({ name, volunteerNo })),
);
