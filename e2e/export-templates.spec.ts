import { CONFIG_TEMPLATES } from '../src/core/templates/config-templates';
import { expect, test } from './fixtures';
import { openApp, readVisibleLines, yamlEditor } from './editor-page';

test('every template of the gallery opens without errors or warnings', async ({ page }) => {
  // One page for all templates: Monaco loads once; each template is its own step.
  test.setTimeout(60_000 + CONFIG_TEMPLATES.length * 10_000);
  await openApp(page);
  const problems = page.getByRole('button', { name: /^Problems: / });
  for (const template of CONFIG_TEMPLATES) {
    await test.step(template.title, async () => {
      await page
        .getByRole('group', { name: 'Config file' })
        .getByRole('button', { name: 'New…' })
        .click();
      const gallery = page.getByRole('dialog', { name: 'New from a template' });
      await gallery.getByRole('button', { name: template.title }).click();
      await expect(gallery).toBeHidden();
      await expect(page.getByRole('status').filter({ hasText: 'Started from' })).toContainText(
        `Started from the template “${template.title}”.`,
      );
      const firstLines = template.text.split('\n').slice(0, 3);
      await expect(yamlEditor(page).locator('.view-lines')).toContainText(firstLines[2]!);
      expect((await readVisibleLines(page)).slice(0, 3)).toEqual(firstLines);
      await expect(problems).toHaveAccessibleName(/^Problems: 0 errors, 0 warnings, /);
    });
  }
});

test('the gallery warns before a template replaces unsaved changes', async ({ page }) => {
  test.slow();
  await openApp(page);
  const newButton = page.getByRole('group', { name: 'Config file' }).getByRole('button', {
    name: 'New…',
  });
  await newButton.click();
  const gallery = page.getByRole('dialog', { name: 'New from a template' });
  await expect(gallery.getByText(/has unsaved changes/)).toHaveCount(0);
  await gallery.getByRole('button', { name: 'Cancel' }).click();

  await yamlEditor(page).locator('.view-line', { hasText: 'namespace: dagster' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type('-mine');
  await newButton.click();
  await expect(gallery.getByText(/has unsaved changes/)).toHaveText(
    'A template replaces your current dagster_cloud.yaml, which has unsaved changes. You can get them back afterwards with “Restore previous” or Undo.',
  );
  await gallery.getByRole('button', { name: /^Minimal/ }).click();
  await expect(yamlEditor(page)).not.toContainText('dagster-mine');
  await page.getByRole('button', { name: 'Restore previous' }).click();
  await expect(yamlEditor(page)).toContainText('namespace: dagster-mine');
});
