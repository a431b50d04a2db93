import { gzipSync } from 'node:zlib';

/** One script of the built app with its gzip size (level 9, as docs/performance.md counts). */
export interface ScriptSize {
  readonly path: string;
  readonly gzipBytes: number;
}

/** `src`/`href` of the module scripts and modulepreloads of an HTML page, in page order. */
export function findHtmlScripts(html: string): string[] {
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    const isScript = tag.startsWith('<script') && /\btype="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /\brel="modulepreload"/.test(tag);
    const url = /\b(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1];
    return (isScript || isPreload) && url ? [url] : [];
  });
}

/**
 * The chunks a built chunk imports statically (`import … from "./x.js"`, `import "./x.js"`,
 * `export … from "./x.js"`): the browser fetches and runs them before the chunk itself.
 * `import("./x.js")` is lazy and not matched (its quote does not follow `import` or `from`).
 */
export function findStaticImports(code: string): string[] {
  const found = code.matchAll(
    /\b(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
  );
  return [...new Set([...found].map((match) => match[1]!))];
}

/**
 * Every script the page at `pageUrl` runs before any lazy import: its module scripts and
 * modulepreloads, and, transitively, their static imports. `fetchText` reads a URL.
 */
export async function collectInitialScripts(
  pageUrl: string,
  fetchText: (url: string) => Promise<Buffer>,
): Promise<ScriptSize[]> {
  const html = (await fetchText(pageUrl)).toString('utf8');
  const entries = findHtmlScripts(html).map((src) => new URL(src, pageUrl).href);
  return collectStaticClosure(entries, fetchText);
}

/** The scripts at `urls` and, transitively, their static imports, with their gzip sizes. */
export async function collectStaticClosure(
  urls: readonly string[],
  fetchText: (url: string) => Promise<Buffer>,
): Promise<ScriptSize[]> {
  const queue = [...urls];
  const seen = new Map<string, ScriptSize>();
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    const body = await fetchText(url);
    seen.set(url, { path: new URL(url).pathname, gzipBytes: gzipSync(body, { level: 9 }).length });
    for (const imported of findStaticImports(body.toString('utf8'))) {
      queue.push(new URL(imported, url).href);
    }
  }
  return [...seen.values()];
}
