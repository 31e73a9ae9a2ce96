import { fireEvent, render, screen } from '@testing-library/react';
import { installFetch, jsonResponse, on, problemResponse } from '../../../test/fake-fetch';
import { forgetRegions } from './region-api';
import { RegionName } from './region-name';

const ZHONGMU = {
  code: '410122',
  name: '中牟县',
  level: 'county',
  parentCode: '410100',
  fullName: '河南省郑州市中牟县',
  ancestors: [
    { code: '410000', name: '河南省', level: 'province', parentCode: null },
    { code: '410100', name: '郑州市', level: 'city', parentCode: '410000' },
  ],
};

describe('a region shown by name', () => {
  afterEach(() => forgetRegions());

  it('shows the name, with the full name and the code in a tooltip', async () => {
    installFetch(on('GET', '/api/v1/regions/410122', () => jsonResponse(200, ZHONGMU)));
    render(<RegionName code="410122" />);
    const name = await screen.findByText('中牟县');
    expect(name.textContent).toBe('中牟县');
    expect(document.body.textContent).not.toContain('410122');
    fireEvent.mouseEnter(name);
    expect((await screen.findByRole('tooltip')).textContent).toBe('河南省郑州市中牟县 · 410122');
  });

  it('shows the full name when asked', async () => {
    installFetch(on('GET', '/api/v1/regions/410122', () => jsonResponse(200, ZHONGMU)));
    render(<RegionName code="410122" full />);
    expect(await screen.findByText('河南省郑州市中牟县')).toBeTruthy();
  });

  it('asks the server once for a region shown on many rows', async () => {
    const fetch = installFetch(on('GET', '/api/v1/regions/410122', () => jsonResponse(200, ZHONGMU)));
    render(
      <>
        <RegionName code="410122" />
        <RegionName code="410122" />
        <RegionName code="410122" />
      </>,
    );
    expect(await screen.findAllByText('中牟县')).toHaveLength(3);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('shows the code itself when the server knows no such region', async () => {
    const fetch = installFetch(on('GET', '/api/v1/regions/410199', () => problemResponse(404, 'NOT_FOUND')));
    render(<RegionName code="410199" />);
    await screen.findByText('410199');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(screen.getByText('410199').getAttribute('data-region-code')).toBe('410199');
  });
});
