import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

/** docs/architecture.md: a JSON body may nest objects and arrays at most 32 levels deep. */
const LIMIT = 32;

/** `{"a":{"a":…{"a":1}…}}`, `levels` objects deep. */
const nestedObjects = (levels: number): string => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
/** `[[…[1]…]]`, `levels` arrays deep. */
const nestedArrays = (levels: number): string => '['.repeat(levels) + '1' + ']'.repeat(levels);

describe('JSON bodies nested too deep', () => {
  let t: TestApp;
  let admin: HttpClient;

  const head = async (): Promise<number> => (await t.http.get('/health')).body.eventLog.position;
  const volunteerCount = async (): Promise<number> => {
    const response = await admin.get('/api/v1/volunteers');
    expect(response.status).toBe(200);
    return response.body.items.length;
  };

  beforeAll(async () => {
    t = await startTestApp({ LEDGER_PUBLIC_RATE_LIMIT: '1000' });
    admin = await t.admin();
  });
  afterAll(() => t.close());

  it('a body 10,000 objects deep on the public sign-in is 400 VALIDATION_FAILED, not a 500', async () => {
    const before = await head();
    const body = `{"username":"admin","password":${nestedObjects(10_000)}}`;
    expect(body.length).toBeGreaterThan(60_000);
    const response = await t.http.raw('POST', '/api/v1/auth/token', body);
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(response.body.detail).toBe(`the JSON body nests deeper than ${LIMIT} levels`);
    expect(response.body.errors).toEqual([{ field: 'body', message: `nests deeper than ${LIMIT} levels` }]);
    expect(await head()).toBe(before);
  });

  it('a body 10,000 arrays deep is refused the same way, on a public route and a signed-in one', async () => {
    const before = await head();
    const signIn = await t.http.raw('POST', '/api/v1/auth/token', nestedArrays(10_000));
    expectProblem(signIn, 400, 'VALIDATION_FAILED');
    expect(signIn.body.detail).toBe(`the JSON body nests deeper than ${LIMIT} levels`);
    const register = await admin.raw('POST', '/api/v1/volunteers', `{"name":${nestedArrays(10_000)}}`);
    expectProblem(register, 400, 'VALIDATION_FAILED');
    expect(register.body.detail).toBe(`the JSON body nests deeper than ${LIMIT} levels`);
    expect(await head()).toBe(before);
  });

  it('registering a volunteer with a deep body writes nothing', async () => {
    const before = await head();
    const volunteers = await volunteerCount();
    const body = JSON.stringify({
      name: '李华',
      idType: 'resident-id',
      idNumber: '11010519491231002X',
      phone: '13912345678',
      regionCode: '410122',
      consent: true,
    }).replace('"consent":true', `"consent":true,"extra":${nestedObjects(10_000)}`);
    const response = await admin.raw('POST', '/api/v1/volunteers', body);
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(response.body.detail).toBe(`the JSON body nests deeper than ${LIMIT} levels`);
    expect(await head()).toBe(before);
    expect(await volunteerCount()).toBe(volunteers);
  });

  it('a body nested the most a body may be is read and validated as usual; one more level is refused', async () => {
    // The body object itself is the first level.
    const atLimit = `{"username":"admin","password":${nestedObjects(LIMIT - 1)}}`;
    const validated = await t.http.raw('POST', '/api/v1/auth/token', atLimit);
    expectProblem(validated, 400, 'VALIDATION_FAILED');
    expect(validated.body.errors).toContainEqual({ field: 'password', message: expect.any(String) });

    const overLimit = `{"username":"admin","password":${nestedObjects(LIMIT)}}`;
    const refused = await t.http.raw('POST', '/api/v1/auth/token', overLimit);
    expectProblem(refused, 400, 'VALIDATION_FAILED');
    expect(refused.body.detail).toBe(`the JSON body nests deeper than ${LIMIT} levels`);
  });

  it('brackets and braces inside strings do not count as nesting', async () => {
    // 120 brackets and braces, after an escaped quote and before an escaped backslash: as text of
    // a string they nest nothing, so this is an ordinary wrong password.
    const response = await t.http.post('/api/v1/auth/token', {
      username: 'admin',
      password: '"' + '[{'.repeat(60) + '\\',
    });
    expectProblem(response, 401, 'UNAUTHENTICATED');
  });

  it('legitimately nested bodies still work: a team with its institution', async () => {
    const before = await head();
    const response = await admin.post('/api/v1/teams', {
      name: '郑州大学科技志愿服务队',
      regionCode: '410122',
      institution: { kind: 'university', name: '郑州大学' },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ institution: { kind: 'university', name: '郑州大学' } });
    expect(await head()).toBe(before + 1);
  });
});
