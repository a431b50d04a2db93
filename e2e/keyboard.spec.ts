import type { Locator, Page } from '@playwright/test';
import { decodeShareLink } from '../src/core/share';
import { expect, test } from './fixtures';
import { EXAMPLE_CONFIG_TEXT } from '../src/core/templates/example-config';
import { cursorStatus, openApp, problemsList, readVisibleLines, yamlEditor } from './editor-page';

/**
 * The main tasks with the keyboard alone: only page.keyboard drives the app (Tab, Shift+Tab,
 * Enter, arrows, Escape, typing); no clicks and no element.focus().
 */

/** The example with the location the flow adds (its env var, volume and the image typed in). */
const EXPECTED_TEXT = `${EXAMPLE_CONFIG_TEXT}  - location_name: ml
    image: repo/ml:1
    code_source:
      package_name: ml
    container_context:
      k8s:
        env_vars:
          - MODE=batch
        volumes:
          - name: scratch
            empty_dir: {}
`;

/** Presses `key` until `target` has focus; fails when it never gets there. */
async function pressUntilFocused(
  page: Page,
  target: Locator,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
  limit = 200,
): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target, `${key} never reached it`).toBeFocused();
}

function form(page: Page): Locator {
  return page.locator('#pane-form');
}

test('add a location, an env var and a volume, fix a problem, copy a share link', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);

  // The first Tab shows the skip links; Enter jumps past the toolbar into the form.
  await page.keyboard.press('Tab');
  const skipToForm = page.getByRole('button', { name: 'Skip to the form' });
  await expect(skipToForm).toBeFocused();
  await expect(skipToForm).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(form(page).getByRole('button', { name: 'locations 0 analytics' })).toBeFocused();

  // A location: the add button opens a row, Enter adds it and selects it.
  const addLocation = form(page).getByRole('button', { name: 'Add location' });
  await pressUntilFocused(page, addLocation);
  await page.keyboard.press('Enter');
  await expect(form(page).getByLabel('new locations location_name')).toBeFocused();
  await page.keyboard.type('ml');
  await page.keyboard.press('Enter');
  await expect(form(page).getByRole('button', { name: 'locations 1 ml' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(addLocation).toBeFocused();

  // An env var of the new location.
  await pressUntilFocused(
    page,
    form(page).getByRole('button', { name: 'Add env_vars entry', exact: true }),
  );
  await page.keyboard.press('Enter');
  await page.keyboard.type('MODE');
  await page.keyboard.press('Tab');
  await page.keyboard.type('batch');
  await page.keyboard.press('Enter');
  await expect(form(page).getByLabel('env_vars 0 value', { exact: true })).toHaveValue('batch');

  // A volume: name, then the source type with the arrow keys; Enter on the select adds it.
  await pressUntilFocused(page, form(page).getByRole('button', { name: 'Add volumes entry' }));
  await page.keyboard.press('Enter');
  await page.keyboard.type('scratch');
  await page.keyboard.press('Tab');
  const sourceType = form(page).getByLabel('new volumes source type');
  await expect(sourceType).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(sourceType).toHaveValue('empty_dir');
  await page.keyboard.press('Enter');
  await expect(form(page).getByLabel('volumes 0 name', { exact: true })).toHaveValue('scratch');

  // The new location has no image: the problems list says so. Back to the skip links, then on.
  const problem = problemsList(page).getByRole('button', {
    name: /requires you to specify an image/,
  });
  await expect(problem).toBeVisible();
  await pressUntilFocused(
    page,
    page.getByRole('button', { name: 'Skip to the problems' }),
    'Shift+Tab',
  );
  await page.keyboard.press('Enter');
  await expect(problemsList(page).getByRole('button').first()).toBeFocused();
  await pressUntilFocused(page, problem);
  const position = (await problem.locator('.problem-position').textContent())!;
  await page.keyboard.press('Enter');

  // Enter on the problem puts the editor's cursor on it; the fix is typed there.
  const editorInput = page.getByRole('textbox', { name: 'dagster_cloud.yaml' });
  await expect(editorInput).toBeFocused();
  await expect(cursorStatus(page)).toHaveText(position);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  // Monaco keeps the list item's indentation (2 spaces); the key belongs under location_name.
  await page.keyboard.type('  image: repo/ml:1');
  // Escape closes the completion list if it is still open.
  await page.keyboard.press('Escape');
  await expect(problem).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Problems: / })).toHaveAccessibleName(
    'Problems: 0 errors, 0 warnings, 1 info',
  );

  // Ctrl+M makes Tab leave the editor (the status bar says so); back up to the toolbar.
  await expect(editorInput).toHaveAccessibleDescription(
    'In the editor, Ctrl+M switches Tab between indenting and moving focus',
  );
  await page.keyboard.press('Control+m');
  const share = page.getByRole('group', { name: 'Config file' }).getByRole('button', {
    name: 'Share link…',
  });
  await pressUntilFocused(page, share, 'Shift+Tab');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  const copyLink = dialog.getByRole('button', { name: 'Copy link' });
  await expect(copyLink).toBeFocused();
  // The env var values look like secrets: Space on the checkbox shares them as they are.
  const redact = dialog.getByRole('checkbox', { name: /^Replace the/ });
  await pressUntilFocused(page, redact);
  await page.keyboard.press('Space');
  await expect(redact).not.toBeChecked();
  await pressUntilFocused(page, copyLink);
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Link copied.');
  // Escape closes the dialog and gives focus back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();

  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.startsWith(`${new URL('./', page.url()).href}#v1.`)).toBe(true);
  const decoded = decodeShareLink(link);
  if (!decoded.ok) throw new Error(`the link does not decode: ${decoded.error.message}`);
  expect(decoded.state.configText).toBe(EXPECTED_TEXT);

  // The link opens the same text in a fresh browser profile.
  const other = await (await browser.newContext()).newPage();
  await other.goto(link);
  await expect(yamlEditor(other).locator('.view-lines')).toBeVisible({ timeout: 30_000 });
  await expect(
    other.getByRole('status').filter({ hasText: 'Opened the shared config' }),
  ).toBeVisible();
  expect((await readVisibleLines(other)).slice(0, 20)).toEqual(
    EXPECTED_TEXT.split('\n').slice(0, 20),
  );
  await expect(
    other.locator('#pane-form').getByLabel('env_vars 0 value', { exact: true }),
  ).toHaveValue('batch');
  await expect(other.getByRole('button', { name: /^Problems: / })).toHaveAccessibleName(
    'Problems: 0 errors, 0 warnings, 1 info',
  );
  await other.context().close();
});
