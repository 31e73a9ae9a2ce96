import type Database from 'better-sqlite3';
import type { TimeBankTransferRow } from './time-bank-transfers.projection';

/** Reads over the time-bank transfers read model. */
export class TimeBankTransfersReadModel {
  private readonly halfDone: Database.Statement<[number, number], TimeBankTransferRow>;
  private readonly byId: Database.Statement<[string], TimeBankTransferRow>;

  constructor(db: Database.Database) {
    this.halfDone = db.prepare(
      `SELECT * FROM time_bank_transfers WHERE in_position IS NULL AND out_position > ?
       ORDER BY out_position LIMIT ?`,
    );
    this.byId = db.prepare('SELECT * FROM time_bank_transfers WHERE transfer_id = ?');
  }

  /** Transfers out whose in half is not on the receiver's stream yet, oldest first, after a position. */
  halfDoneTransfers(afterPosition = 0, limit = 500): TimeBankTransferRow[] {
    return this.halfDone.all(afterPosition, limit);
  }

  findById(transferId: string): TimeBankTransferRow | undefined {
    return this.byId.get(transferId);
  }
}
