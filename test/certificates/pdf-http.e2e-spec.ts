import { ManualClock } from '@ledger/application';
import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { ADMIN_PASSWORD, startTestApp, type TestApp } from '../support/test-app';
import { accountClient, registerVolunteer, scheduleActivity, session } from '../volunteering/support';
import { decodeQr, fonts, pageCount, rasterize, requirePoppler, text, writePdf } from './pdf-poppler';

const SLOTS = ['08:00', '10:00', '13:00', '15:30'];

describe('GET /certificates/{id}/pdf over real HTTP', () => {
  let t: TestApp;
  let admin: HttpClient;
  let countyAdmin: HttpClient;
  let organiser: HttpClient;
  let token: string;
  const clock = new ManualClock(new Date('2026-03-10T04:00:00Z'));

  /** The PDF as bytes: the test client reads text, which would mangle them. */
  const fetchPdf = async (path: string, bearer: string | null = token) => {
    const response = await fetch(t.http.baseUrl + path, {
      headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
    });
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  };

  beforeAll(async () => {
    requirePoppler();
    t = await startTestApp({ LEDGER_PUBLIC_URL: 'https://ledger.example.cn' }, undefined, clock);
    admin = await t.admin();
    const signIn = await t.http.post('/api/v1/auth/token', { username: 'admin', password: ADMIN_PASSWORD });
    token = signIn.body.accessToken;
    countyAdmin = (await accountClient(t, admin, 'admin', '410122')).client;
    organiser = (await accountClient(t, admin, 'organiser', '410122')).client;
    const issuer = await admin.post('/api/v1/issuers', {
      name: '郑州市科学技术协会',
      regionCode: '410100',
      personInCharge: '张主任',
      handler: '李经办',
      contact: '0371-12345678',
    });
    expect(issuer.status).toBe(201);
  });
  afterAll(() => t?.close());

  /** A volunteer with `count` confirmed records, four a day from 1 March, of 50 to 110 minutes. */
  async function volunteerWithRecords(count: number) {
    const { activityId } = await scheduleActivity(t, { regionCode: '410122', title: '科技馆科普讲解' });
    const volunteer = await registerVolunteer(admin, { regionCode: '410122' });
    const minutes: number[] = [];
    for (let i = 0; i < count; i++) {
      const date = `2026-03-0${1 + Math.floor(i / SLOTS.length)}`;
      const length = 50 + ((i * 17) % 61);
      minutes.push(length);
      const recorded = await organiser.post('/api/v1/service-records', {
        volunteerId: volunteer.id,
        activityId,
        ...session(SLOTS[i % SLOTS.length]!, length, date),
        content: '展厅讲解与观众引导',
      });
      if (recorded.status !== 201) throw new Error(`${recorded.status} ${JSON.stringify(recorded.body)}`);
      const confirmed = await countyAdmin.post(`/api/v1/service-records/${recorded.body.id}/confirm`);
      if (confirmed.status !== 200) throw new Error(`${confirmed.status} ${JSON.stringify(confirmed.body)}`);
    }
    return { volunteer, minutes };
  }

  it('renders the issued certificate: a PDF named after its number whose QR code gives the verifyUrl', async () => {
    const { volunteer, minutes } = await volunteerWithRecords(32);
    const issued = await countyAdmin.post('/api/v1/certificates', {
      volunteerId: volunteer.id,
      from: '2026-03-01',
      to: '2026-03-09',
      purpose: '求职',
    });
    expect(issued.status).toBe(201);
    const certificate = issued.body;
    expect(certificate.totals.minutes).toBe(minutes.reduce((a, b) => a + b, 0));

    const { response, bytes } = await fetchPdf(`/api/v1/certificates/${certificate.id}/pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `inline; filename="certificate-${certificate.number}.pdf"`,
    );
    expect(response.headers.get('etag')).toMatch(/^"\d+"$/);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const file = writePdf(bytes, 'http');
    expect(pageCount(file)).toBeGreaterThanOrEqual(2);
    const pages = rasterize(file, 150);
    expect(decodeQr(pages.at(-1)!)).toBe(certificate.verifyUrl);
    expect(certificate.verifyUrl).toBe(`https://ledger.example.cn/api/v1/verify/${certificate.number}`);
    expect(fonts(file).every((font) => font.embedded && font.subset)).toBe(true);

    const words = text(file).replace(/\s+/g, '');
    for (const field of [
      certificate.volunteer.name,
      certificate.volunteer.idNumberMasked,
      certificate.volunteer.volunteerNo,
      certificate.number,
      certificate.issuer.name,
      certificate.issuer.personInCharge,
      certificate.issuer.handler,
      certificate.issuer.contact,
      '求职',
      `${certificate.totals.records}条记录`,
    ]) {
      expect(words).toContain(String(field).replace(/\s+/g, ''));
    }
    for (const record of certificate.records) expect(words).toContain(record.date);
  });

  it('with no period asked for, prints the first day of service as its start, not 2000', async () => {
    const { volunteer } = await volunteerWithRecords(1);
    const issued = await countyAdmin.post('/api/v1/certificates', { volunteerId: volunteer.id });
    expect(issued.status).toBe(201);
    expect(issued.body.period).toEqual({ from: '2026-03-01', to: '2026-03-10' });
    const { bytes } = await fetchPdf(`/api/v1/certificates/${issued.body.id}/pdf`);
    const words = text(writePdf(bytes, 'first-day')).replace(/\s+/g, '');
    expect(words).toContain('于2026年3月1日至2026年3月10日期间，经确认参加志愿服务1次');
    expect(words).not.toContain('2000年');
  });

  it('a certificate of a few records is one page: the issuer block and the QR code are on page 1, the period from the first day served', async () => {
    const { volunteer } = await volunteerWithRecords(3);
    const issued = await countyAdmin.post('/api/v1/certificates', { volunteerId: volunteer.id });
    expect(issued.status).toBe(201);
    const certificate = issued.body;
    const { bytes } = await fetchPdf(`/api/v1/certificates/${certificate.id}/pdf`);
    const file = writePdf(bytes, 'few-records');
    expect(pageCount(file)).toBe(1);
    const first = text(file, 1).replace(/\s+/g, '');
    for (const words of [
      '出具单位：',
      certificate.issuer.name,
      `负责人：${certificate.issuer.personInCharge}`,
      `经办人：${certificate.issuer.handler}`,
      `联系方式：${certificate.issuer.contact}`,
      '（盖章）',
      '扫码核验本证明',
      certificate.verifyUrl,
      // The period starts on the first day served (1 March), never 2000-01-01.
      '服务期间2026-03-01至2026-03-10',
    ]) {
      expect(first).toContain(words.replace(/\s+/g, ''));
    }
    expect(first).not.toContain('2000');
    const [page1] = rasterize(file, 150, 1);
    expect(decodeQr(page1!)).toBe(certificate.verifyUrl);
  });

  it('says there is no confirmed service when there is none', async () => {
    const volunteer = await registerVolunteer(admin, { regionCode: '410122' });
    const issued = await countyAdmin.post('/api/v1/certificates', { volunteerId: volunteer.id });
    expect(issued.status).toBe(201);
    expect(issued.body.period).toEqual({ from: '2026-03-10', to: '2026-03-10' });
    const { bytes } = await fetchPdf(`/api/v1/certificates/${issued.body.id}/pdf`);
    const words = text(writePdf(bytes, 'no-service')).replace(/\s+/g, '');
    expect(words).toContain('于2026年3月10日至2026年3月10日期间，无经确认的志愿服务记录；');
    expect(words).toContain('本期间无经确认的志愿服务记录。');
  });

  it('marks a revoked certificate in its PDF', async () => {
    const { volunteer } = await volunteerWithRecords(1);
    const issued = await countyAdmin.post('/api/v1/certificates', { volunteerId: volunteer.id });
    expect(issued.status).toBe(201);
    const revoked = await countyAdmin.post(`/api/v1/certificates/${issued.body.id}/revoke`, {
      reason: '信息有误',
    });
    expect(revoked.status).toBe(200);
    const { response, bytes } = await fetchPdf(`/api/v1/certificates/${issued.body.id}/pdf`);
    expect(response.status).toBe(200);
    expect(text(writePdf(bytes, 'revoked')).replace(/\s+/g, '')).toContain('撤销：信息有误');
  });

  it('answers problems, not PDFs, for a malformed id, an unknown certificate and a caller without a token', async () => {
    expectProblem(await admin.get('/api/v1/certificates/not-an-id/pdf'), 400, 'VALIDATION_FAILED');
    expectProblem(await admin.get(`/api/v1/certificates/crt-${'0'.repeat(24)}/pdf`), 404, 'NOT_FOUND');
    const anonymous = await fetchPdf(`/api/v1/certificates/crt-${'0'.repeat(24)}/pdf`, null);
    expect(anonymous.response.status).toBe(401);
  });
});
