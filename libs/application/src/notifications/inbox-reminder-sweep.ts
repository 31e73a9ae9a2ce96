import { Injectable, Logger } from '@nestjs/common';
import {
  businessDateOf,
  inboxReminderDecider,
  isNeedOverdue,
  type NeedStatus,
  needsOverdueReminder,
  pointsExpiringReminder,
  pointsExpiryNoticeWindow,
  recordPendingCutoff,
  recordsPendingReminder,
  type ReminderDraft,
  reminderStream,
  SYSTEM_ACTOR,
} from '@ledger/domain';
import { NeedsReadModel, NotificationsReadModel, recipientKey } from '@ledger/projections';
import { Clock } from '../ledger/clock';
import { type CommandContext, commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { deterministicUuid } from '../ledger/ids';

export interface InboxReminderSweepSummary {
  /** The business date (Asia/Shanghai) of the run. */
  readonly today: string;
  /** Reminders found due (raised now or before). */
  readonly due: number;
  /** Reminders this run appended. */
  readonly raised: number;
  readonly failed: number;
}

/**
 * The reminders no event marks the moment of: points expiring within 30 days (to the volunteer, one
 * per last day) and records pending over 3 days (one digest a day to the administrators of each
 * region that has them, who may confirm them), and needs of the public waiting over 3 working days
 * (one digest a day to the administrators of each region that has them). "Now" is the injected clock. The command id comes from
 * (recipient, kind, key), and the decider records a reminder once, so running again notifies no one
 * twice. Never two runs at once in one process.
 */
@Injectable()
export class InboxReminderSweep {
  private readonly logger = new Logger('InboxReminderSweep');
  private running?: Promise<InboxReminderSweepSummary>;

  constructor(
    private readonly notifications: NotificationsReadModel,
    private readonly needs: NeedsReadModel,
    private readonly runner: DeciderRunner,
    private readonly clock: Clock,
  ) {}

  run(): Promise<InboxReminderSweepSummary> {
    this.running ??= this.sweep().finally(() => (this.running = undefined));
    return this.running;
  }

  /** What is due at the clock's now, without raising anything. */
  dueReminders(now = this.clock.now()): ReminderDraft[] {
    const today = businessDateOf(now);
    const window = pointsExpiryNoticeWindow(today);
    return [
      ...this.notifications
        .pointsExpiringBetween(window.from, window.through)
        .map((lot) => pointsExpiringReminder(lot.volunteerId, lot.expiresOn, lot.points)),
      ...this.notifications
        .recordsPendingBefore(recordPendingCutoff(now.getTime()))
        .map((region) => recordsPendingReminder(region.regionCode, today, region.count)),
      ...this.needsOverdue(now).map((region) => needsOverdueReminder(region.regionCode, today, region.count)),
    ];
  }

  /** Per region, the needs waiting over 3 working days to be accepted or taken at `now`. */
  private needsOverdue(now: Date): { regionCode: string; count: number }[] {
    const iso = now.toISOString();
    const counts = new Map<string, number>();
    // Only needs still waiting can be overdue: not every need ever received, every quarter hour.
    for (const need of this.needs.waiting()) {
      if (isNeedOverdue(need.status as NeedStatus, need.status_since, iso))
        counts.set(need.region_code, (counts.get(need.region_code) ?? 0) + 1);
    }
    return [...counts].map(([regionCode, count]) => ({ regionCode, count }));
  }

  private async sweep(): Promise<InboxReminderSweepSummary> {
    const now = this.clock.now();
    const today = businessDateOf(now);
    const due = this.dueReminders(now);
    let raised = 0;
    let failed = 0;
    for (const reminder of due) {
      const name = `${recipientKey(reminder.recipient)}\u0000${reminder.kind}\u0000${reminder.key}`;
      const context: CommandContext = {
        commandId: deterministicUuid(`inbox-reminder\u0000${name}`),
        correlationId: `inbox-reminder-${today}`,
        causationId: 'inbox-reminder-sweep',
        actor: SYSTEM_ACTOR,
        now,
      };
      try {
        const result = await this.runner.handle(
          inboxReminderDecider,
          reminderStream(reminder.recipient),
          { type: 'RaiseInboxReminder', data: reminder, metadata: commandMetadata(context) },
          context,
        );
        if (!result.alreadyHandled) raised += result.events.length;
      } catch (error) {
        failed++;
        this.logger.error({ msg: 'raising a reminder failed', kind: reminder.kind, error: String(error) });
      }
    }
    if (raised > 0 || failed > 0) this.logger.log({ msg: 'reminders raised', raised, failed });
    return { today, due: due.length, raised, failed };
  }
}
