import { created, ZHONGMU } from '../../organisation/organisation-helpers';
import { ADMIN_PASSWORD } from '../../support/test-app';
import { ADMINS, type Endpoint, EVERY_ACCOUNT } from '../endpoint';

/**
 * Passwords: every account changes its own; administrators reset the password of an account of their
 * region. A reset ends the account's tokens, so each cell resets a fresh account of the county, and a
 * change keeps the password as it is (same password → 422 PASSWORD_UNCHANGED), so no caller of the
 * matrix loses its token.
 */
export const PASSWORDS_ROWS: readonly Endpoint[] = [
  {
    method: 'POST',
    route: '/auth/password',
    allowed: EVERY_ACCOUNT,
    ok: 422,
    rule: 'every account changes its own password (here refused as unchanged, after the access check)',
    request: async (f, actor) => {
      let password = 'not-signed-in';
      if (actor !== 'anonymous') {
        const username = (await f.clients[actor].get(`/api/v1/accounts/${f.accountIds[actor]}`)).body
          .username as string;
        password = actor === 'admin@410000' ? ADMIN_PASSWORD : `${username}-password`;
      }
      return { path: '/auth/password', body: { currentPassword: password, newPassword: password } };
    },
  },
  {
    method: 'POST',
    route: '/accounts/{id}/password-reset',
    allowed: ADMINS,
    ok: 200,
    rule: 'an administrator of the account’s region (or above) resets its password',
    request: async (f) => {
      const username = f.unique('m.reset.');
      const account = created(
        await f.clients['admin@410000'].post('/api/v1/accounts', {
          username,
          password: `${username}-password`,
          role: 'organiser',
          regionCode: ZHONGMU,
        }),
      );
      return { path: `/accounts/${account.id}/password-reset`, body: { reason: 'forgot it' } };
    },
  },
];
