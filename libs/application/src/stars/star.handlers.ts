import { Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  awardableCandidates,
  businessDateOf,
  NotFound,
  qualificationWindow,
  RuleViolation,
  type StarAwardOutcome,
  type StarCandidate,
  type StarRoundCommand,
  starIdFor,
  type StarRevoked,
  starRoundDecider,
  type StarRoundState,
  starRoundStream,
  starRuleSetDecider,
  starRuleSetStream,
  volunteerDecider,
  volunteerStream,
} from '@ledger/domain';
import { StarQualificationReadModel, StarRoundsReadModel, VolunteersReadModel } from '@ledger/projections';
import { assertRegion, assertRole } from '../access/access-policy';
import { type CommandContext, commandMetadata } from '../ledger/command-context';
import { DeciderRunner } from '../ledger/decider-runner';
import { stepContext } from '../volunteering/step-context';
import {
  DefineRuleSetCommand,
  DrawStarRoundCommand,
  ExcludeStarCandidateCommand,
  FinalizeStarRoundCommand,
  OpenStarRoundCommand,
  PublishStarNoticeCommand,
  RevokeStarCommand,
  type StarVersioned,
} from './star.commands';
import { assertProvinceAdministrator, assertRunsRound } from './star-access';
import { starAwardCommandId } from './star-award-id';
import { StarRuleSets } from './star-rule-sets';
import {
  type RuleSetView,
  ruleSetViewOf,
  type StarRevocationView,
  type StarRoundView,
  starRoundViewOf,
} from './star.views';

/** Award outcomes are recorded on the round this many at a time: a crash repeats at most this many. */
const AWARDS_PER_RECORD = 500;

type RoundCommandOf<T extends StarRoundCommand['type']> = Extract<StarRoundCommand, { type: T }>;

/** The round's state and the read model's view of it, behind the access check of who runs rounds. */
async function roundFor(runner: DeciderRunner, roundId: string, context: CommandContext) {
  const { state, revision } = await runner.current(starRoundDecider, starRoundStream(roundId));
  if (state.status === 'none') throw new NotFound('star round', roundId);
  assertRunsRound(context.actor, state.regionCode);
  return { state, revision };
}

function viewOf(rounds: StarRoundsReadModel, ruleSets: StarRuleSets, roundId: string): StarRoundView {
  const row = rounds.find(roundId);
  if (!row) throw new Error(`star round ${roundId}: not in the read model after its write`);
  return starRoundViewOf(row, ruleSets.refOf(row.rule_set_id));
}

function roundCommand<T extends StarRoundCommand['type']>(
  type: T,
  data: RoundCommandOf<T>['data'],
  context: CommandContext,
): RoundCommandOf<T> {
  return { type, data, metadata: commandMetadata(context) } as unknown as RoundCommandOf<T>;
}

@CommandHandler(DefineRuleSetCommand)
export class DefineRuleSetHandler implements ICommandHandler<DefineRuleSetCommand> {
  constructor(private readonly runner: DeciderRunner) {}

  async execute({ input, context }: DefineRuleSetCommand): Promise<StarVersioned<RuleSetView>> {
    assertProvinceAdministrator(context.actor);
    const ruleSetId = starIdFor('ruleSet', context.commandId);
    const result = await this.runner.handle(
      starRuleSetDecider,
      starRuleSetStream(ruleSetId),
      {
        type: 'DefineStarRuleSet',
        data: { ruleSetId, ...input, regionCode: context.actor.regionCode },
        metadata: commandMetadata(context),
      },
      context,
    );
    if (result.state.status === 'none') throw new Error(`rule set ${ruleSetId}: no event recorded`);
    const { status: _status, ...ruleSet } = result.state;
    return { view: ruleSetViewOf(ruleSet), revision: result.revision };
  }
}

@CommandHandler(OpenStarRoundCommand)
export class OpenStarRoundHandler implements ICommandHandler<OpenStarRoundCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly ruleSets: StarRuleSets,
    private readonly rounds: StarRoundsReadModel,
  ) {}

  async execute({ input, context }: OpenStarRoundCommand): Promise<StarVersioned<StarRoundView>> {
    assertRunsRound(context.actor, input.regionCode);
    const { ruleSet } = await this.ruleSets.find(input.ruleSetId ?? 'national');
    const roundId = starIdFor('round', context.commandId);
    const result = await this.runner.handle(
      starRoundDecider,
      starRoundStream(roundId),
      roundCommand(
        'OpenStarRound',
        { roundId, regionCode: input.regionCode, cutoff: input.cutoff, ruleSet },
        context,
      ),
      context,
      { ruleVersion: `${ruleSet.id}@v${ruleSet.version}` },
    );
    return { view: viewOf(this.rounds, this.ruleSets, roundId), revision: result.revision };
  }
}

