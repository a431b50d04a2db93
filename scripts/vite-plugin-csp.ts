import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app, directive by directive. docs/security.md says
 * why each source is there; every relaxation beyond 'self' is needed by Monaco (measured by
 * e2e/security.spec.ts, which fails on any violation).
 */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // Vite emits each worker (Monaco's editor worker, the YAML worker) as its own file: no blob:.
  ['worker-src', "'self'"],
  ['connect-src', "'self'"],
  // Monaco's stylesheet draws a few images as data: URLs.
  ['img-src', "'self' data:"],
  // Monaco's codicon font is a file of its own (Vite inlines only files under 4 kB).
  ['font-src', "'self'"],
  // The one relaxation. Monaco writes its theme and decoration rules into <style> elements it
  // creates at run time, and renders lines and widgets as HTML strings with style="" attributes.
  ['style-src', "'self' 'unsafe-inline'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  // Every string reaching an HTML or script sink must come from a Trusted Types policy: Monaco's
  // own, or the app's default one (src/ui/app/trusted-types.ts), which admits only the build's
  // own worker scripts.
  ['require-trusted-types-for', "'script'"],
];

/** The policy as one header or meta value. */
export function formatCsp(extra: readonly (readonly [string, string])[] = []): string {
  return [...CSP_DIRECTIVES, ...extra].map(([name, value]) => `${name} ${value}`).join('; ');
}

/** What only an HTTP header can carry (a <meta> policy ignores it): public/_headers adds it. */
export const HEADER_ONLY_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['frame-ancestors', "'none'"],
];

/**
 * Puts the policy into the built index.html as a <meta http-equiv> at the top of <head>, so it
 * covers every script and style after it. Build only: the dev server injects inline scripts
 * (React refresh) that the policy would block.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'k8s-config-studio:csp',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: insertCspMeta },
  };
}

/** index.html with the policy's <meta> right after the charset declaration (which goes first). */
export function insertCspMeta(html: string): string {
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (!charset) throw new Error('index.html has no <meta charset>: the CSP <meta> goes after it.');
  const end = charset.index + charset[0].length;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${formatCsp()}" />`;
  return `${html.slice(0, end)}\n    ${meta}${html.slice(end)}`;
}
