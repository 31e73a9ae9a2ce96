import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFetch, jsonResponse, on } from '../../../../../test/fake-fetch';
import { VolunteersPage } from '../volunteers/volunteers-page';
import { accountOf, meRoute, renderSignedIn } from './testing/signed-in';
import type { VolunteerListItem } from './types';
import { VolunteerSelect, volunteerLabel } from './volunteer-select';

/** Two people of one name: only the number and the masked ID number tell them apart. */
const ZHANG_WEI: VolunteerListItem[] = [
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

function setUp() {
  const searched: (string | null)[] = [];
  installFetch(
    meRoute(accountOf('organiser')),
    on('GET', '/api/v1/volunteers', (url) => {
      searched.push(new URL(url, 'http://x').searchParams.get('q'));
      return jsonResponse(200, { items: ZHANG_WEI, total: 2, page: 1, pageSize: 20 });
    }),
  );
  return searched;
}

describe('the volunteer picker of the organisation pages', () => {
  beforeEach(() => sessionStorage.clear());

  it('names a volunteer 姓名 · 编号 · 证件号（掩码）, and a forgotten one without ID number', () => {
    expect(volunteerLabel(ZHANG_WEI[0])).toBe('张伟 · 410122-2026-000001 · 4101**********1234');
    expect(volunteerLabel({ name: '已注销', volunteerNo: '410122-2026-000009', idNumberMasked: null })).toBe(
      '已注销 · 410122-2026-000009',
    );
  });

  it('says what can be typed, searches by it (a phone too), and tells two 张伟 apart', async () => {
    const searched = setUp();
    const picked: (VolunteerListItem | undefined)[] = [];
    renderSignedIn(<VolunteerSelect testId="picker" onPick={(v) => picked.push(v)} />);
    const picker = await screen.findByTestId('picker');
    expect(within(picker).getByText('输入姓名、志愿者编号（或其中几位）或手机号搜索')).toBeTruthy();
    const box = within(picker).getByRole('combobox');
    fireEvent.mouseDown(box);
    await userEvent.type(box, '+86 138 1234 5678');
    await waitFor(() => expect(searched).toContain('+86 138 1234 5678'));
    const first = await screen.findByTitle('张伟 · 410122-2026-000001 · 4101**********1234');
    expect(screen.getByTitle('张伟 · 410122-2026-000002 · 4101**********5678')).toBeTruthy();
    await userEvent.click(first);
    expect(picked).toEqual([ZHANG_WEI[0]]);
  });
});

describe('the volunteers page', () => {
  beforeEach(() => sessionStorage.clear());

  it('searches by name, a part of the number or a phone, and lists ID and phone numbers masked', async () => {
    const searched = setUp();
    renderSignedIn(<VolunteersPage />);
    const table = await screen.findByTestId('volunteers-table');
    expect(await within(table).findByText('4101**********1234')).toBeTruthy();
    expect(within(table).getByText('4101**********5678')).toBeTruthy();
    expect(within(table).getByText('139****4321')).toBeTruthy();
    const search = screen.getByPlaceholderText('输入姓名、志愿者编号（或其中几位）或手机号');
    await userEvent.type(search, '000002{enter}');
    await waitFor(() => expect(searched).toContain('000002'));
  });
});
