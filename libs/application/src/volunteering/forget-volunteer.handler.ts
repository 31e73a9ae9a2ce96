import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  NotFound,
  type VolunteerRegistered,
  volunteerDecider,
  volunteerIdentityDecider,
  volunteerIdentityStream,
  volunteerStream,
} from '@ledger/domain';
import { assertRegion, assertRole } from '../access/access-policy';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { ForgetVolunteerCommand } from './forget-volunteer.command';
import { PersonalDataVault } from './personal-data/personal-data-vault';
import { stepContext } from './step-context';
import { toVolunteerView, type VolunteerView } from './volunteer.views';

/**
 * Forgetting (个人信息保护法): record VolunteerForgotten, release the identity claim so the person
 * could register again one day, then destroy the key. Run again after a crash, it finishes the
 * steps left (forgetting twice records nothing more).
 */
@CommandHandler(ForgetVolunteerCommand)
export class ForgetVolunteerHandler implements ICommandHandler<ForgetVolunteerCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly vault: PersonalDataVault,
  ) {}

  async execute({
    volunteerId,
    reason,
    context,
    expectedRevision,
  }: ForgetVolunteerCommand): Promise<{ volunteer: VolunteerView; revision: number }> {
    assertRole(context.actor, 'admin');
    const stream = volunteerStream(volunteerId);
    const loaded = await this.runner.load(volunteerDecider, stream);
    if (loaded.state.status === 'none') throw new NotFound('volunteer', volunteerId);
    assertRegion(context.actor, loaded.state.regionCode);
    const registered = loaded.events.find((e) => e.type === 'VolunteerRegistered')!
      .data as unknown as VolunteerRegistered['data'];
    // The identity stream is named by the ID number: read it while the key still opens the data.
    const profile = this.vault.openProfile(volunteerId, registered.personalData);

    const result = await this.runner.handle(
      volunteerDecider,
      stream,
      { type: 'ForgetVolunteer', data: { volunteerId, reason }, metadata: commandMetadata(context) },
      context,
      { expectedRevision },
    );
    if (profile) {
      const release = stepContext(context, 'volunteer-identity-release');
      await this.runner.handle(
        volunteerIdentityDecider,
        volunteerIdentityStream(this.vault.identityTag(profile.idType, profile.idNumber)),
        {
          type: 'ReleaseVolunteerIdentity',
          data: { reason: 'volunteer forgotten' },
          metadata: commandMetadata(release),
        },
        release,
      );
    }
    this.vault.forget(volunteerId);

    const forgotten = [...loaded.events, ...result.events].find((e) => e.type === 'VolunteerForgotten');
    const forgottenAt =
      (forgotten?.data as { forgottenAt?: string } | undefined)?.forgottenAt ?? commandMetadata(context).now;
    return {
      volunteer: toVolunteerView(
        {
          volunteerId,
          volunteerNo: registered.volunteerNo,
          regionCode: registered.regionCode,
          status: 'forgotten',
          registeredAt: registered.registeredAt,
          registeredBy: registered.registeredBy,
          forgottenAt,
        },
        null,
      ),
      revision: result.revision,
    };
  }
}
