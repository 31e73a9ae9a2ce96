import type { CommandMetadata } from '../decider';
import { DeciderSpecification } from '../testing/decider-specification';
import type { SealedData } from '../volunteering/sealed-data';
import type { NeedCommand, SubmitNeed } from './need.commands';
import { needDecider } from './need.decider';
import type { NeedEvent, NeedStatus, NeedSubmitted } from './need.events';
import { isNeedOverdue } from './need-overdue';
import { needTrackingNoFor, NEED_TRACKING_NO_PATTERN } from './need-ids';

const metadata: CommandMetadata = {
  commandId: 'cmd-1',
  now: '2026-03-05T01:00:00.000Z',
  actor: { accountId: 'acc-admin', role: 'admin', regionCode: '410100' },
};
const NOW = metadata.now;
const contact: SealedData = {
  scheme: 'aes-256-gcm/v1',
  keyId: 'need:nd-1',
  iv: 'iv',
  ciphertext: 'c',
  tag: 't',
};

const submit = (data: Partial<SubmitNeed['data']> = {}): SubmitNeed => ({
  type: 'SubmitNeed',
  data: {
    needId: 'nd-1',
    trackingNo: 'XQ23456789AB',
    title: '果树病虫害防治指导',
    description: '村里苹果树叶片发黄，希望专家来看看',
    field: 'rural-revitalization',
    regionCode: '410122',
    contact,
    organisation: '某村村委会',
    preferredFrom: '2026-03-10',
    preferredTo: '2026-03-20',
    accessTokenHash: 'hash',
    channel: 'public',
    ...data,
  },
  metadata,
});
const submitted: NeedSubmitted = {
  type: 'NeedSubmitted',
  data: {
    needId: 'nd-1',
    trackingNo: 'XQ23456789AB',
    title: '果树病虫害防治指导',
    description: '村里苹果树叶片发黄，希望专家来看看',
    field: 'rural-revitalization',
    regionCode: '410122',
    contact,
    organisation: '某村村委会',
    preferredFrom: '2026-03-10',
    preferredTo: '2026-03-20',
    accessTokenHash: 'hash',
    channel: 'public',
    submittedBy: 'acc-admin',
    submittedAt: NOW,
  },
};
const cmd = <C extends NeedCommand>(type: C['type'], data: object): C =>
  ({ type, data: { needId: 'nd-1', ...data }, metadata }) as unknown as C;

const accepted: NeedEvent = {
  type: 'NeedAccepted',
  data: { needId: 'nd-1', acceptedBy: 'acc-admin', acceptedAt: NOW },
};
const dispatched: NeedEvent = {
  type: 'NeedDispatched',
  data: { needId: 'nd-1', teamId: 'tm-1', dispatchedBy: 'acc-admin', dispatchedAt: NOW },
};
const taken: NeedEvent = {
  type: 'NeedTaken',
  data: { needId: 'nd-1', teamId: 'tm-1', takenBy: 'acc-admin', takenAt: NOW },
};
const linked: NeedEvent = {
  type: 'NeedActivityLinked',
  data: { needId: 'nd-1', activityId: 'act-1', linkedBy: 'acc-admin', linkedAt: NOW },
};
const fulfilled: NeedEvent = {
  type: 'NeedFulfilled',
  data: { needId: 'nd-1', activityId: 'act-1', fulfilledBy: 'acc-admin', fulfilledAt: NOW },
};
const rated: NeedEvent = {
  type: 'NeedRated',
  data: { needId: 'nd-1', score: 5, comment: '很及时', ratedAt: NOW },
};

const spec = DeciderSpecification.for(needDecider);

