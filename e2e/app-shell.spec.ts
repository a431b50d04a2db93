import { expect, test } from './fixtures';

test('the app loads with its title', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'K8s Config Studio' })).toBeVisible();
});
