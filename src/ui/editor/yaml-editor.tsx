import { Editor } from '@monaco-editor/react';
import { useEffect, useState } from 'react';
import type { DocumentStore } from '../../store';
import { EDITOR_KEYBOARD_HINT_ID } from '../shared/editor-keyboard-hint';
import type { ColorScheme } from '../shared/use-media-query';
import { bindEditorToStore } from './editor-binding';
import { MODEL_PATH, monaco } from './monaco-setup';
import './yaml-editor.css';

type CodeEditor = monaco.editor.IStandaloneCodeEditor;

const EDITOR_OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  ariaLabel: 'dagster_cloud.yaml',
  automaticLayout: true,
  fixedOverflowWidgets: true,
  fontSize: 13,
  insertSpaces: true,
  minimap: { enabled: false },
  renderWhitespace: 'selection',
  scrollBeyondLastLine: false,
  tabSize: 2,
  quickSuggestions: { other: true, comments: false, strings: true },
  // Folding and sticky scroll from the indentation, computed in place: the defaults ask the YAML
  // worker for folding ranges and document symbols after every edit, and reading its answers
  // cost the main thread ~45 ms per keystroke at 200 locations (docs/performance.md).
  foldingStrategy: 'indentation',
  stickyScroll: { defaultModel: 'indentationModel' },
  // No inline-completion provider is registered; the controller still recomputed on every edit.
  inlineSuggest: { enabled: false },
};

export interface YamlEditorProps {
  readonly store: DocumentStore;
  readonly colorScheme: ColorScheme;
}

/** The Monaco YAML editor over the store's text. Lazy-loaded: this module pulls in Monaco. */
export function YamlEditor({ store, colorScheme }: YamlEditorProps) {
  const [editor, setEditor] = useState<CodeEditor | null>(null);
  // Read once: afterwards the binding carries every change, as edits.
  const [initialText] = useState(() => store.getSnapshot().text);

  useEffect(() => {
    if (!editor) return;
    const binding = bindEditorToStore(monaco, editor, store);
    return () => binding.dispose();
  }, [editor, store]);

  return (
    <Editor
      defaultValue={initialText}
      defaultLanguage="yaml"
      path={MODEL_PATH}
      theme={colorScheme === 'dark' ? 'studio-dark' : 'studio-light'}
      options={EDITOR_OPTIONS}
      loading={null}
      onMount={(mounted) => {
        // Monaco has no option for it: its input gets the hint on leaving the editor by keyboard.
        mounted
          .getDomNode()
          // Monaco's input: an EditContext element where the browser has it, else a textarea.
          ?.querySelector('[role="textbox"], textarea')
          ?.setAttribute('aria-describedby', EDITOR_KEYBOARD_HINT_ID);
        setEditor(mounted);
      }}
    />
  );
}
