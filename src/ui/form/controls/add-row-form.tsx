import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Icon } from './icons';

type RowValues = Record<string, string | boolean>;
type WatchedValues = Readonly<Record<string, string | boolean | undefined>>;

/** One input of an "add" row. */
export interface AddRowField {
  readonly name: string;
  /** Accessible name; contains the YAML key, e.g. `new env_vars name`. */
  readonly label: string;
  readonly placeholder?: string;
  readonly type?: 'text' | 'checkbox' | 'select';
  readonly options?: readonly string[];
  /** A message when the value cannot be added, else undefined. */
  readonly validate?: (value: string, all: Readonly<RowValues>) => string | undefined;
  /** When it returns true the field is hidden (e.g. the value of an inherited env var). */
  readonly hiddenWhen?: (all: WatchedValues) => boolean;
}

function initialValues(fields: readonly AddRowField[]): RowValues {
  return Object.fromEntries(
    fields.map((f) => [
      f.name,
      f.type === 'checkbox' ? false : f.type === 'select' ? (f.options?.[0] ?? '') : '',
    ]),
  );
}

function RowField(props: {
  readonly field: AddRowField;
  readonly register: ReturnType<typeof useForm<RowValues>>['register'];
  readonly invalid: boolean;
  readonly errorsId: string;
  readonly onEnter: () => void;
  /** Focused when the row opens, in the same commit, so no typed character is lost. */
  readonly first: boolean;
}) {
  const { field, register, invalid, errorsId, onEnter, first } = props;
  const registration = register(field.name, {
    validate: (value, all) =>
      field.validate?.(typeof value === 'string' ? value : String(value), all) ?? true,
  });
  if (field.type === 'checkbox') {
    return (
      <label className="form-add-check">
        <input type="checkbox" aria-label={field.label} autoFocus={first} {...registration} />
        <span aria-hidden="true">{field.label.replace(/^new \S+ /, '')}</span>
      </label>
    );
  }
  if (field.type === 'select') {
    return (
      <select
        className="form-select"
        aria-label={field.label}
        autoFocus={first}
        // Enter adds the row from any of its fields, as it does from the text inputs.
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onEnter();
          }
        }}
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
      className="form-input"
      type="text"
      spellCheck={false}
      autoComplete="off"
      aria-label={field.label}
      autoFocus={first}
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? errorsId : undefined}
      placeholder={field.placeholder}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          onEnter();
        }
      }}
      {...registration}
    />
  );
}

/**
 * The "add" row of a list editor: a button that opens a row where the new item is typed before
 * it is written, so the YAML never holds half-entered placeholders. react-hook-form keeps these
 * inputs uncontrolled and validates them on submit (Enter or the Add button).
 */
export function AddRowForm(props: {
  readonly fields: readonly AddRowField[];
  readonly submitLabel: string;
  readonly onAdd: (values: Readonly<RowValues>) => void;
}) {
  const { fields, submitLabel, onAdd } = props;
  const id = useId();
  const [open, setOpen] = useState(false);
  const { register, handleSubmit, reset, control, formState } = useForm<RowValues>({
    defaultValues: initialValues(fields),
  });
  const values: WatchedValues = useWatch({ control });
  const errorMessages = fields
    .map((f) => formState.errors[f.name]?.message)
    .filter((m): m is string => typeof m === 'string');
  const firstField = fields[0]?.name;

  const close = () => {
    reset(initialValues(fields));
    setOpen(false);
    // Keyboard users continue from the button that opened the row.
    setTimeout(() => document.getElementById(`${id}-open`)?.focus(), 0);
  };
  const submit = handleSubmit((all) => {
    onAdd(all);
    close();
  });

  if (!open) {
    return (
      <button
        id={`${id}-open`}
        type="button"
        className="form-add-button"
        onClick={() => {
          setOpen(true);
        }}
      >
        <Icon name="add" />
        {submitLabel}
      </button>
    );
  }
  return (
    <div
      className="form-add-row"
      role="group"
      aria-label={submitLabel}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      {fields.map((field) =>
        field.hiddenWhen?.(values) ? null : (
          <RowField
            key={field.name}
            field={field}
            register={register}
            invalid={Boolean(formState.errors[field.name])}
            errorsId={`${id}-errors`}
            onEnter={() => void submit()}
            first={field.name === firstField}
          />
        ),
      )}
      <button
        type="button"
        className="form-button form-button-primary"
        onClick={() => void submit()}
      >
        Add
      </button>
      <button type="button" className="form-button" onClick={close}>
        Cancel
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
