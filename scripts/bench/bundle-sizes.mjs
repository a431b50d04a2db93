import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Part 3 of `npm run bench`: gzip sizes of the production build. "Before the editor" is what
 * index.html loads itself (its module script and modulepreloads); the Monaco chunk is the
 * lazily imported chunk holding monaco-editor; workers are the *.worker-*.js files.
 */

function gzipSize(path) {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** Gzip sizes (bytes) of the build in `distDir`. */
export function measureBundle(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const initial = new Set(
    [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1]),
  );
  const assets = readdirSync(join(distDir, 'assets')).filter((name) => name.endsWith('.js'));
  const sizes = assets.map((name) => ({
    name,
    path: `assets/${name}`,
    gzip: gzipSize(join(distDir, 'assets', name)),
    raw: readFileSync(join(distDir, 'assets', name)).length,
  }));
  const workers = sizes.filter((file) => /worker/i.test(file.name));
  const lazy = sizes.filter((file) => !initial.has(file.path) && !workers.includes(file));
  // The editor chunk is the biggest lazy one (Monaco, monaco-yaml and the binding).
  const monaco = [...lazy].sort((a, b) => b.gzip - a.gzip)[0];
  const sum = (files) => files.reduce((total, file) => total + file.gzip, 0);
  return {
    beforeEditor: sum(sizes.filter((file) => initial.has(file.path))),
    beforeEditorFiles: sizes.filter((file) => initial.has(file.path)).map((file) => file.name),
    monaco: monaco?.gzip ?? 0,
    monacoFile: monaco?.name ?? null,
    otherLazy: sum(lazy.filter((file) => file !== monaco)),
    workers: sum(workers),
    workerFiles: workers.map((file) => `${file.name} ${(file.gzip / 1024).toFixed(1)} KB`),
    total: sum(sizes),
  };
}
