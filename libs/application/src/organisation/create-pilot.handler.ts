import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { organisationIdFor, PILOT_TARGET_RULES, pilotDecider, pilotStream } from '@ledger/domain';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { CreatePilotCommand } from './create-pilot.command';
import { assertMayAct, MANAGER_ROLES } from './organisation-access';
import { type PilotView, pilotViewOf } from './organisation.views';

@CommandHandler(CreatePilotCommand)
export class CreatePilotHandler implements ICommandHandler<CreatePilotCommand> {
  constructor(private readonly runner: DeciderRunner) {}

  async execute({ input, context }: CreatePilotCommand): Promise<{ pilot: PilotView; revision: number }> {
    assertMayAct(context.actor, MANAGER_ROLES, input.regionCode);
    const pilotId = organisationIdFor('pilot', context.commandId);
    const result = await this.runner.handle(
      pilotDecider,
      pilotStream(pilotId),
      { type: 'CreatePilot', data: { pilotId, ...input }, metadata: commandMetadata(context) },
      context,
      { ruleVersion: PILOT_TARGET_RULES.version },
    );
    if (result.state.status === 'none') throw new Error(`pilot ${pilotId}: creation produced no event`);
    return { pilot: pilotViewOf(result.state), revision: result.revision };
  }
}
