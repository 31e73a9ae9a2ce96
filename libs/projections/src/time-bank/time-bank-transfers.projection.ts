import type { TimeBankTransferredIn, TimeBankTransferredOut } from '@ledger/domain';
import type { Projection } from '../projection';

export interface TimeBankTransferRow {
  transfer_id: string;
  from_volunteer_id: string;
  to_volunteer_id: string;
  minutes: number;
  out_at: string;
  out_position: number;
  /** Null until the receiver's stream holds the transfer: a transfer half done. */
  in_position: number | null;
}

/**
 * Every family transfer of time-bank minutes with both of its halves: out on the giver's stream,
 * in on the receiver's. A transfer whose in half is missing is one the recovery pass completes.
 */
export const timeBankTransfersProjection: Projection = {
  name: 'time-bank-transfers',
  version: 1,
  tables: ['time_bank_transfers'],
  schema: `
    CREATE TABLE IF NOT EXISTS time_bank_transfers (
      transfer_id       TEXT PRIMARY KEY,
      from_volunteer_id TEXT NOT NULL,
      to_volunteer_id   TEXT NOT NULL,
      minutes           INTEGER NOT NULL,
      out_at            TEXT NOT NULL,
      out_position      INTEGER NOT NULL,
      in_position       INTEGER
    );
    CREATE INDEX IF NOT EXISTS time_bank_transfers_half_done
      ON time_bank_transfers (out_position) WHERE in_position IS NULL;`,
  eventTypes: ['TimeBankTransferredOut', 'TimeBankTransferredIn'],
  bind(db) {
    const out = db.prepare(
      `INSERT INTO time_bank_transfers (transfer_id, from_volunteer_id, to_volunteer_id, minutes, out_at, out_position)
       VALUES (@transferId, @from, @to, @minutes, @at, @position)
       ON CONFLICT (transfer_id) DO UPDATE SET out_position = excluded.out_position, out_at = excluded.out_at`,
    );
    // The in half always follows its out half in the log; upsert anyway, so no event is ever lost.
    const into = db.prepare(
      `INSERT INTO time_bank_transfers (transfer_id, from_volunteer_id, to_volunteer_id, minutes, out_at, out_position, in_position)
       VALUES (@transferId, @from, @to, @minutes, @at, 0, @position)
       ON CONFLICT (transfer_id) DO UPDATE SET in_position = excluded.in_position`,
    );
    return (recorded) => {
      const event = recorded as unknown as TimeBankTransferredOut | TimeBankTransferredIn;
      const d = event.data;
      if (event.type === 'TimeBankTransferredOut') {
        out.run({
          transferId: d.transferId,
          from: d.volunteerId,
          to: event.data.toVolunteerId,
          minutes: d.minutes,
          at: d.at,
          position: recorded.position,
        });
      } else {
        into.run({
          transferId: d.transferId,
          from: event.data.fromVolunteerId,
          to: d.volunteerId,
          minutes: d.minutes,
          at: d.at,
          position: recorded.position,
        });
      }
    };
  },
};
