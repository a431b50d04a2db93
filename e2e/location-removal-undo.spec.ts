import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { EXAMPLE_CONFIG_TEXT } from '../src/core/templates/example-config';
import { expect, test } from './fixtures';
import { openApp, placeCursorAtEndOf, yamlEditor } from './editor-page';

test.describe.configure({ timeout: 60_000 });

async function downloadConfig(page: Page): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('group', { name: 'Config file' })
      .getByRole('button', { name: 'Download', exact: true })
      .click(),
  ]);
  return readFile(await file.path(), 'utf8');
}

const removeButton = (page: Page) =>
  page.locator('#pane-form').getByRole('button', { name: 'Remove locations 0' });
const offer = (page: Page) => page.getByRole('status').filter({ hasText: 'Removed the location' });

test('removing a location in the form offers Undo, which puts the text back byte for byte', async ({
  page,
}) => {
  await openApp(page);
  await removeButton(page).click();
  await expect(offer(page)).toContainText('Removed the location “analytics”.');
  await expect(yamlEditor(page).locator('.view-lines')).not.toContainText('location_name');

  await offer(page).getByRole('button', { name: 'Undo' }).click();
  await expect(offer(page)).toHaveCount(0);
  await expect(yamlEditor(page).locator('.view-lines')).toContainText('location_name: analytics');
  expect(await downloadConfig(page)).toBe(EXAMPLE_CONFIG_TEXT);
});

test('the offer goes away with the next edit, which Undo would otherwise revert too', async ({
  page,
}) => {
  await openApp(page);
  await removeButton(page).click();
  await expect(offer(page)).toBeVisible();
  await placeCursorAtEndOf(page, 'locations:');
  await page.keyboard.type(' []');
  await expect(offer(page)).toHaveCount(0);
});
