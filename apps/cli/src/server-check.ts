import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The pid of a server that uses this data dir, if one is running. */
export function runningServerPid(dataDir: string): number | undefined {
  const file = join(dataDir, 'server.pid');
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8'));
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}
