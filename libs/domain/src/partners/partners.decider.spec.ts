import type { Actor, CommandMetadata } from '../decider';
import { DeciderSpecification } from '../testing/decider-specification';
import { benefitDecider } from './benefit.decider';
import type { BenefitCommand } from './partner.commands';
import { partnerDecider } from './partner.decider';
import type { BenefitEvent, BenefitOffered } from './partner.events';
import { redemptionCodeDecider } from './redemption-code.decider';
import type { RedemptionCodeIssued, RedemptionRequested } from './redemption.events';
import type { RedemptionCommand } from './redemption.commands';
import { redemptionDecider } from './redemption.decider';

const NOW = '2026-06-01T10:00:00.000+08:00';
const admin: Actor = { accountId: 'acc-admin', role: 'admin', regionCode: '410100' };
const venue: Actor = { accountId: 'acc-venue', role: 'partner', regionCode: '410122', partnerId: 'ptn-1' };
const meta = (actor: Actor = admin, now = NOW): CommandMetadata => ({ commandId: 'cmd', now, actor });

const offered = (data: Partial<BenefitOffered['data']> = {}): BenefitOffered => ({
  type: 'BenefitOffered',
  data: {
    benefitId: 'ben-1',
    partnerId: 'ptn-1',
    regionCode: '410122',
    title: '科技馆年卡',
    pointsCost: 100,
    minStarLevel: 0,
    stock: 2,
    perVolunteerLimit: 1,
    validFrom: '2026-05-01',
    validTo: '2026-12-31',
    offeredBy: admin.accountId,
    offeredAt: NOW,
    ...data,
  },
});

const holdUnit = (redemptionId: string, volunteerId = 'vol-1', now = NOW): BenefitCommand => ({
  type: 'HoldBenefitUnit',
  data: { benefitId: 'ben-1', redemptionId, volunteerId, expiresAt: '2026-06-01T10:30:00.000+08:00' },
  metadata: meta(venue, now),
});
const unitHeld = (redemptionId: string, volunteerId = 'vol-1'): BenefitEvent => ({
  type: 'BenefitUnitHeld',
  data: {
    benefitId: 'ben-1',
    redemptionId,
    volunteerId,
    heldAt: NOW,
    expiresAt: '2026-06-01T10:30:00.000+08:00',
  },
});

describe('partners', () => {
  const spec = DeciderSpecification.for(partnerDecider);
  const register = (data: Partial<{ name: string; regionCode: string; venueType: string }> = {}) => ({
    type: 'RegisterPartner' as const,
    data: {
      partnerId: 'ptn-1',
      name: '郑州科学技术馆',
      regionCode: '410100',
      venueType: 'science-museum',
      ...data,
    },
    metadata: meta(),
  });

  it('registers a partner venue with who registered it', () => {
    spec
      .given([])
      .when(register())
      .then([
        {
          type: 'PartnerRegistered',
          data: {
            partnerId: 'ptn-1',
            name: '郑州科学技术馆',
            regionCode: '410100',
            venueType: 'science-museum',
            registeredBy: admin.accountId,
            registeredAt: NOW,
          },
        },
      ]);
  });

  it('refuses a bad venue type, a bad region, an empty name, and a second registration', () => {
    spec
      .given([])
      .when(register({ venueType: 'casino' }))
      .thenThrows('VALIDATION_FAILED');
    spec
      .given([])
      .when(register({ regionCode: '999999' }))
      .thenThrows('VALIDATION_FAILED');
    spec
      .given([])
      .when(register({ name: '  ' }))
      .thenThrows('VALIDATION_FAILED');
    spec
      .given(partnerDecider.decide(register(), partnerDecider.initialState()))
      .when(register())
      .thenThrows('CONFLICT');
  });
});

