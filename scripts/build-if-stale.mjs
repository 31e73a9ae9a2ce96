// Builds what the tests run (the server and CLI into dist/apps, the console into dist/web) only when
// a source is newer than what was built: a second `npm test` with no change starts its tests at once.
// CI clones afresh, so it always builds; `npm run build` always builds too.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The newest modification time under the given paths, in ms. Folders count too: deleting or renaming a
 * file changes its folder's time, and so does moving in a file that kept an older time of its own.
 */
function newest(paths, skip = () => false) {
  let latest = 0;
  const visit = (path) => {
    if (!existsSync(path) || skip(path)) return;
    const stat = statSync(path);
    latest = Math.max(latest, stat.mtimeMs);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  for (const path of paths) visit(join(root, path));
  return latest;
}

// dist/.built-*: written after a build that succeeded.
const builtAt = (file) => (existsSync(join(root, file)) ? statSync(join(root, file)).mtimeMs : -1);
const isSpec = (path) => /\.spec\.tsx?$/.test(path);
const shared = ['package-lock.json', 'tsconfig.json'];

const targets = [
  {
    name: 'server and CLI',
    output: 'dist/.built-server',
    sources: () =>
      newest([...shared, 'tsconfig.build.json', 'nest-cli.json', 'apps/api', 'apps/cli', 'libs'], isSpec),
    command: ['npx', ['nest', 'build', 'api']],
  },
  {
    name: 'web console',
    output: 'dist/.built-web',
    // The console imports rules from libs/domain (the holiday calendar, star levels, region codes).
    sources: () =>
      newest(
        [...shared, 'apps/web', 'libs'],
        (path) => isSpec(path) || path.endsWith(join('apps', 'web', 'test')),
      ),
    command: ['npx', ['vite', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn']],
  },
];

for (const target of targets) {
  const built = builtAt(target.output);
  if (built >= target.sources()) {
    console.log(`build: ${target.name} is up to date`);
    continue;
  }
  const started = Date.now();
  const [command, args] = target.command;
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  // The stamp carries the time the build started: a source saved during the build is newer, and the
  // next run builds again.
  const stamp = join(root, target.output);
  writeFileSync(stamp, `built from sources as of ${new Date(started).toISOString()}\n`);
  utimesSync(stamp, new Date(started), new Date(started));
  console.log(`build: ${target.name} built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
