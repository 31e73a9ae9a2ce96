import { Command } from '@nestjs/cqrs';
import type { Recruitment } from '@ledger/domain';
import type { CommandContext } from '../ledger/command-context';
import type { ActivityView } from './organisation.views';

export interface ScheduleActivityInput {
  readonly projectId: string;
  readonly title: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly regionCode: string;
  readonly stationId?: string | null;
  /** How it recruits (招募), when it does. */
  readonly recruitment?: Recruitment | null;
  /** The need of the public the activity serves: scheduling links it to the need. */
  readonly needId?: string | null;
}

export class ScheduleActivityCommand extends Command<{ activity: ActivityView; revision: number }> {
  constructor(
    readonly input: ScheduleActivityInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
