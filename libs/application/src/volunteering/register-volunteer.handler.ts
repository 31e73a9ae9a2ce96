import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  businessDateOf,
  preparePersonalData,
  requireActiveVolunteer,
  RuleViolation,
  volunteerDecider,
  volunteerIdentityDecider,
  volunteerIdentityStream,
  volunteerIdFor,
  volunteerStream,
  ValidationFailed,
} from '@ledger/domain';
import { assertRegion, assertRole } from '../access/access-policy';
import { type CommandContext, commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { PersonalDataVault } from './personal-data/personal-data-vault';
import { RegisterVolunteerCommand } from './register-volunteer.command';
import { stepContext } from './step-context';
import { VolunteerNumbers } from './volunteer-numbers';
import { VolunteerQueries } from './volunteer-queries';
import { toVolunteerView, type VolunteerView } from './volunteer.views';

/**
 * Registration touches three streams, in an order that writes nothing when the person is already
 * registered: claim the identity (one person, one volunteer), take the next volunteer number, then
 * register the volunteer with the personal data sealed under a new key. Each step has its own
 * command id derived from the request's, so a retry with the same Idempotency-Key finishes the job.
 * A referral is checked before anything is written, and its bonus is earned on the referrer's
 * stream as a last step (once per referred volunteer).
 */
@CommandHandler(RegisterVolunteerCommand)
export class RegisterVolunteerHandler implements ICommandHandler<RegisterVolunteerCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly vault: PersonalDataVault,
    private readonly numbers: VolunteerNumbers,
    private readonly queries: VolunteerQueries,
  ) {}

  async execute({
    input,
    context,
  }: RegisterVolunteerCommand): Promise<{ volunteer: VolunteerView; revision: number }> {
    assertRole(context.actor, 'admin', 'organiser');
    assertRegion(context.actor, input.regionCode);
    if (input.consent !== true) {
      throw new RuleViolation('VALIDATION_FAILED', 'a volunteer registers only with consent: true', {
        errors: [{ field: 'consent', message: 'consent must be true' }],
      });
    }
    const metadata = commandMetadata(context);
    const person = { name: input.name, idType: input.idType, idNumber: input.idNumber, phone: input.phone };
    const profile = preparePersonalData(person, businessDateOf(metadata.now));
    const volunteerId = volunteerIdFor(context.commandId);
    const stream = volunteerStream(volunteerId);
    const referrerId = input.referredByVolunteerId;

    const existing = await this.runner.current(volunteerDecider, stream);
    if (existing.state.status !== 'none') {
      // A retry finishes a bonus the first attempt did not get to (unless the referrer is gone since).
      if (referrerId !== undefined) {
        const referrer = await this.runner.current(volunteerDecider, volunteerStream(referrerId));
        if (referrer.state.status === 'active')
          await this.earnReferralBonus(referrerId, volunteerId, context);
      }
      return { volunteer: await this.queries.volunteerOf(volunteerId), revision: existing.revision };
    }
    if (referrerId !== undefined) await this.requireReferrer(referrerId, volunteerId);

    const identityStream = volunteerIdentityStream(this.vault.identityTag(profile.idType, profile.idNumber));
    await this.claimIdentity(identityStream, context);
    let volunteerNo: string;
    let revision: number;
    try {
      volunteerNo = await this.numbers.allocate(input.regionCode, volunteerId, context);
      const sealedPerson = this.vault.sealProfile(volunteerId, profile);
      const result = await this.runner.handle(
        volunteerDecider,
        stream,
        {
          type: 'RegisterVolunteer',
          data: {
            volunteerId,
            volunteerNo,
            regionCode: input.regionCode,
            consent: true,
            person,
            sealedPerson,
          },
          metadata,
        },
        context,
      );
      revision = result.revision;
    } catch (error) {
      await this.releaseUnlessRegistered(identityStream, stream, context);
      throw error;
    }
    if (referrerId !== undefined) await this.earnReferralBonus(referrerId, volunteerId, context);
    return {
      volunteer: toVolunteerView(
        {
          volunteerId,
          volunteerNo,
          regionCode: input.regionCode,
          status: 'active',
          registeredAt: metadata.now,
          registeredBy: context.actor.accountId,
          forgottenAt: null,
        },
        profile,
      ),
      revision,
    };
  }

  /** A referrer is a registered volunteer, not forgotten, and not the one being registered. */
  private async requireReferrer(referrerId: string, volunteerId: string): Promise<void> {
    if (referrerId === volunteerId) {
      throw new ValidationFailed([
        { field: 'referredByVolunteerId', message: 'a volunteer does not refer itself' },
      ]);
    }
    const referrer = await this.runner.current(volunteerDecider, volunteerStream(referrerId));
    requireActiveVolunteer(referrer.state, referrerId);
  }

  private async earnReferralBonus(referrerId: string, volunteerId: string, context: CommandContext) {
    const step = stepContext(context, 'referral-bonus');
    await this.runner.handle(
      volunteerDecider,
      volunteerStream(referrerId),
      {
        type: 'EarnBonus',
        data: { volunteerId: referrerId, bonus: 'referral', sourceId: volunteerId },
        metadata: commandMetadata(step),
      },
      step,
    );
  }

  private async claimIdentity(identityStream: string, context: CommandContext): Promise<void> {
    const claim = (step: CommandContext) =>
      this.runner.handle(
        volunteerIdentityDecider,
        identityStream,
        { type: 'ClaimVolunteerIdentity', data: {}, metadata: commandMetadata(step) },
        step,
      );
    const result = await claim(stepContext(context, 'volunteer-identity'));
    if (!result.alreadyHandled) return;
    // A retry: its earlier claim stands only if nothing happened on the stream since.
    const earlier = result.events[result.events.length - 1] as unknown as { revision: number };
    if (earlier.revision === result.revision) return;
    await claim(stepContext(context, `volunteer-identity@${result.revision}`));
  }

  /** A claim whose registration failed would lock the person out: give it back, unless the volunteer exists after all. */
  private async releaseUnlessRegistered(
    identityStream: string,
    stream: string,
    context: CommandContext,
  ): Promise<void> {
    if ((await this.runner.current(volunteerDecider, stream)).state.status !== 'none') return;
    const release = stepContext(context, 'volunteer-identity-release');
    await this.runner.handle(
      volunteerIdentityDecider,
      identityStream,
      {
        type: 'ReleaseVolunteerIdentity',
        data: { reason: 'registration did not complete' },
        metadata: commandMetadata(release),
      },
      release,
    );
  }
}
