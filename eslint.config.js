import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const monaco = [
  'monaco-editor',
  'monaco-editor/*',
  'monaco-yaml',
  'monaco-yaml/*',
  '@monaco-editor/react',
];
const react = ['react', 'react-dom', 'react-dom/*', 'react-hook-form'];

const htmlSinkMessage =
  'Values from the file or a link must render as text: use JSX children or textContent, not HTML.';

/** Import restrictions that keep the architecture's layers apart (see README "Architecture"). */
function boundary(files, groups, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-cli',
      'node_modules',
      'test-results',
      'playwright-report',
      'src/core/k8s/*.generated.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Every value in the UI comes from the user's file or a share link: it must reach the DOM as
    // text, through React, never parsed as HTML (docs/security.md).
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'createContextualFragment'].map(
          (property) => ({ property, message: htmlSinkMessage }),
        ),
        { object: 'document', property: 'write', message: htmlSinkMessage },
        { object: 'document', property: 'writeln', message: htmlSinkMessage },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]', message: htmlSinkMessage },
        { selector: 'Property[key.name="dangerouslySetInnerHTML"]', message: htmlSinkMessage },
      ],
    },
  },
  boundary(
    ['src/core/**/*.ts'],
    [...react, ...monaco, 'node:*', '**/store/**', '**/ui/**', '**/cli/**'],
    'core is pure TypeScript: no React, DOM, Monaco, Node built-ins, store, ui or cli.',
  ),
  boundary(
    ['src/store/**/*.ts'],
    [...monaco, 'react-dom', '**/ui/**', '**/cli/**'],
    'store sits under the ui: it may use core, never ui, cli or Monaco.',
  ),
  boundary(
    ['src/ui/form/**'],
    [...monaco, '**/ui/editor/**', '**/ui/preview/**', '../editor/*', '../preview/*'],
    'ui/form never imports the editor, the preview or Monaco; ui/app composes them.',
  ),
  boundary(
    ['src/ui/preview/**'],
    [...monaco, '**/ui/editor/**', '**/ui/form/**', '../editor/*', '../form/*'],
    'ui/preview never imports the editor, the form or Monaco; ui/app composes them.',
  ),
  boundary(
    ['src/ui/editor/**'],
    ['**/ui/form/**', '**/ui/preview/**', '../form/*', '../preview/*'],
    'ui/editor never imports the form or the preview; ui/app composes them.',
  ),
  boundary(
    ['src/ui/app/**', 'src/ui/shared/**'],
    monaco,
    'Only ui/editor imports Monaco (it is lazy-loaded from there).',
  ),
  boundary(
    ['src/cli/**'],
    [...react, ...monaco, '**/ui/**', '**/store/**'],
    'The CLI runs the core only.',
  ),
);
