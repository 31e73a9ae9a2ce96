import type { ActorKey, Fixtures } from '../access-fixtures';
import { ADMINS, type Endpoint } from '../endpoint';

/**
 * A fresh volunteer for every cell (exiting the subject would refuse the other rows' records); the
 * "self" cell acts through an account bound to that fresh volunteer.
 */
async function freshSubject(f: Fixtures, actor: ActorKey, exited: boolean) {
  const volunteerId = await f.freshVolunteer();
  if (exited) {
    const response = await f.clients['admin@410122'].post(`/api/v1/volunteers/${volunteerId}/exit`, {
      reason: '迁出本县',
    });
    if (response.status !== 200) throw new Error(`exit: ${response.status}`);
  }
  return {
    volunteerId,
    as: actor === 'volunteer@410122(self)' ? { as: await f.accountOf(volunteerId) } : {},
  };
}

/** The access rows of exit and rejoin. */
export const VOLUNTEER_EXIT_ROWS: readonly Endpoint[] = [
  {
    method: 'POST',
    route: '/volunteers/{id}/exit',
    allowed: [...ADMINS, 'volunteer@410122(self)'],
    ok: 200,
    rule: 'PRODUCT: a volunteer (or an administrator of its region, with a reason) ends its service',
    request: async (f, actor) => {
      const { volunteerId, as } = await freshSubject(f, actor, false);
      return { path: `/volunteers/${volunteerId}/exit`, body: { reason: '工作调动' }, ...as };
    },
  },
  {
    method: 'POST',
    route: '/volunteers/{id}/rejoin',
    allowed: [...ADMINS, 'volunteer@410122(self)'],
    ok: 200,
    rule: 'PRODUCT: an exited volunteer may rejoin — by itself, or by an administrator of its region',
    request: async (f, actor) => {
      const { volunteerId, as } = await freshSubject(f, actor, true);
      return { path: `/volunteers/${volunteerId}/rejoin`, ...as };
    },
  },
];
