import { StarQueries, type StarRoundView } from '@ledger/application';
import { STAR_ROUND_ID_FORMAT, SYSTEM_ACTOR } from '@ledger/domain';
import { ProjectionRunner } from '@ledger/projections';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { CliFailure } from '../cli-context';

const positive = (flag: string, value: string, max: number): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new CliFailure(`${flag} must be a whole number from 1 to ${max}`, 2);
  return n;
};

/** A plain-text table: columns padded to their widest cell (CJK counted as two). */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = (s: string) =>
    [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c + ' '.repeat(widths[i] - width(c)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const dash = (value: string | null): string => value ?? '-';

interface ListOptions {
  limit?: number;
  json?: boolean;
}

@SubCommand({ name: 'list', description: 'The most recently opened star rounds, every region' })
export class StarRoundsListCommand extends CommandRunner {
  constructor(
    private readonly queries: StarQueries,
    private readonly readModels: ProjectionRunner,
  ) {
    super();
  }

  async run(_: string[], options: ListOptions): Promise<void> {
    await this.readModels.start();
    const rounds = this.queries.recentRounds(options.limit ?? 50);
    if (options.json) {
      console.log(JSON.stringify(rounds, null, 2));
      return;
    }
    if (!rounds.length) {
      console.log('no star rounds yet');
      return;
    }
    console.log(
      table(
        ['id', 'region', 'cutoff', 'rules', 'status', 'candidates', 'excluded', 'notice ends', 'awarded'],
        rounds.map((r: StarRoundView) => [
          r.id,
          r.regionCode,
          r.cutoff,
          r.ruleVersion,
          r.status,
          String(r.candidateCount),
          String(r.excludedCount),
          dash(r.noticeEndsOn),
          String(r.awarded),
        ]),
      ),
    );
    console.log(`${rounds.length} round(s)`);
  }

  @Option({ flags: '-n, --limit <n>', description: 'how many rounds (default 50)' })
  parseLimit(value: string): number {
    return positive('--limit', value, 10_000);
  }

  @Option({ flags: '--json', description: 'print JSON instead of a table' })
  parseJson(): boolean {
    return true;
  }
}

interface ShowOptions {
  candidates?: number;
  json?: boolean;
}

@SubCommand({
  name: 'show',
  arguments: '<id>',
  description: 'A star round: its rules, status, notice and candidates',
})
export class StarRoundsShowCommand extends CommandRunner {
  constructor(
    private readonly queries: StarQueries,
    private readonly readModels: ProjectionRunner,
  ) {
    super();
  }

  async run([id]: string[], options: ShowOptions): Promise<void> {
    if (!STAR_ROUND_ID_FORMAT.test(id)) throw new CliFailure(`${id} is not a star round id (srd-…)`, 2);
    await this.readModels.start();
    const { view } = this.queries.round(SYSTEM_ACTOR, id);
    const limit = options.candidates ?? 20;
    const candidates = this.queries.candidates(SYSTEM_ACTOR, id, limit);
    if (options.json) {
      console.log(JSON.stringify({ ...view, candidates }, null, 2));
      return;
    }
    const fields: [string, string][] = [
      ['round', view.id],
      ['region', view.regionCode],
      ['cutoff', view.cutoff],
      ['rules', `${view.ruleVersion} (${view.window}, notice ${view.noticeWorkingDays} working days)`],
      ['status', view.status],
      ['opened', `${view.openedAt} by ${view.openedBy}`],
      ['drawn', view.drawnAt ? `${view.drawnAt} (draw ${view.draw})` : '-'],
      ['candidates', `${view.candidateCount} (${view.excludedCount} excluded)`],
      ['notice', view.noticePublishedOn ? `${view.noticePublishedOn} → ${view.noticeEndsOn}` : '-'],
      ['finalized', dash(view.finalizedAt)],
      ['awards', `${view.awarded} awarded, ${view.unchanged} unchanged, ${view.skipped} skipped`],
    ];
    for (const [key, value] of fields) console.log(`${key.padEnd(11)}${value}`);
    if (!candidates.length) return;
    console.log('');
    console.log(
      table(
        ['volunteer', 'minutes', 'current', 'proposed', 'excluded', 'outcome'],
        candidates.map((c) => [
          c.volunteerId,
          String(c.confirmedMinutes),
          `${c.currentStarLevel}★`,
          `${c.proposedStarLevel}★`,
          dash(c.excludedReason),
          c.outcome ? `${c.outcome}${c.outcomeCode ? ` (${c.outcomeCode})` : ''}` : '-',
        ]),
      ),
    );
    if (view.candidateCount > candidates.length) {
      console.log(
        `… ${view.candidateCount - candidates.length} more (--candidates <n>, or GET /api/v1/star-rounds/${id}/candidates)`,
      );
    }
  }

  @Option({ flags: '-c, --candidates <n>', description: 'how many candidates to print (default 20)' })
  parseCandidates(value: string): number {
    return positive('--candidates', value, 100_000);
  }

  @Option({ flags: '--json', description: 'print JSON instead of text' })
  parseJson(): boolean {
    return true;
  }
}

@Command({
  name: 'star-rounds',
  description: 'Star-level certification rounds',
  subCommands: [StarRoundsListCommand, StarRoundsShowCommand],
})
export class StarRoundsCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}
