import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { incentiveLedgerOf, NotFound, volunteerDecider, volunteerStream } from '@ledger/domain';
import { VolunteersReadModel } from '@ledger/projections';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { assertCanWithdraw } from './time-bank-access';
import { withdrawalIdFor } from './time-bank-ids';
import { WithdrawTimeBankCommand } from './time-bank.commands';
import type { WithdrawalView } from './time-bank.views';

/** A service the volunteer (or its family) received, paid in minutes from its time bank, never below zero. */
@CommandHandler(WithdrawTimeBankCommand)
export class WithdrawTimeBankHandler implements ICommandHandler<WithdrawTimeBankCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly volunteers: VolunteersReadModel,
  ) {}

  async execute({
    volunteerId,
    input,
    context,
    expectedRevision,
  }: WithdrawTimeBankCommand): Promise<{ withdrawal: WithdrawalView; revision: number }> {
    const volunteer = this.volunteers.findById(volunteerId);
    if (!volunteer) throw new NotFound('volunteer', volunteerId);
    assertCanWithdraw(context.actor, volunteer.region_code);
    const withdrawalId = withdrawalIdFor(context.commandId);
    const result = await this.runner.handle(
      volunteerDecider,
      volunteerStream(volunteerId),
      {
        type: 'WithdrawTimeBank',
        data: { volunteerId, withdrawalId, minutes: input.minutes, description: input.description },
        metadata: commandMetadata(context),
      },
      context,
      { expectedRevision },
    );
    const event = result.events.find((e) => e.type === 'TimeBankWithdrawn');
    if (event?.type !== 'TimeBankWithdrawn') throw new Error(`withdrawal ${withdrawalId}: no event recorded`);
    const ledger = incentiveLedgerOf(result.state);
    return {
      withdrawal: {
        id: event.data.withdrawalId,
        volunteerId,
        minutes: event.data.minutes,
        description: event.data.description,
        balanceMinutes: ledger.timeBankMinutes,
        withdrawnBy: context.actor.accountId,
        withdrawnAt: event.data.at,
      },
      revision: result.revision,
    };
  }
}
