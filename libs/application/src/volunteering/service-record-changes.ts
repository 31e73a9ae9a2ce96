import { Injectable } from '@nestjs/common';
import {
  type Role,
  type ServiceRecordCommand,
  serviceRecordsOf,
  volunteerDecider,
  type VolunteerState,
  volunteerStream,
} from '@ledger/domain';
import { assertRegion, assertRole } from '../access/access-policy';
import type { CommandContext } from '../ledger/command-context';
import { DeciderRunner, type HandleResult } from '../ledger/decider-runner';
import { ServiceRecordQueries } from './service-record-queries';
import { type ServiceRecordView, serviceRecordViewOfState } from './volunteer.views';

export interface ServiceRecordResult {
  readonly record: ServiceRecordView;
  /** The volunteer stream's revision: the ETag. */
  readonly revision: number;
}

/** The view of a record as a command on its volunteer's stream left it. */
export function recordResult(
  volunteerId: string,
  recordId: string,
  result: HandleResult<VolunteerState, never>,
  queries: ServiceRecordQueries,
): ServiceRecordResult {
  const record = serviceRecordsOf(result.state).get(recordId);
  if (!record) throw new Error(`service record ${recordId} is not on the stream of volunteer ${volunteerId}`);
  return {
    record: serviceRecordViewOfState(volunteerId, record, queries.historyOf(recordId)),
    revision: result.revision,
  };
}

/**
 * Confirm, reject, void and correct share their path: find the volunteer stream that holds the
 * record, check role and the record's region, decide on that stream with its revision.
 */
@Injectable()
export class ServiceRecordChanges {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly queries: ServiceRecordQueries,
  ) {}

  async apply(
    recordId: string,
    context: CommandContext,
    roles: readonly Role[],
    command: (volunteerId: string) => ServiceRecordCommand,
    expectedRevision?: number,
  ): Promise<ServiceRecordResult> {
    assertRole(context.actor, ...roles);
    const row = this.queries.locate(recordId);
    assertRegion(context.actor, row.region_code);
    const result = await this.runner.handle(
      volunteerDecider,
      volunteerStream(row.volunteer_id),
      command(row.volunteer_id),
      context,
      { expectedRevision },
    );
    return recordResult(
      row.volunteer_id,
      recordId,
      result as HandleResult<VolunteerState, never>,
      this.queries,
    );
  }
}
