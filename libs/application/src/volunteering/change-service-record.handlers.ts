import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { commandMetadata } from '../ledger/command-context';
import {
  ConfirmServiceCommand,
  CorrectServiceCommand,
  RejectServiceCommand,
  VoidServiceCommand,
} from './change-service-record.commands';
import { ServiceRecordChanges, type ServiceRecordResult } from './service-record-changes';

/** Administrators confirm; the decider refuses the record's own recorder (SELF_CONFIRMATION). */
@CommandHandler(ConfirmServiceCommand)
export class ConfirmServiceHandler implements ICommandHandler<ConfirmServiceCommand> {
  constructor(private readonly changes: ServiceRecordChanges) {}

  execute({ recordId, context, expectedRevision }: ConfirmServiceCommand): Promise<ServiceRecordResult> {
    return this.changes.apply(
      recordId,
      context,
      ['admin'],
      (volunteerId) => ({
        type: 'ConfirmService',
        data: { volunteerId, recordId },
        metadata: commandMetadata(context),
      }),
      expectedRevision,
    );
  }
}

@CommandHandler(RejectServiceCommand)
export class RejectServiceHandler implements ICommandHandler<RejectServiceCommand> {
  constructor(private readonly changes: ServiceRecordChanges) {}

  execute({
    recordId,
    reason,
    context,
    expectedRevision,
  }: RejectServiceCommand): Promise<ServiceRecordResult> {
    return this.changes.apply(
      recordId,
      context,
      ['admin'],
      (volunteerId) => ({
        type: 'RejectService',
        data: { volunteerId, recordId, reason },
        metadata: commandMetadata(context),
      }),
      expectedRevision,
    );
  }
}

@CommandHandler(VoidServiceCommand)
export class VoidServiceHandler implements ICommandHandler<VoidServiceCommand> {
  constructor(private readonly changes: ServiceRecordChanges) {}

  execute({ recordId, reason, context, expectedRevision }: VoidServiceCommand): Promise<ServiceRecordResult> {
    return this.changes.apply(
      recordId,
      context,
      ['admin'],
      (volunteerId) => ({
        type: 'VoidService',
        data: { volunteerId, recordId, reason },
        metadata: commandMetadata(context),
      }),
      expectedRevision,
    );
  }
}

/** Organisers correct too; whether the record stays confirmed is the decider's rule. */
@CommandHandler(CorrectServiceCommand)
export class CorrectServiceHandler implements ICommandHandler<CorrectServiceCommand> {
  constructor(private readonly changes: ServiceRecordChanges) {}

  execute({
    recordId,
    correction,
    context,
    expectedRevision,
  }: CorrectServiceCommand): Promise<ServiceRecordResult> {
    return this.changes.apply(
      recordId,
      context,
      ['admin', 'organiser'],
      (volunteerId) => ({
        type: 'CorrectService',
        data: { volunteerId, recordId, ...correction },
        metadata: commandMetadata(context),
      }),
      expectedRevision,
    );
  }
}
