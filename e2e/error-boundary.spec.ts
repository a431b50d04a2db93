import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { EXAMPLE_CONFIG_TEXT } from '../src/core/templates/example-config';
import { CRASH_TEST_EVENT, CRASH_TEST_KEY } from '../src/ui/app/crash-test-probe';
import { expect, test } from './fixtures';
import { openApp, placeCursorAtEndOf, yamlEditor } from './editor-page';

test.describe.configure({ timeout: 90_000 });

/** The example with the namespace edited the way the tests type it. */
const EDITED = EXAMPLE_CONFIG_TEXT.replace('namespace: dagster\n', 'namespace: dagster-mine\n');

/** Makes the part with the crash-test id `id` throw while rendering. */
async function crash(page: Page, id: string) {
  await page.evaluate(
    ([event, target]) => window.dispatchEvent(new CustomEvent(event!, { detail: target })),
    [CRASH_TEST_EVENT, id],
  );
}

async function typeEdit(page: Page) {
  await placeCursorAtEndOf(page, 'namespace: dagster');
  await page.keyboard.type('-mine');
  await expect(page.locator('#pane-form').getByLabel('namespace', { exact: true })).toHaveValue(
    'dagster-mine',
  );
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  expect(file.suggestedFilename()).toBe('dagster_cloud.yaml');
  return readFile(await file.path(), 'utf8');
}

test.beforeEach(async ({ context }) => {
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.addInitScript((key) => window.sessionStorage.setItem(key, 'on'), CRASH_TEST_KEY);
});

test('a crash in the preview keeps the editor and the form, and offers the text', async ({
  page,
}) => {
  await openApp(page);
  await typeEdit(page);
  await expect(page.locator('#pane-preview').getByRole('tablist')).toBeVisible({
    timeout: 30_000,
  });
  await crash(page, 'preview');

  const fallback = page.locator('#pane-preview').getByRole('alert');
  await expect(fallback.getByRole('heading')).toHaveText('The preview stopped working');
  await expect(fallback.locator('.crash-fallback-error')).toHaveText(
    'Error: Crash test: "preview" threw on purpose.',
  );
  await expect(fallback.getByRole('textbox', { name: 'Your dagster_cloud.yaml' })).toHaveValue(
    EDITED,
  );
  expect(
    await download(page, () =>
      fallback.getByRole('button', { name: 'Download dagster_cloud.yaml' }).click(),
    ),
  ).toBe(EDITED);
  await fallback.getByRole('button', { name: 'Copy' }).click();
  await expect(fallback.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(EDITED);

  // The other panes still work: typing reaches the form.
  await placeCursorAtEndOf(page, 'namespace: dagster-mine');
  await page.keyboard.type('2');
  await expect(page.locator('#pane-form').getByLabel('namespace', { exact: true })).toHaveValue(
    'dagster-mine2',
  );

  // "Try again" mounts the preview afresh.
  await fallback.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('#pane-preview').getByRole('alert')).toHaveCount(0);
  await expect(page.locator('#pane-preview').getByRole('tablist')).toBeVisible();
});

test('a crash in the form keeps the editor', async ({ page }) => {
  await openApp(page);
  await typeEdit(page);
  await crash(page, 'form');
  await expect(page.locator('#pane-form').getByRole('alert').getByRole('heading')).toHaveText(
    'The form stopped working',
  );
  await expect(yamlEditor(page).locator('.view-lines')).toContainText('namespace: dagster-mine');
});

test('a crash of the whole app shows the text, and Reload brings the work back', async ({
  page,
}) => {
  await openApp(page);
  await typeEdit(page);
  await crash(page, 'app');

  const fallback = page.getByRole('alert').filter({ hasText: 'K8s Config Studio stopped working' });
  await expect(fallback.getByRole('textbox', { name: 'Your dagster_cloud.yaml' })).toHaveValue(
    EDITED,
  );
  await expect(yamlEditor(page)).toHaveCount(0);
  await expect(fallback.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  expect(
    await download(page, () =>
      fallback.getByRole('button', { name: 'Download dagster_cloud.yaml' }).click(),
    ),
  ).toBe(EDITED);

  await fallback.getByRole('button', { name: 'Reload' }).click();
  await expect(yamlEditor(page).locator('.view-lines')).toContainText('namespace: dagster-mine', {
    timeout: 30_000,
  });
});

test('without the crash-test key, the crash event does nothing', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openApp(page);
  await crash(page, 'app');
  await crash(page, 'preview');
  await page.keyboard.press('Tab'); // one more render cycle for a probe that would throw
  await expect(page.getByText('stopped working')).toHaveCount(0);
  await expect(yamlEditor(page).locator('.view-lines')).toContainText('location_name: analytics');
  await context.close();
});
