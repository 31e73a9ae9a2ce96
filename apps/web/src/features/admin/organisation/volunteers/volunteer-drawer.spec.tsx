import { screen, waitFor, within } from '@testing-library/react';
import userEventModule from '@testing-library/user-event';
import { installFetch, jsonResponse, on } from '../../../../../test/fake-fetch';
import type { Me } from '../../../../api/types';
import { accountOf, bodyOf, meRoute, renderSignedIn } from '../shared/testing/signed-in';
import { VolunteerDrawer } from './volunteer-drawer';

const userEvent = userEventModule.setup({ delay: null });

const VOLUNTEER = {
  id: 'vol-1',
  volunteerNo: '410122-2026-000001',
  name: '王芳',
  status: 'active',
  idType: 'resident-id',
  idNumberMasked: '4101**********0021',
  phoneMasked: '138****0001',
  regionCode: '410122',
  registeredAt: '2026-03-01T01:00:00.000Z',
};

const SUMMARY = {
  volunteerId: 'vol-1',
  confirmedMinutes: 180,
  pendingMinutes: 0,
  starLevel: 0,
  qualifiedStarLevel: 2,
  starRuleSet: { id: 'srs-1', name: '中牟县试点星级标准', thresholdsHours: [1, 2, 5, 8, 10] },
  points: { available: 30, held: 0, earned: 30, clawedBack: 0, spent: 0, expired: 0 },
  timeBank: { balanceMinutes: 180 },
};

const BASE = '/api/v1/volunteers/vol-1';

function setUp(me: Me, volunteer: object = VOLUNTEER) {
  const accounts: unknown[] = [];
  installFetch(
    meRoute(me),
    on('GET', BASE, () => jsonResponse(200, volunteer)),
    on('GET', `${BASE}/summary`, () => jsonResponse(200, SUMMARY)),
    on('GET', `${BASE}/trainings`, () => jsonResponse(200, { items: [] })),
    on('GET', `${BASE}/commendations`, () => jsonResponse(200, { items: [] })),
    on('POST', '/api/v1/accounts', (_url, init) => {
      accounts.push(bodyOf(init));
      return jsonResponse(201, { id: 'acc-1', username: '410122-2026-000001', role: 'volunteer' });
    }),
  );
  renderSignedIn(<VolunteerDrawer volunteerId="vol-1" onClose={() => undefined} />);
  return { accounts };
}

describe("the volunteer's drawer", () => {
  it('names the rule set under which the hours qualify', async () => {
    setUp(accountOf('organiser'));
    expect((await screen.findByTestId('judging-rule-set')).textContent).toBe('按《中牟县试点星级标准》');
  });

  it('lets an administrator create the login of a volunteer registered without one, the password shown once', async () => {
    const { accounts } = setUp(accountOf('admin'));
    const drawer = await screen.findByTestId('volunteer-drawer');
    await userEvent.click(await within(drawer).findByTestId('create-volunteer-login'));
    // The drawer is a dialog too: the login's is the one that opens on top of it.
    const title = (await screen.findAllByText('为 王芳（410122-2026-000001）创建登录账号'))[0];
    const dialog = title.closest<HTMLElement>('[role="dialog"]')!;
    await userEvent.click(within(dialog).getByRole('button', { name: /创\s*建/ }));
    await waitFor(() => expect(accounts).toHaveLength(1));
    expect(accounts[0]).toMatchObject({ role: 'volunteer', volunteerId: 'vol-1', mustChangePassword: true });
    const shown = await screen.findByTestId('initial-password');
    expect(within(shown).getByTestId('initial-password-value').textContent).toContain(
      (accounts[0] as { password: string }).password,
    );
  });

  it('offers no login to an organiser, who cannot create accounts', async () => {
    setUp(accountOf('organiser'));
    await screen.findByTestId('judging-rule-set');
    expect(screen.queryByTestId('create-volunteer-login')).toBeNull();
  });

  it('says that a volunteer has exited, and since when, and offers it no new login', async () => {
    setUp(accountOf('admin'), { ...VOLUNTEER, status: 'exited', exitedAt: '2026-11-01T02:00:00.000Z' });
    const drawer = await screen.findByTestId('volunteer-drawer');
    expect(await within(drawer).findByText('已退出')).toBeTruthy();
    expect(drawer.textContent).toContain('2026年11月1日 10:00');
    expect(within(drawer).queryByTestId('create-volunteer-login')).toBeNull();
  });
});
