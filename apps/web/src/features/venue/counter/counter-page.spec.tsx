import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { installFetch, jsonResponse, on, problemResponse } from '../../../../test/fake-fetch';
import type { CodeLookup, Redemption } from '../venue-api';
import { CounterPage } from './counter-page';

const user = userEvent.setup({ delay: null });

const CODE = '4831920571938264';
const BENEFIT = 'ben-000000000000000000000001';

const LOOKUP: CodeLookup = {
  volunteer: {
    volunteerId: 'vol-a56d791220e34911afb345ef',
    volunteerNo: '410122-2026-000001',
    nameMasked: '张*明',
    starLevel: 0,
  },
  pointsAvailable: 100,
  codeExpiresAt: '2026-06-01T06:05:00.000Z',
  benefits: [{ benefitId: BENEFIT, title: '科普讲座座位', pointsCost: 50, stockLeft: 9, eligible: true }],
};

const HELD: Redemption = {
  id: 'red-c4ca4238a0b923820dcc509a',
  status: 'held',
  benefitId: BENEFIT,
  partnerId: 'ptn-60618c108a31de324817c072',
  volunteerId: 'vol-a56d791220e34911afb345ef',
  points: 50,
  via: 'partner-code',
  requestedAt: '2026-06-01T06:01:00.000Z',
  expiresAt: '2026-06-01T06:31:00.000Z',
};

const bodyOf = (init: RequestInit) => JSON.parse(String(init.body)) as Record<string, unknown>;
const keyOf = (init: RequestInit) => (init.headers as Record<string, string>)['Idempotency-Key'];

function renderCounter() {
  render(
    <App>
      <CounterPage />
    </App>,
  );
}

async function lookUp(typed: string) {
  await user.type(screen.getByTestId('volunteer-code-input'), typed);
  await user.click(screen.getByRole('button', { name: '查询' }));
}

describe('the redemption counter', () => {
  beforeAll(() => {
    let n = 0;
    Object.defineProperty(globalThis, 'crypto', {
      configurable: true,
      value: { randomUUID: () => `attempt-${++n}` },
    });
  });

  it('checks the typed code before it asks the server', async () => {
    const fetchSpy = installFetch();
    renderCounter();
    await lookUp('4831 9205 7193');
    expect(await screen.findByText('兑换码应为 16 位数字')).toBeTruthy();
    await user.clear(screen.getByTestId('volunteer-code-input'));
    await lookUp('4831-9205-7193-8264');
    expect(await screen.findByText('兑换码只能包含数字（可含空格）')).toBeTruthy();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('looks the code up without spaces, holds with one key reused on retry, then captures', async () => {
    const holds: RequestInit[] = [];
    const fetchSpy = installFetch(
      on('POST', '/api/v1/redemption-codes/lookup', () => jsonResponse(200, LOOKUP)),
      on('POST', '/api/v1/redemptions', (_, init) => {
        holds.push(init);
        if (holds.length === 1) throw new TypeError('Failed to fetch');
        return jsonResponse(201, HELD);
      }),
      on('POST', `/api/v1/redemptions/${HELD.id}/capture`, () =>
        jsonResponse(200, { ...HELD, status: 'captured' }),
      ),
    );
    renderCounter();
    await lookUp('4831 9205 7193 8264');
    expect(await screen.findByText('张*明')).toBeTruthy();
    const [, lookupInit] = fetchSpy.mock.calls[0] as [string, RequestInit];
    expect(bodyOf(lookupInit)).toEqual({ code: CODE });

    await user.click(screen.getByRole('button', { name: '预留' }));
    expect(await screen.findByText(/不确定是否已预留/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /重\s*试/ }));
    expect(await screen.findByTestId('held-redemption')).toBeTruthy();

    expect(holds).toHaveLength(2);
    expect(bodyOf(holds[0])).toEqual({ benefitId: BENEFIT, volunteerCode: CODE });
    expect(keyOf(holds[0])).toBeTruthy();
    expect(keyOf(holds[1])).toBe(keyOf(holds[0]));

    await user.click(screen.getByRole('button', { name: '核销' }));
    await waitFor(() => expect(screen.getByTestId('held-redemption').textContent).toContain('已核销'));
    expect(screen.getByRole('button', { name: /下一位/ })).toBeTruthy();
  });

  it('says a refusal in words, and a new attempt takes a new key', async () => {
    const holds: RequestInit[] = [];
    installFetch(
      on('POST', '/api/v1/redemption-codes/lookup', () => jsonResponse(200, LOOKUP)),
      on('POST', '/api/v1/redemptions', (_, init) => {
        holds.push(init);
        return holds.length === 1 ? problemResponse(422, 'OUT_OF_STOCK') : jsonResponse(201, HELD);
      }),
    );
    renderCounter();
    await lookUp(CODE);
    await user.click(await screen.findByRole('button', { name: '预留' }));
    expect(await screen.findByText('该权益已兑完。')).toBeTruthy();
    expect(screen.getByText('如需再试，请让志愿者重新生成兑换码。')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '查询' }));
    await user.click(await screen.findByRole('button', { name: '预留' }));
    await screen.findByTestId('held-redemption');
    expect(keyOf(holds[1])).not.toBe(keyOf(holds[0]));
  });
});
