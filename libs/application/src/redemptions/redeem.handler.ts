import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type Actor,
  benefitDecider,
  benefitRegionServes,
  benefitStream,
  type KnownRedemption,
  NotFound,
  type OfferedBenefit,
  partnerIdFor,
  redemptionCodeDecider,
  redemptionCodeHash,
  redemptionCodeStream,
  redemptionDecider,
  redemptionStream,
  requireActiveVolunteer,
  requireUsableCode,
  RuleViolation,
  ValidationFailed,
  volunteerDecider,
  volunteerStream,
} from '@ledger/domain';
import { AccessDenied, assertRegion } from '../access/access-policy';
import { type CommandContext, commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { stepContext } from '../volunteering/step-context';
import { REDEMPTION_CODE_PATTERN } from './redemption-code.handler';
import { RedemptionProcess } from './redemption-process';
import { REDEMPTION_SETTINGS, type RedemptionSettings } from './redemption-settings';
import { RedeemCommand, type RedeemInput } from './redemption.commands';
import { redemptionViewOfState } from './redemption.views';

const invalidCode = () =>
  new RuleViolation('INVALID_VOLUNTEER_CODE', 'a partner presents the one-time code the volunteer shows');

/**
 * Redeeming points for a benefit: request → use the volunteer's code → hold a unit of stock on the
 * benefit's stream → hold the points on the volunteer's stream → held. Each step is decided on its own
 * stream under its expected revision, so no concurrency oversells stock or double-spends points; each
 * step has a command id derived from the request's (the Idempotency-Key), so a retry repeats nothing.
 * A refused step records the refusal on the redemption and releases what was held; a crash between
 * steps is finished by the sweep (RedemptionProcess).
 */
@CommandHandler(RedeemCommand)
export class RedeemHandler implements ICommandHandler<RedeemCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly process: RedemptionProcess,
    @Inject(REDEMPTION_SETTINGS) private readonly settings: RedemptionSettings,
  ) {}

  async execute({ input, context }: RedeemCommand) {
    const { state: benefit } = await this.runner.current(benefitDecider, benefitStream(input.benefitId));
    if (benefit.status === 'none') throw new NotFound('benefit', input.benefitId);
    const redemptionId = partnerIdFor('redemption', context.commandId);
    const earlier = await this.runner.current(redemptionDecider, redemptionStream(redemptionId));
    // A request seen before answers as it did; one that stopped half-way (a crash) carries on.
    if (earlier.state.status !== 'none' && earlier.state.status !== 'requested') {
      return this.outcome(earlier.state, earlier.revision);
    }

    const { volunteerId, codeHash, via } = await this.whoRedeems(
      context.actor,
      input,
      benefit,
      redemptionId,
      context,
    );
    const expiresAt = new Date(context.now.getTime() + this.settings.holdMinutes * 60_000).toISOString();
    await this.process.step(redemptionId, context, 'request', (metadata) => ({
      type: 'RequestRedemption',
      data: {
        redemptionId,
        benefit: {
          benefitId: benefit.benefitId,
          partnerId: benefit.partnerId,
          regionCode: benefit.regionCode,
          pointsCost: benefit.pointsCost,
          minStarLevel: benefit.minStarLevel,
        },
        volunteerId,
        via,
        expiresAt,
      },
      metadata,
    }));
    try {
      if (codeHash) await this.useCode(codeHash, redemptionId, context);
      const unit = stepContext(context, 'hold-unit');
      await this.runner.handle(
        benefitDecider,
        benefitStream(benefit.benefitId),
        {
          type: 'HoldBenefitUnit',
          data: { benefitId: benefit.benefitId, redemptionId, volunteerId, expiresAt },
          metadata: commandMetadata(unit),
        },
        unit,
      );
      const points = stepContext(context, 'hold-points');
      await this.runner.handle(
        volunteerDecider,
        volunteerStream(volunteerId),
        {
          type: 'HoldPoints',
          data: {
            volunteerId,
            redemptionId,
            benefitId: benefit.benefitId,
            partnerId: benefit.partnerId,
            points: benefit.pointsCost,
            minStarLevel: benefit.minStarLevel,
            expiresAt,
          },
          metadata: commandMetadata(points),
        },
        points,
      );
    } catch (error) {
      if (!(error instanceof RuleViolation)) throw error;
      await this.fail(redemptionId, context, error);
      throw error;
    }
    const held = await this.process.step(redemptionId, context, 'held', (metadata) => ({
      type: 'MarkRedemptionHeld',
      data: { redemptionId },
      metadata,
    }));
    const { revision } = await this.runner.current(redemptionDecider, redemptionStream(redemptionId));
    return { redemption: redemptionViewOfState(held), revision };
  }

  /**
   * A volunteer account redeems for itself; a partner account only with the volunteer's code, and only
   * its own benefits; an administrator of the volunteer's region on its behalf.
   */
  private async whoRedeems(
    actor: Actor,
    input: RedeemInput,
    benefit: OfferedBenefit,
    redemptionId: string,
    context: CommandContext,
  ): Promise<{
    volunteerId: string;
    codeHash: string | null;
    via: 'volunteer' | 'partner-code' | 'administrator';
  }> {
    switch (actor.role) {
      case 'partner': {
        if (actor.partnerId !== benefit.partnerId)
          throw new AccessDenied('a partner account redeems only its own benefits');
        if (
          input.volunteerId !== undefined ||
          !input.volunteerCode ||
          !REDEMPTION_CODE_PATTERN.test(input.volunteerCode)
        ) {
          throw invalidCode();
        }
        const codeHash = redemptionCodeHash(input.volunteerCode);
        const { state } = await this.runner.current(redemptionCodeDecider, redemptionCodeStream(codeHash));
        const volunteerId = requireUsableCode(state, context.now.toISOString(), redemptionId);
        return { volunteerId, codeHash, via: 'partner-code' };
      }
      case 'volunteer': {
        if (input.volunteerCode !== undefined) {
          throw new ValidationFailed([
            { field: 'volunteerCode', message: 'a volunteer redeems for itself, without a code' },
          ]);
        }
        if (
          !actor.volunteerId ||
          (input.volunteerId !== undefined && input.volunteerId !== actor.volunteerId)
        ) {
          throw new AccessDenied('a volunteer account redeems only for itself');
        }
        if (!benefitRegionServes(benefit.regionCode, actor.regionCode)) {
          throw new AccessDenied(`the benefit is offered in region ${benefit.regionCode}`);
        }
        return { volunteerId: actor.volunteerId, codeHash: null, via: 'volunteer' };
      }
      case 'admin': {
        if (!input.volunteerId || input.volunteerCode !== undefined) {
          throw new ValidationFailed([
            { field: 'volunteerId', message: 'an administrator names the volunteer it redeems for' },
          ]);
        }
        assertRegion(actor, benefit.regionCode);
        const { state } = await this.runner.current(volunteerDecider, volunteerStream(input.volunteerId));
        const volunteer = requireActiveVolunteer(state, input.volunteerId);
        assertRegion(actor, volunteer.regionCode);
        return { volunteerId: input.volunteerId, codeHash: null, via: 'administrator' };
      }
      default:
        throw new AccessDenied('volunteers, partner venues and administrators redeem points');
    }
  }

  private async useCode(codeHash: string, redemptionId: string, context: CommandContext): Promise<void> {
    const step = stepContext(context, 'use-code');
    await this.runner.handle(
      redemptionCodeDecider,
      redemptionCodeStream(codeHash),
      { type: 'UseRedemptionCode', data: { codeHash, redemptionId }, metadata: commandMetadata(step) },
      step,
    );
  }

  private async fail(redemptionId: string, context: CommandContext, refusal: RuleViolation): Promise<void> {
    const failed = await this.process.step(redemptionId, context, 'fail', (metadata) => ({
      type: 'FailRedemption',
      data: { redemptionId, code: refusal.code, message: refusal.message },
      metadata,
    }));
    await this.process.settleOrLeaveToSweep(failed, context);
  }

  /** The same request again answers as the first time: the redemption, or the same refusal. */
  private outcome(redemption: KnownRedemption, revision: number) {
    if (redemption.status === 'failed' && redemption.failure) {
      throw new RuleViolation(redemption.failure.code, redemption.failure.message, {
        redemptionId: redemption.redemptionId,
      });
    }
    return { redemption: redemptionViewOfState(redemption), revision };
  }
}
