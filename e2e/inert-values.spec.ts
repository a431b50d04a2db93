import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importConfig, openApp, problemsList, yamlEditor } from './editor-page';

// Monaco, the form, every preview tab, the layers and hovers on a shared machine.
test.describe.configure({ timeout: 120_000 });

/** Markup that runs a script wherever a value is parsed as HTML. */
const HOSTILE = '<img src=x onerror=alert(1)>';

declare global {
  interface Window {
    __hostileElements?: string[];
  }
}

/** Every field the issue names carries the markup; the location name also makes a problem. */
const CONFIG = `locations:
  - location_name: "${HOSTILE}"
    image: ghcr.io/acme/etl:1
    code_source:
      package_name: etl
    container_context:
      k8s:
        env_vars:
          - "HOSTILE=${HOSTILE}"
        labels:
          hostile: "${HOSTILE}"
        run_k8s_config:
          pod_template_spec_metadata:
            annotations:
              hostile: "${HOSTILE}"
`;

const preview = (page: Page) => page.locator('#pane-preview');
const form = (page: Page) => page.locator('#pane-form');

/**
 * Records every element the page ever creates from the markup (an <img> with an onerror or a
 * src of "x"), even one removed at once, and every dialog; both must stay empty.
 */
async function watchForMarkup(page: Page, dialogs: string[]): Promise<void> {
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.__hostileElements = [];
    const isHostile = (node: Node) =>
      node instanceof Element &&
      node.localName === 'img' &&
      (node.hasAttribute('onerror') || node.getAttribute('src') === 'x');
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          const found = [node, ...(node instanceof Element ? node.querySelectorAll('img') : [])];
          for (const element of found) {
            if (isHostile(element)) window.__hostileElements!.push((element as Element).outerHTML);
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

test('markup in every field renders as literal text in every view', async ({ page }) => {
  const dialogs: string[] = [];
  await watchForMarkup(page, dialogs);
  await openApp(page);
  await importConfig(page, CONFIG);
  await expect(yamlEditor(page).locator('.view-lines')).toContainText(
    `location_name: "${HOSTILE}"`,
  );

  // Form: the location list, and the fields, which hold the value as typed.
  await expect(form(page).getByRole('button', { name: `locations 0 ${HOSTILE}` })).toBeVisible();
  await expect(form(page).getByLabel('location_name', { exact: true })).toHaveValue(HOSTILE);
  await expect(form(page).getByLabel('env_vars 0 value', { exact: true })).toHaveValue(HOSTILE);
  await expect(form(page).getByRole('textbox', { name: /labels 0 value/ })).toHaveValue(HOSTILE);

  // Problems list: a message quoting the location name.
  await expect(problemsList(page)).toContainText(HOSTILE);

  // Helm values and the run tag carry it too.
  const layers = preview(page).getByRole('button', { name: 'Helm values & run context' });
  if ((await layers.getAttribute('aria-expanded')) !== 'true') await layers.click();
  const helm = preview(page).getByLabel('values.yaml (dagster-cloud-agent chart 1.8.13)');
  await helm.fill(`workspace:\n  labels:\n    helm-hostile: "${HOSTILE}"\n`);
  await preview(page)
    .getByLabel('Job tag dagster-k8s/config (YAML)')
    .fill(`pod_template_spec_metadata:\n  annotations:\n    tag-hostile: "${HOSTILE}"\n`);
  await expect(helm).toHaveValue(`workspace:\n  labels:\n    helm-hostile: "${HOSTILE}"\n`);

  // Preview: every tab shows the values as text.
  const tabs = preview(page).getByRole('tablist', { name: 'Rendered objects' }).getByRole('tab');
  for (const id of await tabs.evaluateAll((elements) => elements.map((tab) => tab.id))) {
    await preview(page).locator(`#${id}`).click();
    await expect(preview(page).locator(`#${id}`)).toHaveAttribute('aria-selected', 'true');
  }
  await preview(page)
    .getByRole('tab', { name: /^Run Job/ })
    .click();
  const run = preview(page).getByRole('group', { name: 'Run Job YAML' });
  // The label, the Helm label, the annotation, the run tag's annotation and the env var.
  for (const line of ['hostile', 'helm-hostile', 'tag-hostile', 'value'].map(
    (key) => `${key}: ${HOSTILE}`,
  )) {
    await expect(run).toContainText(line);
  }

  // Provenance of a hostile value.
  const value = preview(page).locator('.pv-value', { hasText: HOSTILE }).first();
  await value.hover();
  await expect(preview(page).getByRole('status', { name: 'Provenance' })).toContainText(HOSTILE);

  // Editor hover over the problem on the location name (Monaco's tooltip).
  await yamlEditor(page)
    .locator('.view-line', { hasText: 'location_name:' })
    .first()
    .locator('span', { hasText: 'onerror' })
    .last()
    .hover();
  await expect(page.locator('.monaco-hover:not(.hidden)').first()).toContainText(HOSTILE, {
    timeout: 10_000,
  });

  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => window.__hostileElements)).toEqual([]);

  // The watch can fail: an <img> with that src, made through the DOM, is seen at once. (Parsing
  // the markup is not even possible: Trusted Types refuse a plain string for innerHTML.)
  expect(
    await page.evaluate((markup) => {
      try {
        document.createElement('div').innerHTML = markup;
        return 'parsed';
      } catch (error) {
        return (error as Error).name;
      }
    }, HOSTILE),
  ).toBe('TypeError');
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.setAttribute('src', 'x');
    document.body.append(image);
  });
  expect(await page.evaluate(() => window.__hostileElements)).toEqual(['<img src="x">']);
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
});
