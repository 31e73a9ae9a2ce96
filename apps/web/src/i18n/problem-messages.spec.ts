import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../api/api-error';
import { describeProblem, knownProblemCodes } from './problem-messages';

describe('describeProblem', () => {
  it('says a business refusal in the reader’s language, not as a code', () => {
    const refusal = new ApiError(422, 'SELF_CONFIRMATION', 'the confirmer recorded it');
    expect(describeProblem(refusal, 'zh')).toContain('不能确认自己录入');
    expect(describeProblem(refusal, 'en')).toContain('another administrator');
    expect(describeProblem(refusal, 'zh')).not.toContain('SELF_CONFIRMATION');
  });

  it('names the fields that failed validation', () => {
    const invalid = new ApiError(400, 'VALIDATION_FAILED', '1 field(s) are invalid', [
      { field: 'minutes', message: 'must be a positive integer' },
    ]);
    expect(describeProblem(invalid, 'en')).toMatch(/minutes: must be a positive integer/);
  });

  it("falls back to the server's detail for a code it does not know", () => {
    expect(describeProblem(new ApiError(422, 'SOMETHING_NEW', 'a new rule said no'), 'zh')).toBe(
      'a new rule said no',
    );
  });

  it('covers every refusal code named in the HTTP contract', () => {
    const contract = [
      'VALIDATION_FAILED',
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'NOT_FOUND',
      'CONFLICT',
      'RATE_LIMITED',
      'SELF_CONFIRMATION',
      'OVERLAPPING_SERVICE',
      'INSUFFICIENT_TIME_BALANCE',
      'NOTICE_PERIOD_NOT_OVER',
      'CERTIFYING_LEVEL_TOO_LOW',
      'INSUFFICIENT_POINTS',
      'OUT_OF_STOCK',
      'STAR_LEVEL_TOO_LOW',
      'LIMIT_REACHED',
    ];
    const known = new Set(knownProblemCodes());
    expect(contract.filter((code) => !known.has(code))).toEqual([]);
  });

  it("covers every refusal code the project's API documentation names", () => {
    // docs/api.md is the contract people read: a code named there and said by the console only as the
    // server's English detail is a gap. Configuration names (LEDGER_*) are not refusals.
    const documentation = readFileSync(join(__dirname, '..', '..', '..', '..', 'docs', 'api.md'), 'utf8');
    const named = new Set(
      [...documentation.matchAll(/`(?:\d{3} )?([A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+)`/g)]
        .map((match) => match[1])
        .filter((code) => !code.startsWith('LEDGER_') && code !== 'UPPER_SNAKE'),
    );
    expect(named.size).toBeGreaterThan(40);
    const known = new Set(knownProblemCodes());
    expect([...named].filter((code) => !known.has(code))).toEqual([]);
  });

  it('treats anything that is not an API refusal as a server failure', () => {
    expect(describeProblem(new TypeError('x is undefined'), 'en')).toMatch(/server failed/);
  });
});
