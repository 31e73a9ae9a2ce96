// Password hashing at production cost takes ~100 ms a hash; the tests create many accounts.
// The hasher reads the cost from each stored hash, so a cheaper one here changes nothing else.
process.env.LEDGER_SCRYPT_LOG2_COST ??= '10';

// Nest's default logger would print every debug line of the units under test; keep errors only.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('@nestjs/common').Logger.overrideLogger(['error']);
