import { Injectable } from '@nestjs/common';
import { type Actor, inboxDecider, inboxStream, NotFound, regionCodeRange } from '@ledger/domain';
import { type InboxOwner, type InboxRow, NotificationsReadModel } from '@ledger/projections';
import { type CommandContext, commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';

export interface NotificationView {
  readonly id: string;
  readonly at: string;
  readonly kind: string;
  readonly title: string;
  readonly body: string;
  readonly link?: string;
  readonly read: boolean;
}

export interface NotificationPageView {
  readonly items: NotificationView[];
  readonly total: number;
  readonly unread: number;
}

/** Staff (administrators and organisers) also hear what waits in their region; some things only administrators. */
export const inboxOwnerOf = (actor: Actor): InboxOwner => ({
  accountId: actor.accountId,
  volunteerId: actor.volunteerId,
  staffRegion:
    actor.role === 'admin' || actor.role === 'organiser' ? regionCodeRange(actor.regionCode) : undefined,
  adminRegion: actor.role === 'admin' ? regionCodeRange(actor.regionCode) : undefined,
});

const viewOf = (row: InboxRow): NotificationView => ({
  id: row.notification_id,
  at: row.at,
  kind: row.kind,
  title: row.title,
  body: row.body,
  ...(row.link ? { link: row.link } : {}),
  read: row.read === 1,
});

/** Every account's inbox: read from the notifications read model, read marks appended to `inbox-<accountId>`. */
@Injectable()
export class NotificationInbox {
  constructor(
    private readonly notifications: NotificationsReadModel,
    private readonly runner: DeciderRunner,
  ) {}

  list(actor: Actor, options: { unreadOnly: boolean; limit: number; offset: number }): NotificationPageView {
    const { rows, total, unread } = this.notifications.list(inboxOwnerOf(actor), options);
    return { items: rows.map(viewOf), total, unread };
  }

  /** Marks one notification of the caller's inbox read (404 for one not in it); again records nothing. */
  async markRead(notificationId: string, context: CommandContext): Promise<NotificationView> {
    const owner = inboxOwnerOf(context.actor);
    const row = this.notifications.find(owner, notificationId);
    if (!row) throw new NotFound('notification', notificationId);
    if (row.read !== 1) {
      await this.runner.handle(
        inboxDecider,
        inboxStream(owner.accountId),
        {
          type: 'MarkNotificationsRead',
          data: { accountId: owner.accountId, notificationIds: [notificationId] },
          metadata: commandMetadata(context),
        },
        context,
      );
    }
    return { ...viewOf(row), read: true };
  }

  /** Marks everything now in the caller's inbox read; what arrives later stays unread. */
  async markAllRead(context: CommandContext): Promise<{ unread: number }> {
    const owner = inboxOwnerOf(context.actor);
    const through = this.notifications.latestPosition(owner);
    if (through !== null) {
      await this.runner.handle(
        inboxDecider,
        inboxStream(owner.accountId),
        {
          type: 'MarkAllNotificationsRead',
          data: { accountId: owner.accountId, throughPosition: through },
          metadata: commandMetadata(context),
        },
        context,
      );
    }
    return { unread: this.notifications.list(owner, { unreadOnly: true, limit: 0, offset: 0 }).unread };
  }
}
