import { createHash } from 'node:crypto';

const derived = (prefix: string, kind: string, commandId: string): string =>
  `${prefix}-${createHash('sha256').update(`${kind}\u0000${commandId}`).digest('hex').slice(0, 24)}`;

/** Ids derive from the command that made them: a retried request lands on the same id. */
export const attendanceSessionIdFor = (commandId: string): string =>
  derived('ats', 'attendance-session', commandId);
export const attendanceIdFor = (commandId: string): string => derived('atn', 'attendance', commandId);

export const ATTENDANCE_SESSION_ID_FORMAT = /^ats-[0-9a-f]{24}$/;
export const ATTENDANCE_ID_FORMAT = /^atn-[0-9a-f]{24}$/;
