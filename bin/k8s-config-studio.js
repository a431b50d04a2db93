#!/usr/bin/env node
// The CLI is bundled into dist-cli/ by `npm run build:cli` (run automatically by `npm install`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../dist-cli/main.js', import.meta.url));
if (!existsSync(entry)) {
  process.stderr.write(
    'k8s-config-studio: the CLI is not built yet; run `npm run build:cli` first.\n',
  );
  process.exit(2);
}
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));
