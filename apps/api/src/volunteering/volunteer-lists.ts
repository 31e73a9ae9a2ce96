import { Injectable } from '@nestjs/common';
import { Clock, VolunteerQueries } from '@ledger/application';
import { type Actor, phoneProblem, regionCodeRange } from '@ledger/domain';
import {
  FamilyLinksReadModel,
  ServiceRecordsReadModel,
  type VolunteerListRow,
  VolunteersReadModel,
} from '@ledger/projections';
import { type Page, pageOf, pageRequestOf } from '../http/paging';
import { ProblemError } from '../http/problem';
import { addMonths, businessMonthOf, monthCount, monthsFrom } from './business-months';
import type {
  FamilyListDto,
  ListServiceRecordsQuery,
  ListVolunteersQuery,
  MonthlyHoursDto,
  MonthlyHoursQuery,
  ServiceRecordListItemDto,
  VolunteerListItemDto,
} from './dto/volunteer-lists.dto';
import { MAX_MONTHS } from './dto/volunteer-lists.dto';
import { type ListedPerson, VolunteerNames } from './volunteer-names';

/**
 * The console's lists about volunteers. Lists hold only rows inside the caller's region (as the
 * reads by id do). The volunteer list shows the masked ID number and phone beside the name and
 * number, so that two people of one name are told apart; never the numbers themselves. Other lists
 * show a name and a number only.
 */
@Injectable()
export class VolunteerLists {
  constructor(
    private readonly volunteers: VolunteersReadModel,
    private readonly records: ServiceRecordsReadModel,
    private readonly family: FamilyLinksReadModel,
    private readonly queries: VolunteerQueries,
    private readonly names: VolunteerNames,
    private readonly clock: Clock,
  ) {}

  /**
   * Volunteers of the region by number. `q` finds a part of the name, a part of the volunteer number
   * (`000123`, `2026-0001`), or a phone number (`13812345678`, `+86 138 1234 5678`). Names and phones
   * are sealed, so a search by them walks the region's volunteers with what this process keeps opened
   * (the first search of a region opens them all); a phone is compared by its keyed tag only.
   */
  async list(actor: Actor, query: ListVolunteersQuery): Promise<Page<VolunteerListItemDto>> {
    const request = pageRequestOf(query);
    const region = regionCodeRange(actor.regionCode);
    if (query.q === undefined) {
      const { rows, total } = this.volunteers.listVolunteers({ region }, request);
      const people = await this.names.peopleOf(rows);
      return pageOf(
        request,
        rows.map((row) => volunteerItem(row, people)),
        total,
      );
    }
    const q = query.q.trim().toLowerCase();
    const everyone = this.volunteers.allInRegion(region);
    const byNumber = (row: VolunteerListRow) => row.volunteer_no.toLowerCase().includes(q);
    let matches: VolunteerListRow[];
    if (/^[\d-]+$/.test(q) && phoneProblem(q) !== null) {
      // Digits that are no phone number can only be a part of a volunteer number: nothing to open.
      matches = everyone.filter(byNumber);
    } else {
      const phoneTag = phoneProblem(q) === null ? this.names.phoneTagOf(q) : null;
      const people = await this.names.peopleOf(everyone);
      matches = everyone.filter((row) => {
        if (byNumber(row)) return true;
        if (row.status !== 'active') return false;
        const person = people.get(row.volunteer_id)!;
        return person.name.toLowerCase().includes(q) || (phoneTag !== null && person.phoneTag === phoneTag);
      });
    }
    const page = matches.slice(request.offset, request.offset + request.limit);
    const people = await this.names.peopleOf(page);
    return pageOf(
      request,
      page.map((row) => volunteerItem(row, people)),
      matches.length,
    );
  }

