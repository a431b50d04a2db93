import { expect, test } from './fixtures';
import { openApp, yamlEditor } from './editor-page';

test('a full browser storage is reported, and editing goes on', async ({ page }) => {
  test.slow();
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('k8s-config-studio.autosave')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      setItem.call(this, key, value);
    };
  });
  await openApp(page);
  await yamlEditor(page).locator('.view-line', { hasText: 'namespace: dagster' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type('-full');
  const failure = page
    .getByRole('group', { name: 'Config file' })
    .getByRole('alert')
    .filter({ hasText: 'Not autosaved' });
  await expect(failure).toHaveText(
    "Not autosaved: Autosave failed: the browser's storage for this page is full. Download your work to keep it.",
  );
  await page.keyboard.type('-still-typing');
  await expect(yamlEditor(page)).toContainText('namespace: dagster-full-still-typing');
});
