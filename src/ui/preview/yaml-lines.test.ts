import { describe, expect, it } from 'vitest';
import { buildYamlLines } from './yaml-lines';

describe('buildYamlLines', () => {
  it('classifies keys, values, comments and punctuation with pointers per document', () => {
    const text = [
      'apiVersion: apps/v1 # display',
      'metadata:',
      '  labels:',
      '    app.kubernetes.io/name: dagster',
      "    count: '1'",
      'spec:',
      '  containers:',
      '  - args:',
      '    - <run-id> # placeholder: new UUID per run',
      '    emptyDir: {}',
      '    ok: true',
      '    n: 3',
      '    x: null',
      '---',
      'kind: Service',
      '',
    ].join('\n');
    expect(buildYamlLines(text)).toEqual([
      [
        { text: 'apiVersion', kind: 'key', document: 0, pointer: '/apiVersion' },
        { text: ':', kind: 'punctuation' },
        { text: ' ', kind: 'text' },
        { text: 'apps/v1', kind: 'string', document: 0, pointer: '/apiVersion' },
        { text: ' ', kind: 'text' },
        { text: '# display', kind: 'comment' },
      ],
      [
        { text: 'metadata', kind: 'key', document: 0, pointer: '/metadata' },
        { text: ':', kind: 'punctuation' },
      ],
      [
        { text: '  ', kind: 'text' },
        { text: 'labels', kind: 'key', document: 0, pointer: '/metadata/labels' },
        { text: ':', kind: 'punctuation' },
      ],
      [
        { text: '    ', kind: 'text' },
        {
          text: 'app.kubernetes.io/name',
          kind: 'key',
          document: 0,
          pointer: '/metadata/labels/app.kubernetes.io~1name',
        },
        { text: ':', kind: 'punctuation' },
        { text: ' ', kind: 'text' },
        {
          text: 'dagster',
          kind: 'string',
          document: 0,
          pointer: '/metadata/labels/app.kubernetes.io~1name',
        },
      ],
      [
        { text: '    ', kind: 'text' },
        { text: 'count', kind: 'key', document: 0, pointer: '/metadata/labels/count' },
        { text: ':', kind: 'punctuation' },
        { text: ' ', kind: 'text' },
        { text: "'1'", kind: 'string', document: 0, pointer: '/metadata/labels/count' },
      ],
      [
        { text: 'spec', kind: 'key', document: 0, pointer: '/spec' },
        { text: ':', kind: 'punctuation' },
      ],
      [
        { text: '  ', kind: 'text' },
        { text: 'containers', kind: 'key', document: 0, pointer: '/spec/containers' },
        { text: ':', kind: 'punctuation' },
      ],
      [
        { text: '  ', kind: 'text' },
        { text: '-', kind: 'punctuation' },
        { text: ' ', kind: 'text' },
        { text: 'args', kind: 'key', document: 0, pointer: '/spec/containers/0/args' },
        { text: ':', kind: 'punctuation' },
      ],
      [
        { text: '    ', kind: 'text' },
        { text: '-', kind: 'punctuation' },
        { text: ' ', kind: 'text' },
        { text: '<run-id>', kind: 'string', document: 0, pointer: '/spec/containers/0/args/0' },
        { text: ' ', kind: 'text' },
        { text: '# placeholder: new UUID per run', kind: 'comment' },
      ],
      [
        { text: '    ', kind: 'text' },
        { text: 'emptyDir', kind: 'key', document: 0, pointer: '/spec/containers/0/emptyDir' },
        { text: ':', kind: 'punctuation' },
        { text: ' ', kind: 'text' },
        { text: '{}', kind: 'collection', document: 0, pointer: '/spec/containers/0/emptyDir' },
      ],
      [
        { text: '    ', kind: 'text' },
        { text: 'ok', kind: 'key', document: 0, pointer: '/spec/containers/0/ok' },
        { text: ':', kind: 'punctuation' },
        { text: ' ', kind: 'text' },
        { text: 'true', kind: 'boolean', document: 0, pointer: '/spec/containers/0/ok' },
      ],
      [
        { text: '    ', kind: 'text' },
        { text: 'n', kind: 'key', document: 0, pointer: '/spec/containers/0/n' },
        { text: ':', kind: 'punctuation' },
        { text: ' ', kind: 'text' },
        { text: '3', kind: 'number', document: 0, pointer: '/spec/containers/0/n' },
      ],
      [
        { text: '    ', kind: 'text' },
        { text: 'x', kind: 'key', document: 0, pointer: '/spec/containers/0/x' },
        { text: ':', kind: 'punctuation' },
        { text: ' ', kind: 'text' },
        { text: 'null', kind: 'null', document: 0, pointer: '/spec/containers/0/x' },
      ],
      [{ text: '---', kind: 'punctuation' }],
      [
        { text: 'kind', kind: 'key', document: 1, pointer: '/kind' },
        { text: ':', kind: 'punctuation' },
        { text: ' ', kind: 'text' },
        { text: 'Service', kind: 'string', document: 1, pointer: '/kind' },
      ],
    ]);
  });

  it('gives the text back when the segments are joined', () => {
    const text = "a: 'x # not a comment' # a comment\nb: [1, 2]\n";
    const lines = buildYamlLines(text);
    expect(lines.map((line) => line.map((s) => s.text).join('')).join('\n')).toBe(
      text.slice(0, -1),
    );
    expect(lines[0]!.filter((s) => s.kind === 'comment')).toEqual([
      { text: '# a comment', kind: 'comment' },
    ]);
  });
});
