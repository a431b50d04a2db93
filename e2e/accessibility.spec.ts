import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  fileActions,
  importByPicker,
  importConfig,
  openApp,
  problemsList,
  yamlEditor,
} from './editor-page';

/**
 * axe-core (WCAG 2.0/2.1 A and AA rules) over every main view of the app, in the light and the
 * dark theme. A test fails on any serious or critical violation and prints each one with its
 * rule, help text and the offending elements.
 *
 * Nothing is excluded, Monaco included: its DOM passes these rules once the dark theme's comment
 * colour meets 4.5:1 (see ui/editor/monaco-setup.ts). axe's best-practice rules (not WCAG, e.g.
 * `region`) do not run; moderate and minor WCAG findings are not asserted.
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * A config with problems on the form's fields (a replica count that is not a number, an unknown
 * pull policy, a camelCase key in container_context.k8s, a bad env var name), so the form shows its messages.
 */
const CONFIG_WITH_ERRORS = `locations:
  - location_name: etl
    image: repo/etl:1
    code_source:
      package_name: etl
    container_context:
      k8s:
        namespace: data
        server_replica_count: two
        image_pull_policy: Sometimes
        serviceAccountName: etl
        env_vars:
          - 1BAD=x
`;

interface Finding {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly nodes: readonly string[];
}

/** Runs axe on the page and returns the serious and critical violations, readably. */
async function scan(page: Page): Promise<Finding[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      nodes: violation.nodes.map(
        (node) => `${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
      ),
    }));
}

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const findings = await scan(page);
  const report = findings
    .map(
      (finding) =>
        `${finding.impact} ${finding.rule}: ${finding.help}\n${finding.nodes.map((node) => `    ${node}`).join('\n')}`,
    )
    .join('\n');
  expect(findings, `axe found serious or critical violations:\n${report}`).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test.describe.configure({ timeout: 90_000 });

    test('the three panes with the example config', async ({ page }) => {
      await openApp(page);
      await expectNoSeriousViolations(page);
    });

    test('the form with errors, and the problems list', async ({ page }) => {
      await openApp(page);
      await importConfig(page, CONFIG_WITH_ERRORS);
      await expect(yamlEditor(page).locator('.view-lines')).toContainText('Sometimes');
      // The form marks the field in error and shows its message.
      const replicas = page
        .locator('#pane-form')
        .getByLabel('server_replica_count', { exact: true });
      await expect(replicas).toHaveAttribute('aria-invalid', 'true');
      await expect(
        page.locator('#pane-form').getByText(/Value "two" of type "<class 'str'>" is not valid/),
      ).toBeVisible();
      await expect(problemsList(page).getByRole('button').first()).toBeVisible();
      await expectNoSeriousViolations(page);
    });

    test('each preview tab', async ({ page }) => {
      // One scan per tab, and the All tab is long: axe needs minutes on a busy machine.
      test.setTimeout(300_000);
      await openApp(page);
      const tabs = page.getByRole('tablist', { name: 'Rendered objects' }).getByRole('tab');
      const count = await tabs.count();
      expect(count).toBeGreaterThan(1);
      for (let index = 0; index < count; index += 1) {
        const tab = tabs.nth(index);
        await test.step(`tab ${(await tab.textContent()) ?? index}`, async () => {
          await tab.click();
          await expect(tab).toHaveAttribute('aria-selected', 'true');
          await expectNoSeriousViolations(page);
        });
      }
    });

    test('the Helm values and run context panel', async ({ page }) => {
      await openApp(page);
      await page.getByRole('button', { name: 'Helm values & run context' }).click();
      await page.getByRole('checkbox', { name: /^Op isolation/ }).check();
      await expect(page.getByLabel('Op name')).toBeVisible();
      await expectNoSeriousViolations(page);
    });

    test('the share dialog', async ({ page }) => {
      await openApp(page);
      await fileActions(page).getByRole('button', { name: 'Share link…' }).click();
      await expect(page.getByRole('dialog', { name: 'Share link' })).toBeVisible();
      await expectNoSeriousViolations(page);
    });

    test('the templates gallery', async ({ page }) => {
      await openApp(page);
      await fileActions(page).getByRole('button', { name: 'New…' }).click();
      await expect(page.getByRole('dialog', { name: 'New from a template' })).toBeVisible();
      await expectNoSeriousViolations(page);
    });

    test('the import confirmation', async ({ page }) => {
      await openApp(page);
      await yamlEditor(page).locator('.view-line', { hasText: 'namespace: dagster' }).click();
      await page.keyboard.press('End');
      await page.keyboard.type('-mine');
      await importByPicker(page, 'dagster_cloud.yaml', CONFIG_WITH_ERRORS);
      await expect(
        page.getByRole('alertdialog', { name: 'Replace your unsaved changes?' }),
      ).toBeVisible();
      await expectNoSeriousViolations(page);
    });

    test('the narrow layout, each pane as a tab', async ({ page }) => {
      await page.setViewportSize({ width: 1100, height: 800 });
      await openApp(page);
      for (const name of ['Form', 'YAML', 'Preview']) {
        await test.step(name, async () => {
          await page.getByRole('tablist', { name: 'Panes' }).getByRole('tab', { name }).click();
          await expectNoSeriousViolations(page);
        });
      }
    });
  });
}
