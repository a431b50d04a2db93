import { expect, test } from './fixtures';
import { openApp, placeCursorAtEndOf, yamlEditor } from './editor-page';
import { describeSchemaPath } from './schema-description';

// Monaco is a large chunk: give it time on a busy machine.
test.slow();

/** The YAML worker starts on first use; on a busy machine that takes a few seconds. */
const WORKER_TIMEOUT = 20_000;

// These prove the YAML worker is alive: hover and completion come from monaco-yaml's worker,
// fed with the JSON Schema exported from our zod schema.

test('hovering a key shows its description from the schema', async ({ page }) => {
  await openApp(page);
  const key = yamlEditor(page)
    .locator('.view-line', { hasText: 'service_account_name: analytics-runner' })
    .locator('span', { hasText: 'service_account_name' })
    .first();
  const description = describeSchemaPath([
    'locations',
    0,
    'container_context',
    'k8s',
    'service_account_name',
  ]);
  // The hover renders the description as Markdown; compare its first sentence as plain text.
  const firstSentence = description.slice(0, description.indexOf('.') + 1);
  expect(firstSentence.length).toBeGreaterThan(20);
  // A hover made before the YAML worker has started shows nothing and is not retried by Monaco:
  // move away and hover again until the worker answers.
  const hover = page.locator('.monaco-hover').filter({ visible: true });
  await expect(async () => {
    await page.mouse.move(0, 0);
    await key.hover();
    await expect(hover).toContainText(firstSentence, { timeout: 5_000 });
  }).toPass({ timeout: 2 * WORKER_TIMEOUT });
});

test('completion offers the k8s keys and the merge_behavior values', async ({ page }) => {
  await openApp(page);
  await placeCursorAtEndOf(page, 'namespace: dagster');
  await page.keyboard.press('Enter');
  await page.keyboard.type('scheduler_na');
  await page.keyboard.press('Control+Space');
  const suggestions = page.locator('.suggest-widget .monaco-list-row');
  await expect(suggestions.filter({ hasText: 'scheduler_name' })).toBeVisible({
    timeout: WORKER_TIMEOUT,
  });
  await page.keyboard.press('Escape');

  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Delete');

  await placeCursorAtEndOf(page, 'run_k8s_config:');
  await page.keyboard.press('Enter');
  await page.keyboard.type('merge_behavior: ');
  await page.keyboard.press('Control+Space');
  await expect(suggestions).toHaveText(['DEEP', 'SHALLOW']);
});

test('completion offers the imagePullPolicy values for image_pull_policy', async ({ page }) => {
  await openApp(page);
  // Retype the key without its value and ask for completions in the value's place.
  await placeCursorAtEndOf(page, 'image_pull_policy: IfNotPresent');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.insertText('image_pull_policy: ');
  await page.keyboard.press('Control+Space');
  const suggestions = page.locator('.suggest-widget .monaco-list-row');
  // `null` is valid too (Dagster accepts it: the agent's default applies).
  await expect(suggestions).toHaveText(['Always', 'IfNotPresent', 'Never', 'null'], {
    timeout: WORKER_TIMEOUT,
  });
});
