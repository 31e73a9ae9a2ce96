// Builds what the tests run (the server and CLI into dist/apps, the console into dist/web) only when
// a source is newer than what was built: a second `npm test` with no change starts its tests at once.
// CI clones afresh, so it always builds; `npm run build` always builds too.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** The newest modification time under the given paths (files or folders), in ms. */
function newest(paths, skip = () => false) {
  let latest = 0;
  const visit = (path) => {
    if (!existsSync(path) || skip(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else latest = Math.max(latest, stat.mtimeMs);
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
    sources: () =>
      newest([...shared, 'apps/web'], (path) => isSpec(path) || path.endsWith(join('apps', 'web', 'test'))),
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
  // A stamp, since an incremental compile leaves unchanged outputs with their old times.
  writeFileSync(join(root, target.output), `${new Date().toISOString()}\n`);
  console.log(`build: ${target.name} built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
