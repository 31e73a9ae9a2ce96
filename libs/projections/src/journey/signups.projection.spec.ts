import Database from 'better-sqlite3';
import type { RecordedEvent } from '@ledger/event-store';
import { signupsProjection } from './signups.projection';
import { SignupsReadModel } from './signups.queries';

function setUp() {
  const db = new Database(':memory:');
  db.exec(signupsProjection.schema);
  const apply = signupsProjection.bind(db);
  let position = 0;
  const emit = (type: string, data: object) =>
    apply({ type, data, position: ++position, revision: 0 } as unknown as RecordedEvent);
  /** An activity of the 10th of November that ended at 11:00, with one accepted sign-up. */
  const endedWithOneAccepted = (n: number) => {
    const activityId = `act-${n}`;
    emit('ActivityScheduled', {
      activityId,
      title: `活动 ${n}`,
      startsAt: '2026-11-10T09:00:00+08:00',
      endsAt: `2026-11-10T${String(10 + (n % 10)).padStart(2, '0')}:00:00+08:00`,
      regionCode: '410122',
    });
    emit('VolunteerSignedUp', {
      signupId: `sgn-${n}`,
      activityId,
      volunteerId: `vol-${n}`,
      status: 'accepted',
      signedUpAt: '2026-11-01T09:00:00+08:00',
    });
    return activityId;
  };
  return { emit, endedWithOneAccepted, signups: new SignupsReadModel(db) };
}

const AFTER = Date.parse('2026-11-11T00:00:00+08:00');

describe('sign-ups read model: what the no-show sweep visits', () => {
  it('passes by accepted sign-ups that checked in, so ended activities beyond any page are reached', () => {
    const { emit, endedWithOneAccepted, signups } = setUp();
    // The oldest ended activities each have a volunteer who came: they hold no no-show.
    for (const n of [0, 1, 2]) {
      const activityId = endedWithOneAccepted(n);
      emit('VolunteerCheckedIn', {
        activityId,
        signupId: `sgn-${n}`,
        volunteerId: `vol-${n}`,
        walkIn: false,
      });
    }
    const due = endedWithOneAccepted(3);
    // A walk-in marks nothing.
    emit('VolunteerCheckedIn', { activityId: due, signupId: null, volunteerId: 'vol-x', walkIn: true });
    expect(signups.endedWithAcceptedSignups(AFTER, 2)).toEqual([due]);
    expect(signups.endedWithAcceptedSignups(Date.parse('2026-11-10T10:30:00+08:00'), 2)).toEqual([]);
  });
});
