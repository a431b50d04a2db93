import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openApp, placeCursorAtEndOf } from './editor-page';

// Opt-in (K8S_STUDIO_SHOTS=1), like screenshots.spec.ts: pictures of every preview tab in both
// colour schemes, to look at. Off by default so `npm test` writes no files.
test.skip(!process.env.K8S_STUDIO_SHOTS, 'set K8S_STUDIO_SHOTS=1 to take screenshots');
test.describe.configure({ timeout: 120_000 });

const SHOTS = '/tmp/shots';
const TABS = [
  ['run', 'Run Job'],
  ['step', 'Step Job'],
  ['deployment', 'Code server'],
  ['service', 'Service'],
  ['all', 'All'],
] as const;

const pane = (page: Page) => page.locator('#pane-preview');

for (const colorScheme of ['light', 'dark'] as const) {
  test(`preview screenshots (${colorScheme})`, async ({ page }) => {
    mkdirSync(SHOTS, { recursive: true });
    await page.emulateMedia({ colorScheme });
    await openApp(page);
    const shot = (name: string) =>
      pane(page).screenshot({ path: `${SHOTS}/preview-${colorScheme}-${name}.png` });

    // Op isolation on, so that the step tab exists; then the layers panel is closed again.
    const toggle = pane(page).getByRole('button', { name: 'Helm values & run context' });
    await toggle.click();
    await pane(page)
      .getByLabel(/^Op isolation/)
      .check();
    await toggle.click();
    for (const [id, name] of TABS) {
      await pane(page)
        .getByRole('tab', { name: new RegExp(`^${name}`) })
        .click();
      const code = pane(page).getByRole('group', { name: `${name} YAML` });
      await expect(code).toBeVisible();
      await code.locator('.pv-placeholder').first().hover();
      await shot(id);
    }

    await pane(page)
      .getByRole('tab', { name: /^Run Job/ })
      .click();
    await toggle.click();
    await pane(page)
      .locator('.pv-value', { hasText: /^dagster-shared-credentials$/ })
      .click();
    await shot('layers');
    await toggle.click();

    await placeCursorAtEndOf(page, 'cpu: 500m');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.insertText('cpu: 1.5 cores');
    await expect(pane(page).getByRole('region', { name: 'Kubernetes checks' })).toBeVisible();
    await shot('checks');

    await placeCursorAtEndOf(page, 'namespace: dagster');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.insertText('namespace: 3');
    await expect(pane(page).getByRole('alert')).toBeVisible();
    await shot('error');
  });
}
