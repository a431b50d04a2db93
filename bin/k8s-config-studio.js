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
// A closed pipe (`k8s-config-studio render x | head`) is the reader saying it has enough,
// not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));
