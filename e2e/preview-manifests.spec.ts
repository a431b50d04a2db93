import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AGENT_HELM_VALUES_SNIPPET } from '../src/core/templates/agent-helm-values';
import { EXAMPLE_CONFIG_TEXT } from '../src/core/templates/example-config';
import { cursorStatus, openApp, placeCursorAtEndOf } from './editor-page';

/** The 1-based line of the first line of `text` containing `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

// Each test renders the location a few dozen times; a loaded CI machine needs more than 30 s.
test.describe.configure({ timeout: 90_000 });

const TAB_NAMES = {
  run: 'Run Job',
  step: 'Step Job',
  deployment: 'Code server',
  service: 'Service',
  all: 'All',
} as const;
type Tab = keyof typeof TAB_NAMES;

const preview = (page: Page) => page.locator('#pane-preview');

/** Selects a preview tab and returns its highlighted YAML. */
async function showTab(page: Page, tab: Tab) {
  await preview(page)
    .getByRole('tab', { name: new RegExp(`^${TAB_NAMES[tab]}`) })
    .click();
  return preview(page).getByRole('group', { name: `${TAB_NAMES[tab]} YAML` });
}

/** Replaces the whole editor line that contains `text` with `replacement`. */
async function replaceEditorLine(page: Page, text: string, replacement: string) {
  await placeCursorAtEndOf(page, text);
  await page.keyboard.press('Shift+Home');
  // One input event: typing key by key would re-analyse the file on every key.
  await page.keyboard.insertText(replacement);
  await page.keyboard.press('Escape');
}

