import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

export const WEBHOOKS_FILE = 'webhooks.sqlite';

export interface WebhookRow {
  webhook_id: string;
  url: string;
  /** JSON array of event type names, or ["*"]. */
  events: string;
  region_code: string;
  registered_at: string;
  registered_by: string;
  /** Set by WebhookDisabled: nothing more is queued or sent. */
  disabled_at: string | null;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface DeliveryRow {
  delivery_id: string;
  seq: number;
  webhook_id: string;
  event_id: string;
  event_type: string;
  position: number;
  body: string;
  status: DeliveryStatus;
  attempts: number;
  /** Epoch milliseconds of the next attempt (real time: retries are operational, not business). */
  next_attempt_at: number;
  last_status_code: number | null;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

export interface AttemptRow {
  delivery_id: string;
  attempt: number;
  at: string;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}

export const deliveryIdOf = (webhookId: string, eventId: string): string =>
  `dlv-${createHash('sha256').update(`${webhookId}\u0000${eventId}`).digest('hex').slice(0, 24)}`;

/**
 * The webhooks' own store, beside the log in the data dir (owner-only, like the volunteers' keys):
 * the secrets (never in the log), the webhooks as their events registered them, the outbox of
 * deliveries with its checkpoint in the log (written in one transaction with the deliveries it
 * adds: at least once, never skipped), and the log of every attempt.
 */
export class WebhookOutbox {
  private readonly statements;

  constructor(readonly db: Database.Database) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS wh_secrets (webhook_id TEXT PRIMARY KEY, secret TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS wh_webhooks (
        webhook_id    TEXT PRIMARY KEY,
        url           TEXT NOT NULL,
        events        TEXT NOT NULL,
        region_code   TEXT NOT NULL,
        registered_at TEXT NOT NULL,
        registered_by TEXT NOT NULL,
        disabled_at   TEXT
      );
      CREATE TABLE IF NOT EXISTS wh_checkpoint (id INTEGER PRIMARY KEY CHECK (id = 1), position INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS wh_stream_regions (stream TEXT PRIMARY KEY, region_code TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS wh_deliveries (
        seq              INTEGER PRIMARY KEY AUTOINCREMENT,
        delivery_id      TEXT NOT NULL UNIQUE,
        webhook_id       TEXT NOT NULL,
        event_id         TEXT NOT NULL,
        event_type       TEXT NOT NULL,
        position         INTEGER NOT NULL,
        body             TEXT NOT NULL,
        status           TEXT NOT NULL,
        attempts         INTEGER NOT NULL,
        next_attempt_at  INTEGER NOT NULL,
        last_status_code INTEGER,
        last_error       TEXT,
        created_at       TEXT NOT NULL,
        delivered_at     TEXT
      );
      CREATE INDEX IF NOT EXISTS wh_deliveries_queue ON wh_deliveries (webhook_id, status, seq);
      CREATE TABLE IF NOT EXISTS wh_attempts (
        delivery_id TEXT NOT NULL,
        attempt     INTEGER NOT NULL,
        at          TEXT NOT NULL,
        status_code INTEGER,
        error       TEXT,
        duration_ms INTEGER NOT NULL,
        PRIMARY KEY (delivery_id, attempt)
      );`);
    // A file made before webhooks could be disabled gains the column.
    const columns = db.prepare<[], { name: string }>('PRAGMA table_info(wh_webhooks)').all();
    if (!columns.some((c) => c.name === 'disabled_at'))
      db.exec('ALTER TABLE wh_webhooks ADD COLUMN disabled_at TEXT');
    this.statements = {
      saveSecret: db.prepare('INSERT OR REPLACE INTO wh_secrets (webhook_id, secret) VALUES (?, ?)'),
      secret: db.prepare<[string], { secret: string }>('SELECT secret FROM wh_secrets WHERE webhook_id = ?'),
      addWebhook: db.prepare(
        `INSERT OR IGNORE INTO wh_webhooks (webhook_id, url, events, region_code, registered_at, registered_by)
         VALUES (@webhookId, @url, @events, @regionCode, @registeredAt, @registeredBy)`,
      ),
      webhooks: db.prepare<[], WebhookRow>('SELECT * FROM wh_webhooks ORDER BY registered_at, webhook_id'),
      webhook: db.prepare<[string], WebhookRow>('SELECT * FROM wh_webhooks WHERE webhook_id = ?'),
      checkpoint: db.prepare<[], { position: number }>('SELECT position FROM wh_checkpoint WHERE id = 1'),
      saveCheckpoint: db.prepare(
        'INSERT INTO wh_checkpoint (id, position) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET position = excluded.position',
      ),
      streamRegion: db.prepare<[string], { region_code: string }>(
        'SELECT region_code FROM wh_stream_regions WHERE stream = ?',
      ),
      saveStreamRegion: db.prepare(
        'INSERT OR IGNORE INTO wh_stream_regions (stream, region_code) VALUES (?, ?)',
      ),
      enqueue: db.prepare(
        `INSERT OR IGNORE INTO wh_deliveries (delivery_id, webhook_id, event_id, event_type, position, body, status, attempts, next_attempt_at, created_at)
         VALUES (@deliveryId, @webhookId, @eventId, @eventType, @position, @body, 'pending', 0, 0, @createdAt)`,
      ),
      heads: db.prepare<[], DeliveryRow>(
        `SELECT d.* FROM wh_deliveries d
         WHERE d.status = 'pending'
           AND d.webhook_id NOT IN (SELECT webhook_id FROM wh_webhooks WHERE disabled_at IS NOT NULL)
           AND d.seq = (SELECT min(seq) FROM wh_deliveries p WHERE p.webhook_id = d.webhook_id AND p.status = 'pending')`,
      ),
      attempted: db.prepare(
        `UPDATE wh_deliveries SET status = @status, attempts = attempts + 1, next_attempt_at = @nextAttemptAt,
           last_status_code = @statusCode, last_error = @error, delivered_at = @deliveredAt
         WHERE delivery_id = @deliveryId AND status = 'pending'`,
      ),
      disable: db.prepare(
        'UPDATE wh_webhooks SET disabled_at = ? WHERE webhook_id = ? AND disabled_at IS NULL',
      ),
      dropPending: db.prepare(
        `UPDATE wh_deliveries SET status = 'failed', last_error = 'the webhook was disabled'
         WHERE webhook_id = ? AND status = 'pending'`,
      ),
      logAttempt: db.prepare(
        `INSERT OR REPLACE INTO wh_attempts (delivery_id, attempt, at, status_code, error, duration_ms)
         VALUES (@deliveryId, @attempt, @at, @statusCode, @error, @durationMs)`,
      ),
      deliveries: db.prepare<[string, number, number], DeliveryRow>(
        'SELECT * FROM wh_deliveries WHERE webhook_id = ? ORDER BY seq DESC LIMIT ? OFFSET ?',
      ),
      countDeliveries: db.prepare<[string], { n: number }>(
        'SELECT count(*) AS n FROM wh_deliveries WHERE webhook_id = ?',
      ),
      attempts: db.prepare<[string], AttemptRow>(
        'SELECT * FROM wh_attempts WHERE delivery_id = ? ORDER BY attempt',
      ),
    };
  }

  static open(file: string): WebhookOutbox {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    // Owner-only before SQLite opens it: the file holds the webhooks' secrets.
    closeSync(openSync(file, 'a', 0o600));
    chmodSync(file, 0o600);
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    return new WebhookOutbox(db);
  }

  saveSecret(webhookId: string, secret: string): void {
    this.statements.saveSecret.run(webhookId, secret);
  }

  secretOf(webhookId: string): string | undefined {
    return this.statements.secret.get(webhookId)?.secret;
  }

  webhooks(): WebhookRow[] {
    return this.statements.webhooks.all();
  }

  webhook(webhookId: string): WebhookRow | undefined {
    return this.statements.webhook.get(webhookId);
  }

  get checkpoint(): number {
    return this.statements.checkpoint.get()?.position ?? 0;
  }

  /** Runs `work` and advances the checkpoint in one transaction. */
  advance(position: number, work: () => void): void {
    this.db.transaction(() => {
      work();
      this.statements.saveCheckpoint.run(position);
    })();
  }

  addWebhook(row: {
    webhookId: string;
    url: string;
    events: string;
    regionCode: string;
    registeredAt: string;
    registeredBy: string;
  }): void {
    this.statements.addWebhook.run(row);
  }

  /** The webhook receives nothing more; what waited for it is marked failed, never sent. */
  disableWebhook(webhookId: string, at: string): void {
    this.statements.disable.run(at, webhookId);
    this.statements.dropPending.run(webhookId);
  }

  streamRegion(stream: string): string | undefined {
    return this.statements.streamRegion.get(stream)?.region_code;
  }

  saveStreamRegion(stream: string, regionCode: string): void {
    this.statements.saveStreamRegion.run(stream, regionCode);
  }

  enqueue(row: {
    deliveryId: string;
    webhookId: string;
    eventId: string;
    eventType: string;
    position: number;
    body: string;
    createdAt: string;
  }): void {
    this.statements.enqueue.run(row);
  }

  /** The oldest pending delivery of every webhook: only it may be sent, so each webhook's order holds. */
  heads(): DeliveryRow[] {
    return this.statements.heads.all();
  }

  recordAttempt(
    delivery: DeliveryRow,
    outcome: {
      status: DeliveryStatus;
      nextAttemptAt: number;
      statusCode: number | null;
      error: string | null;
      at: string;
      durationMs: number;
    },
  ): void {
    this.db.transaction(() => {
      this.statements.attempted.run({
        deliveryId: delivery.delivery_id,
        status: outcome.status,
        nextAttemptAt: outcome.nextAttemptAt,
        statusCode: outcome.statusCode,
        error: outcome.error,
        deliveredAt: outcome.status === 'delivered' ? outcome.at : null,
      });
      this.statements.logAttempt.run({
        deliveryId: delivery.delivery_id,
        attempt: delivery.attempts + 1,
        at: outcome.at,
        statusCode: outcome.statusCode,
        error: outcome.error,
        durationMs: outcome.durationMs,
      });
    })();
  }

  deliveries(webhookId: string, limit: number, offset: number): { rows: DeliveryRow[]; total: number } {
    return {
      rows: this.statements.deliveries.all(webhookId, limit, offset),
      total: this.statements.countDeliveries.get(webhookId)?.n ?? 0,
    };
  }

  attemptsOf(deliveryId: string): AttemptRow[] {
    return this.statements.attempts.all(deliveryId);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
