import { fireEvent, screen, within } from '@testing-library/react';
import { installFetch, jsonResponse, on } from '../../../../../test/fake-fetch';
import { PilotSelect } from './pilot-select';
import { accountOf, meRoute, renderSignedIn } from './testing/signed-in';
import type { Pilot } from './types';

const PILOTS: Pilot[] = [
  {
    id: 'plt-1',
    name: '中牟县科技志愿服务试点',
    level: 'county',
    regionCode: '410122',
    fundedOn: '2026-03-01',
    endsOn: '2028-02-29',
  },
  {
    id: 'plt-2',
    name: '郑州市科技志愿服务试点',
    level: 'city',
    regionCode: '410100',
    fundedOn: '2026-03-01',
    endsOn: '2028-02-29',
  },
];

describe('the pilot picker', () => {
  it('names each pilot and its level in words, never by its region code', async () => {
    installFetch(
      meRoute(accountOf('admin', '410100')),
      on('GET', '/api/v1/pilots', () =>
        jsonResponse(200, { items: PILOTS, total: 2, page: 1, pageSize: 20 }),
      ),
    );
    renderSignedIn(
      <div data-testid="picker">
        <PilotSelect />
      </div>,
    );
    fireEvent.mouseDown(within(await screen.findByTestId('picker')).getByRole('combobox'));
    expect(await screen.findByTitle('中牟县科技志愿服务试点（县级试点）')).toBeTruthy();
    expect(screen.getByTitle('郑州市科技志愿服务试点（市级试点）')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/4101(22|00)/);
  });
});
