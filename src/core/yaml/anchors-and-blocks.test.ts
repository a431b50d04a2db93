import { describe, expect, it } from 'vitest';
import { parseYamlText } from './parse-yaml';
import { planInsertListItem } from './plan-insert';
import { planRemove } from './plan-remove';
import { planSetValue } from './plan-set-value';
import { readAtPath } from './round-trip-checks';
import { applyTextEdits } from './text-edit';
import type { TextEdit } from './text-edit';
import type { ParsedYaml } from './types';

function edit(text: string, plan: (parsed: ParsedYaml) => TextEdit[]): string {
  const edited = applyTextEdits(text, plan(parseYamlText(text)));
  expect(parseYamlText(edited).problems).toEqual([]);
  return edited;
}

const ANCHORS = [
  'defaults: &shared',
  '  container_context:',
  '    k8s:',
  '      namespace: data',
  'locations:',
  '  - location_name: merged',
  '    <<: *shared',
  '    code_source: &code {package_name: merged_pkg}',
  '  - location_name: aliased',
  '    code_source: *code',
  '    container_context:',
  '      k8s: &unused',
  '        service_account_name: runner',
  '',
].join('\n');

describe('edits around anchors and aliases', () => {
  it('edits inside an anchored map, which every alias then sees', () => {
    const edited = edit(ANCHORS, (p) =>
      planSetValue(p, ['defaults', 'container_context', 'k8s', 'namespace'], 'prod'),
    );
    expect(edited).toBe(ANCHORS.replace('namespace: data', 'namespace: prod'));
    const value = parseYamlText(edited).value;
    expect(readAtPath(value, ['locations', 0, 'container_context', 'k8s', 'namespace'])).toBe(
      'prod',
    );
  });

  it('keeps the anchor of a replaced node', () => {
    expect(
      edit(ANCHORS, (p) => planSetValue(p, ['locations', 0, 'code_source'], { module_name: 'm' })),
    ).toBe(ANCHORS.replace('&code {package_name: merged_pkg}', '&code {module_name: m}'));
  });

  it('replaces an alias with a value', () => {
    expect(() =>
      planSetValue(parseYamlText(ANCHORS), ['locations', 1, 'code_source', 'package_name'], 'x'),
    ).toThrow(
      "Cannot edit 'locations.1.code_source.package_name': it goes through the alias *code; " +
        'edit the anchored node instead',
    );
    expect(edit(ANCHORS, (p) => planSetValue(p, ['locations', 1, 'code_source'], { a: 1 }))).toBe(
      ANCHORS.replace('code_source: *code', 'code_source:\n      a: 1'),
    );
  });

  it('removes a node whose anchor nobody uses', () => {
    expect(edit(ANCHORS, (p) => planRemove(p, ['locations', 1, 'container_context']))).toBe(
      ANCHORS.replace(
        '    container_context:\n      k8s: &unused\n        service_account_name: runner\n',
        '',
      ),
    );
  });

  it('refuses to remove or overwrite an anchor that an alias still uses', () => {
    const parsed = parseYamlText(ANCHORS);
    expect(() => planRemove(parsed, ['defaults'])).toThrow(
      "Cannot edit 'defaults': it defines the anchor &shared that the alias *shared uses elsewhere",
    );
    expect(() => planRemove(parsed, ['locations', 0])).toThrow(
      "Cannot edit 'locations.0': it defines the anchor &code that the alias *code uses elsewhere",
    );
    expect(() => planSetValue(parsed, ['locations', 0], { location_name: 'x' })).toThrow(
      "Cannot edit 'locations.0': it defines the anchor &code that the alias *code uses elsewhere",
    );
    // Replacing both the anchor and its aliases is fine.
    expect(edit(ANCHORS, (p) => planSetValue(p, ['locations'], []))).toBe(
      ANCHORS.slice(0, ANCHORS.indexOf('locations:')) + 'locations: []\n',
    );
  });
});

describe('edits around block scalars that keep their trailing lines', () => {
  const KEPT = 'run:\n  script: |+\n    echo\n\n\nnext: 1\n';

  it('treats the kept blank lines as part of the value', () => {
    expect(edit(KEPT, (p) => planSetValue(p, ['run', 'other'], 1))).toBe(
      'run:\n  script: |+\n    echo\n\n\n  other: 1\nnext: 1\n',
    );
    expect(parseYamlText(edit(KEPT, (p) => planSetValue(p, ['run', 'other'], 1))).value).toEqual({
      run: { script: 'echo\n\n\n', other: 1 },
      next: 1,
    });
  });

  it('replaces the whole kept scalar', () => {
    expect(edit(KEPT, (p) => planSetValue(p, ['run', 'script'], 'ls\n'))).toBe(
      'run:\n  script: |\n    ls\nnext: 1\n',
    );
  });

  it('inserts list items after a folded or literal block', () => {
    const text = 'args:\n  - >-\n    folded\n    text\n  - |\n    literal\nz: 1\n';
    expect(edit(text, (p) => planInsertListItem(p, ['args'], undefined, 'last'))).toBe(
      'args:\n  - >-\n    folded\n    text\n  - |\n    literal\n  - last\nz: 1\n',
    );
    expect(edit(text, (p) => planInsertListItem(p, ['args'], 1, 'mid'))).toBe(
      'args:\n  - >-\n    folded\n    text\n  - mid\n  - |\n    literal\nz: 1\n',
    );
  });
});
