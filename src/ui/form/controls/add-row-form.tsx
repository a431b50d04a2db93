import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';

/** One input of an "add" row. */
export interface AddRowField {
  readonly name: string;
  /** Accessible name; contains the YAML key, e.g. `new env_vars name`. */
  readonly label: string;
  readonly placeholder?: string;
  readonly type?: 'text' | 'checkbox' | 'select';
  readonly options?: readonly string[];
  /** A message when the value cannot be added, else undefined. */
  readonly validate?: (
    value: string,
    all: Readonly<Record<string, string | boolean>>,
  ) => string | undefined;
  /** When it returns true the field is hidden (e.g. the value of an inherited env var). */
  readonly hiddenWhen?: (all: Readonly<Record<string, string | boolean | undefined>>) => boolean;
}

type RowValues = Record<string, string | boolean>;

/**
 * The trailing row of a list editor where a new item is typed before it is written, so the YAML
 * never holds half-entered placeholders. react-hook-form keeps these inputs uncontrolled and
 * validates them on submit (Enter or the button).
 */
export function AddRowForm(props: {
  readonly fields: readonly AddRowField[];
  readonly submitLabel: string;
  readonly onAdd: (values: Readonly<Record<string, string | boolean>>) => void;
}) {
  const { fields, submitLabel, onAdd } = props;
  const id = useId();
  const defaultValues: RowValues = Object.fromEntries(
    fields.map((f) => [
      f.name,
      f.type === 'checkbox' ? false : f.type === 'select' ? (f.options?.[0] ?? '') : '',
    ]),
  );
  const { register, handleSubmit, reset, control, formState } = useForm<RowValues>({
    defaultValues,
  });
  const values = useWatch({ control });
  const errorMessages = fields
    .map((f) => formState.errors[f.name]?.message)
    .filter((m): m is string => typeof m === 'string');

  const submit = handleSubmit((all) => {
    onAdd(all);
    reset(defaultValues);
  });

  return (
    <div className="form-add-row" role="group" aria-label={submitLabel}>
      {fields.map((field) => {
        if (field.hiddenWhen?.(values)) return null;
        const registration = register(field.name, {
          validate: (value, all) =>
            field.validate?.(typeof value === 'string' ? value : String(value), all) ?? true,
        });
        if (field.type === 'checkbox') {
          return (
            <label key={field.name} className="form-add-check">
              <input type="checkbox" {...registration} />
              <span>{field.label.replace(/^new \S+ /, '')}</span>
              <span className="visually-hidden">{` (${field.label})`}</span>
            </label>
          );
        }
        if (field.type === 'select') {
          return (
            <select
              key={field.name}
              className="form-select"
              aria-label={field.label}
              {...registration}
            >
              {(field.options ?? []).map((option) => (
                <option key={option} value={option}>
                  {option === '' ? '(choose)' : option}
                </option>
              ))}
            </select>
          );
        }
        return (
          <input
            key={field.name}
            className="form-input"
            type="text"
            spellCheck={false}
            autoComplete="off"
            aria-label={field.label}
            aria-invalid={formState.errors[field.name] ? true : undefined}
            aria-describedby={formState.errors[field.name] ? `${id}-errors` : undefined}
            placeholder={field.placeholder}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void submit();
              }
            }}
            {...registration}
          />
        );
      })}
      <button type="button" className="form-button" onClick={() => void submit()}>
        {submitLabel}
      </button>
      {errorMessages.length > 0 ? (
        <ul className="form-messages" id={`${id}-errors`} role="alert">
          {errorMessages.map((message, i) => (
            <li key={i} className="form-message form-message-error">
              {message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
