import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  incentiveLedgerOf,
  NotFound,
  RuleViolation,
  volunteerDecider,
  volunteerStream,
} from '@ledger/domain';
import { VolunteersReadModel } from '@ledger/projections';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { assertCanTransfer } from './time-bank-access';
import { transferIdFor } from './time-bank-ids';
import { TimeBankTransferSteps, transferOutContext } from './time-bank-transfer-steps';
import { TransferTimeBankCommand } from './time-bank.commands';
import type { TransferView } from './time-bank.views';

/**
 * A gift of minutes to registered family, over two streams: out on the giver's (where the balance
 * and the family link are decided), then in on the receiver's. Both steps have command ids derived
 * from the request's, so a retry never transfers twice; a transfer that stopped after its first
 * step is finished by the recovery pass (TimeBankTransferRecovery).
 */
@CommandHandler(TransferTimeBankCommand)
export class TransferTimeBankHandler implements ICommandHandler<TransferTimeBankCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly volunteers: VolunteersReadModel,
    private readonly steps: TimeBankTransferSteps,
  ) {}

  async execute({
    volunteerId,
    input,
    context,
  }: TransferTimeBankCommand): Promise<{ transfer: TransferView; revision: number }> {
    const volunteer = this.volunteers.findById(volunteerId);
    if (!volunteer) throw new NotFound('volunteer', volunteerId);
    assertCanTransfer(context.actor, volunteerId);
    // Minutes given to someone forgotten could never be used again.
    const receiver = await this.runner.current(volunteerDecider, volunteerStream(input.toVolunteerId));
    if (receiver.state.status === 'forgotten') {
      throw new RuleViolation('VOLUNTEER_FORGOTTEN', `volunteer ${input.toVolunteerId} has been forgotten`);
    }
    const transferId = transferIdFor(context.commandId);
    const out = transferOutContext(context);
    const result = await this.runner.handle(
      volunteerDecider,
      volunteerStream(volunteerId),
      {
        type: 'TransferTimeBankOut',
        data: { volunteerId, transferId, toVolunteerId: input.toVolunteerId, minutes: input.minutes },
        metadata: commandMetadata(out),
      },
      out,
    );
    const event = result.events.find((e) => e.type === 'TimeBankTransferredOut');
    if (event?.type !== 'TimeBankTransferredOut')
      throw new Error(`transfer ${transferId}: no event recorded`);
    await this.steps.receive(
      {
        transferId,
        fromVolunteerId: volunteerId,
        toVolunteerId: event.data.toVolunteerId,
        minutes: event.data.minutes,
      },
      context,
    );
    return {
      transfer: {
        id: transferId,
        fromVolunteerId: volunteerId,
        toVolunteerId: event.data.toVolunteerId,
        minutes: event.data.minutes,
        status: 'completed',
        balanceMinutes: incentiveLedgerOf(result.state).timeBankMinutes,
        transferredAt: event.data.at,
      },
      revision: result.revision,
    };
  }
}