  /** Records served in the region or of its volunteers; the pending queue oldest first, else newest first. */
  async serviceRecords(
    actor: Actor,
    query: ListServiceRecordsQuery,
  ): Promise<Page<ServiceRecordListItemDto>> {
    const request = pageRequestOf(query);
    const { rows, total } = this.records.listRecords(
      {
        region: regionCodeRange(actor.regionCode),
        status: query.status,
        volunteerId: query.volunteerId,
        activityId: query.activityId,
        fromDate: query.from,
        toDate: query.to,
      },
      request,
      query.status === 'pending',
    );
    const names = await this.names.namesOf(
      rows.map((row) => ({
        volunteer_id: row.volunteer_id,
        status: row.volunteer_status,
        personal_data_revision: row.personal_data_revision,
      })),
    );
    const items = rows.map((row): ServiceRecordListItemDto => ({
      id: row.record_id,
      volunteerId: row.volunteer_id,
      volunteerNo: row.volunteer_no,
      volunteerName: names.get(row.volunteer_id)!,
      activityId: row.activity_id,
      activityTitle: row.activity_title,
      projectId: row.project_id,
      pilotId: row.pilot_id,
      regionCode: row.region_code,
      startedAt: row.started_at,
      endedAt: row.ended_at,
      serviceDate: row.service_date,
      minutes: row.minutes,
      status: row.status,
      content: row.content,
      recordedBy: row.recorded_by,
      recordedAt: row.recorded_at,
    }));
    return pageOf(request, items, total);
  }

  /**
   * Confirmed service per month, by the Asia/Shanghai month each session started in; every month of
   * the range is present. The volunteer itself and readers of its region (the rule of its summary).
   */
  monthlyHours(actor: Actor, volunteerId: string, query: MonthlyHoursQuery): MonthlyHoursDto {
    this.queries.readable(actor, volunteerId);
    const to = query.to ?? businessMonthOf(this.clock.now());
    const from = query.from ?? addMonths(to, -11);
    // Counted before they are listed: a range of centuries is refused without walking it.
    const count = monthCount(from, to);
    if (count === 0) throw invalid('to', 'to must not be before from');
    if (count > MAX_MONTHS)
      throw invalid('from', `the range holds at most ${MAX_MONTHS} months (from ${from} to ${to})`);
    const months = monthsFrom(from, to);
    const found = new Map(
      this.records.monthlyConfirmed(volunteerId, `${from}-01`, `${to}-31`).map((row) => [row.month, row]),
    );
    return {
      volunteerId,
      months: months.map((month) => ({
        month,
        minutes: found.get(month)?.minutes ?? 0,
        records: found.get(month)?.records ?? 0,
      })),
    };
  }

  /** The family the volunteer registered (whom it may give time-bank minutes), the first link first. */
  async familyOf(actor: Actor, volunteerId: string): Promise<FamilyListDto> {
    this.queries.readable(actor, volunteerId);
    const rows = this.family.familyOf(volunteerId);
    const names = await this.names.namesOf(
      rows.map((row) => ({
        volunteer_id: row.family_volunteer_id,
        status: row.status,
        personal_data_revision: row.personal_data_revision,
      })),
    );
    return {
      items: rows.map((row) => ({
        volunteerId: row.family_volunteer_id,
        volunteerNo: row.volunteer_no,
        name: names.get(row.family_volunteer_id)!,
        relation: row.relation,
        linkedAt: row.linked_at,
      })),
    };
  }
}

const volunteerItem = (row: VolunteerListRow, people: Map<string, ListedPerson>): VolunteerListItemDto => ({
  id: row.volunteer_id,
  volunteerNo: row.volunteer_no,
  name: people.get(row.volunteer_id)!.name,
  idNumberMasked: people.get(row.volunteer_id)!.idNumberMasked,
  phoneMasked: people.get(row.volunteer_id)!.phoneMasked,
  regionCode: row.region_code,
  // An exited volunteer is still a person on the list (its name shown), marked as exited.
  status: row.status === 'active' && row.exited_at ? 'exited' : row.status,
  confirmedMinutes: row.confirmed_minutes,
  starLevel: row.star_level,
  registeredAt: row.registered_at,
});

const invalid = (field: string, message: string): ProblemError =>
  ProblemError.of(400, 'VALIDATION_FAILED', message, { errors: [{ field, message }] });
