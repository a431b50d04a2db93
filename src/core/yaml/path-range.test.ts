import { describe, expect, it } from 'vitest';
import type { SourceRange } from '../source-range';
import { parseYamlText } from './parse-yaml';
import { findNearestPathRange, findPathAtOffset, findPathRange } from './path-range';

/** `line:col-line:col` of a range, for compact exact assertions. */
function at(range: SourceRange | undefined): string | undefined {
  if (!range) return undefined;
  const { start, end } = range;
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

const CONFIG = [
  '# header',
  'locations:',
  '- location_name: etl # inline',
  '  container_context:',
  '    k8s:',
  '      env_vars: [A=1, B]',
  '      labels: {team: data}',
  '      namespace:',
  '      resources: &res',
  '        limits:',
  '          cpu: "1"',
  '',
  '  # trailing comment',
  '- location_name: other',
  '  container_context: {k8s: {resources: *res}}',
  '',
].join('\n');

describe('findPathRange', () => {
  const parsed = parseYamlText(CONFIG);
  const find = (...path: (string | number)[]) => {
    const found = findPathRange(parsed, path);
    return found && { key: at(found.keyRange), value: at(found.valueRange) };
  };

  it('finds keys and scalar values in an unindented list', () => {
    expect(find('locations', 0, 'location_name')).toEqual({ key: '3:3-3:16', value: '3:18-3:21' });
    expect(find('locations', 1, 'location_name')).toEqual({
      key: '14:3-14:16',
      value: '14:18-14:23',
    });
  });

  it('gives collections their own text, without trailing blank lines and comments', () => {
    expect(find('locations', 0)).toEqual({ key: undefined, value: '3:3-11:19' });
    expect(find('locations', 0, 'container_context', 'k8s', 'resources')).toEqual({
      key: '9:7-9:16',
      value: '10:9-11:19',
    });
    expect(find()).toEqual({ key: undefined, value: '2:1-15:46' });
  });

  it('finds items of flow collections', () => {
    expect(find('locations', 0, 'container_context', 'k8s', 'env_vars', 1)).toEqual({
      key: undefined,
      value: '6:23-6:24',
    });
    expect(find('locations', 0, 'container_context', 'k8s', 'labels', 'team')).toEqual({
      key: '7:16-7:20',
      value: '7:22-7:26',
    });
  });

  it('uses the key range for an empty value', () => {
    expect(find('locations', 0, 'container_context', 'k8s', 'namespace')).toEqual({
      key: '8:7-8:16',
      value: '8:7-8:16',
    });
  });

  it('does not follow aliases or find missing paths', () => {
    expect(find('locations', 1, 'container_context', 'k8s', 'resources')).toEqual({
      key: '15:29-15:38',
      value: '15:40-15:44',
    });
    expect(find('locations', 1, 'container_context', 'k8s', 'resources', 'limits')).toBe(undefined);
    expect(find('locations', 2)).toBeUndefined();
    expect(find('locations', 'x')).toBeUndefined();
  });

  it('finds the last of duplicate keys, the one Dagster keeps', () => {
    const dup = parseYamlText('a: 1\na: 2\n');
    expect(at(findPathRange(dup, ['a'])?.keyRange)).toBe('2:1-2:2');
  });

  it('works with CRLF and an empty document', () => {
    const crlf = parseYamlText('a:\r\n  b: |\r\n    text\r\n  c: 1\r\n');
    expect(at(findPathRange(crlf, ['a', 'b'])?.valueRange)).toBe('2:6-3:9');
    expect(at(findPathRange(crlf, ['a', 'c'])?.valueRange)).toBe('4:6-4:7');
    expect(at(findPathRange(parseYamlText(''), [])?.valueRange)).toBe('1:1-1:1');
  });
});

describe('findNearestPathRange', () => {
  const parsed = parseYamlText(CONFIG);

  it('returns the path itself when it exists', () => {
    const found = findNearestPathRange(parsed, ['locations', 0, 'location_name']);
    expect(found.path).toEqual(['locations', 0, 'location_name']);
    expect(at(found.valueRange)).toBe('3:18-3:21');
  });

  it('falls back to the deepest existing ancestor', () => {
    const found = findNearestPathRange(parsed, ['locations', 0, 'container_context', 'x', 'y']);
    expect(found.path).toEqual(['locations', 0, 'container_context']);
    expect(at(found.keyRange)).toBe('4:3-4:20');
    expect(at(found.valueRange)).toBe('5:5-11:19');
  });

  it('falls back to the document for a missing top-level key', () => {
    const found = findNearestPathRange(parsed, ['defaults']);
    expect(found.path).toEqual([]);
    expect(found.keyRange).toBeUndefined();
    expect(at(found.valueRange)).toBe('2:1-15:46');
  });
});

describe('findPathAtOffset', () => {
  const parsed = parseYamlText(CONFIG);
  const pathAt = (needle: string, delta = 0) =>
    findPathAtOffset(parsed, CONFIG.indexOf(needle) + delta);

  it('finds keys and values, ends inclusive', () => {
    expect(pathAt('location_name: etl')).toEqual(['locations', 0, 'location_name']);
    expect(pathAt('etl')).toEqual(['locations', 0, 'location_name']);
    expect(pathAt('etl', 3)).toEqual(['locations', 0, 'location_name']);
    expect(pathAt('"1"', 1)).toEqual([
      'locations',
      0,
      'container_context',
      'k8s',
      'resources',
      'limits',
      'cpu',
    ]);
  });

  it('finds flow items and keys', () => {
    expect(pathAt('B]')).toEqual(['locations', 0, 'container_context', 'k8s', 'env_vars', 1]);
    expect(pathAt('team')).toEqual(['locations', 0, 'container_context', 'k8s', 'labels', 'team']);
    expect(pathAt('*res', 2)).toEqual(['locations', 1, 'container_context', 'k8s', 'resources']);
  });

  it('stops at the enclosing node between items', () => {
    expect(pathAt('# inline')).toEqual(['locations', 0]);
    expect(pathAt('  container_context:', 1)).toEqual(['locations', 0]);
    expect(pathAt('# header')).toEqual([]);
  });

  it('names merge keys <<', () => {
    const merged = parseYamlText('base: &b {a: 1}\nuse:\n  <<: *b\n  c: 2\n');
    expect(findPathAtOffset(merged, merged.text.indexOf('<<'))).toEqual(['use', '<<']);
    expect(at(findPathRange(merged, ['use', '<<'])?.keyRange)).toBe('3:3-3:5');
  });
});
