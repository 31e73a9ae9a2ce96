import { newId, type CommandContext } from '@ledger/application';
import { SYSTEM_ACTOR } from '@ledger/domain';

/** Commands run from the CLI act as the system: whoever runs it has the data dir, and so the ledger. */
export const cliCommandContext = (name: string): CommandContext => {
  const id = newId();
  return {
    commandId: id,
    correlationId: `cli-${name}-${id}`,
    causationId: `cli-${name}`,
    actor: SYSTEM_ACTOR,
    now: new Date(),
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
