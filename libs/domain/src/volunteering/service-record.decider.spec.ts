import { DeciderSpecification } from '../testing/decider-specification';
import {
  admin,
  confirm,
  confirmed,
  correct,
  NOW,
  organiser,
  otherAdmin,
  recordService,
  recorded,
  registered,
  reject,
  voidRecord,
} from './testing/volunteer-fixtures';
import { volunteerDecider } from './volunteer.decider';
import type { ServiceCorrected } from './service-record.events';
import { SERVICE_RECORD_EVENT_TYPES, type VolunteerEvent } from './volunteer.events';

const spec = DeciderSpecification.for(volunteerDecider);

/** This spec is about the records; what a decision does to points and time bank is specified in incentives/. */
const SERVICE_TYPES: ReadonlySet<string> = new Set(SERVICE_RECORD_EVENT_TYPES);
const serviceEventsOf = (events: readonly VolunteerEvent[]) =>
  events.filter((e) => SERVICE_TYPES.has(e.type));
const thenService = (expected: VolunteerEvent[]) => (events: readonly VolunteerEvent[]) =>
  expect(serviceEventsOf(events)).toEqual(expected);

const forgotten: VolunteerEvent = {
  type: 'VolunteerForgotten',
  data: { volunteerId: 'vol-1', reason: '注销', forgottenBy: admin.accountId, forgottenAt: NOW },
};

/** A second record of the same volunteer, 10:00–12:00 on the same day: it overlaps rec-1 (09:00–11:30). */
const overlapping = recorded({
  recordId: 'rec-2',
  startedAt: '2026-03-05T10:00:00+08:00',
  endedAt: '2026-03-05T12:00:00+08:00',
  minutes: 120,
});

