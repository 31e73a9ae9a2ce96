import { ApiError } from '../../../api/api-error';
import { AttemptKeys, outcomeUnknown } from './attempt-key';

describe('idempotency keys per attempt', () => {
  beforeAll(() => {
    let n = 0;
    Object.defineProperty(globalThis, 'crypto', {
      configurable: true,
      value: { randomUUID: () => `key-${++n}` },
    });
  });

  it('reuses the key when the same attempt is retried', () => {
    const keys = new AttemptKeys();
    const first = keys.keyFor('1234|ben-a');
    expect(keys.keyFor('1234|ben-a')).toBe(first);
  });

  it('takes a new key for something else, or once the attempt is settled', () => {
    const keys = new AttemptKeys();
    const first = keys.keyFor('1234|ben-a');
    const other = keys.keyFor('1234|ben-b');
    expect(other).not.toBe(first);
    keys.settle();
    expect(keys.keyFor('1234|ben-b')).not.toBe(other);
  });

  it('counts only a lost connection or a server failure as an unknown outcome', () => {
    expect(outcomeUnknown(ApiError.network(new TypeError('Failed to fetch')))).toBe(true);
    expect(outcomeUnknown(new ApiError(503, 'HTTP_503', 'unavailable'))).toBe(true);
    expect(outcomeUnknown(new ApiError(422, 'OUT_OF_STOCK', 'none left'))).toBe(false);
    expect(outcomeUnknown(new ApiError(409, 'CONFLICT', 'busy'))).toBe(false);
  });
});
