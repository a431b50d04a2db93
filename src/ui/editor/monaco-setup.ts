// Everything here runs once, when the lazily loaded editor chunk is first imported.
// The editor core with its standard contributions (hover, suggest, find...), without the other
// languages the full `monaco-editor` entry registers.
import 'monaco-editor/esm/vs/editor/edcore.main.js';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import { loader } from '@monaco-editor/react';
import { configureMonacoYaml } from 'monaco-yaml';
import type { JSONSchema } from 'monaco-yaml';
import { dagsterCloudYamlJsonSchema } from '../../core/schema';
import { installMonacoWorkers } from './monaco-workers';

/** The model's URI; the schema below is bound to this file name. */
export const MODEL_PATH = 'file:///dagster_cloud.yaml';

installMonacoWorkers(monaco);
// Without this, @monaco-editor/react would fetch Monaco from a CDN.
loader.config({ monaco });

// At module scope, not in an effect: monaco-yaml allows one instance, and StrictMode runs
// effects twice.
configureMonacoYaml(monaco, {
  enableSchemaRequest: false,
  // Markers come only from our diagnostics (one source of messages, no double squiggles);
  // monaco-yaml supplies completion and hover from the same schema.
  validate: false,
  completion: true,
  hover: true,
  hoverSchemaSource: false,
  // Dagster reads the file with PyYAML, i.e. YAML 1.1.
  yamlVersion: '1.1',
  schemas: [
    {
      uri: 'k8s-config-studio://schemas/dagster_cloud.json',
      fileMatch: ['dagster_cloud.yaml'],
      schema: dagsterCloudYamlJsonSchema() as JSONSchema,
    },
  ],
});

monaco.editor.defineTheme('studio-light', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: { 'editor.background': '#ffffff', 'editorGutter.background': '#ffffff' },
});
monaco.editor.defineTheme('studio-dark', {
  base: 'vs-dark',
  inherit: true,
  // vs-dark's comment green (#608b4e) is 4.48:1 on this background; WCAG AA asks 4.5:1.
  rules: [{ token: 'comment', foreground: '6a9955' }],
  colors: { 'editor.background': '#16181d', 'editorGutter.background': '#16181d' },
});

export { monaco };
