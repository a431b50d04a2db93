/**
 * The Trusted Types `default` policy of the built app. Its Content-Security-Policy requires
 * Trusted Types for scripts (docs/security.md): every string that reaches an HTML or script sink
 * must come from a policy. Monaco brings its own policies; React writes text only. What is left
 * are the `new Worker(url)` calls Vite generates for the editor and YAML workers, which pass plain
 * strings: this policy lets through exactly those, same-origin script files the build emitted, and
 * nothing else (no HTML, no inline script).
 */

interface DefaultPolicyFactory {
  createPolicy(name: 'default', rules: { createScriptURL(url: string): string }): unknown;
}

/** What the build emits: ./assets/<name>-<hash>.js, relative to the page. */
const BUILT_SCRIPT = /\/assets\/[\w.-]+\.js$/;

/** Whether `url` is one of the build's own script files, on the page's own origin. */
export function isBuiltScriptUrl(url: string, base: string): boolean {
  try {
    const parsed = new URL(url, base);
    return parsed.origin === new URL(base).origin && BUILT_SCRIPT.test(parsed.pathname);
  } catch {
    return false;
  }
}

const factory = (globalThis as { trustedTypes?: DefaultPolicyFactory }).trustedTypes;
// Browsers without Trusted Types ignore the directive: nothing to set up there.
factory?.createPolicy('default', {
  createScriptURL(url) {
    if (isBuiltScriptUrl(url, document.baseURI)) return url;
    throw new TypeError(`Blocked loading a script from ${url}: not one of the app's own files.`);
  },
});
