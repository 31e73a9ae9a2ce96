import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../ledger/command-context';
import type { ServiceRecordResult } from './service-record-changes';

export interface RecordServiceInput {
  readonly volunteerId: string;
  readonly activityId: string;
  readonly startedAt: string;
  readonly endedAt: string;
  readonly content: string;
}

export class RecordServiceCommand extends Command<ServiceRecordResult> {
  constructor(
    readonly input: RecordServiceInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
