// Runs every e2e/*.e2e.mjs journey, one file at a time, with Node's test runner.
// (Node 20's runner takes no globs and ignores *.e2e.mjs when given a directory, so the files are listed here.)
// Exits non-zero when a test fails or no journey is found.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.e2e.mjs'))
  .sort()
  .map((name) => path.join(dir, name));

if (files.length === 0) {
  console.error(`no *.e2e.mjs files in ${dir}`);
  process.exit(1);
}

const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...process.argv.slice(2), ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
