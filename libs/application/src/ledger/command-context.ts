import type { Actor, CommandMetadata } from '@ledger/domain';

/**
 * Who asked, and in answer to what: carried from the HTTP request (or the CLI) into every event's
 * metadata, so each event says who did it and why.
 */
export interface CommandContext {
  /** Stable across retries of the same request (the Idempotency-Key when one was sent). */
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly actor: Actor;
  readonly now: Date;
}

export const commandMetadata = (context: CommandContext): CommandMetadata => ({
  commandId: context.commandId,
  now: context.now.toISOString(),
  actor: context.actor,
});
