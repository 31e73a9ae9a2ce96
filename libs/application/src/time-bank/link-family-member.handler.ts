import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  AlreadyExists,
  type FamilyRelation,
  incentiveLedgerOf,
  normalizeName,
  NotFound,
  requireActiveVolunteer,
  RuleViolation,
  ValidationFailed,
  volunteerDecider,
  volunteerStream,
} from '@ledger/domain';
import { VolunteersReadModel } from '@ledger/projections';
import { type CommandContext, commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { stepContext } from '../volunteering/step-context';
import { VolunteerQueries } from '../volunteering/volunteer-queries';
import { assertCanLinkFamily } from './time-bank-access';
import { LinkFamilyMemberCommand } from './time-bank.commands';
import type { FamilyLinkView } from './time-bank.views';

/** What the volunteer is to its family member, when the family member is `relation` to the volunteer. */
export const REVERSE_RELATION: Record<FamilyRelation, FamilyRelation> = {
  spouse: 'spouse',
  parent: 'child',
  child: 'parent',
  grandparent: 'grandchild',
  grandchild: 'grandparent',
  sibling: 'sibling',
};

/**
 * A family link is recorded on both streams (the volunteer's, then the family member's with the
 * reverse relation), so either may give minutes to the other. Both are checked before either is
 * written; each step has its own command id, so a retry with the same Idempotency-Key finishes it.
 */
@CommandHandler(LinkFamilyMemberCommand)
export class LinkFamilyMemberHandler implements ICommandHandler<LinkFamilyMemberCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly volunteers: VolunteersReadModel,
    private readonly queries: VolunteerQueries,
  ) {}

  async execute({
    volunteerId,
    input,
    context,
  }: LinkFamilyMemberCommand): Promise<{ link: FamilyLinkView; revision: number }> {
    const volunteer = this.volunteers.findById(volunteerId);
    if (!volunteer) throw new NotFound('volunteer', volunteerId);
    assertCanLinkFamily(context.actor, volunteerId, volunteer.region_code);
    const familyId = this.familyIdOf(input);
    if (familyId === volunteerId) {
      throw new ValidationFailed([
        { field: 'volunteerId', message: 'a volunteer is not their own family member' },
      ]);
    }
    const reverse = REVERSE_RELATION[input.relation];
    const self = await this.runner.current(volunteerDecider, volunteerStream(volunteerId));
    const family = await this.runner.current(volunteerDecider, volunteerStream(familyId));
    requireActiveVolunteer(self.state, volunteerId);
    requireActiveVolunteer(family.state, familyId);
    if (input.name !== undefined) await this.requireName(familyId, input.name);
    const known = incentiveLedgerOf(self.state).family.get(familyId);
    const knownBack = incentiveLedgerOf(family.state).family.get(volunteerId);
    if ((known && known !== input.relation) || (knownBack && knownBack !== reverse)) {
      throw new AlreadyExists('family link', `${volunteerId} ↔ ${familyId}`);
    }

    const link = (id: string, other: string, relation: FamilyRelation, step: CommandContext) =>
      this.runner.handle(
        volunteerDecider,
        volunteerStream(id),
        {
          type: 'LinkFamilyMember',
          data: { volunteerId: id, familyVolunteerId: other, relation },
          metadata: commandMetadata(step),
        },
        step,
      );
    const result = await link(volunteerId, familyId, input.relation, stepContext(context, 'family-link'));
    await link(familyId, volunteerId, reverse, stepContext(context, 'family-link-reverse'));
    const event = result.events.find((e) => e.type === 'FamilyMemberLinked');
    return {
      link: {
        volunteerId,
        familyVolunteerId: familyId,
        relation: input.relation,
        reverseRelation: reverse,
        linkedBy: event?.type === 'FamilyMemberLinked' ? event.data.linkedBy : context.actor.accountId,
        linkedAt: event?.type === 'FamilyMemberLinked' ? event.data.at : context.now.toISOString(),
      },
      revision: result.revision,
    };
  }

  /** The family member's id: as given, or the volunteer of the number given (422 UNKNOWN_VOLUNTEER_NO). */
  private familyIdOf(input: LinkFamilyMemberCommand['input']): string {
    if (input.volunteerNo === undefined) return input.volunteerId!;
    if (input.volunteerId !== undefined) {
      throw new ValidationFailed([
        { field: 'volunteerNo', message: 'give volunteerId or volunteerNo, not both' },
      ]);
    }
    const row = this.volunteers.findByNumber(input.volunteerNo);
    if (!row) {
      throw new RuleViolation('UNKNOWN_VOLUNTEER_NO', `no volunteer has the number ${input.volunteerNo}`, {
        volunteerNo: input.volunteerNo,
      });
    }
    return row.volunteer_id;
  }

  /**
   * The name given must be the family member's (as registered, spaces around and Unicode forms aside),
   * so a mistyped number links no stranger. The refusal never tells the name on record.
   */
  private async requireName(familyId: string, name: string): Promise<void> {
    const { name: recorded } = await this.queries.volunteerOf(familyId);
    if (normalizeName(recorded) !== normalizeName(name)) {
      throw new RuleViolation(
        'FAMILY_NAME_MISMATCH',
        'the name given is not the name registered with that volunteer number',
      );
    }
  }
}