async function openLayers(page: Page) {
  const toggle = preview(page).getByRole('button', { name: 'Helm values & run context' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

const provenance = (page: Page) => preview(page).getByRole('status', { name: 'Provenance' });

test('editing the location in the YAML changes the run Job and the Deployment', async ({
  page,
}) => {
  await openApp(page);
  const run = await showTab(page, 'run');
  await expect(run).toContainText('imagePullPolicy: IfNotPresent');
  await expect(run).toContainText('cpu: 500m');

  await replaceEditorLine(page, 'image_pull_policy: IfNotPresent', 'image_pull_policy: Never');
  await replaceEditorLine(page, 'cpu: 500m', 'cpu: 750m');
  await expect(run).toContainText('imagePullPolicy: Never');
  await expect(run).toContainText('cpu: 750m');

  const deployment = await showTab(page, 'deployment');
  await expect(deployment).toContainText('imagePullPolicy: Never');
  // run_k8s_config reaches runs only; the code server keeps its own request.
  await expect(deployment).not.toContainText('cpu: 750m');
  await expect(deployment).toContainText('cpu: 250m');
  await expect(deployment).toContainText('name: analytics-prod-xxxxxx');
});

test('editing the Helm values changes every object', async ({ page }) => {
  await openApp(page);
  await openLayers(page);
  const helm = preview(page).getByLabel('values.yaml (dagster-cloud-agent chart 1.8.13)');
  const values = await helm.inputValue();
  await helm.fill(values.replace('managed-by: dagster-agent', 'managed-by: platform-team'));

  const run = await showTab(page, 'run');
  await expect(run).toContainText('managed-by: platform-team');
  const deployment = await showTab(page, 'deployment');
  await expect(deployment).toContainText('managed-by: platform-team');
});

test('the run tag reaches the run Job only; op isolation adds the step Job', async ({ page }) => {
  await openApp(page);
  await openLayers(page);
  await preview(page)
    .getByLabel('Job tag dagster-k8s/config (YAML)')
    .fill('container_config:\n  resources:\n    limits:\n      cpu: "3"\n');
  const run = await showTab(page, 'run');
  await expect(run).toContainText("cpu: '3'");
  const deployment = await showTab(page, 'deployment');
  await expect(deployment).not.toContainText("cpu: '3'");

  // The job's tag does not reach step pods; the op's tag does.
  await preview(page)
    .getByLabel(/^Op isolation/)
    .check();
  await preview(page)
    .getByLabel('Op tag dagster-k8s/config (YAML)')
    .fill('pod_spec_config:\n  node_selector:\n    pool: gpu\n');
  const step = await showTab(page, 'step');
  await expect(step).toContainText('app.kubernetes.io/component: step_worker');
  await expect(step).toContainText('dagster/op: my_op');
  await expect(step).toContainText('pool: gpu');
  await expect(step).not.toContainText("cpu: '3'");
});

test('provenance names where a value comes from and jumps to its source', async ({ page }) => {
  const pullPolicyLine = lineOf(EXAMPLE_CONFIG_TEXT, 'image_pull_policy: IfNotPresent');
  const secretLine = lineOf(AGENT_HELM_VALUES_SNIPPET, '- name: dagster-shared-credentials');
  await openApp(page);
  await showTab(page, 'run');
  const pullPolicy = preview(page).locator('.pv-value', { hasText: /^IfNotPresent$/ });
  await pullPolicy.hover();
  await expect(provenance(page)).toContainText(
    `From the location's key locations.0.container_context.k8s.image_pull_policy in dagster_cloud.yaml, line ${pullPolicyLine}`,
  );
  await expect(provenance(page)).toContainText(
    'spec.template.spec.containers[0].imagePullPolicy: IfNotPresent',
  );
  await placeCursorAtEndOf(page, 'namespace: dagster');
  await expect(cursorStatus(page)).toHaveText('Ln 12, Col 27');
  await pullPolicy.click();
  await expect(cursorStatus(page)).toHaveText(`Ln ${pullPolicyLine}, Col 28`);

  // The keyboard reaches the same: arrows move between values, Enter jumps.
  await pullPolicy.focus();
  await page.keyboard.press('ArrowDown');
  await expect(provenance(page)).toContainText('spec.template.spec.containers[0].name: dagster');
  await page.keyboard.press('ArrowUp');
  await expect(pullPolicy).toBeFocused();
  await placeCursorAtEndOf(page, 'namespace: dagster');
  await pullPolicy.focus();
  await page.keyboard.press('Enter');
  await expect(cursorStatus(page)).toHaveText(`Ln ${pullPolicyLine}, Col 28`);

  // A value from the Helm values: its text is selected in the Helm textarea.
  const secret = preview(page).locator('.pv-value', { hasText: /^dagster-shared-credentials$/ });
  await secret.hover();
  await expect(provenance(page)).toContainText(
    `From Helm value workspace.envSecrets.0.name in Helm values, line ${secretLine}`,
  );
  await secret.click();
  const helm = preview(page).getByLabel('values.yaml (dagster-cloud-agent chart 1.8.13)');
  await expect(helm).toBeFocused();
  const selected = await helm.evaluate((element: HTMLTextAreaElement) =>
    element.value.slice(element.selectionStart, element.selectionEnd),
  );
  expect(selected).toBe('name: dagster-shared-credentials');

  // Values Dagster adds itself say so and have nowhere to jump.
  await preview(page)
    .locator('.pv-value', { hasText: /^execute_run$/ })
    .hover();
  await expect(provenance(page)).toContainText('From Dagster default');
  await expect(provenance(page).getByRole('button', { name: 'Go to source' })).toHaveCount(0);

  // Placeholders say why they are placeholders.
  await preview(page)
    .locator('.pv-value', { hasText: /^dagster-run-<run-id>$/ })
    .first()
    .hover();
  await expect(provenance(page)).toContainText('placeholder: new UUID per run');
});

test('a config Dagster rejects shows Dagster’s message instead of a manifest', async ({ page }) => {
  await openApp(page);
  const run = await showTab(page, 'run');
  await expect(run).toBeVisible();
  await replaceEditorLine(page, 'namespace: dagster', 'namespace: 3');

  const alert = preview(page).getByRole('alert');
  await expect(alert).toContainText(
    'Dagster would not create the run Job: DagsterInvalidConfigError',
  );
  await expect(alert).toContainText(
    'Invalid scalar at path root:namespace. Value "3" of type "<class \'int\'>" is not valid for expected type "String".',
  );
  await expect(alert).toContainText('Raised by the agent, launching a run');
  await expect(run).toHaveCount(0);
  await expect(preview(page).getByRole('button', { name: 'Download YAML' })).toBeDisabled();

  await showTab(page, 'deployment');
  await expect(alert).toContainText('Dagster would not create the code-server Deployment');
  await expect(alert).toContainText('Raised by the agent, starting the code server');

  // Fixed again: the manifests come back.
  await replaceEditorLine(page, 'namespace: 3', 'namespace: dagster');
  await expect(await showTab(page, 'run')).toContainText('namespace: dagster');
  await expect(preview(page).getByRole('alert')).toHaveCount(0);
});

test('a bad run tag fails only the run; the code server still previews', async ({ page }) => {
  await openApp(page);
  await openLayers(page);
  await preview(page).getByLabel('Job tag dagster-k8s/config (YAML)').fill('container_config: 3\n');
  await showTab(page, 'run');
  await expect(preview(page).getByRole('alert')).toContainText(
    'Dagster would not create the run Job',
  );
  const deployment = await showTab(page, 'deployment');
  await expect(deployment).toContainText('kind: Deployment');
  await expect(preview(page).getByRole('alert')).toHaveCount(0);
});

test('Kubernetes checks flag what the API server would reject', async ({ page }) => {
  await openApp(page);
  await showTab(page, 'run');
  await replaceEditorLine(page, 'cpu: 500m', 'cpu: 500 millicores');
  const checks = preview(page).getByRole('region', { name: 'Kubernetes checks' });
  await expect(checks).toContainText('The Kubernetes API server would reject this (1 problem)');
  await expect(checks).toContainText(
    `spec.template.spec.containers[0].resources.requests[cpu]: Invalid value: "500 millicores": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`,
  );
  await expect(preview(page).getByRole('tab', { name: /^Run Job/ })).toContainText('1');
  await checks.getByRole('button').click();
  const value = preview(page).locator('.pv-value', { hasText: /^500 millicores$/ });
  await expect(value).toBeFocused();
  await expect(value).toHaveAttribute('aria-invalid', 'true');
});

test('download gives every object as one multi-document YAML', async ({ page }) => {
  await openApp(page);
  await showTab(page, 'all');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    preview(page).getByRole('button', { name: 'Download YAML' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('analytics-manifests.yaml');
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.startsWith('apiVersion: apps/v1 # display\nkind: Deployment # display\n')).toBe(true);
  expect(text.split('\n---\n').map((doc) => /^kind: \w+/mu.exec(doc)?.[0])).toEqual([
    'kind: Deployment',
    'kind: Service',
    'kind: Job',
  ]);
  expect(text).toContain('  namespace: dagster # display\n');
});
