import { type Decider, unreachable } from '../decider';
import { AlreadyExists, NotFound, RuleViolation } from '../errors';
import {
  invalid,
  ORGANISATION_NAME_MAX_LENGTH,
  ORGANISATION_REASON_MAX_LENGTH,
  requireOneOf,
  requireRegionCode,
  requireText,
} from '../organisation/organisation-rules';
import { PROJECT_FIELDS, type ProjectField } from '../organisation/project.events';
import { isCalendarDate } from '../time/business-time';
import type { NeedCommand } from './need.commands';
import type { NeedEvent, NeedStatus } from './need.events';

export const NEED_TITLE_MAX_LENGTH = 100;
export const NEED_DESCRIPTION_MAX_LENGTH = 2000;
export const NEED_COMMENT_MAX_LENGTH = 500;

export type NeedState =
  | { readonly status: 'none' }
  | {
      readonly status: NeedStatus;
      readonly needId: string;
      readonly trackingNo: string;
      readonly regionCode: string;
      readonly field: ProjectField;
      readonly accessTokenHash: string;
      readonly submittedAt: string;
      /** The team the need is dispatched to or taken by (null otherwise). */
      readonly teamId: string | null;
      readonly activityIds: readonly string[];
      readonly score: number | null;
      /** The requester was forgotten: the contact no longer opens. */
      readonly forgotten: boolean;
    };

type Existing = Exclude<NeedState, { status: 'none' }>;

/** NEED_WRONG_STATUS names the current status, so the caller knows what the need is waiting for. */
function requireStatus(state: Existing, step: string, ...allowed: NeedStatus[]): void {
  if (!allowed.includes(state.status)) {
    throw new RuleViolation(
      'NEED_WRONG_STATUS',
      `need ${state.needId} is ${state.status}; ${step} needs it ${allowed.join(' or ')}`,
      { needId: state.needId, status: state.status, allowed },
    );
  }
}

function requireDate(value: string | null, field: string): string | null {
  if (value === null) return null;
  if (!isCalendarDate(value)) invalid(field, 'must be a date such as 2026-12-01');
  return value;
}

const set = (state: NeedState, change: Partial<Existing>): NeedState =>
  state.status === 'none' ? state : { ...state, ...change };

