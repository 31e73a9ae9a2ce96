import type { Command, Decider, DomainEvent } from '../decider';
import { unreachable } from '../decider';
import { businessDateOf, startOfBusinessDay } from '../time/business-time';
import { NEED_OVERDUE_WORKING_DAYS } from '../needs/need-overdue';
import { chineseDate, type Recipient } from './notification-kinds';

/**
 * The notifications no event marks the moment of (PRODUCT.md, notifications): points expiring
 * within 30 days, and records pending over 3 days. A scheduled sweep finds them with the ledger's
 * clock and raises a reminder, an event of its own on the recipient's reminder stream, so a rebuild
 * lands the same inbox. Each reminder is known by (recipient, kind, key): raising it again records
 * nothing, whichever sweep or process tries.
 */
export type ReminderKind = 'points-expiring' | 'records-pending' | 'needs-overdue';

export interface ReminderDraft {
  readonly recipient: Recipient;
  readonly kind: ReminderKind;
  /** What makes the reminder one: the expiry date for points, the business date of a daily digest. */
  readonly key: string;
  readonly title: string;
  readonly body: string;
  readonly link: string | null;
}

export type InboxReminderRaised = DomainEvent<
  'InboxReminderRaised',
  ReminderDraft & {
    /** Why: the sweep's reading of the ledger at this instant (the ledger's clock). */
    raisedAt: string;
    raisedBy: string;
  }
>;

export type RaiseInboxReminder = Command<'RaiseInboxReminder', ReminderDraft>;

export interface InboxReminderState {
  /** `kind\u0000key` of the reminders raised on the stream. */
  readonly raised: ReadonlySet<string>;
}

export const INBOX_REMINDER_EVENT_TYPES: readonly InboxReminderRaised['type'][] = ['InboxReminderRaised'];

/** `reminders-volunteer-<id>`, `reminders-admins-<regionCode>`, …: one stream per recipient. */
export const reminderStream = (recipient: Recipient): string =>
  'volunteerId' in recipient
    ? `reminders-volunteer-${recipient.volunteerId}`
    : 'accountId' in recipient
      ? `reminders-account-${recipient.accountId}`
      : 'staffOfRegion' in recipient
        ? `reminders-staff-${recipient.staffOfRegion}`
        : `reminders-admins-${recipient.adminsOfRegion}`;

const keyOf = (kind: string, key: string): string => `${kind}\u0000${key}`;

export const inboxReminderDecider: Decider<InboxReminderState, RaiseInboxReminder, InboxReminderRaised> = {
  initialState: () => ({ raised: new Set() }),
  evolve(state, event) {
    switch (event.type) {
      case 'InboxReminderRaised':
        return { raised: new Set(state.raised).add(keyOf(event.data.kind, event.data.key)) };
      default:
        return unreachable(event.type);
    }
  },
  decide(command, state) {
    switch (command.type) {
      case 'RaiseInboxReminder': {
        const { recipient, kind, key, title, body, link } = command.data;
        if (state.raised.has(keyOf(kind, key))) return [];
        return [
          {
            type: 'InboxReminderRaised',
            data: {
              recipient,
              kind,
              key,
              title,
              body,
              link,
              raisedAt: command.metadata.now,
              raisedBy: command.metadata.actor.accountId,
            },
          },
        ];
      }
      default:
        return unreachable(command.type);
    }
  },
};

/** Points are reminded of when their last day is within this many days of today. */
export const POINTS_EXPIRY_NOTICE_DAYS = 30;
/** A record pending longer than this many days is reminded of to the administrators who may confirm it. */
export const RECORD_PENDING_NOTICE_DAYS = 3;

/** The last days (YYYY-MM-DD, inclusive) whose points are "expiring within 30 days" on `today`. */
export const pointsExpiryNoticeWindow = (today: string): { from: string; through: string } => ({
  from: today,
  through: businessDateOf(new Date(startOfBusinessDay(today, POINTS_EXPIRY_NOTICE_DAYS))),
});

/** A volunteer's points whose last day is `expiresOn`: one reminder per last day. */
export const pointsExpiringReminder = (
  volunteerId: string,
  expiresOn: string,
  points: number,
): ReminderDraft => ({
  recipient: { volunteerId },
  kind: 'points-expiring',
  key: expiresOn,
  title: '积分即将到期',
  body: `您有 ${points} 积分将于 ${chineseDate(expiresOn)} 到期，请在到期前使用。`,
  link: `/volunteers/${volunteerId}/summary`,
});

/** The instant (ms) before which a pending record is overdue at `nowMillis`. */
export const recordPendingCutoff = (nowMillis: number): number =>
  nowMillis - RECORD_PENDING_NOTICE_DAYS * 24 * 60 * 60 * 1000;

/** One digest a day per region to its administrators, naming how many records wait over 3 days. */
export const recordsPendingReminder = (regionCode: string, today: string, count: number): ReminderDraft => ({
  recipient: { adminsOfRegion: regionCode },
  kind: 'records-pending',
  key: today,
  title: '服务记录待确认',
  body: `${count} 条服务记录待确认已超过 ${RECORD_PENDING_NOTICE_DAYS} 天，请及时审核。`,
  link: '/service-records?status=pending',
});

/**
 * One digest a day per region to its administrators (and those above), naming how many needs of the
 * public wait over 3 working days to be accepted or taken (isNeedOverdue). No need's details.
 */
export const needsOverdueReminder = (regionCode: string, today: string, count: number): ReminderDraft => ({
  recipient: { adminsOfRegion: regionCode },
  kind: 'needs-overdue',
  key: today,
  title: '群众需求超期未处理',
  body: `${count} 条群众需求已超过 ${NEED_OVERDUE_WORKING_DAYS} 个工作日未处理`,
  link: '/admin/needs',
});
