import { type Clock, newId, type CommandContext } from '@ledger/application';
import { SYSTEM_ACTOR } from '@ledger/domain';

/**
 * Commands run from the CLI act as the system: whoever runs it has the data dir, and so the ledger.
 * They are dated by the ledger's clock, as the server's are (LEDGER_CLOCK_START moves both).
 */
export const cliCommandContext = (name: string, clock: Clock): CommandContext => {
  const id = newId();
  return {
    commandId: id,
    correlationId: `cli-${name}-${id}`,
    causationId: `cli-${name}`,
    actor: SYSTEM_ACTOR,
    now: clock.now(),
  };
};

export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliFailure';
  }
}
