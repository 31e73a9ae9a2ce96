import { ManualClock } from '@ledger/application';
import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';
import { fieldsOf, headPosition, registerVolunteer } from '../volunteering/support';
import { timeBankCounty } from './time-bank-helpers';

const NOW = new Date('2026-04-01T02:00:00Z');

jest.setTimeout(60_000);

/**
 * POST /volunteers/{id}/family by the family member's volunteer number and name, the way a volunteer
 * knows its family (never an internal id): the name must match, and a refusal never tells the name.
 */
describe('family links by volunteer number and name over real HTTP', () => {
  let t: TestApp;
  let county: Awaited<ReturnType<typeof timeBankCounty>>;

  beforeAll(async () => {
    t = await startTestApp({}, undefined, new ManualClock(NOW));
    county = await timeBankCounty(t);
  });
  afterAll(() => t.close());

  const link = (client: HttpClient, volunteerId: string, body: unknown) =>
    client.post(`/api/v1/volunteers/${volunteerId}/family`, body);
  const person = async (name: string) => registerVolunteer(county.admin, { regionCode: '410122', name });

  it('links the volunteer of the number when the name matches (spaces around it aside)', async () => {
    const self = await person('王建国');
    const mother = await person('刘桂兰');
    const client = await county.selfOf(self.id);
    const response = await link(client, self.id, {
      volunteerNo: mother.volunteerNo,
      name: ' 刘桂兰 ',
      relation: 'parent',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      volunteerId: self.id,
      familyVolunteerId: mother.id,
      relation: 'parent',
      reverseRelation: 'child',
    });
    const family = await client.get(`/api/v1/volunteers/${self.id}/family`);
    expect(family.body.items).toEqual([
      expect.objectContaining({ volunteerId: mother.id, volunteerNo: mother.volunteerNo, name: '刘桂兰' }),
    ]);
  });

  it('a name that is not the number’s: 422 FAMILY_NAME_MISMATCH, the real name untold, nothing written', async () => {
    const self = await person('陈志强');
    const other = await person('周美玲');
    const client = await county.selfOf(self.id);
    const before = await headPosition(t);
    const response = await link(client, self.id, {
      volunteerNo: other.volunteerNo,
      name: '周美',
      relation: 'spouse',
    });
    expectProblem(response, 422, 'FAMILY_NAME_MISMATCH');
    expect(JSON.stringify(response.body)).not.toContain('周美玲');
    expect(JSON.stringify(response.body)).not.toContain(other.id);
    expect(await headPosition(t)).toBe(before);
    expect((await client.get(`/api/v1/volunteers/${self.id}/family`)).body.items).toEqual([]);
    // The name is checked with an id too.
    expectProblem(
      await link(county.admin, self.id, { volunteerId: other.id, name: '李四', relation: 'spouse' }),
      422,
      'FAMILY_NAME_MISMATCH',
    );
  });

  it('a number no volunteer has: 422 UNKNOWN_VOLUNTEER_NO, nothing written', async () => {
    const self = await person('孙丽');
    const client = await county.selfOf(self.id);
    const before = await headPosition(t);
    expectProblem(
      await link(client, self.id, { volunteerNo: '410122-2026-999999', name: '孙明', relation: 'sibling' }),
      422,
      'UNKNOWN_VOLUNTEER_NO',
    );
    expect(await headPosition(t)).toBe(before);
  });

  it('a malformed number, a number without a name, or both a number and an id: 400', async () => {
    const self = await person('吴刚');
    const other = await person('吴敏');
    const client = await county.selfOf(self.id);
    const cases: [unknown, string[]][] = [
      [{ volunteerNo: '000123', name: '吴敏', relation: 'sibling' }, ['volunteerNo']],
      [{ volunteerNo: other.volunteerNo, relation: 'sibling' }, ['name']],
      [{ volunteerNo: other.volunteerNo, name: '  ', relation: 'sibling' }, ['name']],
      [{ relation: 'sibling' }, ['volunteerId']],
    ];
    for (const [body, fields] of cases) {
      const response = await link(client, self.id, body);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(response)).toEqual(fields);
    }
    expectProblem(
      await link(client, self.id, {
        volunteerId: other.id,
        volunteerNo: other.volunteerNo,
        name: '吴敏',
        relation: 'sibling',
      }),
      400,
      'VALIDATION_FAILED',
    );
    // The volunteer's own number is no family member.
    const me = (await county.admin.get(`/api/v1/volunteers/${self.id}`)).body.volunteerNo as string;
    expectProblem(
      await link(client, self.id, { volunteerNo: me, name: '吴刚', relation: 'sibling' }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('a forgotten volunteer’s number links nothing (422 VOLUNTEER_FORGOTTEN)', async () => {
    const self = await person('郑华');
    const gone = await person('郑云');
    expect(
      (await county.admin.post(`/api/v1/volunteers/${gone.id}/forget`, { reason: '本人申请注销' })).status,
    ).toBe(200);
    const client = await county.selfOf(self.id);
    expectProblem(
      await link(client, self.id, { volunteerNo: gone.volunteerNo, name: '郑云', relation: 'sibling' }),
      422,
      'VOLUNTEER_FORGOTTEN',
    );
  });
});
