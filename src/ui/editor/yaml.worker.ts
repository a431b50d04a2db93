// The YAML language worker (completion, hover) that monaco-yaml talks to; bundled by Vite as a
// module worker, so it loads from this origin like everything else.
import 'monaco-yaml/yaml.worker.js';
