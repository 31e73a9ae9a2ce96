import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../ledger/command-context';
import type { ServiceRecordView } from './volunteer.views';

export interface BulkServiceEntry {
  readonly volunteerId: string;
  readonly startedAt: string;
  readonly endedAt: string;
  readonly content: string;
}

export type BulkEntryOutcome =
  | { readonly index: number; readonly ok: true; readonly record: ServiceRecordView }
  /** The error as raised; the HTTP layer maps it as it would for a single record. */
  | { readonly index: number; readonly ok: false; readonly error: unknown };

export class RecordServicesInBulkCommand extends Command<{ outcomes: BulkEntryOutcome[] }> {
  constructor(
    readonly input: { readonly activityId: string; readonly entries: readonly BulkServiceEntry[] },
    readonly context: CommandContext,
  ) {
    super();
  }
}
