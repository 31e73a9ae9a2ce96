import { screen } from '@testing-library/react';
import { installFetch, jsonResponse, on } from '../../../../test/fake-fetch';
import { renderSignedIn, signedInAs } from '../../admin/workflows/testing/render-signed-in';
import { HomePage } from './home-page';
import type { JudgedSummary } from './star-rule-set';

const ID = 'vol-a56d791220e34911afb345ef';
const VOLUNTEER = {
  accountId: 'acc-1',
  username: 'volunteer.demo',
  role: 'volunteer' as const,
  regionCode: '410122',
  volunteerId: ID,
};

const base: JudgedSummary = {
  volunteerId: ID,
  // 8 000 minutes in all (133 h 20 min), 3 300 of them this year (55 h).
  confirmedMinutes: 8000,
  pendingMinutes: 0,
  starLevel: 0,
  qualifiedStarLevel: 1,
  points: { available: 0, held: 0, earned: 0, clawedBack: 0, spent: 0, expired: 0, expiring: [] },
  timeBank: { balanceMinutes: 0 },
};

function renderHome(summary: JudgedSummary) {
  installFetch(
    signedInAs(VOLUNTEER),
    on('GET', `/api/v1/volunteers/${ID}/summary`, () => jsonResponse(200, summary)),
    on('GET', `/api/v1/volunteers/${ID}/monthly-hours`, () =>
      jsonResponse(200, { volunteerId: ID, months: [] }),
    ),
  );
  renderSignedIn(<HomePage />);
}

describe('the volunteer’s home: the star under the rule set that will judge it', () => {
  beforeEach(() => sessionStorage.clear());

  it('names the region’s rule set and counts the hours as its round will', async () => {
    renderHome({
      ...base,
      qualifiedStarLevel: 1,
      starRuleSet: {
        id: 'srs-0123456789abcdef01234567',
        name: '郑州市星级规则',
        thresholdsHours: [50, 150, 300, 600, 1000],
        window: 'calendar-year',
        roundId: 'srd-0123456789abcdef01234567',
        qualifyingMinutes: 3300,
      },
    });
    expect((await screen.findByTestId('qualified-star')).textContent).toBe(
      '按《郑州市星级规则》可认定：1 星',
    );
    // 55 h this year against 150 h for 2★: 95 h to go — not the national 300 h against all 133 h 20 min.
    expect(screen.getByTestId('next-star').textContent).toBe('距 2 星（本年度 150 小时）还需 95 小时');
    expect(screen.getByTestId('star-rule-set').textContent).toBe(
      '所在地区的星级评定采用《郑州市星级规则》，以上按此规则计算。',
    );
  });

  it('says when no round has come yet and the national set applies', async () => {
    renderHome({
      ...base,
      starRuleSet: {
        id: 'national',
        name: '全国星级志愿者认定标准',
        thresholdsHours: [100, 300, 600, 1000, 1500],
        window: 'cumulative',
        roundId: null,
        qualifyingMinutes: 8000,
      },
    });
    expect((await screen.findByTestId('qualified-star')).textContent).toBe(
      '按《全国星级志愿者认定标准》可认定：1 星',
    );
    expect(screen.getByTestId('next-star').textContent).toContain('距 2 星（累计 300 小时）');
    expect(screen.getByTestId('star-rule-set').textContent).toBe(
      '所在地区尚未开展星级评定，以上按《全国星级志愿者认定标准》计算。',
    );
  });
});
