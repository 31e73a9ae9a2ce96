import { installFetch, jsonResponse, on } from '../../../test/fake-fetch';
import { venueApi } from './venue-api';

const benefit = (n: number) => ({ id: `ben-${n}`, title: `权益 ${n}` });

describe('venueApi.allBenefits', () => {
  it('reads every page, so a venue with more than one page of benefits still names them all', async () => {
    const all = Array.from({ length: 130 }, (_, i) => benefit(i + 1));
    const fetched = installFetch(
      on('GET', '/api/v1/partners/ptn-1/benefits', (url) => {
        const query = new URL(url, 'http://console').searchParams;
        const page = Number(query.get('page'));
        const size = Number(query.get('pageSize'));
        const items = all.slice((page - 1) * size, page * size);
        return jsonResponse(200, { items, total: all.length, page, pageSize: size });
      }),
    );
    const read = await venueApi.allBenefits('ptn-1');
    expect(read.map((b) => b.id)).toEqual(all.map((b) => b.id));
    expect(fetched).toHaveBeenCalledTimes(2);
  });

  it('stops on an empty page even if the total moved meanwhile', async () => {
    installFetch(
      on('GET', '/api/v1/partners/ptn-1/benefits', () =>
        jsonResponse(200, { items: [], total: 3, page: 1, pageSize: 100 }),
      ),
    );
    expect(await venueApi.allBenefits('ptn-1')).toEqual([]);
  });
});
