import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  accountDecider,
  accountIdFor,
  accountStream,
  normalizeUsername,
  NotFound,
  partnerDecider,
  partnerStream,
  regionContains,
  requireActiveVolunteer,
  RuleViolation,
  volunteerDecider,
  volunteerStream,
} from '@ledger/domain';
import { assertRegion, assertRole } from '../access/access-policy';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import type { AccountView } from './account.view';
import { PasswordHasher } from './password-hasher';
import { RegisterAccountCommand } from './register-account.command';

@CommandHandler(RegisterAccountCommand)
export class RegisterAccountHandler implements ICommandHandler<RegisterAccountCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly hasher: PasswordHasher,
  ) {}

  async execute({
    input,
    context,
  }: RegisterAccountCommand): Promise<{ account: AccountView; revision: number }> {
    // Only administrators create accounts, and only inside their own region.
    assertRole(context.actor, 'admin');
    assertRegion(context.actor, input.regionCode);
    if (input.role === 'volunteer' && input.volunteerId) {
      // A volunteer account speaks for its volunteer: only an administrator of that volunteer's
      // region may create one, and only for a volunteer who exists and has not been forgotten.
      const { state } = await this.runner.current(volunteerDecider, volunteerStream(input.volunteerId));
      const volunteer = requireActiveVolunteer(state, input.volunteerId);
      assertRegion(context.actor, volunteer.regionCode);
    }
    if (input.role === 'partner' && input.partnerId) {
      // A partner account spends volunteers' points at its venue: it must belong to a registered
      // venue inside the account's region (and so inside the administrator's).
      const { state } = await this.runner.current(partnerDecider, partnerStream(input.partnerId));
      if (state.status === 'none') throw new NotFound('partner', input.partnerId);
      if (!regionContains(input.regionCode, state.regionCode)) {
        throw new RuleViolation(
          'PARTNER_OUTSIDE_REGION',
          `partner ${input.partnerId} is in region ${state.regionCode}, outside the account's region ${input.regionCode}`,
        );
      }
    }
    const accountId = accountIdFor(input.username);
    const result = await this.runner.handle(
      accountDecider,
      accountStream(accountId),
      {
        type: 'RegisterAccount',
        data: {
          accountId,
          username: input.username,
          role: input.role,
          regionCode: input.regionCode,
          partnerId: input.partnerId,
          volunteerId: input.volunteerId,
          passwordHash: await this.hasher.hash(input.password),
          mustChangePassword: input.mustChangePassword === true,
        },
        metadata: commandMetadata(context),
      },
      context,
    );
    const registered = result.events.find((e) => e.type === 'AccountRegistered');
    if (!registered || registered.type !== 'AccountRegistered') {
      throw new Error(`account ${accountId}: registration produced no event`);
    }
    const d = registered.data;
    return {
      account: {
        id: d.accountId,
        username: normalizeUsername(d.username),
        role: d.role,
        regionCode: d.regionCode,
        partnerId: d.partnerId,
        volunteerId: d.volunteerId,
        status: result.state.status === 'disabled' ? 'disabled' : 'active',
        registeredAt: d.registeredAt,
        mustChangePassword: d.mustChangePassword === true,
      },
      revision: result.revision,
    };
  }
}
