import { render, screen, waitFor, within } from '@testing-library/react';
import userEventModule from '@testing-library/user-event';
import { installFetch, jsonResponse, on } from '../../../test/fake-fetch';
import { ConsoleApp } from '../../app/app';
import { accountOf, meRoute, renderSignedIn } from '../admin/organisation/shared/testing/signed-in';
import type { Notification } from './notifications-api';
import { NotificationBell } from './notification-bell';
import { NotificationsPage } from './notifications-page';

const user = userEventModule.setup({ delay: null });

const note = (id: string, title: string, read: boolean): Notification => ({
  id,
  at: '2026-11-18T02:00:00.000Z', // 10:00 in Beijing
  kind: 'signup-accepted',
  title,
  body: `${title}：科普大篷车进社区`,
  read,
});

function setUp() {
  const inbox = [
    note('ntf-1', '报名已录取', false),
    note('ntf-2', '服务记录已确认', false),
    note('ntf-3', '证明已开具', true),
  ];
  const posted: string[] = [];
  const unread = () => inbox.filter((n) => !n.read).length;
  const fake = installFetch(
    meRoute(accountOf('volunteer')),
    on('GET', '/api/v1/notifications', (url) => {
      const only = new URL(url, 'http://x').searchParams.get('unread') === 'true';
      const items = inbox.filter((n) => !only || !n.read);
      return jsonResponse(200, { items, total: items.length, page: 1, pageSize: 20, unread: unread() });
    }),
    on('POST', /^\/api\/v1\/notifications\/ntf-\d\/read$/, (url) => {
      posted.push(url);
      const id = url.split('/')[4];
      inbox.forEach((n, i) => n.id === id && (inbox[i] = { ...n, read: true }));
      return jsonResponse(
        200,
        inbox.find((n) => n.id === id),
      );
    }),
    on('POST', '/api/v1/notifications/read-all', (url) => {
      posted.push(url);
      inbox.forEach((n, i) => (inbox[i] = { ...n, read: true }));
      return jsonResponse(200, { unread: 0 });
    }),
  );
  renderSignedIn(
    <>
      <NotificationBell basePath="/volunteer" />
      <NotificationsPage />
    </>,
  );
  return { posted, fake };
}

const bell = () => screen.getByTestId('notification-bell');

describe('消息', () => {
  beforeEach(() => sessionStorage.clear());

  it('the header’s bell shows the unread count and links to the area’s 消息 page', async () => {
    const { fake } = setUp();
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('消息（2 条未读）'));
    expect(bell().getAttribute('href')).toBe('/volunteer/notifications');
    expect(within(bell()).getByText('2')).toBeTruthy();
    const asked = fake.mock.calls.map(([url]) => String(url));
    expect(asked).toContain('/api/v1/notifications?unread=true&pageSize=1');
  });

  it('lists the inbox with Beijing times; 标为已读 marks one and the badge follows', async () => {
    const { posted } = setUp();
    const first = await screen.findByTestId('notification-ntf-1');
    expect(first.textContent).toContain('报名已录取');
    expect(first.textContent).toContain('2026年11月18日 10:00');
    expect(first.getAttribute('data-read')).toBe('false');
    expect(within(screen.getByTestId('notification-ntf-3')).queryByRole('button')).toBeNull();

    await user.click(within(first).getByRole('button', { name: '标为已读' }));
    await waitFor(() =>
      expect(screen.getByTestId('notification-ntf-1').getAttribute('data-read')).toBe('true'),
    );
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('消息（1 条未读）'));
    expect(posted).toEqual(['/api/v1/notifications/ntf-1/read']);
  });

  it('全部标为已读 reads them all and the badge goes to 0', async () => {
    const { posted } = setUp();
    await screen.findByTestId('notification-ntf-2');
    await user.click(screen.getByRole('button', { name: '全部标为已读' }));
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('消息（0 条未读）'));
    await waitFor(() =>
      expect(screen.getByTestId('notification-ntf-2').getAttribute('data-read')).toBe('true'),
    );
    expect(posted).toEqual(['/api/v1/notifications/read-all']);
  });

  it('未读 shows only the unread', async () => {
    setUp();
    await screen.findByTestId('notification-ntf-3');
    await user.click(screen.getByText('未读', { selector: '.ant-segmented-item-label' }));
    await waitFor(() => expect(screen.queryByTestId('notification-ntf-3')).toBeNull());
    expect(screen.getByTestId('notification-ntf-1')).toBeTruthy();
  });
});

describe('the header’s bell in every area', () => {
  beforeEach(() => sessionStorage.clear());

  it.each([
    ['organiser', '/admin'],
    ['partner', '/venue'],
  ] as const)('the %s account sees the unread count and opens 消息 under %s', async (role, base) => {
    sessionStorage.setItem(
      'ledger.session',
      JSON.stringify({ token: 'token', expiresAt: Date.now() + 3_600_000 }),
    );
    window.history.pushState({}, '', `${base}/notifications`);
    const items = [note('ntf-1', '有报名待审核', false)];
    installFetch(
      meRoute({ ...accountOf(role), ...(role === 'partner' ? { partnerId: 'ptn-1' } : {}) }),
      on('GET', '/api/v1/notifications', () =>
        jsonResponse(200, { items, total: 1, page: 1, pageSize: 20, unread: 1 }),
      ),
    );
    render(<ConsoleApp />);
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('消息（1 条未读）'));
    expect(bell().getAttribute('href')).toBe(`${base}/notifications`);
    expect((await screen.findByTestId('notification-ntf-1')).textContent).toContain('有报名待审核');
  });
});
