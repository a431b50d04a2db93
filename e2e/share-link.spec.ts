import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import type { CliIo } from '../src/cli/cli-io';
import { main } from '../src/cli/main';
import { AGENT_HELM_VALUES_SNIPPET } from '../src/core/templates/agent-helm-values';
import { EXAMPLE_CONFIG_TEXT } from '../src/core/templates/example-config';
import { expect, test } from './fixtures';
import { chooseFile, fileActions, importConfig, openApp, yamlEditor } from './editor-page';

/** No final newline, non-ASCII, comments; no secret-looking values. */
const CONFIG = [
  '# shared — keep me',
  'locations:',
  '  - location_name: zürich # the only one',
  '    image: ghcr.io/acme/zürich:2',
  '    code_source:',
  '      package_name: zurich',
].join('\n');
const HELM = 'workspace:\r\n  labels:\r\n    team: data\r\n';
const SECRET_CONFIG = `locations:
  - location_name: etl
    image: repo/etl:1
    code_source:
      package_name: etl
    container_context:
      k8s:
        env_vars:
          - DB_PASSWORD=hunter2 # rotate me
`;

async function openMenu(page: Page, item: string) {
  await fileActions(page).getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile(await download.path(), 'utf8');
}

const downloadConfig = (page: Page) =>
  downloadText(page, () =>
    fileActions(page).getByRole('button', { name: 'Download', exact: true }).click(),
  );
const downloadHelm = (page: Page) =>
  downloadText(page, () => openMenu(page, 'Download values.yaml'));

