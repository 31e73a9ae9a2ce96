import {
  DeciderRunner,
  ManualClock,
  TimeBankTransferRecovery,
  transferIdFor,
  transferOutContext,
} from '@ledger/application';
import { SYSTEM_ACTOR, volunteerDecider, volunteerStream } from '@ledger/domain';
import type { HttpClient } from '../support/http-client';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';
import { fieldsOf, headPosition } from '../volunteering/support';
import { balanceOf, timeBankCounty } from './time-bank-helpers';

const NOW = new Date('2026-04-01T02:00:00Z');

describe('time bank over real HTTP: withdrawals, family, transfers and their recovery', () => {
  let t: TestApp;
  let county: Awaited<ReturnType<typeof timeBankCounty>>;
  const clock = new ManualClock(NOW);

  beforeAll(async () => {
    t = await startTestApp({}, undefined, clock);
    county = await timeBankCounty(t);
  });
  afterAll(() => t.close());

  const withdraw = (client: HttpClient, volunteerId: string, body: unknown, headers = {}) =>
    client.post(`/api/v1/volunteers/${volunteerId}/time-bank/withdrawals`, body, headers);
  const link = (client: HttpClient, volunteerId: string, body: unknown) =>
    client.post(`/api/v1/volunteers/${volunteerId}/family`, body);
  const transfer = (client: HttpClient, volunteerId: string, body: unknown, headers = {}) =>
    client.post(`/api/v1/volunteers/${volunteerId}/time-bank/transfers`, body, headers);

  describe('withdrawals', () => {
    it('records a service received: the balance drops by its minutes and the history says why', async () => {
      const volunteerId = await county.volunteer();
      await county.deposit(volunteerId, 90);
      const response = await withdraw(county.organiser, volunteerId, {
        minutes: 60,
        description: '居家养老上门服务（本人母亲）',
      });
      expect(response.status).toBe(201);
      expect(response.headers.get('location')).toBe(`/api/v1/volunteers/${volunteerId}/history`);
      expect(response.headers.get('etag')).toMatch(/^"\d+"$/);
      expect(response.body).toEqual({
        id: expect.stringMatching(/^twd-[0-9a-f]{24}$/),
        volunteerId,
        minutes: 60,
        description: '居家养老上门服务（本人母亲）',
        balanceMinutes: 90 - 60,
        withdrawnBy: expect.any(String),
        withdrawnAt: NOW.toISOString(),
      });
      expect(await balanceOf(county, volunteerId)).toBe(90 - 60);
      const [line] = await county.historyOf(volunteerId);
      expect(line).toMatchObject({
        kind: 'time-bank',
        delta: -60,
        balanceAfter: 30,
        reason: 'withdrawn: 居家养老上门服务（本人母亲）',
        source: { type: 'time-bank-withdrawal', id: response.body.id },
      });
    });

    it('never below zero: 422 INSUFFICIENT_TIME_BALANCE, nothing written', async () => {
      const volunteerId = await county.volunteer();
      await county.deposit(volunteerId, 45);
      const before = await headPosition(t);
      const response = await withdraw(county.countyAdmin, volunteerId, { minutes: 46, description: '助餐' });
      expectProblem(response, 422, 'INSUFFICIENT_TIME_BALANCE');
      expect(await headPosition(t)).toBe(before);
      expect(await balanceOf(county, volunteerId)).toBe(45);
      // The whole balance can be used.
      expect(
        (await withdraw(county.countyAdmin, volunteerId, { minutes: 45, description: '助餐' })).status,
      ).toBe(201);
      expect(await balanceOf(county, volunteerId)).toBe(0);
    });

    it('a retry with the same Idempotency-Key withdraws once', async () => {
      const volunteerId = await county.volunteer();
      await county.deposit(volunteerId, 100);
      const key = { 'idempotency-key': `withdraw-${volunteerId}` };
      const first = await withdraw(county.organiser, volunteerId, { minutes: 40, description: '助洁' }, key);
      const again = await withdraw(county.organiser, volunteerId, { minutes: 40, description: '助洁' }, key);
      expect(first.status).toBe(201);
      expect(again.status).toBe(201);
      expect(again.body.id).toBe(first.body.id);
      expect(await balanceOf(county, volunteerId)).toBe(60);
    });

    it('bad input is a 400 naming each field, and writes nothing', async () => {
      const volunteerId = await county.volunteer();
      await county.deposit(volunteerId, 30);
      const before = await headPosition(t);
      const cases: [unknown, string[]][] = [
        [{ minutes: 0, description: '助餐' }, ['minutes']],
        [{ minutes: 1.5, description: '助餐' }, ['minutes']],
        [{ minutes: '10', description: '   ' }, ['description', 'minutes']],
        [{ minutes: 10, description: 'x'.repeat(501) }, ['description']],
        [{ minutes: 10, description: '助餐', extra: true }, ['extra']],
        [{}, ['description', 'minutes']],
      ];
      for (const [body, fields] of cases) {
        const response = await withdraw(county.organiser, volunteerId, body);
        expectProblem(response, 400, 'VALIDATION_FAILED');
        expect(fieldsOf(response)).toEqual(fields);
      }
      expectProblem(
        await withdraw(county.organiser, 'not-a-volunteer', { minutes: 1, description: '助餐' }),
        400,
        'VALIDATION_FAILED',
      );
      expectProblem(
        await withdraw(county.organiser, 'vol-000000000000000000000000', { minutes: 1, description: '助餐' }),
        404,
        'NOT_FOUND',
      );
      expect(await headPosition(t)).toBe(before);
    });

    it('the volunteer does not record its own withdrawal (403)', async () => {
      const volunteerId = await county.volunteer();
      await county.deposit(volunteerId, 30);
      const self = await county.selfOf(volunteerId);
      expectProblem(
        await withdraw(self, volunteerId, { minutes: 10, description: '助餐' }),
        403,
        'FORBIDDEN',
      );
    });
  });

  describe('family links', () => {
    it('the volunteer registers a family member; the link is recorded both ways, with the reverse relation', async () => {
      const volunteerId = await county.volunteer();
      const mother = await county.volunteer();
      const self = await county.selfOf(volunteerId);
      const response = await link(self, volunteerId, { volunteerId: mother, relation: 'parent' });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        volunteerId,
        familyVolunteerId: mother,
        relation: 'parent',
        reverseRelation: 'child',
        linkedBy: expect.any(String),
        linkedAt: NOW.toISOString(),
      });
      // The same link again changes nothing; another relation between the same two is a conflict.
      const before = await headPosition(t);
      expect((await link(self, volunteerId, { volunteerId: mother, relation: 'parent' })).status).toBe(201);
      expect(await headPosition(t)).toBe(before);
      expectProblem(
        await link(county.admin, volunteerId, { volunteerId: mother, relation: 'sibling' }),
        409,
        'CONFLICT',
      );
      expectProblem(await link(county.admin, mother, { volunteerId, relation: 'parent' }), 409, 'CONFLICT');
      expect(await headPosition(t)).toBe(before);
    });

    it('the family member must be a registered volunteer who is not forgotten; nothing is written otherwise', async () => {
      const volunteerId = await county.volunteer();
      const forgotten = await county.volunteer();
      expect(
        (await county.admin.post(`/api/v1/volunteers/${forgotten}/forget`, { reason: '本人申请注销' }))
          .status,
      ).toBe(200);
      const before = await headPosition(t);
      expectProblem(
        await link(county.countyAdmin, volunteerId, {
          volunteerId: 'vol-000000000000000000000000',
          relation: 'spouse',
        }),
        404,
        'NOT_FOUND',
      );
      expectProblem(
        await link(county.countyAdmin, volunteerId, { volunteerId: forgotten, relation: 'spouse' }),
        422,
        'VOLUNTEER_FORGOTTEN',
      );
      expectProblem(
        await link(county.countyAdmin, volunteerId, { volunteerId, relation: 'spouse' }),
        400,
        'VALIDATION_FAILED',
      );
      const bad = await link(county.countyAdmin, volunteerId, { volunteerId: 'vol-1', relation: 'cousin' });
      expectProblem(bad, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(bad)).toEqual(['relation', 'volunteerId']);
      expect(await headPosition(t)).toBe(before);
    });

    it('organisers and other volunteers do not link family (403)', async () => {
      const volunteerId = await county.volunteer();
      const other = await county.volunteer();
      const otherSelf = await county.selfOf(other);
      expectProblem(
        await link(county.organiser, volunteerId, { volunteerId: other, relation: 'sibling' }),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await link(otherSelf, volunteerId, { volunteerId: other, relation: 'sibling' }),
        403,
        'FORBIDDEN',
      );
    });
  });

  describe('transfers to family', () => {
    const family = async (deposited: number) => {
      const giver = await county.volunteer();
      const receiver = await county.volunteer();
      if (deposited > 0) await county.deposit(giver, deposited);
      const self = await county.selfOf(giver);
      expect((await link(self, giver, { volunteerId: receiver, relation: 'spouse' })).status).toBe(201);
      return { giver, receiver, self };
    };

    it('moves minutes from the giver to registered family: out on one stream, in on the other', async () => {
      const { giver, receiver, self } = await family(120);
      const response = await transfer(self, giver, { toVolunteerId: receiver, minutes: 50 });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(/^tbt-[0-9a-f]{24}$/),
        fromVolunteerId: giver,
        toVolunteerId: receiver,
        minutes: 50,
        status: 'completed',
        balanceMinutes: 120 - 50,
        transferredAt: NOW.toISOString(),
      });
      expect(await balanceOf(county, giver)).toBe(70);
      expect(await balanceOf(county, receiver)).toBe(50);
      expect((await county.historyOf(giver))[0]).toMatchObject({
        kind: 'time-bank',
        delta: -50,
        balanceAfter: 70,
        reason: 'given to a family member',
        source: { type: 'time-bank-transfer', id: response.body.id },
      });
      expect((await county.historyOf(receiver))[0]).toMatchObject({
        kind: 'time-bank',
        delta: 50,
        balanceAfter: 50,
        reason: 'received from a family member',
        source: { type: 'time-bank-transfer', id: response.body.id },
      });
      // The link was recorded both ways: the receiver can give back.
      const receiverSelf = await county.selfOf(receiver);
      expect((await transfer(receiverSelf, receiver, { toVolunteerId: giver, minutes: 20 })).status).toBe(
        201,
      );
      expect([await balanceOf(county, giver), await balanceOf(county, receiver)]).toEqual([90, 30]);
    });

    it('only to registered family: 422 NOT_FAMILY, nothing written', async () => {
      const { giver, self } = await family(60);
      const stranger = await county.volunteer();
      const before = await headPosition(t);
      expectProblem(await transfer(self, giver, { toVolunteerId: stranger, minutes: 10 }), 422, 'NOT_FAMILY');
      expectProblem(await transfer(self, giver, { toVolunteerId: giver, minutes: 10 }), 422, 'NOT_FAMILY');
      expect(await headPosition(t)).toBe(before);
      expect(await balanceOf(county, stranger)).toBe(0);
    });

    it('never more than the balance: 422 INSUFFICIENT_TIME_BALANCE, nothing written', async () => {
      const { giver, receiver, self } = await family(30);
      const before = await headPosition(t);
      expectProblem(
        await transfer(self, giver, { toVolunteerId: receiver, minutes: 31 }),
        422,
        'INSUFFICIENT_TIME_BALANCE',
      );
      expect(await headPosition(t)).toBe(before);
      expect([await balanceOf(county, giver), await balanceOf(county, receiver)]).toEqual([30, 0]);
    });

    it('a retry with the same Idempotency-Key never transfers twice', async () => {
      const { giver, receiver, self } = await family(100);
      const key = { 'idempotency-key': `gift-${giver}` };
      const first = await transfer(self, giver, { toVolunteerId: receiver, minutes: 30 }, key);
      const position = await headPosition(t);
      const retries = await Promise.all(
        [1, 2, 3].map(() => transfer(self, giver, { toVolunteerId: receiver, minutes: 30 }, key)),
      );
      expect(first.status).toBe(201);
      for (const retry of retries)
        expect({ status: retry.status, id: retry.body.id }).toEqual({ status: 201, id: first.body.id });
      expect(await headPosition(t)).toBe(position);
      expect([await balanceOf(county, giver), await balanceOf(county, receiver)]).toEqual([70, 30]);
    });

    it('only the volunteer itself gives its minutes (403 for administrators and other volunteers)', async () => {
      const { giver, receiver } = await family(60);
      const other = await county.selfOf(receiver);
      expectProblem(
        await transfer(county.admin, giver, { toVolunteerId: receiver, minutes: 10 }),
        403,
        'FORBIDDEN',
      );
      expectProblem(await transfer(other, giver, { toVolunteerId: receiver, minutes: 10 }), 403, 'FORBIDDEN');
      expect(await balanceOf(county, giver)).toBe(60);
    });

    it('bad input is a 400 naming each field, and writes nothing', async () => {
      const { giver, receiver, self } = await family(60);
      const before = await headPosition(t);
      const cases: [unknown, string[]][] = [
        [{ toVolunteerId: receiver, minutes: 0 }, ['minutes']],
        [{ toVolunteerId: 'someone', minutes: 10 }, ['toVolunteerId']],
        [{ minutes: 10 }, ['toVolunteerId']],
        [{ toVolunteerId: receiver, minutes: 10, note: 'x' }, ['note']],
      ];
      for (const [body, fields] of cases) {
        const response = await transfer(self, giver, body);
        expectProblem(response, 400, 'VALIDATION_FAILED');
        expect(fieldsOf(response)).toEqual(fields);
      }
      expect(await headPosition(t)).toBe(before);
    });

    /** The first step of a transfer alone, as the request makes it, as if the server died right after. */
    const halfTransfer = async (giver: string, receiver: string, minutes: number, requestId: string) => {
      const context = {
        commandId: requestId,
        correlationId: 'test-half-transfer',
        causationId: 'test-half-transfer',
        actor: { ...SYSTEM_ACTOR },
        now: clock.now(),
      };
      const out = transferOutContext(context);
      await t.app.get(DeciderRunner).handle(
        volunteerDecider,
        volunteerStream(giver),
        {
          type: 'TransferTimeBankOut',
          data: {
            volunteerId: giver,
            transferId: transferIdFor(requestId),
            toVolunteerId: receiver,
            minutes,
          },
          metadata: { commandId: out.commandId, now: out.now.toISOString(), actor: out.actor },
        },
        out,
      );
    };

    it('the recovery pass completes a transfer whose second step did not happen, once', async () => {
      const { giver, receiver } = await family(80);
      await halfTransfer(giver, receiver, 25, `half-${giver}`);
      expect([await balanceOf(county, giver), await balanceOf(county, receiver)]).toEqual([55, 0]);

      const recovery = t.app.get(TimeBankTransferRecovery);
      const first = await recovery.run();
      expect(first).toMatchObject({ completed: 1, failed: 0 });
      expect([await balanceOf(county, giver), await balanceOf(county, receiver)]).toEqual([55, 25]);

      const position = await headPosition(t);
      expect(await recovery.run()).toEqual({ found: 0, completed: 0, failed: 0 });
      expect(await headPosition(t)).toBe(position);
      expect([await balanceOf(county, giver), await balanceOf(county, receiver)]).toEqual([55, 25]);
    });
  });
});

