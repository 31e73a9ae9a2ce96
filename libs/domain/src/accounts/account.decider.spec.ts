import type { CommandMetadata } from '../decider';
import { DeciderSpecification } from '../testing/decider-specification';
import type { RegisterAccount } from './account.commands';
import { accountDecider } from './account.decider';
import type { AccountRegistered } from './account.events';

const metadata: CommandMetadata = {
  commandId: 'cmd-1',
  now: '2026-03-05T09:00:00.000+08:00',
  actor: { accountId: 'acc-admin', role: 'admin', regionCode: '410000' },
};

const register = (data: Partial<RegisterAccount['data']> = {}): RegisterAccount => ({
  type: 'RegisterAccount',
  data: {
    accountId: 'acc-1',
    username: 'Zhang.San',
    role: 'organiser',
    regionCode: '410100',
    passwordHash: 'scrypt$x',
    ...data,
  },
  metadata,
});

const registered = (data: Partial<AccountRegistered['data']> = {}): AccountRegistered => ({
  type: 'AccountRegistered',
  data: {
    accountId: 'acc-1',
    username: 'zhang.san',
    role: 'organiser',
    regionCode: '410100',
    partnerId: null,
    volunteerId: null,
    passwordHash: 'scrypt$x',
    registeredAt: metadata.now,
    registeredBy: 'acc-admin',
    mustChangePassword: false,
    ...data,
  },
});

const spec = DeciderSpecification.for(accountDecider);

describe('account', () => {
  describe('registering', () => {
    it('registers a new account with a normalized username', () => {
      spec.given([]).when(register()).then([registered()]);
    });

    it('refuses a username that is taken', () => {
      spec.given([registered()]).when(register()).thenThrows('CONFLICT');
    });

    it('refuses a malformed username', () => {
      spec
        .given([])
        .when(register({ username: 'a b' }))
        .thenThrows('VALIDATION_FAILED');
    });

    it('refuses an invalid region code', () => {
      spec
        .given([])
        .when(register({ regionCode: '999999' }))
        .thenThrows('VALIDATION_FAILED');
    });

    it('a partner account must name its partner', () => {
      spec
        .given([])
        .when(register({ role: 'partner' }))
        .thenThrows('VALIDATION_FAILED');
      spec
        .given([])
        .when(register({ role: 'partner', partnerId: 'partner-1' }))
        .then([registered({ role: 'partner', partnerId: 'partner-1' })]);
    });

    it('a volunteer account must name its volunteer', () => {
      spec
        .given([])
        .when(register({ role: 'volunteer' }))
        .thenThrows('VALIDATION_FAILED');
      spec
        .given([])
        .when(register({ role: 'volunteer', volunteerId: 'v-1', partnerId: 'ignored' }))
        .then([registered({ role: 'volunteer', volunteerId: 'v-1' })]);
    });
  });

  describe('changing the password', () => {
    it('records the new hash with who and why', () => {
      spec
        .given([registered()])
        .when({
          type: 'ChangeAccountPassword',
          data: { accountId: 'acc-1', passwordHash: 'scrypt$y', reason: 'reset' },
          metadata,
        })
        .then([
          {
            type: 'AccountPasswordChanged',
            data: {
              accountId: 'acc-1',
              passwordHash: 'scrypt$y',
              changedAt: metadata.now,
              changedBy: 'acc-admin',
              reason: 'reset',
            },
          },
        ]);
    });

    it('refuses an unknown account', () => {
      spec
        .given([])
        .when({
          type: 'ChangeAccountPassword',
          data: { accountId: 'acc-1', passwordHash: 'h', reason: 'r' },
          metadata,
        })
        .thenThrows('NOT_FOUND');
    });
  });

  describe('a password set by someone else', () => {
    it('an account registered with an initial password must change it', () => {
      spec
        .given([])
        .when(register({ mustChangePassword: true }))
        .then([registered({ mustChangePassword: true })]);
    });

    it('an older registration without the field reads as no change required', () => {
      const { mustChangePassword: _, ...older } = registered().data;
      const state = accountDecider.evolve(accountDecider.initialState(), {
        type: 'AccountRegistered',
        data: older,
      });
      expect(state).toMatchObject({ status: 'active', mustChangePassword: false });
    });

    const reset = {
      type: 'ResetAccountPassword' as const,
      data: { accountId: 'acc-1', passwordHash: 'scrypt$r', reason: ' forgot it ' },
      metadata,
    };

    it('a reset records the new hash, who reset it and why, and requires a change', () => {
      spec
        .given([registered()])
        .when(reset)
        .then([
          {
            type: 'AccountPasswordReset',
            data: {
              accountId: 'acc-1',
              passwordHash: 'scrypt$r',
              resetAt: metadata.now,
              resetBy: 'acc-admin',
              reason: 'forgot it',
            },
          },
        ]);
      const afterReset = [
        registered(),
        ...accountDecider.decide(reset, accountDecider.evolve(accountDecider.initialState(), registered())),
      ];
      const state = afterReset.reduce(accountDecider.evolve, accountDecider.initialState());
      expect(state).toMatchObject({ mustChangePassword: true });
    });

    it('a reset without a reason records null', () => {
      spec
        .given([registered()])
        .when({ ...reset, data: { accountId: 'acc-1', passwordHash: 'scrypt$r' } })
        .then([
          {
            type: 'AccountPasswordReset',
            data: {
              accountId: 'acc-1',
              passwordHash: 'scrypt$r',
              resetAt: metadata.now,
              resetBy: 'acc-admin',
              reason: null,
            },
          },
        ]);
    });

    it('changing the password clears the requirement', () => {
      const state = [
        registered({ mustChangePassword: true }),
        {
          type: 'AccountPasswordChanged' as const,
          data: {
            accountId: 'acc-1',
            passwordHash: 'scrypt$own',
            changedAt: metadata.now,
            changedBy: 'acc-1',
            reason: 'changed by the account holder',
          },
        },
      ].reduce(accountDecider.evolve, accountDecider.initialState());
      expect(state).toMatchObject({ mustChangePassword: false });
    });

    it('refuses to reset an unknown account', () => {
      spec.given([]).when(reset).thenThrows('NOT_FOUND');
    });
  });

  describe('disabling', () => {
    const disable = {
      type: 'DisableAccount' as const,
      data: { accountId: 'acc-1', reason: 'left the team' },
      metadata,
    };

    it('disables an active account', () => {
      spec
        .given([registered()])
        .when(disable)
        .then([
          {
            type: 'AccountDisabled',
            data: {
              accountId: 'acc-1',
              reason: 'left the team',
              disabledAt: metadata.now,
              disabledBy: 'acc-admin',
            },
          },
        ]);
    });

    it('disabling twice changes nothing', () => {
      spec
        .given([
          registered(),
          {
            type: 'AccountDisabled',
            data: { accountId: 'acc-1', reason: 'x', disabledAt: metadata.now, disabledBy: 'a' },
          },
        ])
        .when(disable)
        .thenNothingHappens();
    });

    it('refuses an unknown account', () => {
      spec.given([]).when(disable).thenThrows('NOT_FOUND');
    });
  });
});
