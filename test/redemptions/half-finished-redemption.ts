import { randomUUID } from 'node:crypto';
import {
  type Clock,
  type CommandContext,
  commandMetadata,
  DeciderRunner,
  RedemptionProcess,
} from '@ledger/application';
import {
  benefitDecider,
  benefitStream,
  partnerIdFor,
  SYSTEM_ACTOR,
  volunteerDecider,
  volunteerStream,
} from '@ledger/domain';
import type { TestApp } from '../support/test-app';

export interface OfferedTerms {
  readonly benefitId: string;
  readonly partnerId: string;
  readonly regionCode: string;
  readonly pointsCost: number;
  readonly minStarLevel: number;
}

/**
 * The first steps of a redemption as RedeemHandler makes them — the request on the redemption's
 * stream, a unit held on the benefit's, the points held on the volunteer's — and not the last one
 * (marking it held), as if the server had died in between. Returns the redemption's id.
 */
export async function redemptionStoppedHalfWay(
  t: TestApp,
  clock: Clock,
  benefit: OfferedTerms,
  volunteerId: string,
  holdMinutes = 30,
): Promise<string> {
  const now = clock.now();
  const context = (step: string): CommandContext => ({
    commandId: `${requestId}-${step}`,
    correlationId: 'test-redemption-stopped-half-way',
    causationId: 'test-redemption-stopped-half-way',
    actor: SYSTEM_ACTOR,
    now,
  });
  const requestId = `half-redemption-${randomUUID()}`;
  const redemptionId = partnerIdFor('redemption', requestId);
  const expiresAt = new Date(now.getTime() + holdMinutes * 60_000).toISOString();
  await t.app.get(RedemptionProcess).step(redemptionId, context('request'), 'request', (metadata) => ({
    type: 'RequestRedemption',
    data: { redemptionId, benefit, volunteerId, via: 'administrator', expiresAt },
    metadata,
  }));
  const runner = t.app.get(DeciderRunner);
  await runner.handle(
    benefitDecider,
    benefitStream(benefit.benefitId),
    {
      type: 'HoldBenefitUnit',
      data: { benefitId: benefit.benefitId, redemptionId, volunteerId, expiresAt },
      metadata: commandMetadata(context('hold-unit')),
    },
    context('hold-unit'),
  );
  await runner.handle(
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
      metadata: commandMetadata(context('hold-points')),
    },
    context('hold-points'),
  );
  return redemptionId;
}
