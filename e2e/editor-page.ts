import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Helpers that drive the app the way a person does: through Monaco's DOM and visible labels. */

export function yamlEditor(page: Page): Locator {
  return page.locator('#pane-yaml .monaco-editor');
}

/** The visible lines of the YAML editor as plain text (Monaco renders spaces as NBSP). */
export async function readVisibleLines(page: Page): Promise<string[]> {
  const lines = yamlEditor(page).locator('.view-lines .view-line');
  const entries = await lines.evaluateAll((elements) =>
    elements.map((element) => ({
      top: parseFloat((element as HTMLElement).style.top || '0'),
      text: (element.textContent ?? '').replace(/\u00a0/g, ' '),
    })),
  );
  // Monaco reuses line elements out of order; their `top` gives the order on screen.
  return entries.sort((a, b) => a.top - b.top).map((entry) => entry.text);
}

/** Opens the app and waits until Monaco shows the example. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('./');
  // Monaco is a large chunk; on a busy CI machine it can take a while to arrive.
  await expect(yamlEditor(page).locator('.view-lines')).toContainText('location_name: analytics', {
    timeout: 30_000,
  });
}

/** Puts the cursor at the end of the first visible line containing `text`. */
export async function placeCursorAtEndOf(page: Page, text: string): Promise<void> {
  await yamlEditor(page).locator('.view-line', { hasText: text }).first().click();
  await page.keyboard.press('End');
}

/** The editor's cursor position as the status bar reports it, e.g. `Ln 14, Col 9`. */
export function cursorStatus(page: Page): Locator {
  return page.getByTitle('Cursor position');
}

export function problemsList(page: Page): Locator {
  return page.getByRole('region', { name: /^Problems/ });
}

/** The toolbar group of file actions (New, Import, Download, Share link, More). */
export function fileActions(page: Page): Locator {
  return page.getByRole('group', { name: 'Config file' });
}

/** Gives `name` with `content` to the file picker that `open` brings up. */
export async function chooseFile(
  page: Page,
  open: () => Promise<void>,
  name: string,
  content: string | Buffer,
): Promise<void> {
  // Once in a CI run the chooser never came although the click reached the button, whose
  // handler calls the input's click() synchronously: Playwright's interception of the chooser
  // raced the click. Ask once more before failing.
  let [chooser] = await Promise.all([
    page.waitForEvent('filechooser', { timeout: 15_000 }).catch(() => null),
    open(),
  ]);
  if (!chooser) [chooser] = await Promise.all([page.waitForEvent('filechooser'), open()]);
  await chooser.setFiles({
    name,
    mimeType: 'application/yaml',
    buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
  });
}

/** Picks a file with Import…; the app may still ask before replacing unsaved work. */
export async function importByPicker(
  page: Page,
  name: string,
  content: string | Buffer,
): Promise<void> {
  await chooseFile(
    page,
    () => fileActions(page).getByRole('button', { name: 'Import…' }).click(),
    name,
    content,
  );
}

/** Imports `text` as dagster_cloud.yaml into an app without unsaved work. */
export async function importConfig(page: Page, text: string): Promise<void> {
  await importByPicker(page, 'dagster_cloud.yaml', text);
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toBeVisible();
}
