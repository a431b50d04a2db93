import { Parser } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseYamlText } from './parse-yaml';
import { planInsertListItem } from './plan-insert';
import { planMoveListItem } from './plan-move';
import { planRemove } from './plan-remove';
import { planRenameKey } from './plan-rename-key';
import { planSetValue } from './plan-set-value';

/** A realistic ~60 KB config: many locations with comments, flow and block collections. */
function buildLargeConfig(): string {
  let text = 'locations:\n';
  for (let i = 0; text.length < 60_000; i++) {
    text += [
      `  # location ${i}`,
      `  - location_name: loc_${i}`,
      `    image: registry.example.com/team/loc_${i}:v1.${i}`,
      '    code_source:',
      `      package_name: pkg_${i}`,
      '    container_context:',
      '      k8s:',
      `        namespace: team-${i}`,
      `        env_vars: [A=${i}, "B=two"]`,
      '        resources:',
      '          limits: {cpu: 500m, memory: 1Gi}',
      '',
    ].join('\n');
  }
  return text;
}

describe('edit planning on a 60 KB file', () => {
  const text = buildLargeConfig();

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('plans edits without parsing the text again', () => {
    const parsed = parseYamlText(text);
    const parse = vi.spyOn(Parser.prototype, 'parse');
    const k8s = ['locations', 150, 'container_context', 'k8s'];
    const plans = [
      () => planSetValue(parsed, [...k8s, 'namespace'], 'other'),
      () => planSetValue(parsed, [...k8s, 'labels', 'team'], 'data'),
      () => planInsertListItem(parsed, ['locations'], 3, { location_name: 'new' }),
      () => planRemove(parsed, ['locations', 7]),
      () => planMoveListItem(parsed, ['locations'], 0, 150),
      () => planRenameKey(parsed, [...k8s, 'namespace'], 'ns'),
    ];
    // Each plan reads the parsed tokens, never the text: no parse at all. (How long plans and
    // parses take is measured by `npm run bench`, not asserted here: timings on a shared
    // machine are not a test.)
    for (const plan of plans) plan();
    expect(parse).not.toHaveBeenCalled();
  });
});
