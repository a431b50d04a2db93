import type { BrowserContext, Page } from '@playwright/test';
import { formatCsp } from '../scripts/vite-plugin-csp';
import { expect, test } from './fixtures';
import {
  fileActions,
  importByPicker,
  openApp,
  placeCursorAtEndOf,
  yamlEditor,
} from './editor-page';
import { describeSchemaPath } from './schema-description';

// The whole session runs Monaco, the form, the preview and a second page on a shared machine.
test.describe.configure({ timeout: 120_000 });

/** A `securitypolicyviolation` as the page reported it. */
interface Violation {
  readonly directive: string;
  readonly blocked: string;
  readonly source: string;
  readonly sample: string;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
    __injected?: string;
  }
}

/**
 * Records every CSP violation of every page the context opens, from the first byte on: the
 * listener is installed by the browser before any of the page's own scripts (init scripts are
 * not subject to the page's policy).
 */
async function recordViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations!.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
        sample: event.sample,
      });
    });
  });
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);

const preview = (page: Page) => page.locator('#pane-preview');

const IMPORTED = `locations:
  - location_name: imported
    image: ghcr.io/acme/imported:1
    code_source:
      package_name: imported
    container_context:
      k8s:
        namespace: team-a
`;

test.beforeEach(async ({ context }) => {
  await recordViolations(context);
});

test('the built page carries the policy in a <meta> before any script or stylesheet', async ({
  page,
}) => {
  await openApp(page);
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveAttribute('content', formatCsp());
  // A <meta> policy only covers what comes after it in the document.
  const before = await page.evaluate(() => {
    const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!;
    return [...document.head.querySelectorAll('script, link[rel="stylesheet"], style')]
      .filter(
        (element) => element.compareDocumentPosition(policy) & Node.DOCUMENT_POSITION_FOLLOWING,
      )
      .map((element) => element.outerHTML);
  });
  expect(before).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

test('a full session runs under the policy with no violation and no request off this machine', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);

  // Type in the editor, with completion, find and a hover (Monaco's widgets draw their own
  // styles and write HTML through their own Trusted Types policies).
  await placeCursorAtEndOf(page, 'namespace: dagster');
  await page.keyboard.type('-csp');
  await page.keyboard.press('Control+Space');
  await expect(page.locator('#pane-yaml .suggest-widget')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+f');
  await page.keyboard.type('analytics');
  await expect(page.locator('#pane-yaml .find-widget')).toBeVisible();
  await page.keyboard.press('Escape');
  // The hover text comes from the YAML worker: it proves the workers start under the policy.
  await yamlEditor(page)
    .locator('.view-line', { hasText: 'service_account_name: analytics-runner' })
    .locator('span', { hasText: 'service_account_name' })
    .first()
    .hover();
  const description = describeSchemaPath([
    'locations',
    0,
    'container_context',
    'k8s',
    'service_account_name',
  ]);
  await expect(page.locator('.monaco-hover').filter({ visible: true })).toContainText(
    description.slice(0, description.indexOf('.') + 1),
    { timeout: 20_000 },
  );
  await expect(page.locator('#pane-form').getByLabel('namespace', { exact: true })).toHaveValue(
    'dagster-csp',
  );

  // A form edit goes back into the YAML.
  await page
    .locator('#pane-form')
    .getByLabel('image_pull_policy', { exact: true })
    .selectOption('Always');
  await expect(yamlEditor(page).locator('.view-lines')).toContainText('image_pull_policy: Always');

  // Every preview tab (the step Job one shows only with op isolation).
  const tabs = preview(page).getByRole('tablist', { name: 'Rendered objects' }).getByRole('tab');
  await expect(tabs.first()).toBeVisible({ timeout: 30_000 });
  const names = await tabs.evaluateAll((elements) => elements.map((tab) => tab.id));
  expect(names.length).toBeGreaterThanOrEqual(4);
  for (const id of names) {
    await preview(page).locator(`#${id}`).click();
    await expect(preview(page).locator(`#${id}`)).toHaveAttribute('aria-selected', 'true');
  }
  await expect(preview(page).getByRole('group', { name: 'All YAML' })).toContainText(
    'namespace: dagster-csp',
  );

  // Share link: copy it, then open it in a fresh profile under the same policy.
  await fileActions(page).getByRole('button', { name: 'Share link…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  const other = await context.browser()!.newContext();
  await recordViolations(other);
  const linked = await other.newPage();
  const offMachine: string[] = [];
  linked.on('request', (request) => {
    const host = new URL(request.url()).hostname;
    if (/^(data|blob):/.test(request.url()) || host === '127.0.0.1') return;
    offMachine.push(request.url());
  });
  await linked.goto(link);
  await expect(
    linked.getByRole('status').filter({ hasText: 'Opened the shared config' }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(yamlEditor(linked).locator('.view-lines')).toContainText('namespace: dagster-csp', {
    timeout: 30_000,
  });
  expect(await violations(linked)).toEqual([]);
  expect(offMachine).toEqual([]);
  await other.close();

  // Import by file.
  await importByPicker(page, 'dagster_cloud.yaml', IMPORTED);
  // The edits above are unsaved work: the app asks before replacing them.
  const confirm = page
    .getByRole('alertdialog', { name: 'Replace your unsaved changes?' })
    .getByRole('button', { name: 'Replace' });
  const opened = page.getByRole('status').filter({ hasText: 'Opened "dagster_cloud.yaml"' });
  await expect(opened.or(confirm)).toBeVisible();
  if (await confirm.isVisible()) await confirm.click();
  await expect(opened).toBeVisible();
  await expect(yamlEditor(page).locator('.view-lines')).toContainText('location_name: imported');
  await expect(preview(page).getByRole('group', { name: 'All YAML' })).toContainText(
    'namespace: team-a',
  );

  expect(await violations(page)).toEqual([]);
  // e2e/fixtures.ts fails the test on any request to a non-local host made by `page`.
});

test('injected markup, inline scripts and handlers are refused and reported', async ({ page }) => {
  await openApp(page);
  const outcome = await page.evaluate(async () => {
    const attempt = (inject: () => void) => {
      try {
        inject();
        return 'allowed';
      } catch (error) {
        return (error as Error).name;
      }
    };
    const results = {
      // Trusted Types: no plain string reaches an HTML or script sink.
      html: attempt(() => {
        document.createElement('div').innerHTML = `<img src=x onerror="window.__injected='html'">`;
      }),
      scriptText: attempt(() => {
        const script = document.createElement('script');
        script.textContent = "window.__injected = 'script'";
        document.body.append(script);
      }),
      handler: attempt(() => {
        const image = document.createElement('img');
        image.setAttribute('onerror', "window.__injected = 'handler'");
        image.src = 'data:,not-an-image';
        document.body.append(image);
      }),
      // Built without a string sink it is still an inline script, which never runs.
      scriptNode: attempt(() => {
        const script = document.createElement('script');
        script.append(document.createTextNode("window.__injected = 'node'"));
        document.body.append(script);
      }),
    };
    // Let the violation events arrive.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { results, injected: window.__injected ?? null };
  });
  expect(outcome).toEqual({
    results: {
      html: 'TypeError',
      scriptText: 'TypeError',
      handler: 'TypeError',
      scriptNode: 'allowed',
    },
    injected: null,
  });
  const reported = (await violations(page)).map(
    (violation) => `${violation.directive} ${violation.sample.split('|')[0]}`,
  );
  expect(reported).toEqual([
    'require-trusted-types-for Element innerHTML',
    'require-trusted-types-for HTMLScriptElement textContent',
    'require-trusted-types-for Element onerror',
  ]);
});
