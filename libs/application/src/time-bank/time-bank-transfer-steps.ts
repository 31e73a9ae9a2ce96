import { Injectable } from '@nestjs/common';
import { volunteerDecider, volunteerStream } from '@ledger/domain';
import { type CommandContext, commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { deterministicUuid } from '../ledger/ids';
import { stepContext } from '../volunteering/step-context';

/** The first half of a family transfer runs under this context: derived from the request's. */
export const transferOutContext = (request: CommandContext): CommandContext =>
  stepContext(request, 'time-bank-transfer-out');

export interface TransferOut {
  readonly transferId: string;
  readonly fromVolunteerId: string;
  readonly toVolunteerId: string;
  readonly minutes: number;
}

/**
 * The second half of a family transfer: the minutes arrive on the receiver's stream. Its command id
 * derives from the transfer alone, so the request that made the transfer and the recovery pass that
 * finishes a half-done one are the same command: whichever comes second appends nothing.
 */
@Injectable()
export class TimeBankTransferSteps {
  constructor(private readonly runner: DeciderRunner) {}

  receive(transfer: TransferOut, context: CommandContext) {
    const step: CommandContext = {
      ...context,
      commandId: deterministicUuid(`time-bank-transfer-in\u0000${transfer.transferId}`),
    };
    return this.runner.handle(
      volunteerDecider,
      volunteerStream(transfer.toVolunteerId),
      {
        type: 'ReceiveTimeBankTransfer',
        data: {
          volunteerId: transfer.toVolunteerId,
          transferId: transfer.transferId,
          fromVolunteerId: transfer.fromVolunteerId,
          minutes: transfer.minutes,
        },
        metadata: commandMetadata(step),
      },
      step,
    );
  }
}