describe('need of the public', () => {
  it('is submitted with its contact sealed', () => {
    spec.given([]).when(submit()).then([submitted]);
  });

  it('refuses junk: an unknown field, dates in the wrong order, an empty title', () => {
    spec
      .given([])
      .when(submit({ field: 'magic' }))
      .thenThrows('VALIDATION_FAILED');
    spec
      .given([])
      .when(submit({ preferredFrom: '2026-03-20', preferredTo: '2026-03-10' }))
      .thenThrows('VALIDATION_FAILED');
    spec
      .given([])
      .when(submit({ title: '  ' }))
      .thenThrows('VALIDATION_FAILED');
    spec
      .given([])
      .when(submit({ preferredFrom: 'soon' }))
      .thenThrows('VALIDATION_FAILED');
  });

  it('goes the whole way: accepted, dispatched, taken, linked, fulfilled, rated', () => {
    spec.given([submitted]).when(cmd('AcceptNeed', {})).then([accepted]);
    spec
      .given([submitted, accepted])
      .when(cmd('DispatchNeed', { teamId: 'tm-1' }))
      .then([dispatched]);
    spec.given([submitted, accepted, dispatched]).when(cmd('TakeNeed', {})).then([taken]);
    spec
      .given([submitted, accepted, dispatched, taken])
      .when(cmd('LinkNeedActivity', { activityId: 'act-1' }))
      .then([linked]);
    spec
      .given([submitted, accepted, dispatched, taken, linked])
      .when(cmd('FulfilNeed', { activityId: 'act-1' }))
      .then([fulfilled]);
    spec
      .given([submitted, accepted, dispatched, taken, linked, fulfilled])
      .when(cmd('RateNeed', { score: 5, comment: '很及时' }))
      .then([rated]);
  });

  it('a team hands a need back with a reason: accepted again, without a team', () => {
    spec
      .given([submitted, accepted, dispatched, taken])
      .when(cmd('ReturnNeed', { reason: '人手不足' }))
      .then([
        {
          type: 'NeedReturned',
          data: {
            needId: 'nd-1',
            teamId: 'tm-1',
            reason: '人手不足',
            returnedBy: 'acc-admin',
            returnedAt: NOW,
          },
        },
      ]);
    expect(
      [
        submitted,
        accepted,
        dispatched,
        taken,
        {
          type: 'NeedReturned',
          data: { needId: 'nd-1', teamId: 'tm-1', reason: 'x', returnedBy: 'a', returnedAt: NOW },
        } as NeedEvent,
      ].reduce(needDecider.evolve, needDecider.initialState()),
    ).toMatchObject({ status: 'accepted', teamId: null });
  });

  it('refuses a step from the wrong status, naming the current status', () => {
    const wrong = (given: NeedEvent[], command: NeedCommand, status: NeedStatus) => {
      try {
        needDecider.decide(command, given.reduce(needDecider.evolve, needDecider.initialState()));
        throw new Error('expected a refusal');
      } catch (error) {
        expect(error).toMatchObject({ code: 'NEED_WRONG_STATUS', details: { status } });
      }
    };
    wrong([submitted], cmd('DispatchNeed', { teamId: 'tm-1' }), 'submitted');
    wrong([submitted], cmd('TakeNeed', {}), 'submitted');
    wrong([submitted, accepted], cmd('AcceptNeed', {}), 'accepted');
    wrong([submitted, accepted], cmd('DeclineNeed', { reason: '不在范围' }), 'accepted');
    wrong([submitted, accepted], cmd('ReturnNeed', { reason: 'x' }), 'accepted');
    wrong(
      [submitted, accepted, dispatched, taken, linked, fulfilled, rated],
      cmd('CloseNeed', { reason: 'x' }),
      'rated',
    );
  });

  it('rates once, only when served, 1–5', () => {
    spec
      .given([submitted, accepted])
      .when(cmd('RateNeed', { score: 4, comment: null }))
      .thenThrows('NEED_NOT_FULFILLED');
    spec
      .given([submitted, accepted, linked, fulfilled, rated])
      .when(cmd('RateNeed', { score: 4, comment: null }))
      .thenThrows('NEED_ALREADY_RATED');
    spec
      .given([submitted, accepted, linked, fulfilled])
      .when(cmd('RateNeed', { score: 6, comment: null }))
      .thenThrows('VALIDATION_FAILED');
  });

  it('is fulfilled once, and only by a linked activity', () => {
    spec
      .given([submitted, accepted, linked, fulfilled])
      .when(cmd('FulfilNeed', { activityId: 'act-1' }))
      .thenNothingHappens();
    spec
      .given([submitted, accepted])
      .when(cmd('FulfilNeed', { activityId: 'act-9' }))
      .thenThrows('NEED_ACTIVITY_NOT_LINKED');
  });

  it('records each reading of the contact', () => {
    spec
      .given([submitted])
      .when(cmd('RecordNeedContactRead', {}))
      .then([{ type: 'NeedContactRead', data: { needId: 'nd-1', readBy: 'acc-admin', readAt: NOW } }]);
  });

  it('closes with a reason, remembering where it stood', () => {
    spec
      .given([submitted, accepted])
      .when(cmd('CloseNeed', { reason: '群众已自行解决' }))
      .then([
        {
          type: 'NeedClosed',
          data: {
            needId: 'nd-1',
            reason: '群众已自行解决',
            previousStatus: 'accepted',
            closedBy: 'acc-admin',
            closedAt: NOW,
          },
        },
      ]);
  });

  it('forgets the requester once, in any status', () => {
    const forgotten: NeedEvent = {
      type: 'NeedRequesterForgotten',
      data: { needId: 'nd-1', reason: '本人要求删除', forgottenBy: 'acc-admin', forgottenAt: NOW },
    };
    spec
      .given([submitted, accepted])
      .when(cmd('ForgetNeedRequester', { reason: '本人要求删除' }))
      .then([forgotten]);
    spec
      .given([submitted, forgotten])
      .when(cmd('ForgetNeedRequester', { reason: '再次' }))
      .thenNothingHappens();
    spec.given([submitted, forgotten]).when(cmd('RecordNeedContactRead', {})).thenNothingHappens();
    spec
      .given([submitted])
      .when(cmd('ForgetNeedRequester', { reason: ' ' }))
      .thenThrows('VALIDATION_FAILED');
  });

  it('a step on a need that does not exist is NOT_FOUND', () => {
    spec.given([]).when(cmd('AcceptNeed', {})).thenThrows('NOT_FOUND');
  });
});

