import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { accountDecider, accountStream, AlreadyExists, NotFound } from '@ledger/domain';
import { AccountsReadModel } from '@ledger/projections';
import { assertRegion, assertRole } from '../access/access-policy';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { toAccountView } from './account.view';
import { generateInitialPassword } from './initial-password';
import { PasswordHasher } from './password-hasher';
import {
  ResetAccountPasswordCommand,
  type ResetAccountPasswordResult,
} from './reset-account-password.command';

@CommandHandler(ResetAccountPasswordCommand)
export class ResetAccountPasswordHandler implements ICommandHandler<ResetAccountPasswordCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly hasher: PasswordHasher,
    private readonly accounts: AccountsReadModel,
  ) {}

  async execute({ input, context }: ResetAccountPasswordCommand): Promise<ResetAccountPasswordResult> {
    assertRole(context.actor, 'admin');
    const stream = accountStream(input.accountId);
    const { state } = await this.runner.current(accountDecider, stream);
    if (state.status === 'none') throw new NotFound('account', input.accountId);
    // Administrators reset passwords inside their region (province ⊃ city ⊃ county), nowhere else.
    assertRegion(context.actor, state.regionCode);
    const generated = input.newPassword === undefined;
    const password = input.newPassword ?? generateInitialPassword();
    const passwordHash = await this.hasher.hash(password);
    const result = await this.runner.handle(
      accountDecider,
      stream,
      {
        type: 'ResetAccountPassword',
        data: { accountId: input.accountId, passwordHash, reason: input.reason },
        metadata: commandMetadata(context),
      },
      context,
    );
    const reset = result.events.find((e) => e.type === 'AccountPasswordReset');
    if (result.alreadyHandled && generated && reset?.data.passwordHash !== passwordHash) {
      // A retry of a reset already applied: its generated password was answered once and is not kept.
      throw new AlreadyExists('password reset', context.commandId);
    }
    const row = this.accounts.findById(input.accountId);
    if (!row) throw new NotFound('account', input.accountId);
    return {
      account: toAccountView(row),
      ...(generated ? { initialPassword: password } : {}),
      revision: result.revision,
    };
  }
}