@CommandHandler(DrawStarRoundCommand)
export class DrawStarRoundHandler implements ICommandHandler<DrawStarRoundCommand> {
  private readonly logger = new Logger('StarRounds');

  constructor(
    private readonly runner: DeciderRunner,
    private readonly qualification: StarQualificationReadModel,
    private readonly rounds: StarRoundsReadModel,
    private readonly ruleSets: StarRuleSets,
  ) {}

  async execute({
    roundId,
    context,
    expectedRevision,
  }: DrawStarRoundCommand): Promise<StarVersioned<StarRoundView & { candidates: StarCandidate[] }>> {
    const { state } = await roundFor(this.runner, roundId, context);
    const started = Date.now();
    const window = qualificationWindow(state.cutoff, state.window);
    // Drawn from the qualification read model, never by replaying volunteers' streams; a round past
    // its draw is refused by the decider, so it is not worth the query.
    const drawable = state.status === 'open' || state.status === 'drawn';
    const drawn = !drawable
      ? { candidates: [], position: 0 }
      : this.qualification.drawCandidates({
          regionCode: state.regionCode,
          from: window.from,
          to: window.to,
          asOf: businessDateOf(context.now),
          thresholdsHours: state.thresholdsHours,
        });
    const result = await this.runner.handle(
      starRoundDecider,
      starRoundStream(roundId),
      roundCommand(
        'DrawStarRound',
        { roundId, asOfPosition: drawn.position, candidates: drawn.candidates },
        context,
      ),
      context,
      { expectedRevision, ruleVersion: state.ruleVersion },
    );
    // The candidates as recorded by this command (a retried request gets its first answer).
    const candidates = result.events.flatMap((e) =>
      e.type === 'StarRoundCandidatesRecorded' ? e.data.candidates : [],
    );
    this.logger.log({
      msg: 'star round drawn',
      roundId,
      candidates: candidates.length,
      ms: Date.now() - started,
      alreadyHandled: result.alreadyHandled,
    });
    return {
      view: { ...viewOf(this.rounds, this.ruleSets, roundId), candidates },
      revision: result.revision,
    };
  }
}

@CommandHandler(ExcludeStarCandidateCommand)
export class ExcludeStarCandidateHandler implements ICommandHandler<ExcludeStarCandidateCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly rounds: StarRoundsReadModel,
    private readonly ruleSets: StarRuleSets,
  ) {}

  async execute({
    roundId,
    input,
    context,
    expectedRevision,
  }: ExcludeStarCandidateCommand): Promise<StarVersioned<StarRoundView>> {
    await roundFor(this.runner, roundId, context);
    const result = await this.runner.handle(
      starRoundDecider,
      starRoundStream(roundId),
      roundCommand('ExcludeStarCandidate', { roundId, ...input }, context),
      context,
      { expectedRevision },
    );
    return { view: viewOf(this.rounds, this.ruleSets, roundId), revision: result.revision };
  }
}

@CommandHandler(PublishStarNoticeCommand)
export class PublishStarNoticeHandler implements ICommandHandler<PublishStarNoticeCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly rounds: StarRoundsReadModel,
    private readonly ruleSets: StarRuleSets,
  ) {}

  async execute({
    roundId,
    context,
    expectedRevision,
  }: PublishStarNoticeCommand): Promise<StarVersioned<StarRoundView>> {
    await roundFor(this.runner, roundId, context);
    const result = await this.runner.handle(
      starRoundDecider,
      starRoundStream(roundId),
      roundCommand('PublishStarRoundNotice', { roundId }, context),
      context,
      { expectedRevision },
    );
    return { view: viewOf(this.rounds, this.ruleSets, roundId), revision: result.revision };
  }
}

/**
 * Finalize as a process that can stop anywhere and be run again: the round records that it began,
 * then each award goes to the volunteer's stream under a command id derived from the round and the
 * volunteer (so no award is appended twice, whoever resumes), and the outcomes are recorded on the
 * round in batches; a later finalize skips what the round already settled and completes it.
 */
@CommandHandler(FinalizeStarRoundCommand)
export class FinalizeStarRoundHandler implements ICommandHandler<FinalizeStarRoundCommand> {
  private readonly logger = new Logger('StarRounds');

  constructor(
    private readonly runner: DeciderRunner,
    private readonly rounds: StarRoundsReadModel,
    private readonly ruleSets: StarRuleSets,
  ) {}

