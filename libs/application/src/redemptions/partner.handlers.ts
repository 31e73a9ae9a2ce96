import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  benefitDecider,
  benefitStream,
  NotFound,
  partnerDecider,
  partnerIdFor,
  partnerStream,
} from '@ledger/domain';
import { commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { assertMayManagePartners } from './redemption-access';
import { OfferBenefitCommand, RegisterPartnerCommand } from './redemption.commands';
import { benefitViewOfState, partnerViewOfState } from './redemption.views';

@CommandHandler(RegisterPartnerCommand)
export class RegisterPartnerHandler implements ICommandHandler<RegisterPartnerCommand> {
  constructor(private readonly runner: DeciderRunner) {}

  async execute({ input, context }: RegisterPartnerCommand) {
    assertMayManagePartners(context.actor, input.regionCode);
    const partnerId = partnerIdFor('partner', context.commandId);
    const result = await this.runner.handle(
      partnerDecider,
      partnerStream(partnerId),
      { type: 'RegisterPartner', data: { partnerId, ...input }, metadata: commandMetadata(context) },
      context,
    );
    if (result.state.status === 'none')
      throw new Error(`partner ${partnerId}: registering produced no event`);
    return { partner: partnerViewOfState(result.state), revision: result.revision };
  }
}

@CommandHandler(OfferBenefitCommand)
export class OfferBenefitHandler implements ICommandHandler<OfferBenefitCommand> {
  constructor(private readonly runner: DeciderRunner) {}

  async execute({ partnerId, input, context }: OfferBenefitCommand) {
    const { state: partner } = await this.runner.current(partnerDecider, partnerStream(partnerId));
    if (partner.status === 'none') throw new NotFound('partner', partnerId);
    // Benefits are managed by the administrators of the partner's region (PRODUCT.md).
    assertMayManagePartners(context.actor, partner.regionCode);
    const benefitId = partnerIdFor('benefit', context.commandId);
    const result = await this.runner.handle(
      benefitDecider,
      benefitStream(benefitId),
      {
        type: 'OfferBenefit',
        data: { benefitId, partner: { partnerId, regionCode: partner.regionCode }, ...input },
        metadata: commandMetadata(context),
      },
      context,
    );
    if (result.state.status === 'none') throw new Error(`benefit ${benefitId}: offering produced no event`);
    return { benefit: benefitViewOfState(result.state), revision: result.revision };
  }
}
