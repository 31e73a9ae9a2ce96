import { created } from '../../organisation/organisation-helpers';
import type { Fixtures } from '../access-fixtures';
import { ADMINS, type Endpoint, ORGANISERS } from '../endpoint';

/**
 * Time in the subject volunteer's or a fresh volunteer's time bank: a session recorded by the
 * county's organiser and confirmed by the city's administrator (never its recorder).
 */
async function deposit(f: Fixtures, volunteerId: string): Promise<void> {
  const record = created(
    await f.clients['organiser@410122'].post('/api/v1/service-records', {
      volunteerId,
      activityId: f.activityId,
      ...f.nextSession(),
      content: '科普讲解',
    }),
  );
  const confirmed = await f.clients['admin@410100'].post(`/api/v1/service-records/${record.id}/confirm`);
  if (confirmed.status !== 200) throw new Error(`confirm: ${confirmed.status}`);
}

/** The access rows of the time-bank endpoints. */
export const TIME_BANK_ROWS: readonly Endpoint[] = [
  {
    method: 'POST',
    route: '/volunteers/{id}/time-bank/withdrawals',
    allowed: ORGANISERS,
    ok: 201,
    rule:
      'PRODUCT: withdrawals record a service the volunteer (or family) received — recorded by the ' +
      'administrators and organisers of the volunteer’s region who run the service, not by the volunteer',
    request: async (f) => {
      const volunteerId = await f.freshVolunteer();
      await deposit(f, volunteerId);
      return {
        path: `/volunteers/${volunteerId}/time-bank/withdrawals`,
        body: { minutes: 30, description: '居家养老上门服务' },
      };
    },
  },
  {
    method: 'POST',
    route: '/volunteers/{id}/family',
    allowed: [...ADMINS, 'volunteer@410122(self)'],
    ok: 201,
    rule: 'the volunteer itself, or an administrator of its region, registers its family',
    request: async (f) => ({
      path: `/volunteers/${f.volunteerId}/family`,
      body: { volunteerId: await f.freshVolunteer(), relation: 'sibling' },
    }),
  },
  {
    method: 'POST',
    route: '/volunteers/{id}/time-bank/transfers',
    allowed: ['volunteer@410122(self)'],
    ok: 201,
    rule: 'PRODUCT: transfers to a registered family member — only the volunteer itself gives its minutes',
    request: async (f, actor) => {
      const receiver = await f.freshVolunteer();
      if (actor === 'volunteer@410122(self)') {
        created(
          await f.clients['admin@410122'].post(`/api/v1/volunteers/${f.volunteerId}/family`, {
            volunteerId: receiver,
            relation: 'child',
          }),
        );
        await deposit(f, f.volunteerId);
      }
      return {
        path: `/volunteers/${f.volunteerId}/time-bank/transfers`,
        body: { toVolunteerId: receiver, minutes: 30 },
      };
    },
  },
];
