import { activityDecider, activityStream, NotFound, type SignupActivityFacts } from '@ledger/domain';
import type { DeciderRunner } from '../ledger/decider-runner';

/** The activity as its stream has it, for a sign-up decision (404 when it does not exist). */
export async function loadActivityFacts(
  runner: DeciderRunner,
  activityId: string,
): Promise<SignupActivityFacts & { revision: number }> {
  const { state, revision } = await runner.current(activityDecider, activityStream(activityId));
  if (state.status === 'none') throw new NotFound('activity', activityId);
  return {
    activityId,
    regionCode: state.regionCode,
    startsAt: state.startsAt,
    endsAt: state.endsAt,
    recruitment: state.recruitment ?? null,
    revision,
  };
}
