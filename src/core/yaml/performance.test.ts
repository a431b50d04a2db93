import { Parser, parseDocument } from 'yaml';
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

/**
 * Fastest duration of each function, in ms, calling them in turn so that all see the same
 * load: the minimum is what the code costs, the rest is the machine being busy.
 */
function compareDurations(runs: number, ...functions: (() => unknown)[]): number[] {
  const times = functions.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    functions.forEach((run, index) => {
      const started = performance.now();
      run();
      times[index]?.push(performance.now() - started);
    });
  }
  return times.map((list) => Math.min(...list));
}

describe('performance on a 60 KB file', () => {
  const text = buildLargeConfig();

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('parses about as fast as yaml.parseDocument', () => {
    expect(text.length).toBeGreaterThanOrEqual(60_000);
    const ours = () => parseYamlText(text);
    const baseline = () => parseDocument(text);
    compareDurations(2, ours, baseline);
    const [oursMs = Infinity, baselineMs = 0] = compareDurations(5, ours, baseline);
    // Ours also builds the value, the line index and the checks: allow a generous factor.
    console.info(
      `parse 60 KB: parseYamlText ${oursMs.toFixed(1)} ms, parseDocument ${baselineMs.toFixed(1)} ms`,
    );
    expect(oursMs).toBeLessThan(baselineMs * 2.5 + 20);
  }, 30_000);

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
    const [parseMs = 0, ...planMs] = compareDurations(3, () => parseYamlText(text), ...plans);
    // Each plan costs a small fraction of a parse (it reads the parsed tokens, never the text).
    for (const time of planMs) expect(time).toBeLessThan(parseMs / 4);
    parse.mockClear();
    for (const plan of plans) plan();
    expect(parse).not.toHaveBeenCalled();
  });
});