export const needDecider: Decider<NeedState, NeedCommand, NeedEvent> = {
  initialState: () => ({ status: 'none' }),

  evolve(state, event) {
    switch (event.type) {
      case 'NeedSubmitted': {
        const d = event.data;
        return {
          status: 'submitted',
          needId: d.needId,
          trackingNo: d.trackingNo,
          regionCode: d.regionCode,
          field: d.field,
          accessTokenHash: d.accessTokenHash,
          submittedAt: d.submittedAt,
          teamId: null,
          activityIds: [],
          score: null,
          forgotten: false,
        };
      }
      case 'NeedAccepted':
        return set(state, { status: 'accepted' });
      case 'NeedDeclined':
        return set(state, { status: 'declined' });
      case 'NeedDispatched':
        return set(state, { status: 'dispatched', teamId: event.data.teamId });
      case 'NeedTaken':
        return set(state, { status: 'taken' });
      case 'NeedReturned':
        return set(state, { status: 'accepted', teamId: null });
      case 'NeedActivityLinked':
        return state.status === 'none'
          ? state
          : { ...state, activityIds: [...state.activityIds, event.data.activityId] };
      case 'NeedFulfilled':
        return set(state, { status: 'fulfilled' });
      case 'NeedRated':
        return set(state, { status: 'rated', score: event.data.score });
      case 'NeedClosed':
        return set(state, { status: 'closed' });
      case 'NeedContactRead':
        return state;
      case 'NeedRequesterForgotten':
        return set(state, { forgotten: true });
      default:
        return unreachable(event);
    }
  },

  decide(command, state) {
    const { now, actor } = command.metadata;
    const by = actor.accountId;
    if (command.type === 'SubmitNeed') {
      const d = command.data;
      if (state.status !== 'none') throw new AlreadyExists('need', d.needId);
      const title = requireText(d.title, 'title', NEED_TITLE_MAX_LENGTH);
      const description = requireText(d.description, 'description', NEED_DESCRIPTION_MAX_LENGTH);
      const field = requireOneOf(d.field, PROJECT_FIELDS, 'field');
      requireRegionCode(d.regionCode);
      const organisation =
        d.organisation === null
          ? null
          : requireText(d.organisation, 'requester.organisation', ORGANISATION_NAME_MAX_LENGTH);
      const preferredFrom = requireDate(d.preferredFrom, 'preferredFrom');
      const preferredTo = requireDate(d.preferredTo, 'preferredTo');
      if (preferredFrom && preferredTo && preferredTo < preferredFrom) {
        invalid('preferredTo', 'must not be before preferredFrom');
      }
      return [
        {
          type: 'NeedSubmitted',
          data: {
            needId: d.needId,
            trackingNo: d.trackingNo,
            title,
            description,
            field,
            regionCode: d.regionCode,
            contact: d.contact,
            organisation,
            preferredFrom,
            preferredTo,
            accessTokenHash: d.accessTokenHash,
            channel: d.channel,
            submittedBy: by,
            submittedAt: now,
          },
        },
      ];
    }
    if (state.status === 'none') throw new NotFound('need', command.data.needId);
    const needId = state.needId;
    switch (command.type) {
      case 'AcceptNeed':
        requireStatus(state, 'accepting', 'submitted');
        return [{ type: 'NeedAccepted', data: { needId, acceptedBy: by, acceptedAt: now } }];
      case 'DeclineNeed': {
        requireStatus(state, 'declining', 'submitted');
        const reason = requireText(command.data.reason, 'reason', ORGANISATION_REASON_MAX_LENGTH);
        return [{ type: 'NeedDeclined', data: { needId, reason, declinedBy: by, declinedAt: now } }];
      }
      case 'DispatchNeed':
        requireStatus(state, 'dispatching', 'accepted');
        return [
          {
            type: 'NeedDispatched',
            data: { needId, teamId: command.data.teamId, dispatchedBy: by, dispatchedAt: now },
          },
        ];
      case 'TakeNeed':
        requireStatus(state, 'taking', 'dispatched');
        return [{ type: 'NeedTaken', data: { needId, teamId: state.teamId!, takenBy: by, takenAt: now } }];
      case 'ReturnNeed': {
        requireStatus(state, 'handing back', 'dispatched', 'taken');
        const reason = requireText(command.data.reason, 'reason', ORGANISATION_REASON_MAX_LENGTH);
        return [
          {
            type: 'NeedReturned',
            data: { needId, teamId: state.teamId!, reason, returnedBy: by, returnedAt: now },
          },
        ];
      }
      case 'LinkNeedActivity':
        if (state.activityIds.includes(command.data.activityId)) return [];
        requireStatus(state, 'linking an activity', 'accepted', 'dispatched', 'taken');
        return [
          {
            type: 'NeedActivityLinked',
            data: { needId, activityId: command.data.activityId, linkedBy: by, linkedAt: now },
          },
        ];
      case 'FulfilNeed':
        // The sweep may come again: a need already served records nothing more.
        if (state.status === 'fulfilled' || state.status === 'rated') return [];
        requireStatus(state, 'fulfilling', 'accepted', 'dispatched', 'taken');
        if (!state.activityIds.includes(command.data.activityId)) {
          throw new RuleViolation(
            'NEED_ACTIVITY_NOT_LINKED',
            `activity ${command.data.activityId} is not linked to need ${needId}`,
          );
        }
        return [
          {
            type: 'NeedFulfilled',
            data: { needId, activityId: command.data.activityId, fulfilledBy: by, fulfilledAt: now },
          },
        ];
      case 'RateNeed': {
        if (state.status === 'rated') {
          throw new RuleViolation('NEED_ALREADY_RATED', `need ${needId} has been rated already`, {
            status: state.status,
          });
        }
        if (state.status !== 'fulfilled') {
          throw new RuleViolation('NEED_NOT_FULFILLED', `need ${needId} is ${state.status}, not yet served`, {
            status: state.status,
          });
        }
        const { score } = command.data;
        if (!Number.isInteger(score) || score < 1 || score > 5)
          invalid('score', 'must be a whole number 1–5');
        const comment =
          command.data.comment === null || command.data.comment.trim() === ''
            ? null
            : requireText(command.data.comment, 'comment', NEED_COMMENT_MAX_LENGTH);
        return [{ type: 'NeedRated', data: { needId, score, comment, ratedAt: now } }];
      }
      case 'CloseNeed': {
        requireStatus(state, 'closing', 'submitted', 'accepted', 'dispatched', 'taken', 'fulfilled');
        const reason = requireText(command.data.reason, 'reason', ORGANISATION_REASON_MAX_LENGTH);
        return [
          {
            type: 'NeedClosed',
            data: { needId, reason, previousStatus: state.status, closedBy: by, closedAt: now },
          },
        ];
      }
      case 'RecordNeedContactRead':
        if (state.forgotten) return [];
        return [{ type: 'NeedContactRead', data: { needId, readBy: by, readAt: now } }];
      case 'ForgetNeedRequester': {
        // Forgetting twice records nothing more (the handler finishes destroying the key).
        if (state.forgotten) return [];
        const reason = requireText(command.data.reason, 'reason', ORGANISATION_REASON_MAX_LENGTH);
        return [
          { type: 'NeedRequesterForgotten', data: { needId, reason, forgottenBy: by, forgottenAt: now } },
        ];
      }
      default:
        return unreachable(command);
    }
  },
};
