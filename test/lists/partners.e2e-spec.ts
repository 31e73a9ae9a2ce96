import { ManualClock } from '@ledger/application';
import { activityIn, key, offerBenefit, redeemAs, volunteerWithPoints } from '../redemptions/support';
import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';
import { accountClient, fieldsOf, registerVolunteer } from '../volunteering/support';

/** 10:00 on 15 June 2026 in Shanghai. */
const NOW = new Date('2026-06-15T02:00:00Z');
const partners = '/api/v1/partners';

/**
 * GET /partners, GET /partners/{id}/benefits and GET /partners/{id}/redemptions.csv: five venues in
 * four regions, the benefits of one of them at every stage of validity, and a day and a half of its
 * redemptions.
 */
describe('partner lists over real HTTP', () => {
  let t: TestApp;
  let root: HttpClient;
  let county: HttpClient;
  let city: HttpClient;
  let luoyang: HttpClient;
  let organiser: HttpClient;
  let cityAuditor: HttpClient;
  let venue: { client: HttpClient; username: string };
  let luoyangVenue: HttpClient;
  const clock = new ManualClock(NOW);
  /** p1 中牟县科技馆 (410122), p2 中牟县博物馆 (410122), p3 郑州科学技术馆 (410102), p4 洛阳博物馆 (410300), p5 巩义市纪念馆 (410181). */
  const p: Record<string, { id: string; name: string; regionCode: string; venueType: string }> = {};
  /** The benefits of p1 by name: a 科普书 (on offer), b 特展门票 (on offer, none left), c 夏令营 (from July), d 春季讲座 (ended in May). */
  const b: Record<string, string> = {};

  const ok = async (response: Promise<{ status: number; body: any }>) => {
    const answered = await response;
    if (answered.status !== 200) throw new Error(`${answered.status} ${JSON.stringify(answered.body)}`);
    return answered.body;
  };
  const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);
  const byName = (...names: string[]) =>
    names
      .map((name) => p[name])
      .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : x.id < y.id ? -1 : 1))
      .map((partner) => partner.id);

  beforeAll(async () => {
    t = await startTestApp({ LEDGER_REDEMPTION_SWEEP_INTERVAL_SECONDS: '0' }, undefined, clock);
    root = await t.admin();
    county = (await accountClient(t, root, 'admin', '410122')).client;
    city = (await accountClient(t, root, 'admin', '410100')).client;
    luoyang = (await accountClient(t, root, 'admin', '410300')).client;
    organiser = (await accountClient(t, root, 'organiser', '410122')).client;
    cityAuditor = (await accountClient(t, root, 'auditor', '410100')).client;
    for (const [name, partnerName, regionCode, venueType] of [
      ['p1', '中牟县科技馆', '410122', 'science-museum'],
      ['p2', '中牟县博物馆', '410122', 'museum'],
      ['p3', '郑州科学技术馆', '410102', 'science-museum'],
      ['p4', '洛阳博物馆', '410300', 'museum'],
      ['p5', '巩义市纪念馆', '410181', 'memorial'],
    ]) {
      const created = await root.post(partners, { name: partnerName, regionCode, venueType });
      expect(created.status).toBe(201);
      p[name] = { id: created.body.id, name: partnerName, regionCode, venueType };
    }
    b.a = await offerBenefit(root, p.p1.id, { title: '科普书一本', pointsCost: 50 });
    b.b = await offerBenefit(root, p.p1.id, { title: '特展门票', stock: 0 });
    b.c = await offerBenefit(root, p.p1.id, { title: '暑期夏令营', validFrom: '2026-07-01' });
    b.d = await offerBenefit(root, p.p1.id, { title: '春季讲座', validTo: '2026-05-31' });
    await offerBenefit(root, p.p2.id, { title: '博物馆导览' });
    await offerBenefit(root, p.p4.id, { title: '洛阳博物馆门票' });
    const made = await accountClient(t, root, 'partner', '410122', { partnerId: p.p1.id });
    venue = { client: made.client, username: made.username };
    luoyangVenue = (await accountClient(t, root, 'partner', '410300', { partnerId: p.p4.id })).client;
  });
  afterAll(() => t.close());

  describe('GET /partners', () => {
    it('lists the venues inside the caller’s region by name, with how many benefits each offers', async () => {
      const page = await ok(root.get(partners));
      expect(page.items).toEqual(
        byName('p1', 'p2', 'p3', 'p4', 'p5').map((id) => {
          const partner = Object.values(p).find((x) => x.id === id)!;
          return {
            id,
            name: partner.name,
            regionCode: partner.regionCode,
            venueType: partner.venueType,
            benefitCount: { [p.p1.id]: 4, [p.p2.id]: 1, [p.p4.id]: 1 }[id] ?? 0,
          };
        }),
      );
      expect([page.total, page.page, page.pageSize]).toEqual([5, 1, 20]);
      expect(ids(await ok(city.get(partners)))).toEqual(byName('p1', 'p2', 'p3', 'p5'));
      expect(ids(await ok(cityAuditor.get(partners)))).toEqual(byName('p1', 'p2', 'p3', 'p5'));
      expect(ids(await ok(county.get(partners)))).toEqual(byName('p1', 'p2'));
      expect(ids(await ok(organiser.get(partners)))).toEqual(byName('p1', 'p2'));
      expect(ids(await ok(luoyang.get(partners)))).toEqual(byName('p4'));
    });

    it('a partner account sees only its own venue', async () => {
      expect(await ok(venue.client.get(partners))).toEqual({
        items: [expect.objectContaining({ id: p.p1.id, benefitCount: 4 })],
        total: 1,
        page: 1,
        pageSize: 20,
      });
      expect(await ok(venue.client.get(`${partners}?q=${encodeURIComponent('博物馆')}`))).toMatchObject({
        items: [],
        total: 0,
      });
      expect(ids(await ok(luoyangVenue.get(partners)))).toEqual([p.p4.id]);
    });

    it('q matches a part of the name', async () => {
      const q = (text: string) => `${partners}?q=${encodeURIComponent(text)}`;
      expect(ids(await ok(root.get(q('博物馆'))))).toEqual(byName('p2', 'p4'));
      expect(ids(await ok(root.get(q('科技'))))).toEqual([p.p1.id]);
      expect(ids(await ok(county.get(q('博物馆'))))).toEqual([p.p2.id]);
      expect((await ok(root.get(q('天文台')))).total).toBe(0);
    });

    it('pages with the total on every page', async () => {
      const all = byName('p1', 'p2', 'p3', 'p4', 'p5');
      const pages = [];
      for (const page of [1, 2, 3]) pages.push(await ok(root.get(`${partners}?pageSize=2&page=${page}`)));
      expect(pages.map((x) => [x.total, x.page, x.pageSize, x.items.length])).toEqual([
        [5, 1, 2, 2],
        [5, 2, 2, 2],
        [5, 3, 2, 1],
      ]);
      expect(pages.flatMap(ids)).toEqual(all);
    });

    it('refuses bad paging and unknown parameters; a blank q is no filter, as on every list; volunteers are refused; no token is 401', async () => {
      expect((await ok(root.get(`${partners}?q=%20`))).total).toBe((await ok(root.get(partners))).total);
      for (const [query, field] of [
        ['pageSize=101', 'pageSize'],
        ['page=0', 'page'],
        // Past any region's rows, and OFFSET would overflow SQLite's integer: refused, never a 500.
        ['page=100000000000000000000', 'page'],
        ['regionCode=410122', 'regionCode'],
      ]) {
        const response = await root.get(`${partners}?${query}`);
        expectProblem(response, 400, 'VALIDATION_FAILED');
        expect(fieldsOf(response)).toEqual([field]);
      }
      const volunteerId = (await registerVolunteer(root, { regionCode: '410122' })).id;
      const volunteer = (await accountClient(t, root, 'volunteer', '410122', { volunteerId })).client;
      expectProblem(await volunteer.get(partners), 403, 'FORBIDDEN');
      expectProblem(await t.http.get(partners), 401, 'UNAUTHENTICATED');
    });
  });

  describe('GET /partners/{id}/benefits', () => {
    const benefitsOf = (id: string, query = '') => `${partners}/${id}/benefits${query}`;

    it('lists a venue’s benefits by title, each as GET /benefits/{id} shows it', async () => {
      const page = await ok(root.get(benefitsOf(p.p1.id)));
      const titles = ['科普书一本', '特展门票', '暑期夏令营', '春季讲座'].sort();
      expect(page.items.map((item: { title: string }) => item.title)).toEqual(titles);
      expect(page.total).toBe(4);
      for (const item of page.items) expect(item).toEqual(await ok(root.get(`/api/v1/benefits/${item.id}`)));
      expect(page.items.find((item: { id: string }) => item.id === b.b)).toMatchObject({
        stock: 0,
        stockLeft: 0,
      });
    });

    it('active=true: on offer today; active=false: ended or not begun', async () => {
      const titlesOf = async (query: string) =>
        (await ok(root.get(benefitsOf(p.p1.id, query)))).items.map((item: { id: string }) => item.id);
      const sortedByTitle = async (...benefitIds: string[]) => {
        const all = (await ok(root.get(benefitsOf(p.p1.id)))).items.map((item: { id: string }) => item.id);
        return all.filter((id: string) => benefitIds.includes(id));
      };
      expect(await titlesOf('?active=true')).toEqual(await sortedByTitle(b.a, b.b));
      expect(await titlesOf('?active=false')).toEqual(await sortedByTitle(b.c, b.d));
      // On 1 July the summer camp begins.
      clock.set('2026-07-01T09:00:00+08:00');
      try {
        expect(await titlesOf('?active=true')).toEqual(await sortedByTitle(b.a, b.b, b.c));
      } finally {
        clock.set(NOW);
      }
      const second = await ok(root.get(benefitsOf(p.p1.id, '?pageSize=1&page=2')));
      expect([second.total, second.items.length]).toEqual([4, 1]);
    });

    it('is read by who reads the venue’s benefits: readers of its region, the venue, volunteers on its line', async () => {
      expect((await ok(venue.client.get(benefitsOf(p.p1.id)))).total).toBe(4);
      expect((await ok(county.get(benefitsOf(p.p1.id)))).total).toBe(4);
      expect((await ok(cityAuditor.get(benefitsOf(p.p1.id)))).total).toBe(4);
      const volunteerId = (await registerVolunteer(root, { regionCode: '410122' })).id;
      const volunteer = (await accountClient(t, root, 'volunteer', '410122', { volunteerId })).client;
      expect((await ok(volunteer.get(benefitsOf(p.p1.id, '?active=true')))).total).toBe(2);
      expectProblem(await luoyangVenue.get(benefitsOf(p.p1.id)), 403, 'FORBIDDEN');
      expectProblem(await luoyang.get(benefitsOf(p.p1.id)), 403, 'FORBIDDEN');
      expectProblem(await root.get(benefitsOf('ptn-000000000000000000000000')), 404, 'NOT_FOUND');
      const malformed = await root.get(benefitsOf('not-a-partner'));
      expectProblem(malformed, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(malformed)).toEqual(['id']);
      const badActive = await root.get(benefitsOf(p.p1.id, '?active=yes'));
      expectProblem(badActive, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(badActive)).toEqual(['active']);
    });
  });

  describe('GET /partners/{id}/redemptions.csv', () => {
    let volunteerNo: string;
    const r: Record<string, string> = {};
    const E_TITLE = '=HYPERLINK("http://evil.example","点我")';
    const F_TITLE = '@门票, 成人 "VIP"';

    /** The file as bytes, as a browser downloads it (fetch's text() would drop the byte order mark). */
    const download = async (path: string, username = venue.username) => {
      const token = (await t.http.post('/api/v1/auth/token', { username, password: `${username}-password` }))
        .body.accessToken;
      const response = await fetch(`${t.http.baseUrl}/api/v1${path}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return {
        status: response.status,
        headers: response.headers,
        bytes: Buffer.from(await response.arrayBuffer()),
      };
    };
    const csvOf = (from?: string, to?: string, format?: string) => {
      const query = [from && `from=${from}`, to && `to=${to}`, format && `format=${format}`]
        .filter(Boolean)
        .join('&');
      return `/partners/${p.p1.id}/redemptions.csv${query ? `?${query}` : ''}`;
    };
    const rowsOf = (bytes: Buffer) => bytes.subarray(3).toString('utf8').split('\r\n');

    beforeAll(async () => {
      const e = await offerBenefit(root, p.p1.id, { title: E_TITLE, pointsCost: 10 });
      const f = await offerBenefit(root, p.p1.id, { title: F_TITLE, pointsCost: 20 });
      const activityId = await activityIn(t, '2026-06-01T00:00:00+08:00', '2026-06-14T23:00:00+08:00');
      const volunteer = await volunteerWithPoints(t, county, organiser, activityId, [
        { startedAt: '2026-06-02T08:00:00+08:00', endedAt: '2026-06-02T18:00:00+08:00' },
      ]);
      volunteerNo = (await ok(root.get(`/api/v1/volunteers/${volunteer.volunteerId}`))).volunteerNo;
      const at = async (instant: string, call: () => Promise<{ status: number; body: any }>) => {
        clock.set(instant);
        const response = await call();
        if (response.status >= 300) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
        return response.body;
      };
      r.r1 = (
        await at('2026-06-15T10:00:00+08:00', () => redeemAs(volunteer.client, { benefitId: e }, key()))
      ).id;
      await at('2026-06-15T10:05:00+08:00', () => venue.client.post(`/api/v1/redemptions/${r.r1}/capture`));
      r.r2 = (
        await at('2026-06-15T11:00:00+08:00', () => redeemAs(volunteer.client, { benefitId: f }, key()))
      ).id;
      await at('2026-06-15T11:10:00+08:00', () =>
        venue.client.post(`/api/v1/redemptions/${r.r2}/void`, { reason: '顾客取消' }),
      );
      r.r3 = (
        await at('2026-06-16T09:00:00+08:00', () => redeemAs(volunteer.client, { benefitId: e }, key()))
      ).id;
    });

    const guardedE = `"'=HYPERLINK(""http://evil.example"",""点我"")"`;

    it('answers a spreadsheet file for people: BOM, Chinese headers and statuses, Beijing time, RFC 4180 quoting, formulas guarded', async () => {
      const file = await download(csvOf('2026-06-15', '2026-06-16'));
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(file.headers.get('content-disposition')).toBe(
        `attachment; filename="redemptions-${p.p1.id}-2026-06-15-2026-06-16.csv"`,
      );
      expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(rowsOf(file.bytes)).toEqual([
        '兑换编号,申请时间,权益,志愿者编号,积分,状态,核销时间,撤销时间',
        `${r.r1},2026-06-15 10:00,${guardedE},${volunteerNo},10,已核销,2026-06-15 10:05,`,
        `${r.r2},2026-06-15 11:00,"'@门票, 成人 ""VIP""",${volunteerNo},20,已撤销,,2026-06-15 11:10`,
        `${r.r3},2026-06-16 09:00,${guardedE},${volunteerNo},10,已预留,,`,
        '',
      ]);
      // The volunteer's number, never the name.
      expect(file.bytes.toString('utf8')).not.toContain('李华');
    });

    it('answers the file for programs with format=machine: the API’s column and status names, ISO 8601 times', async () => {
      const file = await download(csvOf('2026-06-15', '2026-06-16', 'machine'));
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(rowsOf(file.bytes)).toEqual([
        'id,requestedAt,benefit,volunteerNo,points,status,capturedAt,voidedAt',
        `${r.r1},2026-06-15T10:00:00+08:00,${guardedE},${volunteerNo},10,captured,2026-06-15T10:05:00+08:00,`,
        `${r.r2},2026-06-15T11:00:00+08:00,"'@门票, 成人 ""VIP""",${volunteerNo},20,voided,,2026-06-15T11:10:00+08:00`,
        `${r.r3},2026-06-16T09:00:00+08:00,${guardedE},${volunteerNo},10,held,,`,
        '',
      ]);
      expect(file.bytes.toString('utf8')).not.toContain('李华');
    });

    it('documents its two forms in the OpenAPI document', async () => {
      const docs = await t.http.get('/api/docs-json');
      expect(docs.status).toBe(200);
      const csv = docs.body.paths['/api/v1/partners/{id}/redemptions.csv'].get;
      const format = csv.parameters.find((parameter: { name: string }) => parameter.name === 'format');
      expect(format).toMatchObject({ in: 'query', required: false, schema: { enum: ['machine'] } });
      expect(csv.description).toContain(
        '兑换编号, 申请时间, 权益, 志愿者编号, 积分, 状态, 核销时间, 撤销时间',
      );
      expect(csv.description).toContain('format=machine');
    });

    it('follows the listing’s date rules: today by default, one date alone is that day', async () => {
      clock.set('2026-06-16T12:00:00+08:00');
      try {
        const today = await download(csvOf());
        expect(today.headers.get('content-disposition')).toContain(`-2026-06-16-2026-06-16.csv"`);
        expect(
          rowsOf(today.bytes)
            .slice(1, -1)
            .map((row) => row.split(',')[0]),
        ).toEqual([r.r3]);
      } finally {
        clock.set(NOW);
      }
      const day = await download(csvOf('2026-06-15'));
      expect(
        rowsOf(day.bytes)
          .slice(1, -1)
          .map((row) => row.split(',')[0]),
      ).toEqual([r.r1, r.r2]);
      const none = await download(csvOf('2026-06-01', '2026-06-10'));
      expect(rowsOf(none.bytes)).toEqual([
        '兑换编号,申请时间,权益,志愿者编号,积分,状态,核销时间,撤销时间',
        '',
      ]);
      const noneForPrograms = await download(csvOf('2026-06-01', '2026-06-10', 'machine'));
      expect(rowsOf(noneForPrograms.bytes)).toEqual([
        'id,requestedAt,benefit,volunteerNo,points,status,capturedAt,voidedAt',
        '',
      ]);
      for (const [query, field] of [
        ['from=2026-06-16&to=2026-06-15', 'to'],
        ['from=2026-01-01&to=2026-06-15', 'to'],
        ['from=15-06-2026&to=2026-06-15', 'from'],
        ['format=xlsx', 'format'],
        ['format=MACHINE', 'format'],
      ]) {
        const response = await venue.client.get(`${partners}/${p.p1.id}/redemptions.csv?${query}`);
        expectProblem(response, 400, 'VALIDATION_FAILED');
        expect(fieldsOf(response)).toEqual([field]);
      }
    });

    it('is for the venue itself and administrators and auditors of its region; the JSON listing is unchanged', async () => {
      const auditor = await accountClient(t, root, 'auditor', '410122');
      expect((await download(csvOf('2026-06-15'), auditor.username)).status).toBe(200);
      expectProblem(await luoyangVenue.get(`${partners}/${p.p1.id}/redemptions.csv`), 403, 'FORBIDDEN');
      expectProblem(await luoyang.get(`${partners}/${p.p1.id}/redemptions.csv`), 403, 'FORBIDDEN');
      expectProblem(await organiser.get(`${partners}/${p.p1.id}/redemptions.csv`), 403, 'FORBIDDEN');
      expectProblem(
        await root.get(`${partners}/ptn-000000000000000000000000/redemptions.csv`),
        404,
        'NOT_FOUND',
      );
      const json = await ok(
        venue.client.get(`${partners}/${p.p1.id}/redemptions?from=2026-06-15&to=2026-06-16`),
      );
      expect(json.items.map((item: { id: string }) => item.id)).toEqual([r.r1, r.r2, r.r3]);
      expect(json).not.toHaveProperty('total');
    });
  });
});
