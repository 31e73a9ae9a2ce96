import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFetch, jsonResponse, on } from '../../../../../test/fake-fetch';
import { accountOf, meRoute, renderSignedIn } from '../../organisation/shared/testing/signed-in';
import type { VolunteerItem } from './api-types';
import { VolunteerSelect } from './volunteer-select';

const ZHANG_WEI: VolunteerItem[] = [
  {
    id: 'vol-1',
    volunteerNo: '410122-2026-000001',
    name: '张伟',
    idNumberMasked: '4101**********1234',
    phoneMasked: '138****5678',
    regionCode: '410122',
    confirmedMinutes: 0,
    starLevel: 0,
  },
  {
    id: 'vol-2',
    volunteerNo: '410122-2026-000002',
    name: '张伟',
    idNumberMasked: '4101**********5678',
    phoneMasked: '139****4321',
    regionCode: '410122',
    confirmedMinutes: 90,
    starLevel: 1,
  },
];

describe('the volunteer picker of the workflow pages', () => {
  beforeEach(() => sessionStorage.clear());

  it('says what can be typed, searches by a part of the number, and tells two 张伟 apart', async () => {
    const searched: (string | null)[] = [];
    installFetch(
      meRoute(accountOf('organiser')),
      on('GET', '/api/v1/volunteers', (url) => {
        searched.push(new URL(url, 'http://x').searchParams.get('q'));
        return jsonResponse(200, { items: ZHANG_WEI, total: 2, page: 1, pageSize: 20 });
      }),
    );
    const changes: [string | undefined, VolunteerItem | undefined][] = [];
    renderSignedIn(
      <div data-testid="picker">
        <VolunteerSelect onChange={(id, volunteer) => changes.push([id, volunteer])} />
      </div>,
    );
    const picker = await screen.findByTestId('picker');
    expect(within(picker).getByText('输入姓名、志愿者编号（或其中几位）或手机号搜索')).toBeTruthy();
    const box = within(picker).getByRole('combobox');
    fireEvent.mouseDown(box);
    await userEvent.type(box, '2026-0000');
    await waitFor(() => expect(searched).toEqual(['2026-0000']));
    await screen.findByTitle('张伟 · 410122-2026-000001 · 4101**********1234');
    await userEvent.click(screen.getByTitle('张伟 · 410122-2026-000002 · 4101**********5678'));
    expect(changes).toEqual([['vol-2', ZHANG_WEI[1]]]);
  });
});
