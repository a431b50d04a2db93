import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { EXAMPLE_CONFIG_TEXT } from '../src/core/templates/example-config';
import { AGENT_HELM_VALUES_SNIPPET } from '../src/core/templates/agent-helm-values';
import { expect, test } from './fixtures';
import { fileActions, importByPicker, openApp, readVisibleLines, yamlEditor } from './editor-page';

/** A file whose bytes a careless path would change: no final newline, non-ASCII, comments. */
const IMPORTED = [
  '# imported — keep me',
  'locations:',
  '  - location_name: café',
  '    image: ghcr.io/acme/café:1.0 # pinned',
  '    code_source:',
  '      package_name: cafe',
].join('\n');

/** Downloads through a toolbar or menu action and returns the file's name and exact text. */
async function downloadFrom(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

async function downloadConfig(page: Page): Promise<string> {
  const { name, text } = await downloadFrom(page, () =>
    fileActions(page).getByRole('button', { name: 'Download', exact: true }).click(),
  );
  expect(name).toBe('dagster_cloud.yaml');
  return text;
}

async function chooseMenuItem(page: Page, name: string) {
  await fileActions(page).getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name }).click();
}

/** Drops a file on the page the way a browser does: dragenter on the window, then over and drop. */
async function dropFile(page: Page, name: string, text: string, targetLabel: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/yaml' }));
      return transfer;
    },
    { name, text },
  );
  await page.locator('#pane-yaml').dispatchEvent('dragenter', { dataTransfer });
  const overlay = page.getByTestId('drop-overlay');
  await expect(overlay).toBeVisible();
  const target = overlay.getByLabel(targetLabel);
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
  await expect(overlay).toBeHidden();
}

test.beforeEach(async ({ page }) => {
  // Monaco is a large chunk; on a busy machine opening the app alone can take half the default timeout.
  test.slow();
  await openApp(page);
});

test('Copy YAML puts the exact editor text on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await fileActions(page).getByRole('button', { name: 'Copy YAML' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Copied dagster_cloud.yaml' }),
  ).toHaveText('Copied dagster_cloud.yaml to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(EXAMPLE_CONFIG_TEXT);
});

