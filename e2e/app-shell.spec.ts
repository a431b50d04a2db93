import { EXAMPLE_CONFIG_TEXT } from '../src/core/templates/example-config';
import { expect, test } from './fixtures';
import {
  cursorStatus,
  openApp,
  placeCursorAtEndOf,
  problemsList,
  readVisibleLines,
  yamlEditor,
} from './editor-page';

// Monaco is a large chunk: give it time on a busy machine.
test.slow();

test('the app loads the example into the editor, with the three panes', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'K8s Config Studio' })).toBeVisible();
  for (const name of ['Form', 'YAML', 'Preview']) {
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  }
  const expectedStart = EXAMPLE_CONFIG_TEXT.split('\n').slice(0, 12);
  expect((await readVisibleLines(page)).slice(0, 12)).toEqual(expectedStart);
  await expect(page.getByRole('textbox', { name: 'dagster_cloud.yaml' })).toBeAttached();
  await expect(page.getByRole('button', { name: /^Problems: 0 errors, 0 warnings/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'YAML parses' })).toBeVisible();
});

test('the panes resize with the keyboard', async ({ page }) => {
  await openApp(page);
  const separator = page.getByRole('separator', { name: 'Resize the Form and YAML panes' });
  await expect(separator).toHaveAttribute('aria-valuenow', '30');
  const before = (await page.locator('#pane-form').boundingBox())!.width;
  await separator.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(separator).toHaveAttribute('aria-valuenow', '34');
  const after = (await page.locator('#pane-form').boundingBox())!.width;
  expect(after).toBeGreaterThan(before + 40);
});

test('below 1280 px the panes become tabs and the editor survives switching', async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 800 });
  await openApp(page);
  const tabs = page.getByRole('tablist', { name: 'Panes' });
  await expect(tabs.getByRole('tab')).toHaveText(['Form', 'YAML', 'Preview']);
  await expect(page.getByRole('tab', { name: 'YAML' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(yamlEditor(page)).toBeHidden();
  await expect(page.locator('#pane-preview')).toBeVisible();
  await page.getByRole('tab', { name: 'YAML' }).click();
  await expect(yamlEditor(page).locator('.view-lines')).toContainText('location_name: analytics');

  // A click on a problem brings the editor forward, with the cursor on the problem.
  await page.getByRole('tab', { name: 'Form' }).click();
  await expect(yamlEditor(page)).toBeHidden();
  const problem = problemsList(page).getByRole('button').first();
  const position = (await problem.locator('.problem-position').textContent())!;
  expect(position).toMatch(/^Ln \d+, Col \d+$/);
  await problem.click();
  await expect(page.getByRole('tab', { name: 'YAML' })).toHaveAttribute('aria-selected', 'true');
  await expect(yamlEditor(page)).toBeVisible();
  await expect(cursorStatus(page)).toHaveText(position);
  await expect(page.getByRole('textbox', { name: 'dagster_cloud.yaml' })).toBeFocused();
});

test('a form edit reaches Monaco as an edit: the cursor stays where it was', async ({ page }) => {
  await openApp(page);
  await placeCursorAtEndOf(page, 'mount_path: /opt/dbt');
  await expect(cursorStatus(page)).toHaveText('Ln 28, Col 33');

  const locationName = page.locator('#pane-form').getByLabel('location_name', { exact: true });
  await locationName.fill('ml');
  await locationName.press('Tab');
  await expect(yamlEditor(page).locator('.view-lines')).toContainText('- location_name: ml');

  // Back in the editor without clicking: typing lands where the cursor was before the form edit.
  await page.getByRole('textbox', { name: 'dagster_cloud.yaml' }).focus();
  await page.keyboard.type('/profiles');
  await expect(cursorStatus(page)).toHaveText('Ln 28, Col 42');
  const lines = await readVisibleLines(page);
  expect(lines.filter((line) => line.includes('mount_path'))).toEqual([
    '            mount_path: /opt/dbt/profiles',
  ]);
});
