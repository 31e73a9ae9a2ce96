import type { CommandContext } from '../ledger/command-context';
import { deterministicUuid } from '../ledger/ids';

/**
 * A use case that appends to several streams gives each step its own command id, derived from the
 * request's: a retry with the same Idempotency-Key repeats every step harmlessly.
 */
export const stepContext = (context: CommandContext, step: string): CommandContext => ({
  ...context,
  commandId: deterministicUuid(`${context.commandId}\u0000${step}`),
});