test('Download saves dagster_cloud.yaml with the editor text, edits included', async ({ page }) => {
  await yamlEditor(page).locator('.view-line', { hasText: 'namespace: dagster' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type('-staging');
  await expect(yamlEditor(page)).toContainText('namespace: dagster-staging');
  expect(await downloadConfig(page)).toBe(
    EXAMPLE_CONFIG_TEXT.replace('namespace: dagster\n', 'namespace: dagster-staging\n'),
  );
});

test('Import by the file picker loads the file byte for byte', async ({ page }) => {
  await importByPicker(page, 'café.yaml', IMPORTED);
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toHaveText(
    'Opened "café.yaml" as dagster_cloud.yaml.Restore previous',
  );
  await expect(yamlEditor(page).locator('.view-lines')).toContainText('location_name: café');
  expect((await readVisibleLines(page)).slice(0, 3)).toEqual([
    '# imported — keep me',
    'locations:',
    '  - location_name: café',
  ]);
  expect(await downloadConfig(page)).toBe(IMPORTED);
});

test('a CRLF file keeps its line endings through the editor and a form edit', async ({ page }) => {
  const crlf = IMPORTED.replaceAll('\n', '\r\n') + '\r\n';
  await importByPicker(page, 'windows.yaml', crlf);
  await expect(yamlEditor(page).locator('.view-lines')).toContainText('location_name: café');
  expect(await downloadConfig(page)).toBe(crlf);
});

test('Import asks before replacing unsaved work, and the work comes back', async ({ page }) => {
  await yamlEditor(page).locator('.view-line', { hasText: 'namespace: dagster' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type('-mine');
  await expect(yamlEditor(page)).toContainText('namespace: dagster-mine');
  const edited = EXAMPLE_CONFIG_TEXT.replace('namespace: dagster\n', 'namespace: dagster-mine\n');

  await importByPicker(page, 'other.yaml', IMPORTED);
  const dialog = page.getByRole('alertdialog', { name: 'Replace your unsaved changes?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(
    'Opening the file "other.yaml" replaces dagster_cloud.yaml, which has changes you have not downloaded, copied or shared.',
  );
  await dialog.getByRole('button', { name: 'Keep my work' }).click();
  await expect(dialog).toBeHidden();
  expect(await downloadConfig(page)).toBe(edited);

  await yamlEditor(page).locator('.view-line', { hasText: 'namespace: dagster-mine' }).click();
  await page.keyboard.type(' ');
  await importByPicker(page, 'other.yaml', IMPORTED);
  await dialog.getByRole('button', { name: 'Replace' }).click();
  await expect(yamlEditor(page).locator('.view-lines')).toContainText('location_name: café');
  await page.getByRole('button', { name: 'Restore previous' }).click();
  await expect(yamlEditor(page)).toContainText('namespace: dagster-mine');
  await expect(yamlEditor(page)).not.toContainText('café');
});

test('a replaced text can also be undone in the editor', async ({ page }) => {
  await importByPicker(page, 'café.yaml', IMPORTED);
  await expect(yamlEditor(page).locator('.view-lines')).toContainText('location_name: café');
  await yamlEditor(page).locator('.view-line').first().click();
  await page.keyboard.press('Control+z');
  await expect(yamlEditor(page).locator('.view-lines')).toContainText('location_name: analytics');
});

test('binary, invalid UTF-8 and huge files are refused and the text stays', async ({ page }) => {
  const cases: [string, Buffer, string][] = [
    [
      'logo.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      '"logo.png" is not UTF-8 text (it may be binary, or saved in another encoding). Nothing was changed.',
    ],
    [
      'archive.yaml',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]),
      '"archive.yaml" looks binary, not like a YAML file: it contains the control character U+0003. Nothing was changed.',
    ],
    [
      'huge.yaml',
      Buffer.alloc(6 * 1024 * 1024, 'a'),
      '"huge.yaml" is too large to open (6.0 MB): config files up to 5.0 MB open here. Nothing was changed.',
    ],
  ];
  for (const [name, bytes, message] of cases) {
    await importByPicker(page, name, bytes);
    await expect(page.getByRole('alert').filter({ hasText: name })).toHaveText(message);
  }
  expect(await downloadConfig(page)).toBe(EXAMPLE_CONFIG_TEXT);
});

test('a file dropped anywhere on the page opens', async ({ page }) => {
  await dropFile(page, 'dropped.yaml', IMPORTED, 'Open as dagster_cloud.yaml');
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toContainText(
    'Opened "dropped.yaml" as dagster_cloud.yaml.',
  );
  expect(await downloadConfig(page)).toBe(IMPORTED);
});

test('the Helm values and the run tag import and export like the config', async ({ page }) => {
  // The Helm values live in a plain textarea, which keeps CRLF.
  const helm = 'workspace:\r\n  labels:\r\n    team: data # ü\r\n';
  const tag = 'container_config:\n  resources:\n    limits:\n      cpu: "2"\n  tty: true\n';

  let download = await downloadFrom(page, () => chooseMenuItem(page, 'Download values.yaml'));
  expect(download).toEqual({ name: 'values.yaml', text: AGENT_HELM_VALUES_SNIPPET });

  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    chooseMenuItem(page, 'Import Helm values…'),
  ]);
  await chooser.setFiles({ name: 'values.yaml', mimeType: 'text/yaml', buffer: Buffer.from(helm) });
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toContainText(
    'Opened "values.yaml" as the Helm values.',
  );
  download = await downloadFrom(page, () => chooseMenuItem(page, 'Download values.yaml'));
  expect(download.text).toBe(helm);

  await dropFile(page, 'tag.yaml', tag, 'Run tag');
  download = await downloadFrom(page, () =>
    chooseMenuItem(page, 'Download dagster-k8s-config.yaml'),
  );
  expect(download).toEqual({ name: 'dagster-k8s-config.yaml', text: tag });

  download = await downloadFrom(page, () =>
    chooseMenuItem(page, 'Download dagster_k8s_config_tag.py'),
  );
  expect(download).toEqual({
    name: 'dagster_k8s_config_tag.py',
    text: 'tags={\n    "dagster-k8s/config": {\n        "container_config": {"resources": {"limits": {"cpu": "2"}}, "tty": True},\n    },\n}\n',
  });
});

test('the rendered manifests download as one multi-document file', async ({ page }) => {
  const { name, text } = await downloadFrom(page, () =>
    chooseMenuItem(page, 'Download manifests.yaml'),
  );
  expect(name).toBe('manifests.yaml');
  // Values Dagster+ fills in at launch keep their `# placeholder` notes, as in the preview.
  const kinds = text.split(/^---$/m).map((doc) => /^kind: (\w+)/m.exec(doc)?.[1]);
  expect(kinds).toEqual(['Deployment', 'Service', 'Job']);
  expect(text).toContain('image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/analytics:latest');
  expect(text).toContain('name: analytics-prod-xxxxxx # placeholder:');
});

/** Puts `text` on the clipboard and pastes it into the YAML editor with the keyboard. */
async function pasteIntoEditor(page: Page, text: string) {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press('ControlOrMeta+V');
}

const PASTED = [
  '# pasted — keep me',
  'locations:',
  '  - location_name: pasted',
  '    image: ghcr.io/acme/pasted:1 # pinned',
  '    code_source:',
  '      package_name: pasted',
  '    container_context:',
  '      k8s:',
  '        env_vars:',
  '          - DBT_TARGET=prod',
  '',
].join('\n');

test('a whole file pasted into an emptied editor or over a selection is kept exactly', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const editor = yamlEditor(page);
  await editor.locator('.view-line').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await expect(editor.locator('.view-lines')).not.toContainText('location_name');
  await pasteIntoEditor(page, PASTED);
  await expect(editor.locator('.view-lines')).toContainText('location_name: pasted');
  expect(await downloadConfig(page)).toBe(PASTED);

  // Over a selection (all of it): the pasted file replaces it, indentation untouched.
  await editor.locator('.view-line', { hasText: 'location_name: pasted' }).click();
  await page.keyboard.press('ControlOrMeta+A');
  await pasteIntoEditor(page, IMPORTED);
  await expect(editor.locator('.view-lines')).toContainText('location_name: café');
  expect(await downloadConfig(page)).toBe(IMPORTED);

  // A whole Windows file keeps its CRLF line breaks (the editor alone would make them LF).
  const crlf = PASTED.replaceAll('\n', '\r\n');
  await editor.locator('.view-line', { hasText: 'location_name: café' }).click();
  await page.keyboard.press('ControlOrMeta+A');
  await pasteIntoEditor(page, crlf);
  await expect(editor.locator('.view-lines')).toContainText('location_name: pasted');
  await expect.poll(() => downloadConfig(page)).toBe(crlf);
});
