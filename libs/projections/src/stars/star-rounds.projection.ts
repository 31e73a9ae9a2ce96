import type { StarRoundEvent } from '@ledger/domain';
import { STAR_ROUND_EVENT_TYPES } from '@ledger/domain';
import type { Projection } from '../projection';

export interface StarRoundRow {
  round_id: string;
  region_code: string;
  cutoff: string;
  rule_set_id: string;
  rule_version: string;
  window: string;
  notice_working_days: number;
  status: string;
  draw: number;
  candidate_count: number;
  excluded_count: number;
  notice_published_on: string | null;
  notice_ends_on: string | null;
  awarded: number;
  unchanged: number;
  skipped: number;
  opened_by: string;
  opened_at: string;
  drawn_at: string | null;
  finalized_at: string | null;
  revision: number;
}

export interface StarRoundCandidateRow {
  round_id: string;
  volunteer_id: string;
  confirmed_minutes: number;
  current_star_level: number;
  proposed_star_level: number;
  excluded_reason: string | null;
  outcome: string | null;
  outcome_code: string | null;
}

/** Rounds and their candidates, as GET /star-rounds/{id} and the CLI show them. */
export const starRoundsProjection: Projection = {
  name: 'star-rounds',
  version: 1,
  tables: ['star_rounds', 'star_round_candidates', 'star_round_exclusions_memo'],
  schema: `
    CREATE TABLE IF NOT EXISTS star_rounds (
      round_id            TEXT PRIMARY KEY,
      region_code         TEXT NOT NULL,
      cutoff              TEXT NOT NULL,
      rule_set_id         TEXT NOT NULL,
      rule_version        TEXT NOT NULL,
      window              TEXT NOT NULL,
      notice_working_days INTEGER NOT NULL,
      status              TEXT NOT NULL,
      draw                INTEGER NOT NULL DEFAULT 0,
      candidate_count     INTEGER NOT NULL DEFAULT 0,
      excluded_count      INTEGER NOT NULL DEFAULT 0,
      notice_published_on TEXT,
      notice_ends_on      TEXT,
      awarded             INTEGER NOT NULL DEFAULT 0,
      unchanged           INTEGER NOT NULL DEFAULT 0,
      skipped             INTEGER NOT NULL DEFAULT 0,
      opened_by           TEXT NOT NULL,
      opened_at           TEXT NOT NULL,
      drawn_at            TEXT,
      finalized_at        TEXT,
      revision            INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS star_rounds_opened ON star_rounds (opened_at);
    CREATE TABLE IF NOT EXISTS star_round_candidates (
      round_id            TEXT NOT NULL,
      volunteer_id        TEXT NOT NULL,
      confirmed_minutes   INTEGER NOT NULL,
      current_star_level  INTEGER NOT NULL,
      proposed_star_level INTEGER NOT NULL,
      excluded_reason     TEXT,
      outcome             TEXT,
      outcome_code        TEXT,
      PRIMARY KEY (round_id, volunteer_id)
    ) WITHOUT ROWID;
    -- Exclusions outlive a redraw: a candidate drawn again stays excluded.
    CREATE TABLE IF NOT EXISTS star_round_exclusions_memo (
      round_id     TEXT NOT NULL,
      volunteer_id TEXT NOT NULL,
      reason       TEXT NOT NULL,
      PRIMARY KEY (round_id, volunteer_id)
    ) WITHOUT ROWID;`,
  eventTypes: STAR_ROUND_EVENT_TYPES,
  bind(db) {
    const open = db.prepare(
      `INSERT OR IGNORE INTO star_rounds (round_id, region_code, cutoff, rule_set_id, rule_version, window,
         notice_working_days, status, opened_by, opened_at, revision)
       VALUES (@roundId, @regionCode, @cutoff, @ruleSetId, @ruleVersion, @window, @noticeWorkingDays, 'open',
         @openedBy, @openedAt, @revision)`,
    );
    const touch = db.prepare('UPDATE star_rounds SET revision = ? WHERE round_id = ?');
    const drawn = db.prepare(
      `UPDATE star_rounds SET status = 'drawn', draw = ?, candidate_count = ?, excluded_count = 0, drawn_at = ?
       WHERE round_id = ?`,
    );
    const clearCandidates = db.prepare('DELETE FROM star_round_candidates WHERE round_id = ?');
    const addCandidate = db.prepare(
      `INSERT OR REPLACE INTO star_round_candidates (round_id, volunteer_id, confirmed_minutes, current_star_level,
         proposed_star_level, excluded_reason)
       VALUES (?, ?, ?, ?, ?, (SELECT reason FROM star_round_exclusions_memo WHERE round_id = ? AND volunteer_id = ?))`,
    );
    const exclude = db.prepare(
      'UPDATE star_round_candidates SET excluded_reason = ? WHERE round_id = ? AND volunteer_id = ?',
    );
    const countExcluded = db.prepare(
      `UPDATE star_rounds SET excluded_count = (SELECT COUNT(*) FROM star_round_candidates
         WHERE round_id = @roundId AND excluded_reason IS NOT NULL) WHERE round_id = @roundId`,
    );
    const noticed = db.prepare(
      `UPDATE star_rounds SET status = 'noticed', notice_published_on = ?, notice_ends_on = ? WHERE round_id = ?`,
    );
    const status = db.prepare('UPDATE star_rounds SET status = ? WHERE round_id = ?');
    const outcome = db.prepare(
      'UPDATE star_round_candidates SET outcome = ?, outcome_code = ? WHERE round_id = ? AND volunteer_id = ?',
    );
    const tally = db.prepare(
      `UPDATE star_rounds SET awarded = awarded + ?, unchanged = unchanged + ?, skipped = skipped + ?
       WHERE round_id = ?`,
    );
    const finalized = db.prepare(
      `UPDATE star_rounds SET status = 'finalized', finalized_at = ? WHERE round_id = ?`,
    );
    const memo = db.prepare(
      'INSERT OR REPLACE INTO star_round_exclusions_memo (round_id, volunteer_id, reason) VALUES (?, ?, ?)',
    );

    return (recorded) => {
      const event = recorded as unknown as StarRoundEvent;
      const roundId = event.data.roundId;
      switch (event.type) {
        case 'StarRoundOpened':
          open.run({ ...event.data, revision: recorded.revision });
          break;
        case 'StarRoundDrawn':
          clearCandidates.run(roundId);
          drawn.run(event.data.draw, event.data.candidateCount, event.data.drawnAt, roundId);
          break;
        case 'StarRoundCandidatesRecorded':
          for (const c of event.data.candidates) {
            addCandidate.run(
              roundId,
              c.volunteerId,
              c.confirmedMinutes,
              c.currentStarLevel,
              c.proposedStarLevel,
              roundId,
              c.volunteerId,
            );
          }
          countExcluded.run({ roundId });
          break;
        case 'StarRoundCandidateExcluded':
          memo.run(roundId, event.data.volunteerId, event.data.reason);
          exclude.run(event.data.reason, roundId, event.data.volunteerId);
          countExcluded.run({ roundId });
          break;
        case 'StarRoundNoticePublished':
          noticed.run(event.data.publishedOn, event.data.noticeEndsOn, roundId);
          break;
        case 'StarRoundFinalizationStarted':
          status.run('finalizing', roundId);
          break;
        case 'StarRoundAwardsRecorded': {
          const n = { awarded: 0, unchanged: 0, skipped: 0 };
          for (const o of event.data.outcomes) {
            n[o.outcome]++;
            outcome.run(o.outcome, o.code ?? null, roundId, o.volunteerId);
          }
          tally.run(n.awarded, n.unchanged, n.skipped, roundId);
          break;
        }
        case 'StarRoundFinalized':
          finalized.run(event.data.finalizedAt, roundId);
          break;
      }
      touch.run(recorded.revision, roundId);
    };
  },
};
