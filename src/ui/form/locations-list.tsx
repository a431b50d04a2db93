import { memo, useMemo } from 'react';
import { isSameList } from '../../core/same-list';
import { AddRowForm } from './controls/add-row-form';
import type { ValueStore } from '../shared/value-store';
import { useFormSelector, useFormSession, type FormData } from './form-session';
import { asConfigList, isConfigMap } from './model/config-read';
import type { FieldDiagnostic } from './model/field-diagnostics';
import type { FormEdit } from './model/form-edit';
import { Icon } from './controls/icons';
import {
  checkNewLocationName,
  listLocationNames,
  planDuplicateLocation,
} from './model/location-names';

/** Which part of the file the form edits below the list. */
export type FormSelection =
  { readonly kind: 'location'; readonly index: number } | { readonly kind: 'defaults' };

/** What a row's buttons do; one stable object for all rows, so a row's props are its data. */
interface RowActions {
  readonly select: (selection: FormSelection) => void;
  readonly move: (from: number, to: number, selected: boolean) => void;
  readonly duplicate: (index: number) => void;
  readonly remove: (index: number, count: number) => void;
}

/**
 * Error counts per location index: what `useFieldDiagnostics(['locations', i], { subtree: true })`
 * counts for each row, in one pass instead of one filter per row.
 */
function countLocationErrors(diagnostics: readonly FieldDiagnostic[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const { path, severity } of diagnostics) {
    const index = path[1];
    if (severity !== 'error' || path[0] !== 'locations' || typeof index !== 'number') continue;
    counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  return counts;
}

function isSameCounts(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): boolean {
  return a.size === b.size && [...a].every(([key, count]) => b.get(key) === count);
}

/**
 * One row of the list. Memoized on primitives only: a keystroke in one location re-renders that
 * row (its name or error count changed) and none of the other 199.
 */
const LocationRow = memo(function LocationRow(props: {
  readonly index: number;
  readonly count: number;
  readonly name: string;
  readonly selected: boolean;
  readonly errors: number;
  readonly actions: RowActions;
}) {
  const { index, count, name, selected, errors, actions } = props;
  const rowName = `locations ${index}`;
  return (
    <li className={selected ? 'form-location-row form-location-row-selected' : 'form-location-row'}>
      <button
        type="button"
        className="form-location-select"
        aria-current={selected ? 'true' : undefined}
        aria-label={`${rowName} ${name || '(no location_name)'}`}
        onClick={() => actions.select({ kind: 'location', index })}
      >
        <span className="form-location-name">{name || '(no location_name)'}</span>
        {errors > 0 ? (
          <span className="form-badge" aria-label={`${errors} errors`}>
            {errors}
          </span>
        ) : null}
      </button>
      <span className="form-row-actions">
        <button
          type="button"
          className="form-icon-button"
          aria-label={`Move ${rowName} up`}
          title="Move up"
          disabled={index === 0}
          onClick={() => actions.move(index, index - 1, selected)}
        >
          <Icon name="up" />
        </button>
        <button
          type="button"
          className="form-icon-button"
          aria-label={`Move ${rowName} down`}
          title="Move down"
          disabled={index >= count - 1}
          onClick={() => actions.move(index, index + 1, selected)}
        >
          <Icon name="down" />
        </button>
        <button
          type="button"
          className="form-icon-button"
          aria-label={`Duplicate ${rowName}`}
          title="Duplicate"
          onClick={() => actions.duplicate(index)}
        >
          <Icon name="copy" />
        </button>
        <button
          type="button"
          className="form-icon-button form-remove"
          aria-label={`Remove ${rowName}`}
          title="Remove"
          onClick={() => actions.remove(index, count)}
        >
          <Icon name="remove" />
        </button>
      </span>
    </li>
  );
});

/**
 * The row actions, stable while `commit` and `onSelect` are: they read the shown config when
 * clicked, so a new config does not give every row new callbacks.
 */
function useRowActions(
  commit: (edits: readonly FormEdit[]) => void,
  onSelect: (selection: FormSelection) => void,
  data: ValueStore<FormData>,
): RowActions {
  return useMemo<RowActions>(
    () => ({
      select: onSelect,
      move: (from, to, selected) => {
        commit([{ kind: 'move', listPath: ['locations'], from, to }]);
        if (selected) onSelect({ kind: 'location', index: to });
      },
      duplicate: (index) => {
        const { config } = data.get();
        const list = isConfigMap(config) ? asConfigList(config.locations) : [];
        commit(planDuplicateLocation(list[index], index, listLocationNames(config)));
        onSelect({ kind: 'location', index: index + 1 });
      },
      remove: (index, count) => {
        commit([{ kind: 'remove', path: ['locations', index] }]);
        onSelect({ kind: 'location', index: Math.max(0, Math.min(index, count - 2)) });
      },
    }),
    [commit, onSelect, data],
  );
}

/**
 * `locations` (select, add, remove, duplicate, reorder; renaming is the `location_name` field)
 * and the `defaults:` block.
 */
export const LocationsList = memo(function LocationsList(props: {
  readonly selection: FormSelection;
  readonly onSelect: (selection: FormSelection) => void;
}) {
  const { selection, onSelect } = props;
  const { commit, data } = useFormSession();
  // What the list shows, each kept while it comes out the same: an edit inside a location
  // makes a new config (and moves the diagnostics after it) but rarely changes these.
  const names = useFormSelector((form) => listLocationNames(form.config), isSameList);
  const errors = useFormSelector((form) => countLocationErrors(form.diagnostics), isSameCounts);
  const legacyMapping = useFormSelector(
    ({ config }) => isConfigMap(config) && isConfigMap(config.locations),
  );
  const hasDefaults = useFormSelector(
    ({ config }) => isConfigMap(config) && config.defaults !== undefined,
  );
  const actions = useRowActions(commit, onSelect, data);
  return (
    <nav className="form-locations" aria-label="locations">
      <h2 className="form-locations-title">
        <code>locations</code>
      </h2>
      {legacyMapping ? (
        <p className="form-note">
          <code>locations</code> uses the legacy mapping form (name: settings), which{' '}
          <code>dagster-cloud ci check</code> rejects. Rewrite it as a list in the YAML to edit it
          here.
        </p>
      ) : null}
      <ol className="form-location-list" start={0}>
        {names.map((name, index) => (
          <LocationRow
            key={index}
            index={index}
            count={names.length}
            name={name}
            selected={selection.kind === 'location' && selection.index === index}
            errors={errors.get(index) ?? 0}
            actions={actions}
          />
        ))}
      </ol>
      <AddRowForm
        submitLabel="Add location"
        fields={[
          {
            name: 'name',
            label: 'new locations location_name',
            placeholder: 'location_name',
            validate: (name) => checkNewLocationName(name, names),
          },
        ]}
        onAdd={(row) => {
          const name = String(row.name).trim();
          const value = {
            location_name: name,
            code_source: { package_name: name.replace(/-/g, '_') },
          };
          commit([{ kind: 'insert', listPath: ['locations'], index: undefined, value }]);
          onSelect({ kind: 'location', index: names.length });
        }}
      />
      <button
        type="button"
        className={
          selection.kind === 'defaults'
            ? 'form-defaults-button form-location-row-selected'
            : 'form-defaults-button'
        }
        aria-current={selection.kind === 'defaults' ? 'true' : undefined}
        onClick={() => onSelect({ kind: 'defaults' })}
      >
        <code>defaults</code>
        <span className="form-muted">
          {hasDefaults ? ' merged into every location' : ' (not set)'}
        </span>
      </button>
    </nav>
  );
});