describe('time bank: a half-done transfer is finished when the server starts', () => {
  it('restarts on the same data and completes the transfer without a request', async () => {
    const clock = new ManualClock(NOW);
    let t = await startTestApp({}, undefined, clock);
    const county = await timeBankCounty(t);
    const giver = await county.volunteer();
    const receiver = await county.volunteer();
    await county.deposit(giver, 40);
    const self = await county.selfOf(giver);
    expect(
      (await self.post(`/api/v1/volunteers/${giver}/family`, { volunteerId: receiver, relation: 'sibling' }))
        .status,
    ).toBe(201);
    const requestId = `half-at-start-${giver}`;
    const context = {
      commandId: requestId,
      correlationId: 'test',
      causationId: 'test',
      actor: { ...SYSTEM_ACTOR },
      now: clock.now(),
    };
    const out = transferOutContext(context);
    await t.app.get(DeciderRunner).handle(
      volunteerDecider,
      volunteerStream(giver),
      {
        type: 'TransferTimeBankOut',
        data: {
          volunteerId: giver,
          transferId: transferIdFor(requestId),
          toVolunteerId: receiver,
          minutes: 15,
        },
        metadata: { commandId: out.commandId, now: out.now.toISOString(), actor: out.actor },
      },
      out,
    );
    const dataDir = t.dataDir;
    await t.close({ keepData: true });

    t = await startTestApp({}, dataDir, clock);
    try {
      const admin = await t.admin();
      const balance = async (id: string) =>
        (await admin.get(`/api/v1/volunteers/${id}/summary`)).body.timeBank.balanceMinutes as number;
      const deadline = Date.now() + 10_000;
      while ((await balance(receiver)) === 0 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      expect([await balance(giver), await balance(receiver)]).toEqual([25, 15]);
    } finally {
      await t.close();
    }
  });
});
