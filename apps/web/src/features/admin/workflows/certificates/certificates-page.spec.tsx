import { screen, waitFor, within } from '@testing-library/react';
import userEventModule from '@testing-library/user-event';
import { installFetch, jsonResponse, on } from '../../../../../test/fake-fetch';
import type { Certificate, CertificateItem } from '../shared/api-types';
import { ADMIN, renderSignedIn, signedInAs } from '../testing/render-signed-in';
import { CertificatesPage } from './certificates-page';

const userEvent = userEventModule.setup({ delay: null });

const certificate: Certificate = {
  id: 'crt-0123456789abcdef01234567',
  number: '410122-2026-000002',
  issuedAt: '2026-11-30T09:25:00+08:00',
  issuedOn: '2026-11-30',
  status: 'valid',
  revocation: null,
  purpose: '升学',
  volunteer: {
    id: 'vol-1',
    name: '何丽',
    idType: 'resident-id',
    idNumberMasked: '4101**********1647',
    volunteerNo: '410122-2026-000024',
  },
  period: { from: '2000-01-01', to: '2026-11-30' },
  totals: { minutes: 375, records: 1, trainingMinutes: 0 },
  records: [
    {
      recordId: 'rec-1',
      activityId: 'act-1',
      activity: '农村电商技能培训',
      date: '2026-10-09',
      startedAt: '2026-10-09T09:00:00+08:00',
      endedAt: '2026-10-09T15:15:00+08:00',
      minutes: 375,
      content: '现场讲解',
    },
  ],
  starLevel: 1,
  issuer: {
    id: 'iss-1',
    name: '中牟县科学技术协会',
    regionCode: '410122',
    personInCharge: '李建国',
    handler: '王晓燕',
    contact: '0371-62100000',
  },
  verifyUrl: 'http://localhost:3000/api/v1/verify/410122-2026-000002',
};

const item = (c: Certificate): CertificateItem => ({
  id: c.id,
  number: c.number,
  volunteerId: c.volunteer.id,
  volunteerNo: c.volunteer.volunteerNo,
  volunteerName: c.volunteer.name,
  issuedAt: c.issuedAt,
  period: c.period,
  totals: c.totals,
  status: c.status,
});

describe('the certificates page', () => {
  beforeEach(() => sessionStorage.clear());

  it('issues a certificate for a volunteer found by name, then shows it with its verify link', async () => {
    let issued: unknown;
    const fetch = installFetch(
      signedInAs(ADMIN),
      on('GET', '/api/v1/certificates', () =>
        jsonResponse(200, { items: [], total: 0, page: 1, pageSize: 20 }),
      ),
      on('GET', '/api/v1/volunteers', () =>
        jsonResponse(200, {
          items: [
            {
              id: 'vol-1',
              volunteerNo: '410122-2026-000024',
              name: '何丽',
              regionCode: '410122',
              confirmedMinutes: 375,
              starLevel: 1,
            },
          ],
          total: 1,
          page: 1,
          pageSize: 20,
        }),
      ),
      on('POST', '/api/v1/certificates', (_url, init) => {
        issued = JSON.parse(String(init.body));
        return jsonResponse(201, certificate);
      }),
    );
    renderSignedIn(<CertificatesPage />);
    await userEvent.click(await screen.findByRole('button', { name: /签发证明/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: '签发' }));
    expect(await within(dialog).findByText('请选择志愿者')).toBeTruthy();
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);

    await userEvent.type(within(dialog).getByLabelText('志愿者'), '何丽');
    await userEvent.click(await screen.findByText('何丽 · 410122-2026-000024'));
    await userEvent.type(within(dialog).getByLabelText('用途'), '升学');
    await userEvent.click(within(dialog).getByRole('button', { name: '签发' }));
    await waitFor(() => expect(issued).toEqual({ volunteerId: 'vol-1', purpose: '升学' }));

    const detail = await screen.findByTestId('certificate-detail');
    expect(within(detail).getByTestId('certificate-number').textContent).toContain('410122-2026-000002');
    expect(detail.textContent).toContain('居民身份证 4101**********1647');
    expect(within(detail).getByTestId('certificate-totals').textContent).toContain('6 小时 15 分，1 条记录');
    expect(within(detail).getByTestId('verify-link').getAttribute('href')).toBe(
      '/api/v1/verify/410122-2026-000002',
    );
  });

  it('revokes nothing when the dialog, which says what will happen, is cancelled', async () => {
    const revokes = jest.fn(() => jsonResponse(500, {}));
    installFetch(
      signedInAs(ADMIN),
      on('GET', '/api/v1/certificates', () =>
        jsonResponse(200, { items: [item(certificate)], total: 1, page: 1, pageSize: 20 }),
      ),
      on('GET', `/api/v1/certificates/${certificate.id}`, () => jsonResponse(200, certificate)),
      on('POST', `/api/v1/certificates/${certificate.id}/revoke`, revokes),
    );
    renderSignedIn(<CertificatesPage />);
    await userEvent.click(await screen.findByText('410122-2026-000002'));
    await screen.findByTestId('certificate-detail');
    await userEvent.click(screen.getByRole('button', { name: '撤销' }));
    const dialog = (await screen.findAllByRole('dialog')).find((d) => d.textContent?.includes('撤销证明'))!;
    expect(
      within(dialog).getByText('将撤销证明 410122-2026-000002，凭编号核验将显示“已撤销”，此操作不可撤回。'),
    ).toBeTruthy();
    await userEvent.type(within(dialog).getByLabelText('原因'), '服务记录有误');
    await userEvent.click(within(dialog).getByRole('button', { name: /取\s*消/ }));
    await waitFor(() => expect(screen.getByTestId('certificate-status').textContent).toBe('有效'));
    expect(revokes).not.toHaveBeenCalled();
  });

  it('revokes only with a reason', async () => {
    let reason: unknown;
    installFetch(
      signedInAs(ADMIN),
      on('GET', '/api/v1/certificates', () =>
        jsonResponse(200, { items: [item(certificate)], total: 1, page: 1, pageSize: 20 }),
      ),
      on('GET', `/api/v1/certificates/${certificate.id}`, () => jsonResponse(200, certificate)),
      on('POST', `/api/v1/certificates/${certificate.id}/revoke`, (_url, init) => {
        reason = JSON.parse(String(init.body)).reason;
        return jsonResponse(200, {
          ...certificate,
          status: 'revoked',
          revocation: { reason, revokedAt: '2026-11-30T10:00:00+08:00', revokedBy: ADMIN.accountId },
        });
      }),
    );
    renderSignedIn(<CertificatesPage />);
    await userEvent.click(await screen.findByText('410122-2026-000002'));
    await screen.findByTestId('certificate-detail');
    await userEvent.click(screen.getByRole('button', { name: '撤销' }));
    const dialog = (await screen.findAllByRole('dialog')).find((d) => d.textContent?.includes('撤销证明'))!;
    await userEvent.click(within(dialog).getByRole('button', { name: '撤销' }));
    expect(await within(dialog).findByText('请填写原因')).toBeTruthy();
    await userEvent.type(within(dialog).getByLabelText('原因'), '服务记录有误');
    await userEvent.click(within(dialog).getByRole('button', { name: '撤销' }));
    await waitFor(() => expect(screen.getByTestId('certificate-status').textContent).toBe('已撤销'));
    expect(reason).toBe('服务记录有误');
  });
});
