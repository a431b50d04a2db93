#!/usr/bin/env node
// Generates src/core/schema/field-help-data.ts: the zod schema's field descriptions as plain data,
// so the form shows field help without loading zod and the schemas before the first paint
// (docs/performance.md §3). Run with `npm run generate:field-help`; `--check` only reports whether
// the file is current (exit 1 if not).
//
// The schema is TypeScript and Node 20 cannot run TypeScript, so, like `npm run bench`
// (scripts/bench/vite.bench.config.ts), this bundles scripts/generate-field-help.entry.ts and
// the core it imports into one ESM file under node_modules/.cache, imports it, and formats its
// output with the project's prettier settings.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as prettier from 'prettier';
import { build } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = resolve(ROOT, 'scripts/generate-field-help.entry.ts');
const OUT_DIR = resolve(ROOT, 'node_modules/.cache/k8s-studio-field-help');
const OUTPUT = resolve(ROOT, 'src/core/schema/field-help-data.ts');

async function bundleGenerator() {
  await build({
    configFile: false,
    root: ROOT,
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: ENTRY,
      outDir: OUT_DIR,
      target: 'node20',
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'generate-field-help.js', format: 'es' } },
    },
    ssr: { noExternal: true },
  });
  return import(pathToFileURL(resolve(OUT_DIR, 'generate-field-help.js')).href);
}

async function main() {
  const check = process.argv.includes('--check');
  const generator = await bundleGenerator();
  const options = (await prettier.resolveConfig(OUTPUT)) ?? {};
  const text = await prettier.format(generator.renderFieldHelpModule(), {
    ...options,
    filepath: OUTPUT,
  });
  let current = '';
  try {
    current = readFileSync(OUTPUT, 'utf8');
  } catch {
    // No file yet: it is written below.
  }
  const relative = 'src/core/schema/field-help-data.ts';
  if (current === text) {
    console.log(`${relative} is current.`);
    return;
  }
  if (check) {
    console.error(`${relative} is stale: run \`npm run generate:field-help\`.`);
    process.exitCode = 1;
    return;
  }
  writeFileSync(OUTPUT, text);
  const gzip = gzipSync(text, { level: 9 }).length;
  console.log(`wrote ${relative}: ${text.length} bytes, ${gzip} gzip -9.`);
}

await main();
