import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ManualClock } from '@ledger/application';
import { LUOYANG, ZHONGMU } from '../organisation/organisation-helpers';
import type { HttpClient } from '../support/http-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { accountClient, registerVolunteer, volunteerBody } from '../volunteering/support';

const NOW = new Date('2026-06-15T02:00:00Z');

jest.setTimeout(60_000);

interface Item {
  id: string;
  volunteerNo: string;
  name: string;
  idNumberMasked: string | null;
  phoneMasked: string | null;
  status: string;
}

/**
 * GET /volunteers?q= finds a volunteer by a part of its number or by its phone, and each item tells
 * two people of one name apart (number, masked ID number, masked phone). The phone is compared by a
 * keyed hash: the read models never hold it.
 */
describe('volunteer search by number and phone over real HTTP', () => {
  let t: TestApp;
  let organiser: HttpClient;
  const people: { id: string; volunteerNo: string; name: string; idNumber: string; phone: string }[] = [];

  const register = async (name: string, phone: string, regionCode = ZHONGMU) => {
    const body = volunteerBody({ name, phone, regionCode });
    const volunteer = await registerVolunteer(root, body);
    people.push({ ...volunteer, name, idNumber: body.idNumber as string, phone });
  };
  let root: HttpClient;

  beforeAll(async () => {
    t = await startTestApp({}, undefined, new ManualClock(NOW));
    root = await t.admin();
    // One at a time: registrations of a county share its volunteer-number counter.
    await register('张伟', '13812345678');
    await register('张伟', '13987654321');
    await register('李娜', '13700001111');
    await register('王强', '13600002222', LUOYANG);
    organiser = (await accountClient(t, root, 'organiser', ZHONGMU)).client;
  });
  afterAll(() => t.close());

  const search = async (q: string, client = organiser) => {
    const response = await client.get(`/api/v1/volunteers?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    return response.body as { total: number; items: Item[] };
  };

  it('two people of one name are told apart by number, masked ID number and masked phone', async () => {
    const { items } = await search('张伟');
    const [first, second] = people;
    expect(items).toEqual([
      {
        id: first.id,
        volunteerNo: first.volunteerNo,
        name: '张伟',
        idNumberMasked: `${first.idNumber.slice(0, 4)}**********${first.idNumber.slice(-4)}`,
        phoneMasked: '138****5678',
        regionCode: ZHONGMU,
        status: 'active',
        confirmedMinutes: 0,
        starLevel: 0,
        registeredAt: NOW.toISOString(),
      },
      expect.objectContaining({
        id: second.id,
        volunteerNo: second.volunteerNo,
        name: '张伟',
        idNumberMasked: `${second.idNumber.slice(0, 4)}**********${second.idNumber.slice(-4)}`,
        phoneMasked: '139****4321',
      }),
    ]);
    expect(first.volunteerNo).not.toBe(second.volunteerNo);
    // Never the numbers themselves.
    const text = JSON.stringify(await search('张'));
    for (const person of people) {
      expect(text).not.toContain(person.idNumber);
      expect(text).not.toContain(person.phone);
    }
  });

  it('a part of the volunteer number finds it: its sequence, or year and the start of the sequence', async () => {
    const [first, second, third] = people;
    const sequence = third.volunteerNo.slice(-6);
    expect((await search(sequence)).items.map((v) => v.id)).toEqual([third.id]);
    expect((await search(third.volunteerNo.slice(-3))).items.map((v) => v.id)).toEqual([third.id]);
    const yearAndStart = third.volunteerNo.slice(7, 16); // 2026-0000
    expect((await search(yearAndStart)).items.map((v) => v.id)).toEqual([first.id, second.id, third.id]);
    // Only in the caller's region: 洛阳's volunteer is not found from 中牟 by its sequence.
    const luoyang = people[3];
    expect((await search(luoyang.volunteerNo)).total).toBe(0);
    expect((await search(luoyang.volunteerNo, root)).items.map((v) => v.id)).toEqual([luoyang.id]);
  });

  it('a phone number finds its volunteer, typed with +86, spaces or hyphens too', async () => {
    const second = people[1];
    for (const q of ['13987654321', '+86 139 8765 4321', '139-8765-4321', '0086 13987654321']) {
      expect((await search(q)).items.map((v) => v.id)).toEqual([second.id]);
    }
    // A number nobody registered finds nobody; a part of a phone is no phone search.
    expect((await search('13900000000')).total).toBe(0);
    expect((await search('8765 4321')).total).toBe(0);
    // The phone of a volunteer of another region is not found from 中牟.
    expect((await search('13600002222')).total).toBe(0);
  });

  it('a forgotten volunteer is no longer found by its phone, and shows no masked forms', async () => {
    await register('赵敏', '13511112222');
    const forgotten = people[people.length - 1];
    expect((await search('13511112222')).items.map((v) => v.id)).toEqual([forgotten.id]);
    const response = await root.post(`/api/v1/volunteers/${forgotten.id}/forget`, { reason: '本人申请注销' });
    expect(response.status).toBe(200);
    expect((await search('13511112222')).total).toBe(0);
    expect((await search(forgotten.volunteerNo)).items).toEqual([
      expect.objectContaining({ name: '已注销', idNumberMasked: null, phoneMasked: null }),
    ]);
  });

  it('the read models hold no phone and no ID number: not in any table, not in the files', async () => {
    const file = join(t.dataDir, 'readmodels.sqlite');
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
        name: string;
      }[];
      expect(tables.map((table) => table.name)).toContain('volunteers');
      for (const { name } of tables) {
        const text = JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).all());
        for (const person of people) {
          expect(text).not.toContain(person.phone);
          expect(text).not.toContain(person.phone.slice(-8));
          expect(text).not.toContain(person.idNumber);
        }
      }
    } finally {
      db.close();
    }
    // The database and its write-ahead log, byte for byte.
    const files = readdirSync(t.dataDir).filter((f) => f.startsWith('readmodels.sqlite'));
    expect(files).toContain('readmodels.sqlite');
    for (const f of files) {
      const bytes = readFileSync(join(t.dataDir, f)).toString('latin1');
      for (const person of people) {
        expect(bytes).not.toContain(person.phone);
        expect(bytes).not.toContain(person.idNumber);
      }
    }
  });
});
