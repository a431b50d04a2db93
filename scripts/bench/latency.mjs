#!/usr/bin/env node
/**
 * A focused run of part 2's latencies (keystroke -> preview, form edit -> YAML) on a build that
 * is already there, for before/after comparisons of one change:
 *   node scripts/bench/latency.mjs --dist=/tmp/perf-dist [--port=4184] [--sizes=10,200]
 *     [--keys=20] [--edits=10] [--profile] [--unminified]
 * `--profile` records a CDP CPU profile of each phase and prints the functions with the most
 * self time (build with `--minify false` for readable names); profiles go to <dist>/../*.cpuprofile.
 * Needs the Node half of `npm run bench` bundled (node_modules/.cache/k8s-studio-bench/node).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumExecutable, measureEditing, startPreviewServer } from './browser-bench.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const options = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? 'true'];
  }),
);
const dist = resolve(options.dist ?? '/tmp/perf-dist');
const port = Number(options.port ?? 4184);
const sizes = (options.sizes ?? '10,200').split(',').map(Number);
const keys = Number(options.keys ?? 20);
const edits = Number(options.edits ?? 10);

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

function describe(samples, field) {
  const values = samples.map((sample) => sample[field]);
  return `${quantile(values, 0.5).toFixed(1)} / ${quantile(values, 0.95).toFixed(1)}`;
}

/** Self time per function (ms), the top `count`, from a CDP profile. */
function topSelfTime(profile, count = 25) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const intervals = profile.timeDeltas ?? [];
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = url.split('/').pop();
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (intervals[index + 1] ?? 0) / 1000);
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, count);
}

async function main() {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`no build in ${dist}`);
  const core = await import(
    pathToFileURL(join(root, 'node_modules/.cache/k8s-studio-bench/node/bench.js')).href
  );
  const server = await startPreviewServer(dist, port);
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    for (const size of sizes) {
      const hooks = options.profile
        ? {
            before: async (cdp) => {
              await cdp.send('Profiler.enable');
              await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
              await cdp.send('Profiler.start');
            },
            after: async (cdp, phase) => {
              const { profile } = await cdp.send('Profiler.stop');
              const file = join(dirname(dist), `latency-${size}-${phase}.cpuprofile`);
              writeFileSync(file, JSON.stringify(profile));
              console.log(`\n${size} locations, ${phase}: top self time (ms), ${file}`);
              for (const [name, ms] of topSelfTime(profile))
                console.log(`  ${ms.toFixed(1).padStart(8)}  ${name}`);
            },
          }
        : {};
      const text = core.generateConfigText(size);
      const result = await measureEditing(browser, server.url, text, keys, edits, hooks);
      const behind = result.keystrokes.filter((sample) => sample.framesBehind > 0).length;
      console.log(
        `${size} locations (p50 / p95 ms; ${result.keystrokes.length} keys, ` +
          `${result.formEdits.length} edits):\n` +
          `  keystroke -> preview  shown ${describe(result.keystrokes, 'wall')}` +
          `  frame start ${describe(result.keystrokes, 'frame')}` +
          `  editor echo ${describe(result.keystrokes, 'echo')}` +
          `  cpu ${describe(result.keystrokes, 'cpu')}` +
          `  (preview a frame behind the echo: ${behind})\n` +
          `  form edit -> YAML     shown ${describe(result.formEdits, 'wall')}` +
          `  frame start ${describe(result.formEdits, 'frame')}` +
          `  cpu ${describe(result.formEdits, 'cpu')}\n` +
          `  floor (bare input)    shown ${describe(result.floor, 'wall')}` +
          `  frame start ${describe(result.floor, 'frame')}` +
          `  cpu ${describe(result.floor, 'cpu')}\n` +
          `  main-thread CPU per keystroke, all the work it causes: ` +
          `${result.busyPerKeystroke.app.toFixed(1)} (bare input: ` +
          `${result.busyPerKeystroke.floor.toFixed(1)})\n` +
          `  first after load (cold, not in the above)  keystroke shown ` +
          `${result.firstKeystroke.wall.toFixed(1)}  form edit shown ` +
          `${result.firstFormEdit?.wall.toFixed(1) ?? '-'}`,
      );
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
