import type { Page } from '@playwright/test';
import { EXAMPLE_CONFIG_TEXT } from '../src/core/templates/example-config';
import { expect, test } from './fixtures';
import { openApp, placeCursorAtEndOf, problemsList, readVisibleLines } from './editor-page';

// Each test opens Monaco and round-trips edits through the store; busy CI machines need time.
test.describe.configure({ timeout: 60_000 });

/** The structured form pane. */
function form(page: Page) {
  return page.locator('#pane-form');
}

/** The first `count` lines of the example, with `edit` applied to the lines. */
function exampleLines(count: number, edit: (lines: string[]) => void = () => {}): string[] {
  const lines = EXAMPLE_CONFIG_TEXT.split('\n');
  edit(lines);
  return lines.slice(0, count);
}

/**
 * Expects the last non-empty lines of the YAML to be `expected`: the editor is scrolled to its
 * end (Monaco only renders the lines in view), then back to the top.
 */
async function expectEditorEndsWith(page: Page, expected: string[]): Promise<void> {
  // Any line near the top is in view here: the editor sits at the top between checks.
  await placeCursorAtEndOf(page, 'locations:');
  await page.keyboard.press('Control+End');
  await expect
    .poll(async () => {
      const lines = (await readVisibleLines(page)).filter((line) => line.trim() !== '');
      return lines.slice(-expected.length);
    })
    .toEqual(expected);
  await page.keyboard.press('Control+Home');
}

async function expectEditorStartsWith(page: Page, expected: string[]): Promise<void> {
  await expect
    .poll(async () => (await readVisibleLines(page)).slice(0, expected.length))
    .toEqual(expected);
}

test('a form edit changes exactly its YAML line; comments and the rest stay', async ({ page }) => {
  await openApp(page);
  const policy = form(page).getByLabel('image_pull_policy', { exact: true });
  await expect(policy).toHaveValue('IfNotPresent');
  await policy.selectOption('Always');
  await expectEditorStartsWith(
    page,
    exampleLines(30, (lines) => {
      const at = lines.indexOf('        image_pull_policy: IfNotPresent');
      lines[at] = '        image_pull_policy: Always';
    }),
  );
  // The comment two lines below is still there, byte for byte.
  expect(await readVisibleLines(page)).toContain(
    "          - SNOWFLAKE_ACCOUNT # taken from the agent's own environment",
  );

  // Monaco's undo steps back through the form edit.
  await placeCursorAtEndOf(page, 'namespace: dagster');
  await page.keyboard.press('Control+z');
  await expectEditorStartsWith(page, exampleLines(30));
  await expect(policy).toHaveValue('IfNotPresent');
});

test('typing in the YAML updates the form', async ({ page }) => {
  await openApp(page);
  await placeCursorAtEndOf(page, 'namespace: dagster');
  await page.keyboard.insertText('-staging');
  await expect(form(page).getByLabel('namespace', { exact: true })).toHaveValue('dagster-staging');
  await placeCursorAtEndOf(page, '- DBT_TARGET=prod');
  await page.keyboard.type('=x');
  await expect(form(page).getByLabel('env_vars 0 value', { exact: true })).toHaveValue('prod=x');
});

test('a new key goes at the end of its map, in the file indentation', async ({ page }) => {
  await openApp(page);
  const scheduler = form(page).getByLabel('scheduler_name', { exact: true });
  await scheduler.fill('volcano');
  await scheduler.press('Enter');
  const example = EXAMPLE_CONFIG_TEXT.split('\n');
  // The k8s map ends the file: the new key is its last line, at its keys' indentation.
  await expectEditorEndsWith(page, [...example.slice(-4, -1), '        scheduler_name: volcano']);
  await expectEditorStartsWith(page, exampleLines(30));
});

test('adding and removing an env var row', async ({ page }) => {
  await openApp(page);
  await form(page).getByRole('button', { name: 'Add env_vars entry', exact: true }).click();
  await form(page).getByLabel('new env_vars name', { exact: true }).fill('DB_URL');
  await form(page).getByLabel('new env_vars value', { exact: true }).fill('postgres://h/db?a=1');
  await page.keyboard.press('Enter');
  await expectEditorStartsWith(
    page,
    exampleLines(20, (lines) => {
      const at = lines.indexOf(
        "          - SNOWFLAKE_ACCOUNT # taken from the agent's own environment",
      );
      lines.splice(at + 1, 0, '          - DB_URL=postgres://h/db?a=1');
    }),
  );
  await expect(form(page).getByLabel('env_vars 2 name', { exact: true })).toHaveValue('DB_URL');
  await expect(form(page).getByLabel('env_vars 2 value', { exact: true })).toHaveValue(
    'postgres://h/db?a=1',
  );

  await form(page).getByRole('button', { name: 'Remove env_vars 0', exact: true }).click();
  await expectEditorStartsWith(
    page,
    exampleLines(20, (lines) => {
      const at = lines.indexOf('          - DBT_TARGET=prod');
      lines.splice(at, 2, lines[at + 1]!, '          - DB_URL=postgres://h/db?a=1');
    }),
  );
  await expect(form(page).getByLabel('env_vars 1 name', { exact: true })).toHaveValue('DB_URL');
});

