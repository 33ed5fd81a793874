#!/usr/bin/env node
// The one start command (`npm start` or `pnpm start`): needs only Node 20 and npm. It installs
// what is missing, builds the server and the web app, then runs the server in the foreground.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = '10.34.9';
const LOCAL_PNPM = path.join(ROOT, '.tools', 'node_modules', '.bin', 'pnpm');

function say(message) {
  process.stderr.write(`» ${message}\n`);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    say(`${command} ${args.join(' ')} failed; see the output above`);
    process.exit(result.status ?? 1);
  }
}

function works(command) {
  return spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;
}

function findPnpm() {
  if (works('pnpm')) return 'pnpm';
  if (existsSync(LOCAL_PNPM)) return LOCAL_PNPM;

  say(`installing pnpm ${PNPM_VERSION}`);
  const global = spawnSync('npm', ['install', '-g', `pnpm@${PNPM_VERSION}`], { stdio: 'inherit' });
  if (global.status === 0 && works('pnpm')) return 'pnpm';

  // No rights to install globally, or npm's global folder is not on PATH: keep a copy inside
  // the checkout instead.
  const tools = path.join(ROOT, '.tools');
  run('npm', ['install', '--no-save', '--prefix', tools, `pnpm@${PNPM_VERSION}`]);
  return LOCAL_PNPM;
}

// What the build reads and what it writes: a build older than any of its inputs is redone.
const BUILD_INPUTS = [
  'pnpm-lock.yaml',
  'server/src',
  'server/package.json',
  'server/tsconfig.json',
  'server/tsconfig.build.json',
  'web/src',
  'web/public',
  'web/index.html',
  'web/vite.config.ts',
  'web/package.json',
];
const BUILD_OUTPUTS = ['server/dist/main.js', 'web/dist/index.html'];

function newestChange(relative) {
  const full = path.join(ROOT, relative);
  if (!existsSync(full)) return 0;

  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(full).map((name) => newestChange(path.join(relative, name))),
  );
}

function buildIsCurrent() {
  const outputs = BUILD_OUTPUTS.map((file) => path.join(ROOT, file));
  if (!outputs.every((file) => existsSync(file))) return false;

  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  return Math.max(...BUILD_INPUTS.map(newestChange)) < built;
}

const pnpm = findPnpm();
if (pnpm === LOCAL_PNPM) {
  // The workspace's own scripts call pnpm by name.
  process.env.PATH = `${path.dirname(LOCAL_PNPM)}${path.delimiter}${process.env.PATH}`;
}
say('installing dependencies');
run(pnpm, ['install', '--frozen-lockfile']);
if (buildIsCurrent()) {
  say('the build is up to date');
} else {
  say('building the server and the web app');
  run(pnpm, ['build']);
}

const env = { ...process.env };
if (process.stdout.isTTY && !env.LOG_FORMAT) env.LOG_FORMAT = 'pretty';

const server = spawn(process.execPath, [path.join(ROOT, 'server', 'dist', 'main.js')], {
  cwd: ROOT,
  env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

// `npm start` runs this through a shell that does not pass SIGTERM on: when whoever started us
// is gone, stop the server rather than leave it holding the port and the data folder.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) server.kill('SIGTERM');
}, 1_000).unref();
