import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { InputRevealRequest, InputText } from '../../store/render-inputs';
import { SeverityIcon } from '../shared/severity-icon';

/**
 * A plain YAML editor (a textarea, not Monaco: the preview must not pull the editor chunk) with
 * its problems listed below. Enter keeps the current line's indentation; a reveal request for
 * this text selects the requested range.
 */
export function YamlTextarea(props: {
  id: string;
  label: string;
  hint?: string;
  input: InputText;
  onChange: (text: string) => void;
  reveal: InputRevealRequest | null;
  placeholder?: string;
  rows?: number;
}) {
  const { id, label, hint, input, onChange, reveal, placeholder, rows = 8 } = props;
  const area = useRef<HTMLTextAreaElement>(null);
  const problemsId = `${id}-problems`;

  useEffect(() => {
    const element = area.current;
    if (!reveal || !element) return;
    element.focus();
    element.setSelectionRange(reveal.range.start.offset, reveal.range.end.offset);
    const lineHeight = parseFloat(getComputedStyle(element).lineHeight) || 18;
    element.scrollTop = Math.max(0, (reveal.range.start.line - 3) * lineHeight);
  }, [reveal]);

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.metaKey) return;
    const element = event.currentTarget;
    const { value, selectionStart, selectionEnd } = element;
    const lineStart = value.lastIndexOf('\n', selectionStart - 1) + 1;
    const indent = /^[ ]*/u.exec(value.slice(lineStart))![0];
    event.preventDefault();
    // execCommand keeps the browser's undo history (and fires the input event React listens to).
    if (document.execCommand('insertText', false, `\n${indent}`)) return;
    element.setRangeText(`\n${indent}`, selectionStart, selectionEnd, 'end');
    onChange(element.value);
  }

  return (
    <div className="pv-field">
      <label htmlFor={id} className="pv-label">
        {label}
      </label>
      {hint && <p className="pv-hint">{hint}</p>}
      <textarea
        ref={area}
        id={id}
        className="pv-textarea"
        value={input.text}
        rows={rows}
        spellCheck={false}
        wrap="off"
        autoCapitalize="off"
        autoComplete="off"
        placeholder={placeholder}
        aria-invalid={input.problems.some((p) => p.severity === 'error') || undefined}
        aria-describedby={input.problems.length > 0 ? problemsId : undefined}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {input.problems.length > 0 && (
        <ul id={problemsId} className="pv-input-problems">
          {input.stale && (
            <li className="pv-muted">The preview uses the last version without YAML errors.</li>
          )}
          {input.problems.map((problem, index) => (
            <li key={index}>
              <SeverityIcon severity={problem.severity} />
              <span className="visually-hidden">{problem.severity}:</span>
              <span>
                Ln {problem.range.start.line}: {problem.message}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
