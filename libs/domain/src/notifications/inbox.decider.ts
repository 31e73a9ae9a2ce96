import type { Command, Decider } from '../decider';
import { unreachable } from '../decider';
import type { InboxEvent } from './inbox.events';

export type MarkNotificationsRead = Command<
  'MarkNotificationsRead',
  { accountId: string; notificationIds: readonly string[] }
>;
export type MarkAllNotificationsRead = Command<
  'MarkAllNotificationsRead',
  { accountId: string; throughPosition: number }
>;
export type InboxCommand = MarkNotificationsRead | MarkAllNotificationsRead;

export interface InboxState {
  /** Marked read one by one. */
  readonly read: ReadonlySet<string>;
  /** Everything up to this log position was marked read ("read all"); -1 for never. */
  readonly readThrough: number;
}

/**
 * One account's read marks. Marking what is already marked records nothing, so a retried or
 * repeated click writes no second event. The application checks that the notifications are the
 * account's (the read model knows them); the decider keeps the marks.
 */
export const inboxDecider: Decider<InboxState, InboxCommand, InboxEvent> = {
  initialState: () => ({ read: new Set(), readThrough: -1 }),

  evolve(state, event) {
    switch (event.type) {
      case 'NotificationsRead': {
        const read = new Set(state.read);
        for (const id of event.data.notificationIds) read.add(id);
        return {
          read,
          readThrough: Math.max(state.readThrough, event.data.throughPosition ?? -1),
        };
      }
      default:
        return unreachable(event.type);
    }
  },

  decide(command, state) {
    const { now, actor } = command.metadata;
    switch (command.type) {
      case 'MarkNotificationsRead': {
        const fresh = [...new Set(command.data.notificationIds)].filter((id) => !state.read.has(id));
        if (!fresh.length) return [];
        return [
          {
            type: 'NotificationsRead',
            data: {
              accountId: command.data.accountId,
              notificationIds: fresh,
              throughPosition: null,
              readBy: actor.accountId,
              readAt: now,
            },
          },
        ];
      }
      case 'MarkAllNotificationsRead': {
        if (command.data.throughPosition <= state.readThrough) return [];
        return [
          {
            type: 'NotificationsRead',
            data: {
              accountId: command.data.accountId,
              notificationIds: [],
              throughPosition: command.data.throughPosition,
              readBy: actor.accountId,
              readAt: now,
            },
          },
        ];
      }
      default:
        return unreachable(command);
    }
  },
};