describe('service records', () => {
  describe('recording', () => {
    it('records a pending session with the activity facts, whole minutes and the business date', () => {
      spec.given([registered()]).when(recordService()).then([recorded()]);
    });

    it('counts a session crossing midnight in full, on the date it started', () => {
      spec
        .given([registered()])
        .when(recordService({ startedAt: '2026-03-05T22:30:00+08:00', endedAt: '2026-03-06T01:15:00+08:00' }))
        .thenEvents(([event]) =>
          expect(event.data).toMatchObject({ minutes: 165, serviceDate: '2026-03-05' }),
        );
    });

    it('normalizes times to Asia/Shanghai and floors to whole minutes', () => {
      spec
        .given([registered()])
        .when(recordService({ startedAt: '2026-03-04T16:30:30Z', endedAt: '2026-03-04T17:00:00Z' }))
        .thenEvents(([event]) =>
          expect(event.data).toMatchObject({
            startedAt: '2026-03-05T00:30:30+08:00',
            endedAt: '2026-03-05T01:00:00+08:00',
            minutes: 29,
            serviceDate: '2026-03-05',
          }),
        );
    });

    it('refuses an end at or before the start', () => {
      spec
        .given([registered()])
        .when(recordService({ endedAt: '2026-03-05T09:00:00+08:00' }))
        .thenThrows('END_NOT_AFTER_START');
      spec
        .given([registered()])
        .when(recordService({ endedAt: '2026-03-05T08:00:00+08:00' }))
        .thenThrows('END_NOT_AFTER_START');
    });

    it('refuses a session that does not touch its activity’s time', () => {
      spec
        .given([registered()])
        .when(recordService({ startedAt: '2026-02-27T09:00:00+08:00', endedAt: '2026-02-27T11:00:00+08:00' }))
        .thenThrows('OUTSIDE_ACTIVITY_TIME');
    });

    it('accepts a session that overlaps its activity only in part (setting up before it starts)', () => {
      spec
        .given([registered()])
        .when(recordService({ startedAt: '2026-02-28T23:00:00+08:00', endedAt: '2026-03-01T01:00:00+08:00' }))
        .thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['ServiceRecorded']));
    });

    it('refuses a session that has not ended yet', () => {
      spec
        .given([registered()])
        .when(recordService({ startedAt: '2026-03-10T11:00:00+08:00', endedAt: '2026-03-10T12:00:01+08:00' }))
        .thenThrows('SERVICE_IN_FUTURE');
      spec
        .given([registered()])
        .when(recordService({ startedAt: '2026-03-10T11:00:00+08:00', endedAt: '2026-03-10T12:00:00+08:00' }))
        .thenEvents((events) => expect(events).toHaveLength(1));
    });

    it('refuses a session longer than 24 hours, and one shorter than a minute', () => {
      spec
        .given([registered()])
        .when(recordService({ startedAt: '2026-03-04T09:00:00+08:00', endedAt: '2026-03-05T09:01:00+08:00' }))
        .thenThrows('SERVICE_TOO_LONG');
      spec
        .given([registered()])
        .when(recordService({ startedAt: '2026-03-04T09:00:00+08:00', endedAt: '2026-03-05T09:00:00+08:00' }))
        .thenEvents(([event]) => expect(event.data).toMatchObject({ minutes: 1440 }));
      spec
        .given([registered()])
        .when(recordService({ startedAt: '2026-03-05T09:00:00+08:00', endedAt: '2026-03-05T09:00:59+08:00' }))
        .thenThrows('SERVICE_TOO_SHORT');
    });

    it('refuses malformed times and missing content', () => {
      spec
        .given([registered()])
        .when(recordService({ startedAt: '2026-03-05 09:00' }))
        .thenThrows('VALIDATION_FAILED');
      spec
        .given([registered()])
        .when(recordService({ endedAt: '2026-02-30T09:00:00+08:00' }))
        .thenThrows('VALIDATION_FAILED');
      spec
        .given([registered()])
        .when(recordService({ content: '  ' }))
        .thenThrows('VALIDATION_FAILED');
    });

    it('allows a pending record to overlap another: only confirmed sessions may not', () => {
      spec
        .given([registered(), recorded(), confirmed()])
        .when(recordService({ recordId: 'rec-2' }))
        .thenEvents((events) => expect(events).toHaveLength(1));
    });

    it('refuses an unknown volunteer, a forgotten one, and a record id used before', () => {
      spec.given([]).when(recordService()).thenThrows('NOT_FOUND');
      spec.given([registered(), forgotten]).when(recordService()).thenThrows('VOLUNTEER_FORGOTTEN');
      spec.given([registered(), recorded()]).when(recordService()).thenThrows('CONFLICT');
    });
  });

  describe('confirming', () => {
    it('confirms a pending record with its minutes and who confirmed it', () => {
      spec
        .given([registered(), recorded()])
        .when(confirm())
        .thenEvents(thenService([confirmed()]));
    });

    it('refuses the recorder confirming their own record (SELF_CONFIRMATION)', () => {
      spec
        .given([registered(), recorded({ recordedBy: admin.accountId })])
        .when(confirm('rec-1', admin))
        .thenThrows('SELF_CONFIRMATION');
    });

    it('refuses the author of the latest correction confirming it (SELF_CONFIRMATION)', () => {
      const corrected = volunteerDecider.decide(
        correct({}, admin),
        [registered(), recorded()].reduce(volunteerDecider.evolve, volunteerDecider.initialState()),
      );
      spec
        .given([registered(), recorded(), ...corrected])
        .when(confirm('rec-1', admin))
        .thenThrows('SELF_CONFIRMATION');
      spec
        .given([registered(), recorded(), ...corrected])
        .when(confirm('rec-1', otherAdmin))
        .thenEvents(([event]) => expect(event.data).toMatchObject({ minutes: 180 }));
    });

    it('refuses a record that overlaps a confirmed record of the same volunteer (OVERLAPPING_SERVICE)', () => {
      spec
        .given([registered(), recorded(), confirmed(), overlapping])
        .when(confirm('rec-2'))
        .thenThrows('OVERLAPPING_SERVICE');
    });

    it('a session ending as the next starts does not overlap', () => {
      spec
        .given([
          registered(),
          recorded(),
          confirmed(),
          recorded({
            recordId: 'rec-2',
            startedAt: '2026-03-05T11:30:00+08:00',
            endedAt: '2026-03-05T12:00:00+08:00',
            minutes: 30,
          }),
        ])
        .when(confirm('rec-2'))
        .thenEvents(thenService([confirmed('rec-2', 30)]));
    });

    it('overlap with a voided or rejected record does not count', () => {
      spec
        .given([registered(), recorded(), confirmed(), ...volunteerEvents('void'), overlapping])
        .when(confirm('rec-2'))
        .thenEvents(thenService([confirmed('rec-2', 120)]));
    });

    it('refuses a record that is not pending (RECORD_NOT_PENDING)', () => {
      spec.given([registered(), recorded(), confirmed()]).when(confirm()).thenThrows('RECORD_NOT_PENDING');
      spec
        .given([registered(), recorded(), ...volunteerEvents('reject')])
        .when(confirm())
        .thenThrows('RECORD_NOT_PENDING');
    });

    it('refuses an unknown record; still works after the volunteer was forgotten', () => {
      spec.given([registered()]).when(confirm('rec-9')).thenThrows('NOT_FOUND');
      spec
        .given([registered(), recorded(), forgotten])
        .when(confirm())
        .thenEvents(thenService([confirmed()]));
    });
  });

  describe('rejecting', () => {
    it('rejects a pending record with a reason', () => {
      spec
        .given([registered(), recorded()])
        .when(reject())
        .then([
          {
            type: 'ServiceRejected',
            data: {
              recordId: 'rec-1',
              volunteerId: 'vol-1',
              activityId: 'act-1',
              reason: '时间不符',
              rejectedBy: admin.accountId,
              rejectedAt: NOW,
            },
          },
        ]);
    });

    it('refuses a confirmed record, and a missing reason', () => {
      spec.given([registered(), recorded(), confirmed()]).when(reject()).thenThrows('RECORD_NOT_PENDING');
      spec
        .given([registered(), recorded()])
        .when(reject('rec-1', admin, ''))
        .thenThrows('VALIDATION_FAILED');
    });
  });

  describe('voiding', () => {
    it('voids a confirmed record, saying how many confirmed minutes it takes back', () => {
      spec
        .given([registered(), recorded(), confirmed()])
        .when(voidRecord())
        .then([
          {
            type: 'ServiceVoided',
            data: {
              recordId: 'rec-1',
              volunteerId: 'vol-1',
              activityId: 'act-1',
              minutes: 150,
              wasConfirmed: true,
              reason: '重复记录',
              voidedBy: admin.accountId,
              voidedAt: NOW,
            },
          },
        ]);
    });

    it('voids a pending record too', () => {
      spec
        .given([registered(), recorded()])
        .when(voidRecord())
        .thenEvents(([event]) => expect(event.data).toMatchObject({ wasConfirmed: false, minutes: 150 }));
    });

    it('refuses a record already voided, a rejected one, and a missing reason', () => {
      spec
        .given([registered(), recorded(), ...volunteerEvents('void')])
        .when(voidRecord())
        .thenThrows('RECORD_ALREADY_VOIDED');
      spec
        .given([registered(), recorded(), ...volunteerEvents('reject')])
        .when(voidRecord())
        .thenThrows('RECORD_REJECTED');
      spec
        .given([registered(), recorded()])
        .when(voidRecord('rec-1', admin, ' '))
        .thenThrows('VALIDATION_FAILED');
    });
  });

  describe('correcting', () => {
    const corrected = (
      data: Pick<ServiceCorrected['data'], 'status' | 'wasConfirmed' | 'correctedBy'>,
    ): ServiceCorrected => ({
      type: 'ServiceCorrected' as const,
      data: {
        recordId: 'rec-1',
        volunteerId: 'vol-1',
        activityId: 'act-1',
        startedAt: '2026-03-05T09:00:00+08:00',
        endedAt: '2026-03-05T12:00:00+08:00',
        minutes: 180,
        previousMinutes: 150,
        serviceDate: '2026-03-05',
        reason: '结束时间登记有误',
        correctedAt: NOW,
        ...data,
      },
    });

    it("an administrator's correction of a confirmed record takes effect at once: it stays confirmed", () => {
      spec
        .given([registered(), recorded(), confirmed()])
        .when(correct({}, otherAdmin))
        .thenEvents(
          thenService([
            corrected({ status: 'confirmed', wasConfirmed: true, correctedBy: otherAdmin.accountId }),
          ]),
        );
    });

    it("an organiser's correction returns the record to pending", () => {
      spec
        .given([registered(), recorded(), confirmed()])
        .when(correct({}, organiser))
        .then([corrected({ status: 'pending', wasConfirmed: true, correctedBy: organiser.accountId })]);
    });

    it('the administrator who recorded a confirmed record corrects it back to pending (a second person confirms)', () => {
      spec
        .given([
          registered(),
          recorded({ recordedBy: admin.accountId }),
          confirmed('rec-1', 150, otherAdmin.accountId),
        ])
        .when(correct({}, admin))
        .thenEvents(([event]) => expect(event.data).toMatchObject({ status: 'pending', wasConfirmed: true }));
    });

    it('a correction of a pending record keeps it pending, whoever makes it', () => {
      spec
        .given([registered(), recorded()])
        .when(correct({}, otherAdmin))
        .then([corrected({ status: 'pending', wasConfirmed: false, correctedBy: otherAdmin.accountId })]);
    });

    it('refuses a correction that would overlap another confirmed record when it stays confirmed', () => {
      const other = recorded({
        recordId: 'rec-2',
        startedAt: '2026-03-05T12:00:00+08:00',
        endedAt: '2026-03-05T13:00:00+08:00',
        minutes: 60,
      });
      spec
        .given([registered(), recorded(), confirmed(), other, confirmed('rec-2', 60)])
        .when(correct({ endedAt: '2026-03-05T12:30:00+08:00' }, otherAdmin))
        .thenThrows('OVERLAPPING_SERVICE');
      spec
        .given([registered(), recorded(), confirmed(), other, confirmed('rec-2', 60)])
        .when(correct({ endedAt: '2026-03-05T12:00:00+08:00' }, otherAdmin))
        .thenEvents((events) => expect(serviceEventsOf(events)).toHaveLength(1));
    });

    it('applies the time rules to the new times', () => {
      const given = [registered(), recorded()];
      spec
        .given(given)
        .when(correct({ endedAt: '2026-03-05T08:00:00+08:00' }))
        .thenThrows('END_NOT_AFTER_START');
      spec
        .given(given)
        .when(correct({ endedAt: '2026-03-11T08:00:00+08:00' }))
        .thenThrows('SERVICE_IN_FUTURE');
      spec
        .given(given)
        .when(correct({ endedAt: '2026-03-06T09:30:00+08:00' }))
        .thenThrows('SERVICE_TOO_LONG');
      spec
        .given(given)
        .when(correct({ endedAt: 'soon' }))
        .thenThrows('VALIDATION_FAILED');
    });

    it('refuses a correction that changes nothing, one without a reason, and closed records', () => {
      spec
        .given([registered(), recorded()])
        .when(correct({ endedAt: '2026-03-05T11:30:00+08:00' }))
        .thenThrows('CORRECTION_CHANGES_NOTHING');
      spec
        .given([registered(), recorded()])
        .when(correct({ reason: '' }))
        .thenThrows('VALIDATION_FAILED');
      spec
        .given([registered(), recorded(), ...volunteerEvents('void')])
        .when(correct())
        .thenThrows('RECORD_ALREADY_VOIDED');
      spec
        .given([registered(), recorded(), ...volunteerEvents('reject')])
        .when(correct())
        .thenThrows('RECORD_REJECTED');
      spec.given([registered()]).when(correct()).thenThrows('NOT_FOUND');
    });
  });
});

/** The event a void or a rejection of rec-1 yields. */
function volunteerEvents(kind: 'void' | 'reject'): VolunteerEvent[] {
  const state = [registered(), recorded()].reduce(volunteerDecider.evolve, volunteerDecider.initialState());
  return [...volunteerDecider.decide(kind === 'void' ? voidRecord() : reject(), state)];
}
