import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADER_ONLY_DIRECTIVES, formatCsp, insertCspMeta } from './vite-plugin-csp';

const POLICY =
  "default-src 'self'; script-src 'self'; worker-src 'self'; connect-src 'self'; " +
  "img-src 'self' data:; font-src 'self'; style-src 'self' 'unsafe-inline'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'";

describe('the Content-Security-Policy', () => {
  it('is exactly the documented policy', () => {
    expect(formatCsp()).toBe(POLICY);
  });

  it('goes into index.html right after the charset, before any script or stylesheet', () => {
    const html = [
      '<html>',
      '  <head>',
      '    <meta charset="UTF-8" />',
      '    <script type="module" src="./assets/index.js"></script>',
      '  </head>',
      '</html>',
    ].join('\n');
    expect(insertCspMeta(html)).toBe(
      [
        '<html>',
        '  <head>',
        '    <meta charset="UTF-8" />',
        `    <meta http-equiv="Content-Security-Policy" content="${POLICY}" />`,
        '    <script type="module" src="./assets/index.js"></script>',
        '  </head>',
        '</html>',
      ].join('\n'),
    );
  });

  it('refuses a page without a charset declaration rather than placing the policy late', () => {
    expect(() => insertCspMeta('<html><head><script src="x.js"></script></head></html>')).toThrow(
      'index.html has no <meta charset>: the CSP <meta> goes after it.',
    );
  });

  it('is what public/_headers sends, plus frame-ancestors', () => {
    const headers = readFileSync(new URL('../public/_headers', import.meta.url), 'utf8');
    const rules = headers.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    expect(rules).toEqual([
      '/*',
      `  Content-Security-Policy: ${formatCsp(HEADER_ONLY_DIRECTIVES)}`,
      '  X-Content-Type-Options: nosniff',
      '  Referrer-Policy: no-referrer',
    ]);
    expect(formatCsp(HEADER_ONLY_DIRECTIVES)).toBe(`${POLICY}; frame-ancestors 'none'`);
  });
});
