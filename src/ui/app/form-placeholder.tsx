import { useDocumentSelector, useDocumentStore } from '../shared/document-store-context';

/**
 * Holds the form's place until `ui/form/form-pane` exists: it lists the code locations (from
 * the last good config) and lets one be selected, which is the part of the form the preview
 * and the store already use.
 */
export function FormPlaceholder() {
  const store = useDocumentStore();
  const config = useDocumentSelector((snapshot) => snapshot.config);
  const selected = useDocumentSelector((snapshot) => snapshot.selectedLocation);
  const readOnly = useDocumentSelector((snapshot) => snapshot.syntaxErrors.length > 0);
  const names = readLocationNames(config);

  return (
    <div className="form-placeholder">
      <h3 className="form-placeholder-heading">Code locations</h3>
      {names.length === 0 ? (
        <p className="muted">No code locations yet: add one under locations: in the YAML.</p>
      ) : (
        <ul className="location-list" aria-label="locations">
          {names.map((name, index) => (
            <li key={index}>
              <button
                type="button"
                className="location-item"
                aria-current={index === selected ? 'true' : undefined}
                disabled={readOnly}
                onClick={() => store.selectLocation(index)}
              >
                <span className="location-index">{index}</span>
                {name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">The structured form for every field arrives here.</p>
    </div>
  );
}

function readLocationNames(config: unknown): string[] {
  const locations = (config as { locations?: unknown } | null)?.locations;
  if (!Array.isArray(locations)) return [];
  return locations.map((location: unknown, index) => {
    const name = (location as { location_name?: unknown } | null)?.location_name;
    return typeof name === 'string' && name ? name : `location ${index}`;
  });
}