/** Copies the link from the share dialog; `redact` sets the redaction checkbox when it is shown. */
async function copyShareLink(page: Page, redact?: boolean): Promise<string> {
  await fileActions(page).getByRole('button', { name: 'Share link…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  if (redact !== undefined) {
    await dialog.getByRole('checkbox', { name: /^Replace the/ }).setChecked(redact);
  }
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await expect(dialog.getByRole('textbox', { name: 'Link' })).toHaveValue(link);
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  return link;
}

/** A fresh browser profile: no autosave, as when a colleague opens the link. */
async function openInFreshProfile(browser: Browser, link: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(yamlEditor(page).locator('.view-lines')).toBeVisible({ timeout: 30_000 });
  return page;
}

test.beforeEach(async ({ page, context }) => {
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
});

test('a copied share link opens the same config and Helm values in a new page', async ({
  page,
  browser,
}) => {
  await importConfig(page, CONFIG);
  await chooseFile(page, () => openMenu(page, 'Import Helm values…'), 'values.yaml', HELM);
  const link = await copyShareLink(page);
  expect(link.startsWith(`${new URL('./', page.url()).href}#v1.`)).toBe(true);

  const other = await openInFreshProfile(browser, link);
  await expect(yamlEditor(other).locator('.view-lines')).toContainText('location_name: zürich');
  await expect(
    other.getByRole('status').filter({ hasText: 'Opened the shared config' }),
  ).toBeVisible();
  expect(new URL(other.url()).hash).toBe('');
  expect(await downloadConfig(other)).toBe(CONFIG);
  expect(await downloadHelm(other)).toBe(HELM);
  await other.context().close();
});

const preview = (page: Page) => page.locator('#pane-preview');

/** Sets the preview's deployment name and tab, the run context a link and the autosave carry. */
async function choosePreview(page: Page, deployment: string, tab: string) {
  const toggle = preview(page).getByRole('button', { name: 'Helm values & run context' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await preview(page).getByRole('textbox', { name: 'Deployment', exact: true }).fill(deployment);
  await preview(page)
    .getByRole('tab', { name: new RegExp(`^${tab}`) })
    .click();
}

/** The preview shows `tab` with the deployment name `deployment` in its YAML and run context. */
async function expectPreview(page: Page, deployment: string, tab: string) {
  await expect(preview(page).getByRole('tab', { selected: true })).toHaveText(
    new RegExp(`^${tab}`),
  );
  // The deployment name reaches the render: here the agent's refusal to serve a deployment its
  // Helm values do not list, which names it.
  await expect(preview(page).getByRole('tabpanel')).toContainText(
    `the deployment "${deployment}" is not in dagsterCloud.deployments (prod)`,
  );
  const toggle = preview(page).getByRole('button', { name: 'Helm values & run context' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(preview(page).getByRole('textbox', { name: 'Deployment', exact: true })).toHaveValue(
    deployment,
  );
}

test('a share link reopens the same preview tab and deployment name, text byte for byte', async ({
  page,
  browser,
}) => {
  await importConfig(page, CONFIG);
  await choosePreview(page, 'staging-eu', 'Code server');
  await expectPreview(page, 'staging-eu', 'Code server');
  const link = await copyShareLink(page);

  const other = await openInFreshProfile(browser, link);
  await expectPreview(other, 'staging-eu', 'Code server');
  expect(await downloadConfig(other)).toBe(CONFIG);
  await other.context().close();
});

test('autosave keeps the preview tab and deployment name across a reload', async ({ page }) => {
  await importConfig(page, CONFIG);
  await choosePreview(page, 'qa', 'Service');
  await expect(fileActions(page).getByText('Saved in this browser')).toBeVisible();
  await page.reload();
  await expect(yamlEditor(page).locator('.view-lines')).toContainText('location_name: zürich', {
    timeout: 30_000,
  });
  await expectPreview(page, 'qa', 'Service');
  expect(await downloadConfig(page)).toBe(CONFIG);
});

/** Runs the CLI in this process on in-memory files; returns the exit code and stdout. */
async function runCli(args: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string>();
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile(path) {
      const text = files[path];
      if (text === undefined) throw new Error(`No such file ${path}`);
      return text;
    },
    writeFile: (path, text) => void written.set(path, text),
  };
  const code = await main(args, io);
  return { code, stdout, stderr, written };
}

test('a link made by the CLI opens in the app, and an app link opens in the CLI, byte for byte', async ({
  page,
  browser,
}) => {
  const crlf = `${CONFIG.replaceAll('\n', '\r\n')}\r\n`;
  const base = new URL('./', page.url()).href;
  const made = await runCli(
    ['share', 'dagster_cloud.yaml', '--helm-values', 'values.yaml', '--base', base],
    { 'dagster_cloud.yaml': crlf, 'values.yaml': HELM },
  );
  expect(made).toMatchObject({ code: 0, stderr: '' });
  const fromCli = await openInFreshProfile(browser, made.stdout.trim());
  await expect(yamlEditor(fromCli).locator('.view-lines')).toContainText('location_name: zürich');
  expect(await downloadConfig(fromCli)).toBe(crlf);
  expect(await downloadHelm(fromCli)).toBe(HELM);
  await fromCli.context().close();

  await importConfig(page, CONFIG);
  const opened = await runCli([
    'open',
    await copyShareLink(page, false),
    '--helm-values-out',
    'v.yaml',
  ]);
  expect(opened).toMatchObject({ code: 0, stdout: CONFIG, stderr: '' });
  expect(opened.written.get('v.yaml')).toBe(AGENT_HELM_VALUES_SNIPPET);
});

test('secret-looking values are redacted by default, and shared only when unticked', async ({
  page,
  browser,
}) => {
  await importConfig(page, SECRET_CONFIG);
  await fileActions(page).getByRole('button', { name: 'Share link…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  const checkbox = dialog.getByRole('checkbox', { name: /^Replace the/ });
  await expect(checkbox).toBeChecked();
  // The agent snippet in the Helm values sets one env var, which counts too.
  await expect(
    dialog.getByRole('list', { name: 'Secret-looking values' }).getByRole('listitem'),
  ).toHaveText([
    'DB_PASSWORDdagster_cloud.yaml, line 9redacted',
    'DAGSTER_DEPLOYMENTHelm values, line 26redacted',
  ]);
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  const redacted = await openInFreshProfile(browser, await copyShareLink(page));
  expect(await downloadConfig(redacted)).toBe(
    SECRET_CONFIG.replace('DB_PASSWORD=hunter2', 'DB_PASSWORD=<redacted>'),
  );
  await redacted.context().close();

  const plain = await openInFreshProfile(browser, await copyShareLink(page, false));
  expect(await downloadConfig(plain)).toBe(SECRET_CONFIG);
  await plain.context().close();
});

test('the link length is shown, with a warning when it is long for chat tools', async ({
  page,
}) => {
  let seed = 11;
  const noise = Array.from({ length: 40 }, () =>
    Array.from({ length: 60 }, () => {
      seed = (seed * 48271) % 2147483647;
      return String.fromCharCode(97 + (seed % 26));
    }).join(''),
  );
  await importConfig(page, `${CONFIG}\n${noise.map((line) => `# ${line}`).join('\n')}\n`);
  await fileActions(page).getByRole('button', { name: 'Share link…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  const length = (await dialog.getByRole('textbox', { name: 'Link' }).inputValue()).length;
  expect(length).toBeGreaterThan(2000);
  await expect(dialog.getByText(/characters, secret-looking values redacted$/)).toHaveText(
    `${length.toLocaleString('en-US')} characters, secret-looking values redacted`,
  );
  await expect(dialog.getByText(/This link is \d/)).toHaveText(
    `This link is ${length.toLocaleString('en-US')} characters long. Chat tools and issue trackers often cut links longer than 2,000 characters; attach the file instead if the link does not open.`,
  );
});

test('broken and hostile links give a message and keep the current work', async ({ page }) => {
  await yamlEditor(page).locator('.view-line', { hasText: 'namespace: dagster' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type('-mine');
  const edited = EXAMPLE_CONFIG_TEXT.replace('namespace: dagster\n', 'namespace: dagster-mine\n');
  const cases: [string, string][] = [
    [
      '#hello',
      'This is not a K8s Config Studio share link: the part after "#" should start with "v1.".',
    ],
    [
      '#v7.AAAA',
      'This share link uses format v7, which this version of K8s Config Studio cannot open (it opens v1 links). It may come from a newer version of the app.',
    ],
    [
      '#v1.!!<script>',
      'This share link is damaged: it contains "!", which a share link never does. It may have been changed when it was copied.',
    ],
    [
      '#v1.q1ZKS8xJTVGyUlAqzs',
      'This share link is damaged or cut short: its content cannot be decompressed. Copy the whole link again.',
    ],
  ];
  for (const [fragment, message] of cases) {
    await page.goto(`./${fragment}`);
    await expect(page.getByRole('alert').filter({ hasText: 'could not be opened' })).toHaveText(
      `The share link could not be opened. ${message} Your work is unchanged.`,
    );
    expect(new URL(page.url()).hash).toBe('');
  }
  expect(await downloadConfig(page)).toBe(edited);
});

test('a link over unsaved work asks first; either answer keeps a way back', async ({ page }) => {
  await importConfig(page, CONFIG);
  const link = await copyShareLink(page);
  await importConfig(page, EXAMPLE_CONFIG_TEXT);
  await yamlEditor(page).locator('.view-line', { hasText: 'namespace: dagster' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type('-mine');
  const edited = EXAMPLE_CONFIG_TEXT.replace('namespace: dagster\n', 'namespace: dagster-mine\n');

  await page.goto(link);
  const question = page.getByRole('alertdialog', { name: 'Replace your unsaved changes?' });
  await expect(question).toContainText('Opening the share link replaces your current work');
  await question.getByRole('button', { name: 'Keep my work' }).click();
  expect(await downloadConfig(page)).toBe(edited);

  // The download saved the work; a new edit makes it unsaved again.
  await yamlEditor(page).locator('.view-line', { hasText: 'namespace: dagster-mine' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type('2');
  await page.goto(link);
  await question.getByRole('button', { name: 'Open the link' }).click();
  await expect(yamlEditor(page).locator('.view-lines')).toContainText('location_name: zürich');
  await page.getByRole('button', { name: 'Restore previous' }).click();
  await expect(yamlEditor(page)).toContainText('namespace: dagster-mine2');
});

test('autosave keeps the work across a reload; a link then opens only after a yes', async ({
  page,
}) => {
  await importConfig(page, CONFIG);
  await chooseFile(page, () => openMenu(page, 'Import Helm values…'), 'values.yaml', HELM);
  const link = await copyShareLink(page);
  await yamlEditor(page).locator('.view-line', { hasText: 'package_name: zurich' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type('_v2');
  await expect(fileActions(page).getByText('Saved in this browser')).toBeVisible();

  await page.reload();
  await expect(yamlEditor(page).locator('.view-lines')).toContainText('package_name: zurich_v2', {
    timeout: 30_000,
  });
  const saved = `${CONFIG}_v2`;
  expect(await downloadConfig(page)).toBe(saved);
  expect(await downloadHelm(page)).toBe(HELM);

  // A fresh load with both an autosave and a link: the link waits for the user's yes.
  await page.goto('about:blank');
  await page.goto(link);
  const question = page.getByRole('alertdialog', { name: 'Replace your unsaved changes?' });
  await expect(question).toBeVisible({ timeout: 30_000 });
  await question.getByRole('button', { name: 'Keep my work' }).click();
  expect(await downloadConfig(page)).toBe(saved);
});
