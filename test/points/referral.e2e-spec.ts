import { ManualClock } from '@ledger/application';
import { CURRENT_POINTS_RULES } from '@ledger/domain';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';
import { fieldsOf, headPosition, registerVolunteer, volunteerBody } from '../volunteering/support';

const NOW = new Date('2026-04-01T02:00:00Z');
const BONUS = CURRENT_POINTS_RULES.bonuses.referral;

describe('referral bonus: registering a referred volunteer earns the referrer its bonus', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({}, undefined, new ManualClock(NOW));
  });
  afterAll(() => t.close());

  const summaryOf = async (id: string) =>
    (await (await t.admin()).get(`/api/v1/volunteers/${id}/summary`)).body;

  it('earns the bonus of the points rules on the referrer’s stream, naming the new volunteer', async () => {
    const admin = await t.admin();
    const referrer = (await registerVolunteer(admin)).id;
    const response = await admin.post(
      '/api/v1/volunteers',
      volunteerBody({ referredByVolunteerId: referrer }),
    );
    expect(response.status).toBe(201);
    const referred = response.body.id as string;
    expect((await summaryOf(referrer)).points).toEqual({
      available: BONUS,
      held: 0,
      earned: BONUS,
      clawedBack: 0,
      spent: 0,
      expired: 0,
      // Points last until the end of the second calendar year after they were earned.
      expiring: [{ expiresOn: expect.stringMatching(/^\d{4}-12-31$/), points: BONUS }],
    });
    expect((await summaryOf(referred)).points.earned).toBe(0);
    const [line] = (await admin.get(`/api/v1/volunteers/${referrer}/history`)).body.items;
    expect(line).toMatchObject({
      kind: 'points',
      delta: BONUS,
      balanceAfter: BONUS,
      reason: `bonus for a referral (rules ${CURRENT_POINTS_RULES.version})`,
      source: { type: 'referral', id: referred },
    });
  });

  it('a retried registration (same Idempotency-Key) registers once and earns the bonus once', async () => {
    const admin = await t.admin();
    const referrer = (await registerVolunteer(admin)).id;
    const body = volunteerBody({ referredByVolunteerId: referrer });
    const key = { 'idempotency-key': `referral-${referrer}` };
    const first = await admin.post('/api/v1/volunteers', body, key);
    const position = await headPosition(t);
    const again = await admin.post('/api/v1/volunteers', body, key);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body.id).toBe(first.body.id);
    expect(await headPosition(t)).toBe(position);
    expect((await summaryOf(referrer)).points.earned).toBe(BONUS);
  });

  it('each referred volunteer earns its own bonus', async () => {
    const admin = await t.admin();
    const referrer = (await registerVolunteer(admin)).id;
    await registerVolunteer(admin, { referredByVolunteerId: referrer });
    await registerVolunteer(admin, { referredByVolunteerId: referrer });
    expect((await summaryOf(referrer)).points.earned).toBe(2 * BONUS);
  });

  it('a bad referrer registers nothing: malformed 400, unknown 404, forgotten 422 VOLUNTEER_FORGOTTEN', async () => {
    const admin = await t.admin();
    const forgotten = (await registerVolunteer(admin)).id;
    expect(
      (await admin.post(`/api/v1/volunteers/${forgotten}/forget`, { reason: '本人申请注销' })).status,
    ).toBe(200);
    const body = volunteerBody();
    const before = await headPosition(t);

    const malformed = await admin.post('/api/v1/volunteers', { ...body, referredByVolunteerId: 'friend' });
    expectProblem(malformed, 400, 'VALIDATION_FAILED');
    expect(fieldsOf(malformed)).toEqual(['referredByVolunteerId']);
    expectProblem(
      await admin.post('/api/v1/volunteers', {
        ...body,
        referredByVolunteerId: 'vol-000000000000000000000000',
      }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await admin.post('/api/v1/volunteers', { ...body, referredByVolunteerId: forgotten }),
      422,
      'VOLUNTEER_FORGOTTEN',
    );
    expect(await headPosition(t)).toBe(before);
    // The same person registers afterwards: nothing of the refused attempts holds its identity.
    expect((await admin.post('/api/v1/volunteers', body)).status).toBe(201);
  });
});
