import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { installPageHarness } from './page-harness.mjs';

/**
 * Part 2 of `npm run bench`: the production build in Chromium through Playwright. Keystroke in
 * Monaco to updated preview, form edit to updated YAML (p50/p95, 10 and 200 locations), and
 * the load marks. Each latency also reports the main thread's CPU time (CDP ThreadTime), which
 * a loaded machine inflates far less than wall-clock time.
 */

/** playwright.config.ts's choice: $K8S_STUDIO_CHROMIUM, Playwright's own, else /usr/bin/chromium. */
export function chromiumExecutable() {
  if (process.env.K8S_STUDIO_CHROMIUM) return process.env.K8S_STUDIO_CHROMIUM;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // No registry entry for Playwright's browser: fall through.
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Ends the server's process group; it may have ended already. */
function stopGroup(pid) {
  try {
    process.kill(-pid);
  } catch {
    // Already gone.
  }
}

/** Serves `outDir` with `vite preview` on `port`; resolves to a stop function once it answers. */
export async function startPreviewServer(outDir, port) {
  const url = `http://127.0.0.1:${port}/`;
  // Something else answering there would be measured instead of this build.
  const taken = await fetch(url).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${port} is in use: choose another (K8S_STUDIO_BENCH_PORT)`);
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: 'ignore', detached: true },
  );
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => stopGroup(server.pid) };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  process.kill(-server.pid);
  throw new Error(`vite preview did not answer on ${url}`);
}

export async function threadTime(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? 0) * 1000;
}

export async function openPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(installPageHarness);
  await page.goto(url);
  await page.locator('#pane-yaml .view-lines .view-line').first().waitFor({ timeout: 120_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, cdp };
}

/** Time to the first frame with the form, and with a usable editor (ms from navigation). */
async function measureLoad(browser, url, runs) {
  const form = [];
  const editor = [];
  for (let run = 0; run < runs; run++) {
    const { context, page } = await openPage(browser, url);
    await page.waitForFunction(() => window.__bench.marks.editor !== undefined);
    const marks = await page.evaluate(() => window.__bench.marks);
    if (marks.form !== undefined) form.push(marks.form);
    editor.push(marks.editor);
    await context.close();
  }
  return { form, editor };
}

/** Replaces the document: Import… when the app has it, else select-all and insert in Monaco. */
async function loadText(page, text, marker) {
  const importButton = page.getByRole('button', { name: 'Import…' });
  if ((await importButton.count()) > 0) {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), importButton.click()]);
    await chooser.setFiles({
      name: 'dagster_cloud.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(text),
    });
  } else {
    await page.locator('#pane-yaml .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(text);
  }
  await page.locator('#pane-yaml .view-lines', { hasText: marker }).waitFor({ timeout: 60_000 });
}

/**
 * Latency from `act()`'s key until `expected` is in `selector` in a frame ready to paint
 * (page-harness.mjs), with main-thread CPU. `echo` (optional `[selector, text]`) is timed in
 * the same way: the editor showing the typed key, to tell whether the preview is a frame late.
 */
async function timeKey(page, cdp, selector, expected, act, echo) {
  const watches = echo ? [[selector, expected], echo] : [[selector, expected]];
  await page.evaluate((list) => window.__bench.arm(list), watches);
  const before = await threadTime(cdp);
  await act();
  const [shown, echoed] = await page.evaluate(() => window.__bench.result());
  const cpu = (await threadTime(cdp)) - before;
  await page.waitForTimeout(60);
  return {
    wall: shown.ready,
    frame: shown.frame,
    ...(echoed
      ? { echo: echoed.ready, framesBehind: Math.round((shown.frame - echoed.frame) / 16.7) }
      : {}),
    cpu,
  };
}

/**
 * The floor: a key typed into a bare `<input>` added to the same page (no app work at all),
 * timed like the others. What any keystroke costs here before the app does anything.
 */
async function measureFloor(page, cdp, keys) {
  await page.evaluate(() => {
    const box = document.createElement('div');
    box.id = 'bench-floor';
    box.style.cssText = 'position:fixed;right:0;bottom:0;z-index:9999';
    box.append(document.createElement('input'));
    document.body.append(box);
  });
  const input = page.locator('#bench-floor input');
  await input.click();
  const samples = [];
  const busyFrom = await threadTime(cdp);
  for (let index = 0; index < keys; index++)
    samples.push(
      await timeKey(page, cdp, '#bench-floor', 'x'.repeat(index + 1), () =>
        page.keyboard.press('x'),
      ),
    );
  const busy = await measureBusy(page, cdp, busyFrom, keys);
  await page.evaluate(() => document.getElementById('bench-floor')?.remove());
  return { samples, busy };
}

/**
 * Main-thread CPU per keystroke over a typing phase that began at `from` (ThreadTime), after
 * one more second for the work a keystroke leaves for later (the form, the problems list, the
 * next frames, folding) to finish. It includes the bench's own calls into the page; the floor,
 * measured the same way, shows how much that is.
 */
async function measureBusy(page, cdp, from, keys) {
  await page.waitForTimeout(1000);
  return ((await threadTime(cdp)) - from) / keys;
}

/**
 * Types `keys` characters at the end of location 1's image in Monaco, each timed until the
 * preview shows the new image; then edits the form's image field `edits` times, each timed
 * from Enter until the editor shows the value. `hooks.before/after(cdp, phase)` run around each
 * phase ('keystrokes', 'formEdits'), for a profile of it (scripts/bench/latency.mjs).
 *
 * Each phase starts with warm-up actions, timed but kept apart (`firstKeystroke`,
 * `firstFormEdit` are the very first, on code the JIT has not compiled yet): the budgets are
 * about typing, and with 15 edits one cold sample is 30% of the p95.
 */
export const WARM_UP_KEYS = 5;
export const WARM_UP_EDITS = 3;

export async function measureEditing(browser, url, text, keys, edits, hooks = {}) {
  const { context, page, cdp } = await openPage(browser, url);
  await loadText(page, text, '# generated for npm run bench');
  const image = 'registry.example.com/data/loc-1:v1.1';
  await page.locator('#pane-yaml .view-line', { hasText: image }).first().click();
  await page.keyboard.press('End');
  await page.locator('#pane-preview', { hasText: image }).first().waitFor({ timeout: 60_000 });
  const keystrokes = [];
  let typed = '';
  await hooks.before?.(cdp, 'keystrokes');
  let busyFrom = 0;
  for (let index = 0; index < WARM_UP_KEYS + keys; index++) {
    if (index === WARM_UP_KEYS) busyFrom = await threadTime(cdp);
    const char = 'abcdefghijklmnopqrstuvwxyz'[index % 26];
    typed += char;
    keystrokes.push(
      await timeKey(
        page,
        cdp,
        '#pane-preview',
        `${image}${typed}`,
        () => page.keyboard.press(char),
        ['#pane-yaml .view-lines', `${image}${typed}`],
      ),
    );
  }
  const keystrokeBusy = await measureBusy(page, cdp, busyFrom, keys);
  await hooks.after?.(cdp, 'keystrokes');
  const formEdits = [];
  await hooks.before?.(cdp, 'formEdits');
  const field = page.locator('#pane-form').getByLabel('image', { exact: true });
  if ((await field.count()) > 0) {
    for (let index = 0; index < WARM_UP_EDITS + edits; index++) {
      const value = `registry.example.com/data/loc-1:form${index}`;
      await field.fill(value);
      // Focused by fill: Enter goes to it without resolving the locator again (a label lookup
      // over the 200-location form would count in the CPU column).
      formEdits.push(
        await timeKey(page, cdp, '#pane-yaml .view-lines', value, () =>
          page.keyboard.press('Enter'),
        ),
      );
    }
  }
  await hooks.after?.(cdp, 'formEdits');
  const { samples: floor, busy: floorBusy } = await measureFloor(page, cdp, keys);
  await context.close();
  return {
    busyPerKeystroke: { app: keystrokeBusy, floor: floorBusy },
    keystrokes: keystrokes.slice(WARM_UP_KEYS),
    formEdits: formEdits.slice(WARM_UP_EDITS),
    floor,
    firstKeystroke: keystrokes[0],
    firstFormEdit: formEdits[0],
  };
}

/** Runs part 2; `texts` maps a location count to the generated file. */
export async function runBrowserBench({
  outDir,
  port,
  texts,
  loadRuns = 7,
  keys = 30,
  edits = 15,
}) {
  const server = await startPreviewServer(outDir, port);
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const load = await measureLoad(browser, server.url, loadRuns);
    const editing = {};
    for (const [locations, text] of Object.entries(texts))
      editing[locations] = await measureEditing(browser, server.url, text, keys, edits);
    return { load, editing, chromium: browser.version() };
  } finally {
    await browser.close();
    server.stop();
  }
}
