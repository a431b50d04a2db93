import { test as base, expect } from '@playwright/test';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Every test gets a page that records any request leaving this machine; the test fails if one
 * was made. Nothing the user types may leave the browser, and the app must work offline.
 */
export const test = base.extend<{ nonLocalRequests: string[] }>({
  nonLocalRequests: [
    async ({ page }, use) => {
      const nonLocal: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (!LOCAL_HOSTS.has(url.hostname)) nonLocal.push(request.url());
      });
      await use(nonLocal);
      expect(nonLocal, 'requests to non-local hosts').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
