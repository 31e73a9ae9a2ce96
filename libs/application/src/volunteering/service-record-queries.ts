import { Injectable } from '@nestjs/common';
import { type Actor, NotFound } from '@ledger/domain';
import { ServiceRecordsReadModel, type ServiceRecordRow, VolunteersReadModel } from '@ledger/projections';
import { assertCanReadServiceRecord } from './volunteer-access';
import { serviceRecordViewOfRow, type ServiceRecordView } from './volunteer.views';

/** Finds service records: which volunteer's stream holds one, and what it looks like now. */
@Injectable()
export class ServiceRecordQueries {
  constructor(
    private readonly records: ServiceRecordsReadModel,
    private readonly volunteers: VolunteersReadModel,
  ) {}

  /** The record's row (its volunteer and region), or 404. */
  locate(recordId: string): ServiceRecordRow {
    const row = this.records.findById(recordId);
    if (!row) throw new NotFound('service record', recordId);
    return row;
  }

  record(actor: Actor, recordId: string): { record: ServiceRecordView; revision: number } {
    const row = this.locate(recordId);
    const volunteer = this.volunteers.findById(row.volunteer_id);
    assertCanReadServiceRecord(
      actor,
      { volunteerId: row.volunteer_id, regionCode: row.region_code },
      volunteer?.region_code,
    );
    return {
      record: serviceRecordViewOfRow(row, this.records.historyOf(recordId)),
      revision: volunteer?.revision ?? 0,
    };
  }

  historyOf(recordId: string) {
    return this.records.historyOf(recordId);
  }
}
