import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  availablePoints,
  benefitDecider,
  benefitStream,
  businessDateOf,
  incentiveLedgerOf,
  NotFound,
  type OfferedBenefit,
  redemptionCodeDecider,
  redemptionCodeHash,
  redemptionCodeStream,
  type RegisteredVolunteer,
  requireActiveVolunteer,
  requireUsableCode,
  RuleViolation,
  stockLeft,
  ValidationFailed,
  volunteerDecider,
  volunteerStream,
} from '@ledger/domain';
import { PartnersReadModel } from '@ledger/projections';
import { AccessDenied, assertRegion } from '../access/access-policy';
import { type CommandContext, commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { VolunteerQueries } from '../volunteering/volunteer-queries';
import { REDEMPTION_CODE_PATTERN } from './redemption-code.handler';
import { REDEMPTION_SETTINGS, type RedemptionSettings } from './redemption-settings';

export interface RedemptionCodeLookupInput {
  readonly code: string;
  /** The venue whose benefits to check: a partner account's own (may be left out); an administrator names it. */
  readonly partnerId?: string;
}

export interface CodeLookupBenefitView {
  readonly benefitId: string;
  readonly title: string;
  readonly pointsCost: number;
  readonly stockLeft: number;
  readonly eligible: boolean;
  /** The error code a redemption of it would be refused with now. */
  readonly reason?: string;
}

export interface RedemptionCodeLookupView {
  readonly volunteer: {
    readonly volunteerId: string;
    readonly volunteerNo: string;
    readonly nameMasked: string;
    readonly starLevel: number;
  };
  readonly pointsAvailable: number;
  readonly codeExpiresAt: string;
  readonly benefits: CodeLookupBenefitView[];
}

/** More active benefits than a counter could read through; the lookup shows the first ones by title. */
export const LOOKUP_MAX_BENEFITS = 200;

/** A redemption id no hold ever carries: the dry run's holds can never be mistaken for a retry. */
const PROBE_REDEMPTION_ID = 'lookup-probe';

const invalidCode = () =>
  new RuleViolation('INVALID_VOLUNTEER_CODE', 'a partner presents the one-time code the volunteer shows');

/**
 * The name as the counter sees it: the first and the last character, the rest masked (张*明, 李*,
 * 欧**锋), enough to greet the person without showing a stranger the whole name.
 */
export function maskPersonName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}

/** The refusal code of a decision, or undefined when it would pass. */
function refusalOf(decide: () => unknown): string | undefined {
  try {
    decide();
    return undefined;
  } catch (error) {
    if (error instanceof RuleViolation) return error.code;
    throw error;
  }
}

/**
 * What the volunteer behind a one-time code may take at a venue, before anything is held: the code is
 * checked as a redemption checks it but not used, and each benefit's hold and the points hold are
 * decided by the same deciders on the same stream states as a redemption would, without appending.
 * So `reason` is exactly the refusal a redemption would meet at this moment (a concurrent redemption
 * may still change it by the time the venue redeems).
 */
@Injectable()
export class RedemptionCodeLookup {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly partners: PartnersReadModel,
    private readonly volunteers: VolunteerQueries,
    @Inject(REDEMPTION_SETTINGS) private readonly settings: RedemptionSettings,
  ) {}

  async lookup(input: RedemptionCodeLookupInput, context: CommandContext): Promise<RedemptionCodeLookupView> {
    const partnerId = this.venueOf(context.actor, input.partnerId);
    const now = context.now.toISOString();

    if (!REDEMPTION_CODE_PATTERN.test(input.code)) throw invalidCode();
    const codeHash = redemptionCodeHash(input.code);
    const { state: code } = await this.runner.current(redemptionCodeDecider, redemptionCodeStream(codeHash));
    const volunteerId = requireUsableCode(code, now);
    const codeExpiresAt = code.status === 'none' ? now : code.expiresAt;

    const { state } = await this.runner.current(volunteerDecider, volunteerStream(volunteerId));
    const volunteer = requireActiveVolunteer(state, volunteerId);
    const ledger = incentiveLedgerOf(volunteer);
    const person = await this.volunteers.volunteerOf(volunteerId);

    const today = businessDateOf(context.now);
    const { rows } = this.partners.benefitsOfPartner(
      partnerId,
      { active: true, today },
      { limit: LOOKUP_MAX_BENEFITS, offset: 0 },
    );
    const benefits: CodeLookupBenefitView[] = [];
    for (const row of rows) {
      const { state: benefit } = await this.runner.current(benefitDecider, benefitStream(row.benefit_id));
      if (benefit.status === 'none') continue;
      const reason = this.refusal(benefit, volunteer, context);
      benefits.push({
        benefitId: benefit.benefitId,
        title: benefit.title,
        pointsCost: benefit.pointsCost,
        stockLeft: stockLeft(benefit),
        eligible: reason === undefined,
        ...(reason ? { reason } : {}),
      });
    }
    return {
      volunteer: {
        volunteerId,
        volunteerNo: person.volunteerNo,
        nameMasked: maskPersonName(person.name),
        starLevel: ledger.starLevel,
      },
      pointsAvailable: availablePoints(ledger, today),
      codeExpiresAt,
      benefits,
    };
  }

  /** The venue the caller asks about: a partner account only its own; an administrator of its region names it. */
  private venueOf(actor: Actor, asked: string | undefined): string {
    if (actor.role === 'partner') {
      if (!actor.partnerId || (asked !== undefined && asked !== actor.partnerId)) {
        throw new AccessDenied('a partner account looks up codes only for its own benefits');
      }
      return actor.partnerId;
    }
    if (actor.role !== 'admin') throw new AccessDenied('partner venues and administrators look up codes');
    if (asked === undefined) {
      throw new ValidationFailed([
        { field: 'partnerId', message: 'an administrator names the partner whose benefits to check' },
      ]);
    }
    const partner = this.partners.partnerById(asked);
    if (!partner) throw new NotFound('partner', asked);
    assertRegion(actor, partner.region_code);
    return asked;
  }

  /** The redemption's own steps in its order — the unit on the benefit, then the points — decided, not appended. */
  private refusal(
    benefit: OfferedBenefit,
    volunteer: RegisteredVolunteer,
    context: CommandContext,
  ): string | undefined {
    const metadata = commandMetadata(context);
    const expiresAt = new Date(context.now.getTime() + this.settings.holdMinutes * 60_000).toISOString();
    const volunteerId = volunteer.volunteerId;
    return (
      refusalOf(() =>
        benefitDecider.decide(
          {
            type: 'HoldBenefitUnit',
            data: { benefitId: benefit.benefitId, redemptionId: PROBE_REDEMPTION_ID, volunteerId, expiresAt },
            metadata,
          },
          benefit,
        ),
      ) ??
      refusalOf(() =>
        volunteerDecider.decide(
          {
            type: 'HoldPoints',
            data: {
              volunteerId,
              redemptionId: PROBE_REDEMPTION_ID,
              benefitId: benefit.benefitId,
              partnerId: benefit.partnerId,
              points: benefit.pointsCost,
              minStarLevel: benefit.minStarLevel,
              expiresAt,
            },
            metadata,
          },
          volunteer,
        ),
      )
    );
  }
}