describe('benefits and their stock', () => {
  const spec = DeciderSpecification.for(benefitDecider);
  const offer = (data: Partial<Record<string, unknown>> = {}): BenefitCommand => {
    const { offeredBy: _by, offeredAt: _at, partnerId: _p, regionCode: _r, ...terms } = offered().data;
    return {
      type: 'OfferBenefit',
      data: { ...terms, partner: { partnerId: 'ptn-1', regionCode: '410122' }, ...data } as never,
      metadata: meta(),
    };
  };

  it('offers a benefit with its terms', () => {
    spec.given([]).when(offer()).then([offered()]);
  });

  it.each([
    ['pointsCost', { pointsCost: 0 }],
    ['stock', { stock: -1 }],
    ['minStarLevel', { minStarLevel: 6 }],
    ['perVolunteerLimit', { perVolunteerLimit: 1.5 }],
    ['validTo', { validTo: '2026-04-30' }],
    ['validFrom', { validFrom: '2026-02-30' }],
  ])('refuses a bad %s', (_field, data) => {
    spec.given([]).when(offer(data)).thenThrows('VALIDATION_FAILED');
  });

  it('holds a unit per redemption, once; never more than the stock (OUT_OF_STOCK)', () => {
    spec
      .given([offered()])
      .when(holdUnit('red-1'))
      .then([unitHeld('red-1')]);
    spec
      .given([offered(), unitHeld('red-1')])
      .when(holdUnit('red-1'))
      .thenNothingHappens();
    spec
      .given([offered(), unitHeld('red-1'), unitHeld('red-2', 'vol-2')])
      .when(holdUnit('red-3', 'vol-3'))
      .thenThrows('OUT_OF_STOCK');
  });

  it('refuses a volunteer past the per-volunteer limit (LIMIT_REACHED); a released unit does not count', () => {
    spec
      .given([offered(), unitHeld('red-1')])
      .when(holdUnit('red-2'))
      .thenThrows('LIMIT_REACHED');
    const released: BenefitEvent = {
      type: 'BenefitUnitReleased',
      data: {
        benefitId: 'ben-1',
        redemptionId: 'red-1',
        volunteerId: 'vol-1',
        reason: 'voided',
        releasedAt: NOW,
      },
    };
    spec
      .given([offered(), unitHeld('red-1'), released])
      .when(holdUnit('red-2'))
      .thenEvents(([e]) => expect(e.type).toBe('BenefitUnitHeld'));
  });

  it('refuses outside its validity window (BENEFIT_NOT_AVAILABLE)', () => {
    spec
      .given([offered()])
      .when(holdUnit('red-1', 'vol-1', '2027-01-01T09:00:00.000+08:00'))
      .thenThrows('BENEFIT_NOT_AVAILABLE');
    spec
      .given([offered()])
      .when(holdUnit('red-1', 'vol-1', '2026-04-30T23:59:00.000+08:00'))
      .thenThrows('BENEFIT_NOT_AVAILABLE');
  });

  it('captures a held unit once; a released unit cannot be captured', () => {
    const capture: BenefitCommand = {
      type: 'CaptureBenefitUnit',
      data: { benefitId: 'ben-1', redemptionId: 'red-1' },
      metadata: meta(venue),
    };
    const release: BenefitCommand = {
      type: 'ReleaseBenefitUnit',
      data: { benefitId: 'ben-1', redemptionId: 'red-1', reason: 'expired' },
      metadata: meta(venue),
    };
    const captured = benefitDecider.decide(
      capture,
      [offered(), unitHeld('red-1')].reduce(benefitDecider.evolve, benefitDecider.initialState()),
    );
    spec
      .given([offered(), unitHeld('red-1'), ...captured])
      .when(capture)
      .thenNothingHappens();
    spec
      .given([offered(), unitHeld('red-1'), ...captured])
      .when(release)
      .thenNothingHappens();
    const released = benefitDecider.decide(
      release,
      [offered(), unitHeld('red-1')].reduce(benefitDecider.evolve, benefitDecider.initialState()),
    );
    spec
      .given([offered(), unitHeld('red-1'), ...released])
      .when(capture)
      .thenThrows('REDEMPTION_NOT_HELD');
    spec.given([offered()]).when(capture).thenThrows('NOT_FOUND');
  });
});

