/**
 * Progress for long CLI work, on stderr so that stdout stays clean for data (export writes NDJSON
 * there). On a terminal it redraws one line; elsewhere (CI, logs) it prints a line every few seconds.
 */
export class Progress {
  private readonly started = Date.now();
  private lastPrint = Date.now();
  private readonly tty = process.stderr.isTTY === true;

  constructor(private readonly label: string) {}

  update(done: number, total?: number): void {
    const now = Date.now();
    if (now - this.lastPrint < (this.tty ? 200 : 5000)) return;
    this.lastPrint = now;
    const line = this.format(done, total);
    if (this.tty) process.stderr.write(`\r${line}\u001b[K`);
    else process.stderr.write(`${line}\n`);
  }

  finish(summary: string): void {
    if (this.tty) process.stderr.write('\r\u001b[K');
    process.stderr.write(`${this.label}: ${summary} (${this.seconds().toFixed(1)} s)\n`);
  }

  seconds(): number {
    return (Date.now() - this.started) / 1000;
  }

  private format(done: number, total?: number): string {
    const rate = Math.round(done / Math.max(this.seconds(), 0.001));
    const share = total
      ? ` / ${total.toLocaleString('en')} (${Math.min(100, (100 * done) / Math.max(total, 1)).toFixed(1)}%)`
      : '';
    return `${this.label}: ${done.toLocaleString('en')}${share} events, ${rate.toLocaleString('en')}/s`;
  }
}
