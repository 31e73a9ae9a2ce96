import { randomInt } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  redemptionCodeDecider,
  redemptionCodeHash,
  redemptionCodeStream,
  requireActiveVolunteer,
  volunteerDecider,
  volunteerStream,
} from '@ledger/domain';
import { AccessDenied } from '../access/access-policy';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { IssueRedemptionCodeCommand } from './redemption.commands';
import { REDEMPTION_SETTINGS, type RedemptionSettings } from './redemption-settings';

/** 16 random digits: like a payment code, short enough to type, too many to guess within minutes. */
export const REDEMPTION_CODE_PATTERN = /^\d{16}$/;

function newCode(): string {
  let code = '';
  for (let i = 0; i < 16; i++) code += String(randomInt(10));
  return code;
}

/** The volunteer asks for a one-time code to show at the counter; only its hash is recorded. */
@CommandHandler(IssueRedemptionCodeCommand)
export class IssueRedemptionCodeHandler implements ICommandHandler<IssueRedemptionCodeCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    @Inject(REDEMPTION_SETTINGS) private readonly settings: RedemptionSettings,
  ) {}

  async execute({ volunteerId, context }: IssueRedemptionCodeCommand) {
    if (context.actor.role !== 'volunteer' || context.actor.volunteerId !== volunteerId) {
      throw new AccessDenied('only the volunteer itself asks for its redemption code');
    }
    const { state } = await this.runner.current(volunteerDecider, volunteerStream(volunteerId));
    requireActiveVolunteer(state, volunteerId);
    const code = newCode();
    const expiresAt = new Date(context.now.getTime() + this.settings.codeMinutes * 60_000).toISOString();
    const codeHash = redemptionCodeHash(code);
    await this.runner.handle(
      redemptionCodeDecider,
      redemptionCodeStream(codeHash),
      {
        type: 'IssueRedemptionCode',
        data: { codeHash, volunteerId, expiresAt },
        metadata: commandMetadata(context),
      },
      // Each code is its own stream: a fresh command id, so a retried request gets a new code.
      { ...context, commandId: `${context.commandId}-${codeHash.slice(0, 16)}` },
    );
    return { code, expiresAt };
  }
}
