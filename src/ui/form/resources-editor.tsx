import type { ConfigPath } from '../../core/source-range';
import { GroupShell } from './controls/group-shell';
import { TextField } from './controls/text-field';
import { YamlField } from './controls/yaml-field';
import { useConfigValue } from './form-session';
import { isConfigMap } from './model/config-read';
import { omitConfigKeys } from './model/yaml-block';
import { KeyValueEditor } from './key-value-editor';

const AMOUNTS = new Set(['cpu', 'memory']);
const SECTIONS = new Set(['requests', 'limits']);

/**
 * `resources`: cpu and memory for requests and limits (quantities: `500m`, `2Gi`, or plain
 * numbers), other resource names (e.g. `nvidia.com/gpu`) as key-value rows, and any other key as
 * YAML.
 */
export function ResourcesEditor(props: { readonly path: ConfigPath; readonly label: string }) {
  const { path, label } = props;
  const value = useConfigValue(path);
  const hasOther = isConfigMap(value) && Object.keys(omitConfigKeys(value, SECTIONS)).length > 0;
  return (
    <GroupShell path={path} title={label}>
      <div className="form-resources">
        {(['requests', 'limits'] as const).map((section) => (
          <div key={section} className="form-resources-column">
            <div className="form-grid">
              {[...AMOUNTS].map((amount) => (
                <TextField
                  key={amount}
                  path={[...path, section, amount]}
                  label={`${section}.${amount}`}
                  ariaLabel={`${label} ${section} ${amount}`}
                  kind="quantity"
                  placeholder={amount === 'cpu' ? 'e.g. 500m' : 'e.g. 1Gi'}
                  help=""
                  inline
                />
              ))}
            </div>
            <KeyValueEditor
              path={[...path, section]}
              label={`${label} ${section}`}
              valueKind="quantity"
              hiddenKeys={AMOUNTS}
            />
          </div>
        ))}
      </div>
      {hasOther ? (
        <YamlField
          path={path}
          label="other keys (YAML)"
          ariaLabel={`${label} other keys YAML`}
          restOf={SECTIONS}
          help=""
        />
      ) : null}
    </GroupShell>
  );
}