describe('redemptions', () => {
  const spec = DeciderSpecification.for(redemptionDecider);
  const requested: RedemptionRequested = {
    type: 'RedemptionRequested',
    data: {
      redemptionId: 'red-1',
      benefitId: 'ben-1',
      partnerId: 'ptn-1',
      volunteerId: 'vol-1',
      regionCode: '410122',
      points: 100,
      minStarLevel: 0,
      via: 'partner-code',
      requestedBy: venue.accountId,
      requestedAt: NOW,
      expiresAt: '2026-06-01T10:30:00.000+08:00',
    },
  };
  const held = { type: 'RedemptionHeld' as const, data: { redemptionId: 'red-1', heldAt: NOW } };
  const command = (type: RedemptionCommand['type'], now = NOW, extra: Record<string, string> = {}) =>
    ({ type, data: { redemptionId: 'red-1', ...extra }, metadata: meta(venue, now) }) as RedemptionCommand;

  it('captures a held redemption before it expires; after, it is REDEMPTION_EXPIRED', () => {
    spec
      .given([requested, held])
      .when(command('CaptureRedemption'))
      .thenEvents(([e]) => expect(e.type).toBe('RedemptionCaptured'));
    spec
      .given([requested, held])
      .when(command('CaptureRedemption', '2026-06-01T10:30:00.000+08:00'))
      .thenThrows('REDEMPTION_EXPIRED');
  });

  it('a lapsed hold expires once; a hold not yet due, or captured, is left alone', () => {
    const late = '2026-06-01T10:31:00.000+08:00';
    spec
      .given([requested, held])
      .when(command('ExpireRedemption', late))
      .then([{ type: 'RedemptionExpired', data: { redemptionId: 'red-1', expiredAt: late } }]);
    spec.given([requested, held]).when(command('ExpireRedemption')).thenNothingHappens();
    const captured = {
      type: 'RedemptionCaptured' as const,
      data: { redemptionId: 'red-1', capturedBy: venue.accountId, capturedAt: NOW },
    };
    spec.given([requested, held, captured]).when(command('ExpireRedemption', late)).thenNothingHappens();
  });

  it('voids a held redemption with a reason; a captured one cannot be voided', () => {
    spec
      .given([requested, held])
      .when(command('VoidRedemption', NOW, { reason: '顾客取消' }))
      .thenEvents(([e]) =>
        expect(e).toMatchObject({ type: 'RedemptionVoided', data: { reason: '顾客取消' } }),
      );
    spec
      .given([requested, held])
      .when(command('VoidRedemption', NOW, { reason: '' }))
      .thenThrows('VALIDATION_FAILED');
    const captured = {
      type: 'RedemptionCaptured' as const,
      data: { redemptionId: 'red-1', capturedBy: venue.accountId, capturedAt: NOW },
    };
    spec
      .given([requested, held, captured])
      .when(command('VoidRedemption', NOW, { reason: 'x' }))
      .thenThrows('REDEMPTION_ALREADY_CAPTURED');
    spec.given([requested, held, captured]).when(command('CaptureRedemption')).thenNothingHappens();
  });

  it('a failed redemption can be neither held nor captured; failing twice records it once', () => {
    const failed = {
      type: 'RedemptionFailed' as const,
      data: { redemptionId: 'red-1', code: 'OUT_OF_STOCK', message: 'none left', failedAt: NOW },
    };
    spec.given([requested, failed]).when(command('MarkRedemptionHeld')).thenThrows('REDEMPTION_NOT_HELD');
    spec.given([requested, failed]).when(command('CaptureRedemption')).thenThrows('REDEMPTION_NOT_HELD');
    spec
      .given([requested, failed])
      .when(command('FailRedemption', NOW, { code: 'X', message: 'y' }))
      .thenNothingHappens();
    spec.given([]).when(command('CaptureRedemption')).thenThrows('NOT_FOUND');
  });
});

describe('one-time volunteer codes', () => {
  const spec = DeciderSpecification.for(redemptionCodeDecider);
  const issued: RedemptionCodeIssued = {
    type: 'RedemptionCodeIssued',
    data: {
      codeHash: 'h',
      volunteerId: 'vol-1',
      issuedBy: 'acc-vol',
      issuedAt: NOW,
      expiresAt: '2026-06-01T10:05:00.000+08:00',
    },
  };
  const use = (redemptionId: string, now = NOW) => ({
    type: 'UseRedemptionCode' as const,
    data: { codeHash: 'h', redemptionId },
    metadata: meta(venue, now),
  });

  it('a code is used once, for one redemption; a retry of that redemption passes', () => {
    spec
      .given([issued])
      .when(use('red-1'))
      .then([
        {
          type: 'RedemptionCodeUsed',
          data: { codeHash: 'h', volunteerId: 'vol-1', redemptionId: 'red-1', usedAt: NOW },
        },
      ]);
    const used = redemptionCodeDecider.decide(
      use('red-1'),
      redemptionCodeDecider.evolve(redemptionCodeDecider.initialState(), issued),
    );
    spec
      .given([issued, ...used])
      .when(use('red-1'))
      .thenNothingHappens();
    spec
      .given([issued, ...used])
      .when(use('red-2'))
      .thenThrows('INVALID_VOLUNTEER_CODE');
  });

  it('an unknown or expired code is INVALID_VOLUNTEER_CODE', () => {
    spec.given([]).when(use('red-1')).thenThrows('INVALID_VOLUNTEER_CODE');
    spec
      .given([issued])
      .when(use('red-1', '2026-06-01T10:05:00.000+08:00'))
      .thenThrows('INVALID_VOLUNTEER_CODE');
  });
});
