import { type Decider, unreachable } from '../decider';
import { AlreadyExists } from '../errors';
import {
  ORGANISATION_NAME_MAX_LENGTH,
  requireOneOf,
  requireRegionCode,
  requireText,
} from '../organisation/organisation-rules';
import type { PartnerCommand } from './partner.commands';
import { PARTNER_VENUE_TYPES, type PartnerEvent, type PartnerRegistered } from './partner.events';

export const partnerStream = (partnerId: string) => `partner-${partnerId}`;

export type PartnerState =
  { readonly status: 'none' } | ({ readonly status: 'registered' } & PartnerRegistered['data']);

export const partnerDecider: Decider<PartnerState, PartnerCommand, PartnerEvent> = {
  initialState: () => ({ status: 'none' }),

  evolve(_state, event) {
    switch (event.type) {
      case 'PartnerRegistered':
        return { status: 'registered', ...event.data };
      default:
        return unreachable(event.type);
    }
  },

  decide(command, state) {
    const { now, actor } = command.metadata;
    switch (command.type) {
      case 'RegisterPartner': {
        const d = command.data;
        if (state.status !== 'none') throw new AlreadyExists('partner', d.partnerId);
        return [
          {
            type: 'PartnerRegistered',
            data: {
              partnerId: d.partnerId,
              name: requireText(d.name, 'name', ORGANISATION_NAME_MAX_LENGTH),
              regionCode: requireRegionCode(d.regionCode),
              venueType: requireOneOf(d.venueType, PARTNER_VENUE_TYPES, 'venueType'),
              registeredBy: actor.accountId,
              registeredAt: now,
            },
          },
        ];
      }
      default:
        return unreachable(command.type);
    }
  },
};
