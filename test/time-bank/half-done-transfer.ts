import { type Clock, DeciderRunner, transferIdFor, transferOutContext } from '@ledger/application';
import { SYSTEM_ACTOR, volunteerDecider, volunteerStream } from '@ledger/domain';
import type { TestApp } from '../support/test-app';

/**
 * The first step of a family transfer alone — the minutes out of the giver's stream, under the
 * command id the request would use — as if the server had died before the receiver's step.
 */
export async function transferStoppedHalfWay(
  t: TestApp,
  clock: Clock,
  transfer: { giver: string; receiver: string; minutes: number; requestId: string },
): Promise<void> {
  const out = transferOutContext({
    commandId: transfer.requestId,
    correlationId: 'test-transfer-stopped-half-way',
    causationId: 'test-transfer-stopped-half-way',
    actor: { ...SYSTEM_ACTOR },
    now: clock.now(),
  });
  await t.app.get(DeciderRunner).handle(
    volunteerDecider,
    volunteerStream(transfer.giver),
    {
      type: 'TransferTimeBankOut',
      data: {
        volunteerId: transfer.giver,
        transferId: transferIdFor(transfer.requestId),
        toVolunteerId: transfer.receiver,
        minutes: transfer.minutes,
      },
      metadata: { commandId: out.commandId, now: out.now.toISOString(), actor: out.actor },
    },
    out,
  );
}
