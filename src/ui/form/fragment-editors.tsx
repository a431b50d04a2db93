import type { ConfigPath } from '../../core/source-range';
import { TextField } from './controls/text-field';
import { YamlField } from './controls/yaml-field';
import { useConfigValue } from './form-session';
import { FragmentDetails } from './fragment-details';
import { K8sEnvEditor } from './k8s-env-editor';
import { KeyValueEditor } from './key-value-editor';
import { resolveFieldKey, type KeyStyle } from './model/key-style';
import { ResourcesEditor } from './resources-editor';
import { TolerationsEditor } from './tolerations-editor';

interface FragmentProps {
  /** Path of the fragment, e.g. `[..., 'run_k8s_config', 'container_config']`. */
  readonly path: ConfigPath;
  /** Prefix of accessible names, e.g. `run_k8s_config.container_config`. */
  readonly label: string;
  readonly style: KeyStyle;
}

/** The keys of a fragment in their file spelling, and the set of them (for the rest block). */
function useFragmentKeys(path: ConfigPath, fields: readonly string[], style: KeyStyle) {
  const value = useConfigValue(path);
  const keys = fields.map((field) => resolveFieldKey(value, field, style));
  return { keys, modelled: new Set(keys) };
}

function RestYaml(props: {
  readonly path: ConfigPath;
  readonly label: string;
  readonly modelled: ReadonlySet<string>;
}) {
  return (
    <YamlField
      path={props.path}
      label="other keys (YAML)"
      ariaLabel={`${props.label} other keys YAML`}
      restOf={props.modelled}
      help=""
    />
  );
}

/** `container_config` (V1Container): resources and env as fields, the rest as YAML. */
export function ContainerConfigFragment({ path, label, style }: FragmentProps) {
  const { keys, modelled } = useFragmentKeys(path, ['resources', 'env'], style);
  return (
    <FragmentDetails path={path} model="V1Container">
      <ResourcesEditor path={[...path, keys[0]!]} label={`${label}.${keys[0]!}`} title={keys[0]!} />
      <K8sEnvEditor path={[...path, keys[1]!]} label={`${label}.${keys[1]!}`} title={keys[1]!} />
      <RestYaml path={path} label={label} modelled={modelled} />
    </FragmentDetails>
  );
}

/** `pod_spec_config` (V1PodSpec): node selector, tolerations and affinity, the rest as YAML. */
export function PodSpecFragment({ path, label, style }: FragmentProps) {
  const { keys, modelled } = useFragmentKeys(
    path,
    ['node_selector', 'tolerations', 'affinity'],
    style,
  );
  return (
    <FragmentDetails path={path} model="V1PodSpec">
      <KeyValueEditor path={[...path, keys[0]!]} label={`${label}.${keys[0]!}`} title={keys[0]!} />
      <TolerationsEditor
        path={[...path, keys[1]!]}
        label={`${label}.${keys[1]!}`}
        title={keys[1]!}
        style={style}
      />
      <YamlField
        path={[...path, keys[2]!]}
        label={`${keys[2]!} (YAML)`}
        ariaLabel={`${label}.${keys[2]!} YAML`}
        help=""
      />
      <RestYaml path={path} label={label} modelled={modelled} />
    </FragmentDetails>
  );
}

/** A metadata fragment (V1ObjectMeta): annotations and labels, the rest as YAML. */
export function MetadataFragment({ path, label, style }: FragmentProps) {
  const { keys, modelled } = useFragmentKeys(path, ['annotations', 'labels'], style);
  return (
    <FragmentDetails path={path} model="V1ObjectMeta">
      <KeyValueEditor path={[...path, keys[0]!]} label={`${label}.${keys[0]!}`} title={keys[0]!} />
      <KeyValueEditor path={[...path, keys[1]!]} label={`${label}.${keys[1]!}`} title={keys[1]!} />
      <RestYaml path={path} label={label} modelled={modelled} />
    </FragmentDetails>
  );
}

/** `job_spec_config` (V1JobSpec): TTL and retries as fields, the rest as YAML. */
export function JobSpecFragment({ path, label, style }: FragmentProps) {
  const { keys, modelled } = useFragmentKeys(
    path,
    ['ttl_seconds_after_finished', 'backoff_limit'],
    style,
  );
  return (
    <FragmentDetails path={path} model="V1JobSpec">
      <div className="form-grid">
        {keys.map((key) => (
          <TextField
            key={key}
            path={[...path, key]}
            label={key}
            ariaLabel={`${label}.${key}`}
            kind="integer"
            help=""
            inline
          />
        ))}
      </div>
      <RestYaml path={path} label={label} modelled={modelled} />
    </FragmentDetails>
  );
}

/** A fragment the form edits only as YAML (`job_config`, `service_spec_config`). */
export function RawFragment(props: FragmentProps & { readonly model: string }) {
  const { path, label, model } = props;
  return (
    <FragmentDetails path={path} model={model}>
      <YamlField
        path={path}
        label={`${String(path[path.length - 1])} (YAML)`}
        ariaLabel={`${label} YAML`}
      />
    </FragmentDetails>
  );
}
