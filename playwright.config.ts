import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

/**
 * Which Chromium to drive:
 * 1. $K8S_STUDIO_CHROMIUM when set (any Chromium or Chrome binary);
 * 2. Playwright's own Chromium when `npx playwright install chromium` has put it in place;
 * 3. Debian's /usr/bin/chromium (what .ci/run installs on machines that cannot download browsers).
 */
function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.K8S_STUDIO_CHROMIUM;
  if (fromEnv) return fromEnv;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright throws when it has no browser registry entry; fall through.
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const executablePath = chromiumExecutable();
const port = Number(process.env.K8S_STUDIO_E2E_PORT ?? 4179);
// Several people (or agents) may test one checkout at once: each builds into its own folder.
const outDir = process.env.K8S_STUDIO_E2E_DIST;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort${outDir ? ` --outDir ${outDir}` : ''}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
