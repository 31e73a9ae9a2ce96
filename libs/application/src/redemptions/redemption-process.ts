import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  benefitDecider,
  benefitStream,
  type KnownRedemption,
  type RedemptionCommand,
  redemptionDecider,
  redemptionStream,
  RuleViolation,
  settlementOf,
  volunteerDecider,
  volunteerStream,
} from '@ledger/domain';
import { PartnersReadModel } from '@ledger/projections';
import { Clock } from '../ledger/clock';
import { type CommandContext, commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { stepContext } from '../volunteering/step-context';
import { REDEMPTION_SETTINGS, type RedemptionSettings } from './redemption-settings';

/** The system finishes redemptions whose own request stopped half-way; it acts under this actor. */
const SETTLEMENT_ACTOR = { accountId: 'system', role: 'admin', regionCode: '000000' } as const;

export interface SweepSummary {
  readonly expired: number;
  readonly abandoned: number;
  readonly settled: number;
}

/**
 * Keeps the three streams of a redemption in agreement. The redemption's own stream decides how far
 * it got; `settle` makes the benefit's unit and the volunteer's points match (held, captured or
 * released), with commands that do nothing when already done, so it can run any number of times,
 * after any crash. `sweep` expires lapsed holds, gives up on requests that stopped half-way, and
 * settles whatever the read model shows unsettled.
 */
@Injectable()
export class RedemptionProcess {
  private readonly logger = new Logger(RedemptionProcess.name);
  private sweeping: Promise<SweepSummary> | null = null;

  constructor(
    private readonly runner: DeciderRunner,
    private readonly partners: PartnersReadModel,
    private readonly clock: Clock,
    @Inject(REDEMPTION_SETTINGS) private readonly settings: RedemptionSettings,
  ) {}

  /** A step on the redemption's own stream. */
  async step(
    redemptionId: string,
    context: CommandContext,
    name: string,
    command: (metadata: ReturnType<typeof commandMetadata>) => RedemptionCommand,
  ): Promise<KnownRedemption> {
    const step = stepContext(context, `redemption-${name}`);
    const result = await this.runner.handle(
      redemptionDecider,
      redemptionStream(redemptionId),
      command(commandMetadata(step)),
      step,
    );
    if (result.state.status === 'none') throw new Error(`redemption ${redemptionId} has no events`);
    return result.state;
  }

  /** Makes the unit and the points what the redemption's status says they must be. */
  async settle(redemption: KnownRedemption, context: CommandContext): Promise<void> {
    const settlement = settlementOf(redemption.status);
    if (settlement === 'hold') return;
    const { redemptionId, benefitId, volunteerId } = redemption;
    const reason =
      redemption.status === 'voided'
        ? 'voided'
        : redemption.status === 'expired'
          ? 'expired'
          : 'not-completed';
    const unit = stepContext(context, `settle-unit-${settlement}`);
    const points = stepContext(context, `settle-points-${settlement}`);
    await this.runner.handle(
      benefitDecider,
      benefitStream(benefitId),
      settlement === 'capture'
        ? { type: 'CaptureBenefitUnit', data: { benefitId, redemptionId }, metadata: commandMetadata(unit) }
        : {
            type: 'ReleaseBenefitUnit',
            data: { benefitId, redemptionId, reason },
            metadata: commandMetadata(unit),
          },
      unit,
    );
    try {
      await this.runner.handle(
        volunteerDecider,
        volunteerStream(volunteerId),
        settlement === 'capture'
          ? {
              type: 'CapturePointsHold',
              data: { volunteerId, redemptionId },
              metadata: commandMetadata(points),
            }
          : {
              type: 'ReleasePointsHold',
              data: { volunteerId, redemptionId, reason },
              metadata: commandMetadata(points),
            },
        points,
      );
    } catch (error) {
      // No points were ever held for a redemption that failed before its points step: nothing to release.
      if (!(error instanceof RuleViolation && error.code === 'NOT_FOUND' && settlement === 'release'))
        throw error;
    }
  }

  /**
   * Settles now if it can; a redemption whose outcome is already decided on its own stream stays
   * decided even if its unit or points cannot be moved this instant (another node writing the same
   * benefit): the sweep finishes it, and the caller is told the outcome, not the hiccup.
   */
  async settleOrLeaveToSweep(redemption: KnownRedemption, context: CommandContext): Promise<void> {
    try {
      await this.settle(redemption, context);
    } catch (error) {
      if (error instanceof RuleViolation) throw error;
      this.logger.warn({
        msg: 'redemption decided; settling left to the sweep',
        redemptionId: redemption.redemptionId,
        error: error instanceof Error ? error.name : String(error),
      });
    }
  }

  /**
   * One pass over open redemptions; never two at once. At start (`atStart`), no request of this
   * process can be in flight, so every redemption still at its first step stopped with a crash.
   */
  sweep(atStart = false): Promise<SweepSummary> {
    this.sweeping ??= this.runSweep(atStart).finally(() => {
      this.sweeping = null;
    });
    return this.sweeping;
  }

  private async runSweep(atStart: boolean): Promise<SweepSummary> {
    const now = this.clock.now();
    const context = (redemptionId: string, what: string): CommandContext => ({
      // One command id per redemption and purpose: sweeps that overlap a crash repeat nothing.
      commandId: `sweep-${what}-${redemptionId}`,
      correlationId: `redemption-sweep-${now.toISOString()}`,
      causationId: redemptionId,
      actor: SETTLEMENT_ACTOR,
      now,
    });
    let expired = 0;
    let abandoned = 0;
    let settled = 0;
    const each = async (redemptionId: string, work: () => Promise<boolean>): Promise<number> => {
      try {
        return (await work()) ? 1 : 0;
      } catch (error) {
        // One redemption that cannot be moved now does not stop the others; the next sweep retries it.
        this.logger.warn({
          msg: 'redemption not swept; the next sweep retries it',
          redemptionId,
          error: error instanceof Error ? error.name : String(error),
        });
        return 0;
      }
    };
    for (const row of this.partners.lapsedHolds(now.toISOString(), this.settings.sweepBatch)) {
      expired += await each(row.redemption_id, async () => {
        const state = await this.step(
          row.redemption_id,
          context(row.redemption_id, 'expire'),
          'expire',
          (metadata) => ({
            type: 'ExpireRedemption',
            data: { redemptionId: row.redemption_id },
            metadata,
          }),
        );
        await this.settle(state, context(row.redemption_id, 'expire'));
        return state.status === 'expired';
      });
    }
    const staleBefore = atStart
      ? now.toISOString()
      : new Date(now.getTime() - this.settings.abandonAfterSeconds * 1000).toISOString();
    for (const row of this.partners.staleRequests(staleBefore, this.settings.sweepBatch)) {
      abandoned += await each(row.redemption_id, async () => {
        const state = await this.step(
          row.redemption_id,
          context(row.redemption_id, 'abandon'),
          'abandon',
          (metadata) => ({
            type: 'FailRedemption',
            data: {
              redemptionId: row.redemption_id,
              code: 'NOT_COMPLETED',
              message: 'the redemption stopped before its holds were complete',
            },
            metadata,
          }),
        );
        await this.settle(state, context(row.redemption_id, 'abandon'));
        return state.status === 'failed';
      });
    }
    for (const row of this.partners.unsettledRedemptions(this.settings.sweepBatch)) {
      settled += await each(row.redemption_id, async () => {
        const { state } = await this.runner.current(redemptionDecider, redemptionStream(row.redemption_id));
        if (state.status === 'none') return false;
        await this.settle(state, context(row.redemption_id, `settle-${state.status}`));
        return true;
      });
    }
    if (expired + abandoned + settled > 0) {
      this.logger.log({ msg: 'redemptions swept', expired, abandoned, settled });
    }
    return { expired, abandoned, settled };
  }
}
