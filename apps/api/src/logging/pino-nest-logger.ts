import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';

/**
 * One structured JSON log for the framework, the ledger and the HTTP layer (Fastify shares the
 * same pino instance). Messages are objects with `msg`; nothing personal goes in: ids, never names,
 * ID numbers, phone numbers, request bodies or client addresses.
 */
export function createRootLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'volunteer-ledger' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
}

export class PinoNestLogger implements LoggerService {
  constructor(private readonly root: Logger) {}

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  error(message: unknown, stackOrContext?: string, context?: string): void {
    this.write('error', message, context ?? stackOrContext);
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }
  fatal(message: unknown, context?: string): void {
    this.write('fatal', message, context);
  }

  private write(level: pino.Level, message: unknown, context?: unknown): void {
    const ctx = typeof context === 'string' ? { context } : {};
    if (message !== null && typeof message === 'object' && !(message instanceof Error)) {
      this.root[level]({ ...ctx, ...(message as object) });
    } else if (message instanceof Error) {
      this.root[level]({ ...ctx, err: message }, message.message);
    } else {
      this.root[level](ctx, String(message));
    }
  }
}
