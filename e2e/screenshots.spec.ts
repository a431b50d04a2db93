import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { openApp, placeCursorAtEndOf, problemsList } from './editor-page';

// Opt-in (K8S_STUDIO_SHOTS=1): pictures of the main states to look at, and the README's
// screenshot. Off by default so `npm test` never rewrites files in the repository.
test.skip(!process.env.K8S_STUDIO_SHOTS, 'set K8S_STUDIO_SHOTS=1 to take screenshots');
test.slow();

const SHOTS = '/tmp/shots';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`screenshots (${colorScheme})`, async ({ page }) => {
    mkdirSync(SHOTS, { recursive: true });
    await page.emulateMedia({ colorScheme });
    await openApp(page);
    await page.screenshot({ path: `${SHOTS}/${colorScheme}-example.png` });
    if (colorScheme === 'light') await page.screenshot({ path: 'docs/screenshot.png' });

    await placeCursorAtEndOf(page, 'namespace: dagster');
    await page.keyboard.press('Enter');
    await page.keyboard.type('image_push_policy: Always');
    await page.keyboard.press('Escape');
    await expect(problemsList(page).getByRole('button', { name: /image_push_policy/ })).toHaveCount(
      1,
    );
    await page.locator('#pane-yaml .view-line span', { hasText: /^image_push_policy$/ }).hover();
    await expect(page.locator('.monaco-hover').filter({ visible: true })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/${colorScheme}-bad-key.png` });

    await placeCursorAtEndOf(page, 'image_push_policy: Always');
    await page.keyboard.press('Enter');
    await page.keyboard.type('- oops');
    await expect(page.getByRole('status').filter({ hasText: 'YAML error on line' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/${colorScheme}-syntax-error.png` });

    await page.setViewportSize({ width: 1100, height: 760 });
    await page.screenshot({ path: `${SHOTS}/${colorScheme}-narrow.png` });
  });
}
