#!/usr/bin/env node
/**
 * `npm run bench`: prints the figures of issue 6 (a script that measures, not a test).
 *   1. core pipeline on generated files vs `yaml`'s parseDocument, from scratch and per keystroke;
 *   2. the production build in Chromium: load marks, keystroke -> preview, form edit -> YAML;
 *   3. gzip sizes of the build;
 *   4. share-link lengths for every corpus file (../shared/corpus/config).
 * Options: --quick (fewer sizes and runs), --no-browser, --json=FILE (also write the raw results).
 * Node cannot run the TypeScript core itself, so the Node half is bundled first with Vite.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runBrowserBench } from './bench/browser-bench.mjs';
import { measureBundle } from './bench/bundle-sizes.mjs';
import {
  formatBrowser,
  formatBundle,
  formatCore,
  formatKeystrokes,
  formatPreviewKeystrokes,
  formatShare,
} from './bench/report.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, 'node_modules/.cache/k8s-studio-bench');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const jsonPath = process.argv.find((arg) => arg.startsWith('--json='))?.slice('--json='.length);

function run(command, commandArgs, env = {}) {
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed`);
}

function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

function describeMachine() {
  const cpus = os.cpus();
  return {
    cpu: `${cpus[0]?.model ?? 'unknown'} x${cpus.length}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GB`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverage: os
      .loadavg()
      .map((value) => value.toFixed(1))
      .join(' '),
  };
}

async function main() {
  mkdirSync(cache, { recursive: true });
  const machine = describeMachine();
  log('bundling the Node half (vite build --ssr)');
  run('npx', ['vite', 'build', '--config', 'scripts/bench/vite.bench.config.ts']);
  const core = await import(pathToFileURL(join(cache, 'node/bench.js')).href);

  const sizes = quick ? [1, 10, 200] : [1, 10, 50, 100, 200, 500, 2000];
  const coreRows = [];
  for (const size of sizes) {
    log(`core pipeline, ${size} locations`);
    coreRows.push(core.benchCoreSize(size));
  }
  const keystrokeRows = [];
  for (const size of quick ? [10, 200] : [10, 200, 2000]) {
    log(`keystrokes, ${size} locations`);
    keystrokeRows.push(core.benchKeystrokes(size, quick ? 40 : 120));
  }
  const previewKeystrokeRows = [];
  for (const size of quick ? [10, 200] : [10, 200, 2000]) {
    log(`preview keystrokes, ${size} locations`);
    previewKeystrokeRows.push(core.benchPreviewKeystrokes(size, quick ? 60 : 200));
  }

  const corpus = resolve(root, '../shared/corpus/config');
  let shareRows = null;
  if (existsSync(corpus)) {
    shareRows = readdirSync(corpus)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => core.measureShareLengths(name, readFileSync(join(corpus, name), 'utf8')));
  } else {
    console.warn(`[bench] ${corpus} is absent: share-link lengths skipped.`);
  }

  const appDir = join(cache, 'app');
  log('building the app (vite build) into the bench cache');
  run('npx', ['vite', 'build', '--outDir', appDir, '--emptyOutDir', '--logLevel', 'warn']);
  const bundle = measureBundle(appDir);

  let browser = null;
  if (!args.has('--no-browser')) {
    log('Chromium: load, keystroke -> preview, form edit -> YAML');
    const texts = { 10: core.generateConfigText(10), 200: core.generateConfigText(200) };
    browser = await runBrowserBench({
      outDir: appDir,
      port: Number(process.env.K8S_STUDIO_BENCH_PORT ?? 4189),
      texts,
      ...(quick ? { loadRuns: 3, keys: 12, edits: 6 } : {}),
    });
    machine.chromium = browser.chromium;
  }
  machine.loadAverageAfter = os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

  const out = [];
  out.push(
    `Machine: ${machine.cpu}, ${machine.memory}, ${machine.os}, Node ${machine.node}` +
      (machine.chromium ? `, Chromium ${machine.chromium}` : '') +
      `; load average ${machine.loadAverage} (before), ${machine.loadAverageAfter} (after)`,
  );
  out.push('Figures: median [p25–p75] over repeated runs, or p50 / p95; ms.');
  out.push('\n1. Core pipeline, from scratch (CPU ms of this process)');
  out.push(formatCore(coreRows));
  out.push(
    '\n1b. Per keystroke in Node: analyzeConfigText(next, previous) + render of the edited location',
  );
  out.push(formatKeystrokes(keystrokeRows));
  out.push(
    "\n1c. Per keystroke in Node, the app's preview path: location 1's image typed and deleted;" +
      " analysis, then render of every object with the app's inputs + Kubernetes checks (CPU ms)",
  );
  out.push(formatPreviewKeystrokes(previewKeystrokeRows));
  if (browser) {
    out.push('\n2. Chromium, production build');
    out.push(formatBrowser(browser, core.summarize));
  }
  out.push('\n3. Bundle (gzip -9)');
  out.push(formatBundle(bundle));
  if (shareRows) {
    out.push('\n4. Share links: characters after # for each corpus file');
    out.push(formatShare(shareRows));
  }
  console.log(out.join('\n'));
  const results = {
    machine,
    core: coreRows,
    keystrokes: keystrokeRows,
    previewKeystrokes: previewKeystrokeRows,
    browser,
    bundle,
    share: shareRows,
  };
  writeFileSync(join(cache, 'last.json'), JSON.stringify(results, null, 2));
  if (jsonPath) writeFileSync(resolve(jsonPath), JSON.stringify(results, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
