import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type KnownRedemption, NotFound, redemptionDecider, redemptionStream } from '@ledger/domain';
import { DeciderRunner } from '../ledger/decider-runner';
import { assertMayCapture, assertMayVoid } from './redemption-access';
import { RedemptionProcess } from './redemption-process';
import { CaptureRedemptionCommand, VoidRedemptionCommand } from './redemption.commands';
import { redemptionViewOfState } from './redemption.views';

async function known(runner: DeciderRunner, redemptionId: string): Promise<KnownRedemption> {
  const { state } = await runner.current(redemptionDecider, redemptionStream(redemptionId));
  if (state.status === 'none') throw new NotFound('redemption', redemptionId);
  return state;
}

/** The venue hands over the benefit: the held points are spent and the unit is taken. */
@CommandHandler(CaptureRedemptionCommand)
export class CaptureRedemptionHandler implements ICommandHandler<CaptureRedemptionCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly process: RedemptionProcess,
  ) {}

  async execute({ redemptionId, context }: CaptureRedemptionCommand) {
    assertMayCapture(context.actor, await known(this.runner, redemptionId));
    const captured = await this.process.step(redemptionId, context, 'capture', (metadata) => ({
      type: 'CaptureRedemption',
      data: { redemptionId },
      metadata,
    }));
    await this.process.settleOrLeaveToSweep(captured, context);
    const { revision } = await this.runner.current(redemptionDecider, redemptionStream(redemptionId));
    return { redemption: redemptionViewOfState(captured), revision };
  }
}

/** The redemption is called off before capture: the points and the unit go back. */
@CommandHandler(VoidRedemptionCommand)
export class VoidRedemptionHandler implements ICommandHandler<VoidRedemptionCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly process: RedemptionProcess,
  ) {}

  async execute({ redemptionId, reason, context }: VoidRedemptionCommand) {
    assertMayVoid(context.actor, await known(this.runner, redemptionId));
    const voided = await this.process.step(redemptionId, context, 'void', (metadata) => ({
      type: 'VoidRedemption',
      data: { redemptionId, reason },
      metadata,
    }));
    await this.process.settleOrLeaveToSweep(voided, context);
    const { revision } = await this.runner.current(redemptionDecider, redemptionStream(redemptionId));
    return { redemption: redemptionViewOfState(voided), revision };
  }
}
