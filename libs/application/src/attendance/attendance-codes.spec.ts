import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLedgerConfig } from '../config/ledger-config';
import { ManualClock } from '../ledger/clock';
import { AttendanceCodes } from './attendance-codes';

const SESSION = `ats-${'a'.repeat(24)}`;
const OTHER = `ats-${'b'.repeat(24)}`;
const T0 = new Date('2026-11-18T02:00:00.000Z');
const MINUTE = 60_000;

function codesIn(dataDir: string, clock = new ManualClock(T0)): AttendanceCodes {
  return new AttendanceCodes(
    loadLedgerConfig({ LEDGER_DATA_DIR: dataDir, LEDGER_PUBLIC_URL: 'https://ledger.example' }),
    clock,
  );
}

const refused = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('check-in codes', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'attendance-codes-'));
  const codes = codesIn(dataDir);

  it('gives 6 digits and a QR text naming the session, rotating each minute; the key stays in the data dir', () => {
    const pair = codes.current(SESSION, T0);
    expect(pair.code).toMatch(/^\d{6}$/);
    expect(pair.qr).toMatch(
      new RegExp(`^https://ledger\\.example/check-in\\?code=${SESSION}\\.[0-9a-z]+\\.[A-Za-z0-9_-]{22}$`),
    );
    expect(pair.expiresAt).toBe(new Date(T0.getTime() + MINUTE).toISOString());
    expect(codes.current(SESSION, new Date(T0.getTime() + 59_999))).toEqual(pair);
    expect(codes.current(SESSION, new Date(T0.getTime() + MINUTE)).qr).not.toBe(pair.qr);
    expect(statSync(join(dataDir, 'attendance-key')).mode & 0o777).toBe(0o600);
    // A second process on the same data dir signs alike.
    expect(codesIn(dataDir).current(SESSION, T0)).toEqual(pair);
  });

  it('accepts a code during its minute and the next, and refuses it after, before, or from another key', () => {
    const { qr, code } = codes.current(SESSION, T0);
    expect(codes.read(qr, T0)).toEqual({ kind: 'token', sessionId: SESSION });
    expect(codes.read(qr.split('code=')[1], new Date(T0.getTime() + MINUTE + 59_999))).toEqual({
      kind: 'token',
      sessionId: SESSION,
    });
    expect(refused(() => codes.read(qr, new Date(T0.getTime() + 2 * MINUTE)))).toBe('CHECKIN_CODE_INVALID');
    expect(refused(() => codes.read(qr, new Date(T0.getTime() - MINUTE)))).toBe('CHECKIN_CODE_INVALID');
    const foreign = codesIn(mkdtempSync(join(tmpdir(), 'attendance-codes-'))).current(SESSION, T0).qr;
    expect(refused(() => codes.read(foreign, T0))).toBe('CHECKIN_CODE_INVALID');
    const swapped = qr.replace(SESSION, OTHER);
    expect(refused(() => codes.read(swapped, T0))).toBe('CHECKIN_CODE_INVALID');
    expect(refused(() => codes.read('12345', T0))).toBe('CHECKIN_CODE_INVALID');

    expect(codes.read(code, T0)).toEqual({ kind: 'digits', digits: code });
    expect(codes.digitsMatch(SESSION, code, new Date(T0.getTime() + MINUTE))).toBe(true);
    const later = new Date(T0.getTime() + 2 * MINUTE);
    const current = codes.current(SESSION, later).code;
    const previous = codes.current(SESSION, new Date(T0.getTime() + MINUTE)).code;
    if (code !== current && code !== previous) expect(codes.digitsMatch(SESSION, code, later)).toBe(false);
  });
});
