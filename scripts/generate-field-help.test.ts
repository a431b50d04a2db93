import { readFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { dagsterCloudConfigSchema } from '../src/core/schema/dagster-cloud-config';
import { buildFieldHelpTree } from '../src/core/schema/field-help-build';
import type { FieldHelpNode } from '../src/core/schema/field-help-tree';
import {
  FIELD_HELP_HEADER,
  emitFieldHelpModule,
  renderFieldHelpModule,
} from './generate-field-help.entry';

const LONG = `Shared description \u2014 ${'long enough to be worth a const. '.repeat(3)}`;
const INNER = `Inner description, written once inside the shared const: ${'x'.repeat(60)}`;
const SHARED: FieldHelpNode = { d: LONG, s: [{ keys: { inner: { d: INNER } } }] };
const SMALL: FieldHelpNode = { d: 'small' };

/** Runs an emitted module (types and the import stripped) and returns its export. */
function evaluateModule(source: string): unknown {
  const body = source
    .replace(/^import type .*$/m, '')
    .replaceAll(': FieldHelpNode =', ' =')
    .replace('export const DAGSTER_CLOUD_FIELD_HELP', 'const DAGSTER_CLOUD_FIELD_HELP');
  return new Function(`${body}\nreturn DAGSTER_CLOUD_FIELD_HELP;`)();
}

describe('emitFieldHelpModule', () => {
  const tree: FieldHelpNode = {
    d: 'root',
    s: [
      {
        keys: {
          'a-list': { s: [{ item: SHARED }] },
          b: { s: [{ value: SHARED }] },
          c: SMALL,
          e: SMALL,
        },
      },
    ],
  };

  it('writes a repeated subtree once as a const, children inline, short repeats inline', () => {
    const escapedLong = JSON.stringify(LONG).replace('\u2014', '\\u2014');
    expect(emitFieldHelpModule(tree)).toBe(
      [
        ...FIELD_HELP_HEADER,
        "import type { FieldHelpNode } from './field-help-tree';",
        '',
        `const A_LIST_ITEM_HELP: FieldHelpNode = { d: ${escapedLong}, s: [{ keys: { inner: { d: ${JSON.stringify(INNER)} } } }] };`,
        '',
        '/** The field descriptions of dagster_cloud.yaml (see field-help-tree.ts). */',
        'export const DAGSTER_CLOUD_FIELD_HELP: FieldHelpNode = { d: "root", s: [{ keys: { ' +
          '"a-list": { s: [{ item: A_LIST_ITEM_HELP }] }, b: { s: [{ value: A_LIST_ITEM_HELP }] }, ' +
          'c: { d: "small" }, e: { d: "small" } } }] };',
        '',
      ].join('\n'),
    );
  });

  it('gives a module whose export equals the tree, for the real schema too', () => {
    expect(evaluateModule(emitFieldHelpModule(tree))).toEqual(tree);
    const schemaTree = buildFieldHelpTree(dagsterCloudConfigSchema);
    expect(evaluateModule(emitFieldHelpModule(schemaTree))).toEqual(schemaTree);
  });
});

describe('src/core/schema/field-help-data.ts', () => {
  it('is exactly what `npm run generate:field-help` writes', async () => {
    const path = new URL('../src/core/schema/field-help-data.ts', import.meta.url);
    const options = (await prettier.resolveConfig(path)) ?? {};
    const expected = await prettier.format(renderFieldHelpModule(), {
      ...options,
      filepath: path.pathname,
    });
    expect(readFileSync(path, 'utf8'), 'stale: run `npm run generate:field-help`').toBe(expected);
  });
});
