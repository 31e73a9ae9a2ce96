/**
 * The two reference servers of `npm run bench:api`, each a minimal NestJS 11 app on Fastify serving
 * the same route and request body as the ledger's `POST /api/v1/service-records`:
 *
 * - `ceiling`: parses the JSON body and answers 201 with a small JSON object — no database, no auth,
 *   no validation: what the framework alone can do on this machine;
 * - `single-insert`: the same, after one better-sqlite3 INSERT of the body into a fresh file in WAL
 *   mode with synchronous=FULL, one transaction (one flush) per request — a durable write done the
 *   simple way.
 *
 * Run as a child process of the bench (so the load generator has its own event loop):
 * `node dist/bench/api/baseline-apps.js <ceiling|single-insert> <port> [sqlite file]`.
 * It prints `{"msg":"listening","url":...}` once it listens on 127.0.0.1 and stops on SIGTERM.
 */
import 'reflect-metadata';
import Database from 'better-sqlite3';
import { Body, Controller, type DynamicModule, Get, HttpCode, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';

export const BASELINES = ['ceiling', 'single-insert'] as const;
export type BaselineName = (typeof BASELINES)[number];

interface SessionBody {
  readonly volunteerId: string;
  readonly activityId: string;
  readonly startedAt: string;
  readonly endedAt: string;
  readonly content: string;
}

/** Where a baseline puts a request before answering. */
abstract class Sink {
  abstract write(id: string, body: SessionBody): void;
  abstract close(): void;
}

class NoSink extends Sink {
  write(): void {}
  close(): void {}
}

/** One autocommitted INSERT per request: with WAL + synchronous=FULL every commit flushes the WAL. */
class SqliteSink extends Sink {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement;

  constructor(file: string) {
    super();
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS events (
      position INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      stream TEXT NOT NULL,
      type TEXT NOT NULL,
      data TEXT NOT NULL,
      recorded_at TEXT NOT NULL
    )`);
    this.insert = this.db.prepare(
      'INSERT INTO events (id, stream, type, data, recorded_at) VALUES (?, ?, ?, ?, ?)',
    );
  }

  write(id: string, body: SessionBody): void {
    this.insert.run(
      id,
      `volunteer-${body.volunteerId}`,
      'ServiceRecorded',
      JSON.stringify(body),
      new Date().toISOString(),
    );
  }

  close(): void {
    this.db.close();
  }
}

const minutesOf = (body: SessionBody): number =>
  Math.floor((Date.parse(body.endedAt) - Date.parse(body.startedAt)) / 60_000);

@Controller()
class BaselineController {
  private next = 0;

  constructor(private readonly sink: Sink) {}

  @Get('health')
  health(): { status: string } {
    return { status: 'ok' };
  }

  @Post('api/v1/service-records')
  @HttpCode(201)
  record(@Body() body: SessionBody): { id: string; status: string; minutes: number } {
    const id = `rec-${process.pid}-${++this.next}`;
    this.sink.write(id, body);
    return { id, status: 'pending', minutes: minutesOf(body) };
  }
}

@Module({})
class BaselineModule {
  static with(sink: Sink): DynamicModule {
    return {
      module: BaselineModule,
      controllers: [BaselineController],
      providers: [{ provide: Sink, useValue: sink }],
    };
  }
}

async function main(): Promise<void> {
  const [mode, portText, file] = process.argv.slice(2);
  if (!(BASELINES as readonly string[]).includes(mode) || !/^\d+$/.test(portText ?? ''))
    throw new Error(`usage: baseline-apps.js <${BASELINES.join('|')}> <port> [sqlite file]`);
  if (mode === 'single-insert' && !file) throw new Error('single-insert needs the sqlite file to write');
  const sink = mode === 'single-insert' ? new SqliteSink(file) : new NoSink();
  const app = await NestFactory.create<NestFastifyApplication>(
    BaselineModule.with(sink),
    new FastifyAdapter(),
    {
      logger: false,
    },
  );
  await app.listen({ host: '127.0.0.1', port: Number(portText) });
  const stop = () => {
    app.close().then(
      () => {
        sink.close();
        process.exit(0);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  console.log(JSON.stringify({ msg: 'listening', url: await app.getUrl(), mode }));
}

if (require.main === module) {
  void main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
