import { describe, expect, it } from 'vitest';
import type { ConfigPath } from '../source-range';
import { parseYamlText } from './parse-yaml';
import { planMoveListItem } from './plan-move';
import { applyTextEdits } from './text-edit';

/** Applies `planMoveListItem` and checks that the result still parses cleanly. */
function move(text: string, path: ConfigPath, from: number, to: number): string {
  const edited = applyTextEdits(text, planMoveListItem(parseYamlText(text), path, from, to));
  expect(parseYamlText(edited).problems).toEqual([]);
  return edited;
}

const LOCATIONS = [
  '# header',
  'locations:',
  '  # the ETL location',
  '  - location_name: etl # inline',
  '    code_source:',
  '      package_name: etl',
  '    # image: later',
  '',
  '  - location_name: reports',
  '    code_source: {module_name: reports}',
  '  # the last one',
  '  - location_name: ml',
  'after: 1',
  '',
].join('\n');

const ETL = [
  '# the ETL location',
  '  - location_name: etl # inline',
  '    code_source:',
  '      package_name: etl',
  '    # image: later',
].join('\n');
const REPORTS = '- location_name: reports\n    code_source: {module_name: reports}';
const ML = '# the last one\n  - location_name: ml';

describe('planMoveListItem', () => {
  it('moves an item down with its comments, keeping the separators in place', () => {
    expect(move(LOCATIONS, ['locations'], 0, 1)).toBe(
      [
        '# header',
        'locations:',
        '  - location_name: reports',
        '    code_source: {module_name: reports}',
        '',
        '  # the ETL location',
        '  - location_name: etl # inline',
        '    code_source:',
        '      package_name: etl',
        '    # image: later',
        '  # the last one',
        '  - location_name: ml',
        'after: 1',
        '',
      ].join('\n'),
    );
  });

  it('moves the last item to the front', () => {
    expect(move(LOCATIONS, ['locations'], 2, 0)).toBe(
      `# header\nlocations:\n  ${ML}\n\n  ${ETL}\n  ${REPORTS}\nafter: 1\n`,
    );
  });

  it('touches only the items between the two indices', () => {
    const edits = planMoveListItem(parseYamlText(LOCATIONS), ['locations'], 1, 2);
    expect(edits).toEqual([
      {
        offset: LOCATIONS.indexOf(REPORTS),
        deleteCount: LOCATIONS.indexOf('\nafter') - LOCATIONS.indexOf(REPORTS),
        insert: `${ML}\n  ${REPORTS}`,
      },
    ]);
  });

  it('moves flow items', () => {
    expect(move('args: [a, "b c", {d: 1}]\n', ['args'], 2, 0)).toBe('args: [{d: 1}, a, "b c"]\n');
  });

  it('moves items of a compact nested list', () => {
    expect(move('- - a\n  - b\n', [0], 1, 0)).toBe('- - b\n  - a\n');
  });

  it('keeps CRLF and a missing final newline', () => {
    expect(move('l:\r\n- a: 1\r\n  b: 2\r\n- c', ['l'], 1, 0)).toBe(
      'l:\r\n- c\r\n- a: 1\r\n  b: 2',
    );
  });

  it('plans nothing for a move onto itself', () => {
    expect(planMoveListItem(parseYamlText('l: [a, b]\n'), ['l'], 1, 1)).toEqual([]);
  });

  it('refuses indices outside the list and paths that are not lists', () => {
    const parsed = parseYamlText('l: [a, b]\nm: {}\n');
    expect(() => planMoveListItem(parsed, ['l'], 0, 2)).toThrow(
      "Cannot edit 'l': index 2 is outside the list of 2",
    );
    expect(() => planMoveListItem(parsed, ['m'], 0, 1)).toThrow(
      "Cannot edit 'm': it is not a list",
    );
  });
});
