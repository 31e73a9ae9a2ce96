import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  AlreadyExists,
  type FamilyRelation,
  incentiveLedgerOf,
  NotFound,
  requireActiveVolunteer,
  ValidationFailed,
  volunteerDecider,
  volunteerStream,
} from '@ledger/domain';
import { VolunteersReadModel } from '@ledger/projections';
import { type CommandContext, commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { stepContext } from '../volunteering/step-context';
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
  ) {}

  async execute({
    volunteerId,
    input,
    context,
  }: LinkFamilyMemberCommand): Promise<{ link: FamilyLinkView; revision: number }> {
    const volunteer = this.volunteers.findById(volunteerId);
    if (!volunteer) throw new NotFound('volunteer', volunteerId);
    assertCanLinkFamily(context.actor, volunteerId, volunteer.region_code);
    const familyId = input.volunteerId;
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
}
