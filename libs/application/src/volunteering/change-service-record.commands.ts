import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../ledger/command-context';
import type { ServiceRecordResult } from './service-record-changes';

/** The confirm, reject, void and correct use cases: each command names the record and who asks. */
abstract class ServiceRecordChangeCommand extends Command<ServiceRecordResult> {
  constructor(
    readonly recordId: string,
    readonly context: CommandContext,
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

export class ConfirmServiceCommand extends ServiceRecordChangeCommand {}

export class RejectServiceCommand extends ServiceRecordChangeCommand {
  constructor(
    recordId: string,
    readonly reason: string,
    context: CommandContext,
    expectedRevision?: number,
  ) {
    super(recordId, context, expectedRevision);
  }
}

export class VoidServiceCommand extends ServiceRecordChangeCommand {
  constructor(
    recordId: string,
    readonly reason: string,
    context: CommandContext,
    expectedRevision?: number,
  ) {
    super(recordId, context, expectedRevision);
  }
}

export class CorrectServiceCommand extends ServiceRecordChangeCommand {
  constructor(
    recordId: string,
    readonly correction: { readonly startedAt: string; readonly endedAt: string; readonly reason: string },
    context: CommandContext,
    expectedRevision?: number,
  ) {
    super(recordId, context, expectedRevision);
  }
}
