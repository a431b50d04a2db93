import { describe, expect, it } from 'vitest';
import { collectDiagnostics, collectHelmValuesDiagnostics, collectTagDiagnostics } from '.';

// Read through Vite (`?raw` keeps the bytes): the core's lint forbids Node built-ins.
const fixtures = import.meta.glob<string>('./fixtures/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** A small deterministic PRNG (mulberry32), so a failure reproduces. */
function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOISE = [
  '{',
  '}',
  '[',
  ']',
  ':',
  '-',
  ',',
  "'",
  '"',
  '\n',
  ' ',
  '#',
  '&a',
  '*a',
  '!!',
  '|',
  '>',
  '%',
  '@',
  '\t',
  '\r\n',
  '~',
  'null',
  '1e9',
  '<<: *a',
];

/** Deletes a slice, inserts noise or repeats a line: text that is often no longer YAML. */
function mutate(text: string, random: () => number): string {
  const at = Math.floor(random() * text.length);
  const choice = random();
  if (choice < 0.33) return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 20));
  if (choice < 0.66)
    return text.slice(0, at) + NOISE[Math.floor(random() * NOISE.length)] + text.slice(at);
  const lines = text.split('\n');
  const line = Math.floor(random() * lines.length);
  lines.splice(line, 0, lines[line] ?? '');
  return lines.join('\n');
}

describe('the collectors never throw', () => {
  it.each(Object.entries(fixtures))('on mutations of %s', (_name, text) => {
    const random = createRandom(42);
    for (let i = 0; i < 20; i++) {
      let mutated = text;
      for (let k = 0; k <= i % 3; k++) mutated = mutate(mutated, random);
      for (const collect of [
        collectDiagnostics,
        collectTagDiagnostics,
        collectHelmValuesDiagnostics,
      ]) {
        const diagnostics = collect(mutated);
        expect(diagnostics.filter((d) => d.code === 'internal-error')).toEqual([]);
        for (const d of diagnostics) {
          expect(d.range.start.offset).toBeLessThanOrEqual(d.range.end.offset);
          expect(d.range.end.offset).toBeLessThanOrEqual(mutated.length);
        }
      }
    }
  });
});
