import { describe, expect, it } from 'vitest';
import type { ConfigPath } from '../source-range';
import { parseYamlText } from './parse-yaml';
import { planDuplicateListItem } from './plan-duplicate';
import { applyTextEdits } from './text-edit';

/** Applies `planDuplicateListItem` and checks that the result still parses cleanly. */
function duplicate(text: string, path: ConfigPath, index: number): string {
  const edited = applyTextEdits(text, planDuplicateListItem(parseYamlText(text), path, index));
  expect(parseYamlText(edited).problems).toEqual([]);
  return edited;
}

/** The first location: comments above, inside and after it, quoting, a flow map. */
const ETL = [
  '  # the ETL location',
  '  - location_name: etl # inline',
  '    code_source:',
  '      package_name: etl',
  '    container_context:',
  '      k8s:',
  '        env_vars:',
  "          - 'DBT_TARGET=prod' # quoted on purpose",
  '    # image: later',
];
const REPORTS = ['  - location_name: reports', '    code_source: {module_name: reports}'];
const LOCATIONS = ['# header', 'locations:', ...ETL, '', ...REPORTS, 'after: 1', ''].join('\n');

describe('planDuplicateListItem', () => {
  it('copies the item text with its comments, quoting and flow parts, after the item', () => {
    expect(duplicate(LOCATIONS, ['locations'], 0)).toBe(
      ['# header', 'locations:', ...ETL, '', ...ETL, '', ...REPORTS, 'after: 1', ''].join('\n'),
    );
  });

  it('duplicates the last item with the separator used before it', () => {
    expect(duplicate(LOCATIONS, ['locations'], 1)).toBe(
      LOCATIONS.replace(
        '  - location_name: reports\n    code_source: {module_name: reports}\n',
        '  - location_name: reports\n    code_source: {module_name: reports}\n\n' +
          '  - location_name: reports\n    code_source: {module_name: reports}\n',
      ),
    );
  });

  it('keeps CRLF line breaks and a missing final newline', () => {
    const text = 'locations:\r\n- location_name: a # one\r\n  image: x';
    expect(duplicate(text, ['locations'], 0)).toBe(
      'locations:\r\n- location_name: a # one\r\n  image: x\r\n- location_name: a # one\r\n  image: x',
    );
  });

  it('leaves anchor definitions out of the copy, so aliases still resolve and PyYAML accepts it', () => {
    const text = [
      'locations:',
      '  - location_name: a',
      '    container_context: &ctx',
      '      k8s: {namespace: &ns team}',
      '    labels: *ns',
      '',
    ].join('\n');
    const edited = duplicate(text, ['locations'], 0);
    expect(edited).toBe(
      [
        'locations:',
        '  - location_name: a',
        '    container_context: &ctx',
        '      k8s: {namespace: &ns team}',
        '    labels: *ns',
        '  - location_name: a',
        '    container_context:',
        '      k8s: {namespace: team}',
        '    labels: *ns',
        '',
      ].join('\n'),
    );
    expect(parseYamlText(edited).value).toEqual({
      locations: [
        { location_name: 'a', container_context: { k8s: { namespace: 'team' } }, labels: 'team' },
        { location_name: 'a', container_context: { k8s: { namespace: 'team' } }, labels: 'team' },
      ],
    });
  });

  it('inserts a flow list item as a value', () => {
    expect(duplicate('items: [a, {b: 1}] # c\n', ['items'], 1)).toBe(
      'items: [a, {b: 1}, {b: 1}] # c\n',
    );
  });

  it('refuses a path that is not a list and an index outside it', () => {
    const parsed = parseYamlText(LOCATIONS);
    expect(() => planDuplicateListItem(parsed, ['after'], 0)).toThrow('it is not a list');
    expect(() => planDuplicateListItem(parsed, ['locations'], 2)).toThrow(
      'index 2 is outside the list of 2',
    );
  });
});
