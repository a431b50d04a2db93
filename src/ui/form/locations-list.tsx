import { AddRowForm } from './controls/add-row-form';
import { useFieldDiagnostics, useFormSession } from './form-session';
import { asConfigList, isConfigMap } from './model/config-read';
import { Icon } from './controls/icons';
import {
  checkNewLocationName,
  listLocationNames,
  planDuplicateLocation,
} from './model/location-names';

/** Which part of the file the form edits below the list. */
export type FormSelection =
  { readonly kind: 'location'; readonly index: number } | { readonly kind: 'defaults' };

function LocationRow(props: {
  readonly index: number;
  readonly count: number;
  readonly name: string;
  readonly selected: boolean;
  readonly names: readonly string[];
  readonly location: unknown;
  readonly onSelect: (selection: FormSelection) => void;
}) {
  const { index, count, name, selected, names, location, onSelect } = props;
  const { commit } = useFormSession();
  const problems = useFieldDiagnostics(['locations', index], { subtree: true });
  const errors = problems.filter((p) => p.severity === 'error').length;
  const rowName = `locations ${index}`;
  const move = (to: number) => {
    commit([{ kind: 'move', listPath: ['locations'], from: index, to }]);
    if (selected) onSelect({ kind: 'location', index: to });
  };
  return (
    <li className={selected ? 'form-location-row form-location-row-selected' : 'form-location-row'}>
      <button
        type="button"
        className="form-location-select"
        aria-current={selected ? 'true' : undefined}
        aria-label={`${rowName} ${name || '(no location_name)'}`}
        onClick={() => onSelect({ kind: 'location', index })}
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
          onClick={() => move(index - 1)}
        >
          <Icon name="up" />
        </button>
        <button
          type="button"
          className="form-icon-button"
          aria-label={`Move ${rowName} down`}
          title="Move down"
          disabled={index >= count - 1}
          onClick={() => move(index + 1)}
        >
          <Icon name="down" />
        </button>
        <button
          type="button"
          className="form-icon-button"
          aria-label={`Duplicate ${rowName}`}
          title="Duplicate"
          onClick={() => {
            commit(planDuplicateLocation(location, index, names));
            onSelect({ kind: 'location', index: index + 1 });
          }}
        >
          <Icon name="copy" />
        </button>
        <button
          type="button"
          className="form-icon-button form-remove"
          aria-label={`Remove ${rowName}`}
          title="Remove"
          onClick={() => {
            commit([{ kind: 'remove', path: ['locations', index] }]);
            onSelect({ kind: 'location', index: Math.max(0, Math.min(index, count - 2)) });
          }}
        >
          <Icon name="remove" />
        </button>
      </span>
    </li>
  );
}

/**
 * `locations` (select, add, remove, duplicate, reorder; renaming is the `location_name` field)
 * and the `defaults:` block.
 */
export function LocationsList(props: {
  readonly selection: FormSelection;
  readonly onSelect: (selection: FormSelection) => void;
}) {
  const { selection, onSelect } = props;
  const { config, commit } = useFormSession();
  const locations = isConfigMap(config) ? asConfigList(config.locations) : [];
  const names = listLocationNames(config);
  return (
    <nav className="form-locations" aria-label="locations">
      <h2 className="form-locations-title">
        <code>locations</code>
      </h2>
      {isConfigMap(config) && isConfigMap(config.locations) ? (
        <p className="form-note">
          <code>locations</code> uses the legacy mapping form (name: settings), which{' '}
          <code>dagster-cloud ci check</code> rejects. Rewrite it as a list in the YAML to edit it
          here.
        </p>
      ) : null}
      <ol className="form-location-list" start={0}>
        {locations.map((location, index) => (
          <LocationRow
            key={index}
            index={index}
            count={locations.length}
            name={names[index] ?? ''}
            selected={selection.kind === 'location' && selection.index === index}
            names={names}
            location={location}
            onSelect={onSelect}
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
          onSelect({ kind: 'location', index: locations.length });
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
          {isConfigMap(config) && config.defaults !== undefined
            ? ' merged into every location'
            : ' (not set)'}
        </span>
      </button>
    </nav>
  );
}
