import type { CommandMetadata } from '../decider';

/** Shared by the organisation decider specs: an administrator of Zhengzhou acting on 2026-03-05. */
export const adminMetadata: CommandMetadata = {
  commandId: 'cmd-1',
  now: '2026-03-05T01:00:00.000Z',
  actor: { accountId: 'acc-admin', role: 'admin', regionCode: '410100' },
};

export const ZHENGZHOU = '410100';
export const ZHONGMU = '410122';
export const LUOYANG = '410300';