describe('overdue needs and tracking numbers', () => {
  it('is overdue after 3 working days submitted or dispatched, over weekends', () => {
    // Thursday 2026-03-05: 3 working days later is Tuesday 2026-03-10.
    expect(isNeedOverdue('submitted', NOW, '2026-03-10T09:00:00+08:00')).toBe(false);
    expect(isNeedOverdue('submitted', NOW, '2026-03-11T09:00:00+08:00')).toBe(true);
    expect(isNeedOverdue('dispatched', NOW, '2026-03-11T09:00:00+08:00')).toBe(true);
    expect(isNeedOverdue('accepted', NOW, '2026-04-11T09:00:00+08:00')).toBe(false);
  });

  it('in a year the holiday calendar does not hold yet, counts Monday to Friday instead of failing', () => {
    // Thursday 2031-03-06 (no 2031 notice entered): three weekdays later is Tuesday 2031-03-11.
    expect(isNeedOverdue('submitted', '2031-03-06T10:00:00+08:00', '2031-03-11T09:00:00+08:00')).toBe(false);
    expect(isNeedOverdue('submitted', '2031-03-06T10:00:00+08:00', '2031-03-12T09:00:00+08:00')).toBe(true);
  });

  it('derives a readable tracking number', () => {
    expect(needTrackingNoFor('nd-1')).toMatch(NEED_TRACKING_NO_PATTERN);
    expect(needTrackingNoFor('nd-1')).toBe(needTrackingNoFor('nd-1'));
  });
});