  async execute({ roundId, context }: FinalizeStarRoundCommand): Promise<StarVersioned<StarRoundView>> {
    await roundFor(this.runner, roundId, context);
    const stream = starRoundStream(roundId);
    const started = await this.runner.handle(
      starRoundDecider,
      stream,
      roundCommand('StartStarRoundFinalization', { roundId }, context),
      stepContext(context, 'start'),
    );
    let state = started.state;
    let revision = started.revision;
    if (state.status === 'finalizing') {
      const pending = awardableCandidates(state).filter((c) => !state.outcomes.has(c.volunteerId));
      let batch: { volunteerId: string; level: number; outcome: StarAwardOutcome; code?: string }[] = [];
      const flush = async () => {
        if (!batch.length) return;
        const recorded = await this.runner.handle(
          starRoundDecider,
          stream,
          roundCommand('RecordStarAwards', { roundId, outcomes: batch }, context),
          stepContext(context, `awards:${batch[0].volunteerId}`),
        );
        state = recorded.state;
        batch = [];
      };
      for (const candidate of pending) {
        batch.push(await this.award(state, candidate, context));
        if (batch.length >= AWARDS_PER_RECORD) await flush();
      }
      await flush();
      const completed = await this.runner.handle(
        starRoundDecider,
        stream,
        roundCommand('CompleteStarRound', { roundId }, context),
        stepContext(context, 'complete'),
      );
      state = completed.state;
      revision = completed.revision;
      this.logger.log({ msg: 'star round finalized', roundId, settled: pending.length });
    }
    return { view: viewOf(this.rounds, this.ruleSets, roundId), revision };
  }

  private async award(state: StarRoundState, candidate: StarCandidate, context: CommandContext) {
    const { volunteerId, proposedStarLevel: level } = candidate;
    // The same id for this award whoever runs the finalize, however often.
    const awardContext: CommandContext = {
      ...context,
      commandId: starAwardCommandId(state.roundId, volunteerId),
    };
    try {
      const result = await this.runner.handle(
        volunteerDecider,
        volunteerStream(volunteerId),
        {
          type: 'AwardStar',
          data: {
            volunteerId,
            roundId: state.roundId,
            level,
            ruleSetId: state.ruleSetId,
            ruleVersion: state.ruleVersion,
          },
          metadata: commandMetadata(awardContext),
        },
        awardContext,
        { ruleVersion: state.ruleVersion },
      );
      const outcome: StarAwardOutcome = result.events.some((e) => e.type === 'StarAwarded')
        ? 'awarded'
        : 'unchanged';
      return { volunteerId, level, outcome };
    } catch (error) {
      // Banned or forgotten since the draw: recorded as skipped with the reason's code.
      if (error instanceof RuleViolation) {
        return { volunteerId, level, outcome: 'skipped' as const, code: error.code };
      }
      throw error;
    }
  }
}

@CommandHandler(RevokeStarCommand)
export class RevokeStarHandler implements ICommandHandler<RevokeStarCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly volunteers: VolunteersReadModel,
  ) {}

  async execute({
    volunteerId,
    input,
    context,
    expectedRevision,
  }: RevokeStarCommand): Promise<StarVersioned<StarRevocationView>> {
    const volunteer = this.volunteers.findById(volunteerId);
    if (!volunteer) throw new NotFound('volunteer', volunteerId);
    assertRole(context.actor, 'admin');
    assertRegion(context.actor, volunteer.region_code);
    const result = await this.runner.handle(
      volunteerDecider,
      volunteerStream(volunteerId),
      { type: 'RevokeStar', data: { volunteerId, ...input }, metadata: commandMetadata(context) },
      context,
      { expectedRevision },
    );
    const event = result.events.find((e): e is StarRevoked => e.type === 'StarRevoked');
    if (!event) throw new Error(`volunteer ${volunteerId}: the revocation recorded no event`);
    const {
      volunteerId: id,
      level,
      previousLevel,
      reason,
      banYears,
      bannedUntil,
      revokedBy,
      revokedAt,
    } = event.data;
    return {
      view: { volunteerId: id, level, previousLevel, reason, banYears, bannedUntil, revokedBy, revokedAt },
      revision: result.revision,
    };
  }
}

export const STAR_COMMAND_HANDLERS = [
  DefineRuleSetHandler,
  OpenStarRoundHandler,
  DrawStarRoundHandler,
  ExcludeStarCandidateHandler,
  PublishStarNoticeHandler,
  FinalizeStarRoundHandler,
  RevokeStarHandler,
];
