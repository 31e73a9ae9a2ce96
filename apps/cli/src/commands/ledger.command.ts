import { Inject } from '@nestjs/common';
import { READ_MODEL_DB, StarQueries, VolunteerQueries } from '@ledger/application';
import { SYSTEM_ACTOR, VOLUNTEER_ID_FORMAT } from '@ledger/domain';
import { ProjectionRunner, VolunteersReadModel } from '@ledger/projections';
import type Database from 'better-sqlite3';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { CliFailure } from '../cli-context';

const VOLUNTEER_NO = /^\d{6}-\d{4}-\d{6}$/;
const HISTORY_DEFAULT = 10;

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

@SubCommand({
  name: 'balance',
  arguments: '<volunteer>',
  description:
    'A volunteer’s figures as GET /volunteers/{id}/summary shows them, and the latest history lines ' +
    '(<volunteer>: a volunteer id such as vol-…, or a volunteer number such as 410122-2026-000001)',
})
export class LedgerBalanceCommand extends CommandRunner {
  constructor(
    private readonly queries: VolunteerQueries,
    private readonly stars: StarQueries,
    private readonly volunteers: VolunteersReadModel,
    private readonly readModels: ProjectionRunner,
    @Inject(READ_MODEL_DB) private readonly db: Database.Database,
  ) {
    super();
  }

  async run([wanted]: string[], options: { json?: boolean; lines?: number }): Promise<void> {
    // The figures come from the read models: bring them up to the log first (safe beside a server).
    await this.readModels.start();
    const volunteerId = this.resolve(wanted.trim());
    const row = this.volunteers.findById(volunteerId);
    if (!row) throw new CliFailure(`no volunteer ${wanted}`, 2);
    // As the API answers it: the qualification under the rule set that will judge the volunteer.
    const summary = this.stars.volunteerSummary(SYSTEM_ACTOR, volunteerId);
    const history = this.queries.history(SYSTEM_ACTOR, volunteerId, options.lines ?? HISTORY_DEFAULT);
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ summary, history: history.items }, null, 2)}\n`);
      return;
    }
    const p = summary.points;
    const lines = [
      `volunteer  ${volunteerId}  ${row.volunteer_no}  region ${row.region_code}  ${row.status}`,
      `hours      confirmed ${summary.confirmedMinutes} min (${(summary.confirmedMinutes / 60).toFixed(1)} h), pending ${summary.pendingMinutes} min`,
      `star       awarded ${summary.starLevel}★, hours qualify for ${summary.qualifiedStarLevel}★ ` +
        `under ${summary.starRuleSet.name} (${summary.starRuleSet.id})`,
      `points     available ${p.available}, held ${p.held}, earned ${p.earned}, spent ${p.spent}, expired ${p.expired}`,
      `time bank  ${summary.timeBank.balanceMinutes} min`,
      '',
      history.items.length ? `latest ${history.items.length} history lines, newest first:` : 'no history yet',
      ...history.items.map(
        (item) =>
          `  ${item.at}  ${item.kind.padEnd(9)} ${signed(item.delta).padStart(7)}  → ${String(item.balanceAfter).padStart(7)}  ` +
          `${item.reason}  [${item.source.type} ${item.source.id}]`,
      ),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }

  /** A volunteer id as it is; a volunteer number through the volunteers read model. */
  private resolve(wanted: string): string {
    if (VOLUNTEER_ID_FORMAT.test(wanted)) return wanted;
    if (!VOLUNTEER_NO.test(wanted)) {
      throw new CliFailure(`"${wanted}" is neither a volunteer id (vol-…) nor a volunteer number`, 2);
    }
    const found = this.db
      .prepare<[string], { volunteer_id: string }>(
        'SELECT volunteer_id FROM volunteers WHERE volunteer_no = ?',
      )
      .get(wanted);
    if (!found) throw new CliFailure(`no volunteer ${wanted}`, 2);
    return found.volunteer_id;
  }

  @Option({ flags: '--json', description: 'print {summary, history} as the API answers them' })
  parseJson(): boolean {
    return true;
  }

  @Option({
    flags: '--lines <n>',
    description: `history lines to show (default ${HISTORY_DEFAULT}, at most 200)`,
  })
  parseLines(value: string): number {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 200)
      throw new CliFailure('--lines must be a whole number from 1 to 200', 2);
    return n;
  }
}

@Command({ name: 'ledger', description: 'A volunteer’s ledger', subCommands: [LedgerBalanceCommand] })
export class LedgerCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}
