import { expectProblem } from '../support/problem';
import type { HttpClient } from '../support/http-client';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  fieldsOf,
  headPosition,
  pilotBody,
  stationBody,
  teamBody,
  zhongmuResident,
} from '../organisation/organisation-helpers';

/** 410199 has the form of a county of Zhengzhou, but GB/T 2260 has no such county. */
const NO_SUCH_COUNTY = '410199';

describe('regions: the GB/T 2260 divisions by name, and region codes checked against them', () => {
  let t: TestApp;
  let admin: HttpClient;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.admin();
  });
  afterAll(() => t.close());

  describe('GET /regions', () => {
    it('lists the provinces to anyone, without a token, cacheable', async () => {
      const response = await t.http.get('/api/v1/regions');
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=86400');
      expect(response.body.parent).toBeNull();
      expect(response.body.items).toContainEqual({
        code: '410000',
        name: '河南省',
        level: 'province',
        parentCode: null,
        hasChildren: true,
      });
      expect(response.body.items).toHaveLength(34);
    });

    it('lists the divisions under a city, with the city and its full name', async () => {
      const response = await t.http.get('/api/v1/regions?parent=410100');
      expect(response.status).toBe(200);
      expect(response.body.parent).toEqual({
        code: '410100',
        name: '郑州市',
        level: 'city',
        parentCode: '410000',
        fullName: '河南省郑州市',
        ancestors: [{ code: '410000', name: '河南省', level: 'province', parentCode: null }],
      });
      expect(response.body.items).toContainEqual({
        code: '410122',
        name: '中牟县',
        level: 'county',
        parentCode: '410100',
        hasChildren: false,
      });
      expect(response.body.items.every((r: { parentCode: string }) => r.parentCode === '410100')).toBe(true);
    });

    it('one region by code: name, level, full name and the regions above it', async () => {
      const response = await t.http.get('/api/v1/regions/410122');
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=86400');
      expect(response.body).toEqual({
        code: '410122',
        name: '中牟县',
        level: 'county',
        parentCode: '410100',
        fullName: '河南省郑州市中牟县',
        ancestors: [
          { code: '410000', name: '河南省', level: 'province', parentCode: null },
          { code: '410100', name: '郑州市', level: 'city', parentCode: '410000' },
        ],
      });
      expect((await t.http.get('/api/v1/regions/419001')).body.fullName).toBe('河南省济源市');
    });

    it('a well-formed code of no region is 404; a malformed one 400', async () => {
      expectProblem(await t.http.get(`/api/v1/regions/${NO_SUCH_COUNTY}`), 404, 'NOT_FOUND');
      expectProblem(await t.http.get(`/api/v1/regions?parent=${NO_SUCH_COUNTY}`), 404, 'NOT_FOUND');
      const malformed = await t.http.get('/api/v1/regions/4101');
      expectProblem(malformed, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(malformed)).toEqual(['code']);
      const badParent = await t.http.get('/api/v1/regions?parent=henan');
      expectProblem(badParent, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(badParent)).toEqual(['parent']);
    });
  });

  describe('a region code of no real division is refused where a region is written', () => {
    it.each([
      ['POST /volunteers', '/api/v1/volunteers', () => zhongmuResident({ regionCode: NO_SUCH_COUNTY })],
      ['POST /teams', '/api/v1/teams', () => teamBody({ regionCode: NO_SUCH_COUNTY })],
      ['POST /stations', '/api/v1/stations', () => stationBody({ regionCode: NO_SUCH_COUNTY })],
      ['POST /pilots', '/api/v1/pilots', () => pilotBody({ regionCode: NO_SUCH_COUNTY })],
      [
        'POST /accounts',
        '/api/v1/accounts',
        () => ({
          username: 'desk.nowhere',
          password: 'desk-nowhere-1',
          role: 'organiser',
          regionCode: '990000',
        }),
      ],
    ])('%s: 400 VALIDATION_FAILED naming regionCode, nothing written', async (_name, path, body) => {
      const before = await headPosition(t);
      const response = await admin.post(path, body());
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.body.errors).toEqual([
        {
          field: 'regionCode',
          message: expect.stringContaining('must be the code of a province, city or county of GB/T 2260'),
        },
      ]);
      expect(await headPosition(t)).toBe(before);
    });

    it('the same body with the real code of the county is accepted', async () => {
      expect((await admin.post('/api/v1/stations', stationBody())).status).toBe(201);
    });
  });
});
