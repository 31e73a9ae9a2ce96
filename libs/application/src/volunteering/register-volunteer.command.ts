import { Command } from '@nestjs/cqrs';
import type { IdType } from '@ledger/domain';
import type { CommandContext } from '../ledger/command-context';
import type { VolunteerView } from './volunteer.views';

export interface RegisterVolunteerInput {
  readonly name: string;
  readonly idType: IdType;
  readonly idNumber: string;
  readonly phone: string;
  readonly regionCode: string;
  readonly consent: boolean;
  /** The registered volunteer who brought this one in: it earns the referral bonus. */
  readonly referredByVolunteerId?: string;
}

export class RegisterVolunteerCommand extends Command<{ volunteer: VolunteerView; revision: number }> {
  constructor(
    readonly input: RegisterVolunteerInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
