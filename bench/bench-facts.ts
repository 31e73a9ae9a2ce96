import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';

/** The checkout's root, seen from a compiled bench (dist/bench/<name>/…). */
export const BENCH_ROOT = join(__dirname, '..', '..');

/** What every bench prints about the machine it ran on. */
export function machine(): string {
  const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
  return (
    `${availableParallelism()} × ${cpus()[0]?.model?.trim() ?? 'cpu'} (nproc ${availableParallelism()}), ` +
    `${gib(totalmem())} RAM, node ${process.version}, ${process.platform} ${process.arch}`
  );
}

/** The commit measured, and whether the working tree differed from it (read-only git calls). */
export function revision(root = BENCH_ROOT): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
    const head = git('rev-parse', '--short', 'HEAD');
    const dirty =
      git('--no-optional-locks', 'status', '--porcelain', '--untracked-files=no', '--', 'apps', 'libs')
        .length > 0;
    return dirty ? `${head} with uncommitted changes to apps/libs` : head;
  } catch {
    return 'unknown revision';
  }
}

/** Seconds since `since` (a Date.now()), for progress lines. */
export const secondsSince = (since: number): string => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Progress of a long setup step, printed every few seconds and at the end. */
export function progress(log: (line: string) => void, what: string, total: number) {
  const started = Date.now();
  let done = 0;
  let printed = started;
  return {
    step() {
      done++;
      if (done === total || Date.now() - printed >= 3000) {
        printed = Date.now();
        log(
          `  ${what}: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} (${secondsSince(started)})`,
        );
      }
    },
  };
}
