import { Command } from '@nestjs/cqrs';
import type { FamilyRelation } from '@ledger/domain';
import type { CommandContext } from '../ledger/command-context';
import type { FamilyLinkView, TransferView, WithdrawalView } from './time-bank.views';

export class WithdrawTimeBankCommand extends Command<{ withdrawal: WithdrawalView; revision: number }> {
  constructor(
    readonly volunteerId: string,
    readonly input: { readonly minutes: number; readonly description: string },
    readonly context: CommandContext,
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

export class LinkFamilyMemberCommand extends Command<{ link: FamilyLinkView; revision: number }> {
  constructor(
    readonly volunteerId: string,
    /** The family member by id, or by volunteer number with its name (the name is checked when given). */
    readonly input: {
      readonly volunteerId?: string;
      readonly volunteerNo?: string;
      readonly name?: string;
      readonly relation: FamilyRelation;
    },
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class TransferTimeBankCommand extends Command<{ transfer: TransferView; revision: number }> {
  constructor(
    readonly volunteerId: string,
    readonly input: { readonly toVolunteerId: string; readonly minutes: number },
    readonly context: CommandContext,
  ) {
    super();
  }
}