test('adding a location, then a volume, and removing them', async ({ page }) => {
  test.slow(); // Many steps, each a round trip through the editor.
  await openApp(page);
  await form(page).getByRole('button', { name: 'Add location', exact: true }).click();
  await form(page).getByLabel('new locations location_name', { exact: true }).fill('ml');
  await page.keyboard.press('Enter');
  await expect(form(page).getByLabel('location_name', { exact: true })).toHaveValue('ml');
  await expectEditorEndsWith(page, [
    '  - location_name: ml',
    '    code_source:',
    '      package_name: ml',
  ]);

  await form(page).getByRole('button', { name: 'Add volumes entry', exact: true }).click();
  await form(page).getByLabel('new volumes name', { exact: true }).fill('scratch');
  await form(page).getByLabel('new volumes source type', { exact: true }).selectOption('empty_dir');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(form(page).getByLabel('volumes 0 name', { exact: true })).toHaveValue('scratch');
  await expectEditorEndsWith(page, [
    '  - location_name: ml',
    '    code_source:',
    '      package_name: ml',
    '    container_context:',
    '      k8s:',
    '        volumes:',
    '          - name: scratch',
    '            empty_dir: {}',
  ]);

  await form(page).getByRole('button', { name: 'Remove volumes 0', exact: true }).click();
  await expect(form(page).getByLabel('volumes 0 name', { exact: true })).toHaveCount(0);
  await form(page)
    .getByRole('button', { name: /^Remove locations 1/ })
    .click();
  await expect(form(page).getByLabel('location_name', { exact: true })).toHaveValue('analytics');
  const example = EXAMPLE_CONFIG_TEXT.split('\n').filter((line) => line.trim() !== '');
  await expectEditorEndsWith(page, example.slice(-3));
});

test('with a syntax error the form is read-only under a banner; the text is untouched', async ({
  page,
}) => {
  await openApp(page);
  await placeCursorAtEndOf(page, 'namespace: dagster');
  await page.keyboard.type(': x');
  // One message, the app's banner; the disabled form is described by it.
  const banner = page.getByRole('status').filter({ hasText: 'YAML error on line' });
  await expect(banner).toBeVisible();
  await expect(page.getByText(/YAML (error|does not parse)/)).toHaveCount(1);
  await expect(
    form(page).getByRole('group', { name: 'dagster_cloud.yaml form' }),
  ).toHaveAccessibleDescription(
    /^YAML error on line \d+, column \d+.* The form shows the last good values, read-only, until the text parses again\.$/,
  );
  const namespace = form(page).getByLabel('namespace', { exact: true });
  await expect(namespace).toBeDisabled();
  await expect(namespace).toHaveValue('dagster');
  await expect(form(page).getByLabel('image_pull_policy', { exact: true })).toBeDisabled();
  expect(await readVisibleLines(page)).toContain('        namespace: dagster: x');

  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Backspace');
  await expect(banner).toBeHidden();
  await expect(namespace).toBeEnabled();
});

test('a problem shows on its form field', async ({ page }) => {
  await openApp(page);
  await placeCursorAtEndOf(page, 'namespace: dagster');
  await page.keyboard.press('Enter');
  // One input event: typing it key by key re-validates the file 25 times on a slow machine.
  await page.keyboard.insertText('server_replica_count: two');
  const replicas = form(page).getByLabel('server_replica_count', { exact: true });
  await expect(replicas).toHaveValue('two');
  await expect(replicas).toHaveAttribute('aria-invalid', 'true');
  await expect(
    form(page).getByText(/Value "two" of type "<class 'str'>" is not valid/),
  ).toBeVisible();
});

test('a click on a problem brings its form field into view', async ({ page }) => {
  await openApp(page);
  await placeCursorAtEndOf(page, 'read_only: true');
  for (let i = 0; i < 'true'.length; i += 1) await page.keyboard.press('Backspace');
  await page.keyboard.insertText('maybe');
  const readOnly = form(page).getByLabel('volume_mounts 0 read_only', { exact: true });
  await expect(readOnly).toHaveAttribute('aria-invalid', 'true');
  await expect(readOnly).not.toBeInViewport();
  await problemsList(page)
    .getByRole('button', { name: /volume_mounts\.0\.read_only/ })
    .first()
    .click();
  await expect(readOnly).toBeInViewport();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshot of the form (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page);
    await expect(form(page).getByLabel('location_name', { exact: true })).toHaveValue('analytics');
    await page.screenshot({ path: `/tmp/shots/form-${scheme}.png` });
    await form(page).screenshot({ path: `/tmp/shots/form-pane-${scheme}.png` });
  });
}
