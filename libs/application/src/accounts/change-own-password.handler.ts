import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  accountDecider,
  accountStream,
  NotFound,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  RuleViolation,
} from '@ledger/domain';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { ChangeOwnPasswordCommand } from './change-own-password.command';
import { PasswordHasher } from './password-hasher';

/** Stable codes (HTTP 422) of a refused change of one's own password. */
export const WRONG_CURRENT_PASSWORD = 'WRONG_CURRENT_PASSWORD';
export const PASSWORD_TOO_SHORT = 'PASSWORD_TOO_SHORT';
export const PASSWORD_TOO_LONG = 'PASSWORD_TOO_LONG';
export const PASSWORD_UNCHANGED = 'PASSWORD_UNCHANGED';

@CommandHandler(ChangeOwnPasswordCommand)
export class ChangeOwnPasswordHandler implements ICommandHandler<ChangeOwnPasswordCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly hasher: PasswordHasher,
  ) {}

  async execute({ input, context }: ChangeOwnPasswordCommand): Promise<{ revision: number }> {
    const accountId = context.actor.accountId;
    const stream = accountStream(accountId);
    const { state } = await this.runner.current(accountDecider, stream);
    if (state.status === 'none') throw new NotFound('account', accountId);
    if (!(await this.hasher.verify(input.currentPassword, state.passwordHash))) {
      throw new RuleViolation(WRONG_CURRENT_PASSWORD, 'the current password is wrong');
    }
    if (input.newPassword.length < PASSWORD_MIN_LENGTH) {
      throw new RuleViolation(
        PASSWORD_TOO_SHORT,
        `the new password must have at least ${PASSWORD_MIN_LENGTH} characters`,
        { minLength: PASSWORD_MIN_LENGTH },
      );
    }
    if (input.newPassword.length > PASSWORD_MAX_LENGTH) {
      throw new RuleViolation(
        PASSWORD_TOO_LONG,
        `the new password may have at most ${PASSWORD_MAX_LENGTH} characters`,
        { maxLength: PASSWORD_MAX_LENGTH },
      );
    }
    if (input.newPassword === input.currentPassword) {
      throw new RuleViolation(PASSWORD_UNCHANGED, 'the new password must differ from the current one');
    }
    const result = await this.runner.handle(
      accountDecider,
      stream,
      {
        type: 'ChangeAccountPassword',
        data: {
          accountId,
          passwordHash: await this.hasher.hash(input.newPassword),
          reason: 'changed by the account holder',
        },
        metadata: commandMetadata(context),
      },
      context,
    );
    return { revision: result.revision };
  }
}
