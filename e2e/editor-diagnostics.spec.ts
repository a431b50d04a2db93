import { EXAMPLE_CONFIG_TEXT } from '../src/core/templates/example-config';
import { parseYamlText } from '../src/core/yaml';
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

test('a bad key gets a squiggle, a hover message and a problem that moves the cursor', async ({
  page,
}) => {
  await openApp(page);
  const editor = yamlEditor(page);
  await expect(editor.locator('.squiggly-error')).toHaveCount(0);

  await placeCursorAtEndOf(page, 'namespace: dagster');
  await page.keyboard.press('Enter');
  await page.keyboard.type('image_push_policy: Always');
  await page.keyboard.press('Escape');
  // The whole typed line, not just its start: Monaco may draw the last key a frame later.
  await expect(editor.locator('.view-line', { hasText: 'image_push_policy: Always' })).toHaveCount(
    1,
  );
  const lines = await readVisibleLines(page);
  const k8sLine = lines.indexOf('      k8s:');
  expect(lines.slice(k8sLine, k8sLine + 4)).toEqual([
    '      k8s:',
    '        namespace: dagster',
    '        image_push_policy: Always',
    '        service_account_name: analytics-runner',
  ]);

  // The problems list names the key, at line 13 (below `namespace:` on line 12), column 9.
  const problem = problemsList(page).getByRole('button', { name: /image_push_policy/ });
  await expect(problem).toHaveCount(1);
  await expect(problem).toContainText('Ln 13, Col 9');
  await expect(page.getByRole('button', { name: /^Problems: 1 error,/ })).toBeVisible();
  const message = (await problem.locator('.problem-text').textContent())!;

  // Monaco underlines exactly that key and shows the same message on hover.
  const squiggle = editor.locator('.squiggly-error');
  await expect(squiggle).toHaveCount(1);
  // The squiggle lies under the text; Monaco shows the marker when the pointer is on the word.
  await editor.locator('.view-line span', { hasText: /^image_push_policy$/ }).hover();
  await expect(
    page.locator('.monaco-hover').filter({ visible: true }).filter({ hasText: message }),
  ).toBeVisible();

  // Move the cursor away, then a click on the problem brings it back to the key.
  await placeCursorAtEndOf(page, 'service_account_name');
  await expect(cursorStatus(page)).toHaveText('Ln 14, Col 47');
  await problem.click();
  await expect(cursorStatus(page)).toHaveText('Ln 13, Col 9');
  await expect(page.getByRole('textbox', { name: 'dagster_cloud.yaml' })).toBeFocused();
  await expect(page.getByTitle('Config path at the cursor')).toHaveText(
    'locations.0.container_context.k8s.image_push_policy',
  );
});

test('a syntax error shows the banner and keeps the last good config', async ({ page }) => {
  await openApp(page);
  await placeCursorAtEndOf(page, 'namespace: dagster');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- oops');
  await page.keyboard.press('Escape');

  // What the banner must say: the first YAML error of exactly this text.
  const brokenText = EXAMPLE_CONFIG_TEXT.replace(
    '        namespace: dagster\n',
    '        namespace: dagster\n        - oops\n',
  );
  const firstError = parseYamlText(brokenText).problems.find((p) => p.severity === 'error')!;
  const { line, column } = firstError.range.start;
  const banner = page.getByRole('status').filter({ hasText: 'YAML error on line' });
  await expect(banner).toContainText(`YAML error on line ${line}, column ${column}`);
  await expect(banner).toContainText(firstError.message.trimEnd());
  await expect(banner).toContainText('The form shows the last good values, read-only');

  // The text stays exactly as typed.
  const lines = await readVisibleLines(page);
  const namespaceLine = lines.indexOf('        namespace: dagster');
  expect(lines.slice(namespaceLine, namespaceLine + 3)).toEqual([
    '        namespace: dagster',
    '        - oops',
    '        service_account_name: analytics-runner',
  ]);
  await expect(yamlEditor(page).locator('.squiggly-error').first()).toBeVisible();

  // "Show in editor" puts the cursor on the error.
  await placeCursorAtEndOf(page, 'location_name: analytics');
  await banner.getByRole('button', { name: 'Show in editor' }).click();
  await expect(cursorStatus(page)).toHaveText(`Ln ${line}, Col ${column}`);

  // Deleting the broken line clears it all.
  await placeCursorAtEndOf(page, '- oops');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'YAML parses' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Problems: 0 errors,/ })).toBeVisible();
});
