import type { Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { collectInitialScripts, collectStaticClosure, findStaticImports } from './initial-scripts';

/**
 * The JS that runs before the editor is needed, gzip -9 (docs/performance.md §3): issue 6's
 * budget. The stores' checker (diagnostics: zod, the schemas, the lint rules), the preview,
 * Monaco, the dialogs and the exports load after the form has painted; the first load was
 * 155.5 KB when the budget was reached.
 */
const INITIAL_JS_LIMIT_KB = 170;

test('the static import parser finds static imports and skips lazy ones', () => {
  const chunk =
    'import{a as b,c}from"./react-x1.js";import"./side-x2.js";export{d}from"../up-x3.js";' +
    'const e=()=>import("./lazy-x4.js"),f=["./listed-x5.js"];import * as g from "./star-x6.js"';
  expect(findStaticImports(chunk)).toEqual([
    './react-x1.js',
    './side-x2.js',
    '../up-x3.js',
    './star-x6.js',
  ]);
});

test(`the JS loaded before the editor is at most ${INITIAL_JS_LIMIT_KB} KB gzip`, async ({
  request,
  baseURL,
}) => {
  const scripts = await collectInitialScripts(baseURL!, async (url) => {
    const response = await request.get(url);
    expect(response.ok(), `GET ${url}`).toBe(true);
    return response.body();
  });
  const names = scripts.map((script) => script.path.replace(/^.*\//, ''));
  // The lazy parts must stay lazy: Monaco, the preview (renderer, Kubernetes models), the share
  // codec, the dialogs, the exports and the stores' checker (the pipeline, zod, the lint rules).
  for (const lazy of [
    'yaml-editor',
    'preview-pane',
    'share-codec',
    'share-dialog',
    'export-outputs',
    'analyze-text',
    'analyze-config',
  ]) {
    expect(names.filter((name) => name.startsWith(`${lazy}-`))).toEqual([]);
  }
  const totalKb = scripts.reduce((sum, script) => sum + script.gzipBytes, 0) / 1024;
  const breakdown = scripts
    .map((script) => `${script.path} ${(script.gzipBytes / 1024).toFixed(1)} KB`)
    .join(', ');
  expect(totalKb, `initial JS: ${breakdown}`).toBeLessThanOrEqual(INITIAL_JS_LIMIT_KB);
});

test('the form is usable at once and shows its problems while the lazy chunks are still loading', async ({
  page,
  request,
  baseURL,
}) => {
  const fetchBody = async (url: string) => (await request.get(url)).body();
  const initialScripts = await collectInitialScripts(baseURL!, fetchBody);
  const initial = new Set(initialScripts.map((script) => script.path));
  // The stores' checker (diagnostics) is the one lazy chunk let through: the form shows its
  // problems as soon as it has loaded, long before Monaco or the preview.
  const entry = initialScripts[0]!.path;
  const entryText = (await fetchBody(new URL(entry, baseURL).href)).toString('utf8');
  const checkerName = /analyze-text-[\w-]+\.js/.exec(entryText)?.[0];
  expect(checkerName, 'the entry chunk imports the checker lazily').toBeDefined();
  const checkerUrl = new URL(checkerName!, new URL(entry, baseURL)).href;
  const checker = new Set(
    (await collectStaticClosure([checkerUrl], fetchBody)).map((script) => script.path),
  );
  // Hold back every other script that is not part of the first load (Monaco, the preview, …).
  const held: Route[] = [];
  await page.route(
    (url) =>
      url.pathname.endsWith('.js') && !initial.has(url.pathname) && !checker.has(url.pathname),
    (route) => void held.push(route),
  );
  await page.goto('./');

  const form = page.locator('#pane-form');
  const namespace = form.getByLabel('namespace', { exact: true });
  await expect(namespace).toBeVisible();
  await expect(page.locator('#pane-yaml')).toContainText('Loading the editor…');
  await expect(page.locator('#pane-preview')).toContainText('Loading the preview…');
  await expect(page.getByRole('button', { name: /^Problems: 0 errors, 0 warnings/ })).toBeVisible();
  expect(held.length).toBeGreaterThan(0);

  // A form edit reaches the document (shown as plain text until Monaco arrives) ...
  await namespace.fill('team-a');
  await namespace.press('Tab');
  await expect(page.locator('#pane-yaml .editor-loading-text')).toContainText('namespace: team-a');
  // ... and its diagnostics follow once the checker has loaded: an invalid label value is
  // reported in the form, while Monaco and the preview are still held back.
  const labelValue = form.getByLabel('labels 0 value', { exact: true });
  await labelValue.fill('bad value!');
  await labelValue.press('Tab');
  await expect(form).toContainText('Invalid label value "bad value!"');
  await expect(page.getByRole('button', { name: /^Problems: 0 errors, 1 warning/ })).toBeVisible();
  await expect(page.locator('#pane-yaml')).toContainText('Loading the editor…');
  await expect(page.locator('#pane-preview')).toContainText('Loading the preview…');

  // Let the held chunks load, so the page closes on a finished app.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  for (const route of held) await route.continue().catch(() => undefined);
});
