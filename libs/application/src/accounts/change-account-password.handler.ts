import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { accountDecider, accountIdFor, accountStream } from '@ledger/domain';
import { assertRegion, AccessDenied } from '../access/access-policy';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { ChangeAccountPasswordCommand } from './change-account-password.command';
import { PasswordHasher } from './password-hasher';

@CommandHandler(ChangeAccountPasswordCommand)
export class ChangeAccountPasswordHandler implements ICommandHandler<ChangeAccountPasswordCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly hasher: PasswordHasher,
  ) {}

  async execute({ input, context }: ChangeAccountPasswordCommand): Promise<{ revision: number }> {
    const accountId = accountIdFor(input.username);
    const stream = accountStream(accountId);
    const { state } = await this.runner.current(accountDecider, stream);
    // Administrators reset passwords inside their region; anyone changes their own.
    if (state.status !== 'none' && context.actor.accountId !== accountId) {
      if (context.actor.role !== 'admin') throw new AccessDenied('only administrators change other accounts');
      assertRegion(context.actor, state.regionCode);
    }
    const result = await this.runner.handle(
      accountDecider,
      stream,
      {
        type: 'ChangeAccountPassword',
        data: { accountId, passwordHash: await this.hasher.hash(input.password), reason: input.reason },
        metadata: commandMetadata(context),
      },
      context,
    );
    return { revision: result.revision };
  }
}
