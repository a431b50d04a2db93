import type { ConfigPath } from '../../core/source-range';
import { GroupShell } from './controls/group-shell';
import { SelectField } from './controls/select-field';
import { TextField } from './controls/text-field';
import { YamlField } from './controls/yaml-field';
import { EnvVarsEditor } from './env-vars-editor';
import { useFormSelector } from './form-session';
import { readConfigPath } from './model/config-read';
import { K8sConfigSection } from './k8s-config-section';
import { K8sEnvEditor } from './k8s-env-editor';
import { KeyValueEditor } from './key-value-editor';
import { detectK8sKeyStyle } from './model/key-style';
import { NameListEditor } from './name-list-editor';
import { ResourcesEditor } from './resources-editor';
import { VolumeMountsEditor } from './volume-mounts-editor';
import { VolumesEditor } from './volumes-editor';

const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];

/** Scalars of the k8s block: namespace, service account, pull policy, scheduler, replicas. */
function K8sBasics({ path }: { readonly path: ConfigPath }) {
  return (
    <div className="form-grid">
      <TextField path={[...path, 'namespace']} label="namespace" placeholder="default" />
      <TextField path={[...path, 'service_account_name']} label="service_account_name" />
      <SelectField
        path={[...path, 'image_pull_policy']}
        label="image_pull_policy"
        options={PULL_POLICIES}
        emptyLabel="(Kubernetes default)"
      />
      <TextField path={[...path, 'scheduler_name']} label="scheduler_name" />
      <TextField
        path={[...path, 'server_replica_count']}
        label="server_replica_count"
        kind="integer"
      />
    </div>
  );
}

/** Every key of `container_context.k8s` (config-schema.md §10), each with its own editor. */
export function K8sSection({ path }: { readonly path: ConfigPath }) {
  // The style alone (a string): the section re-renders when it changes, not on every edit.
  const style = useFormSelector((data) =>
    detectK8sKeyStyle(readConfigPath(data.config, path), data.config),
  );
  const at = (key: string) => [...path, key];
  return (
    <div className="form-k8s">
      <K8sBasics path={path} />
      <EnvVarsEditor path={at('env_vars')} />
      <NameListEditor path={at('env_secrets')} label="env_secrets" />
      <NameListEditor path={at('env_config_maps')} label="env_config_maps" />
      <K8sEnvEditor path={at('env')} label="env" />
      <NameListEditor path={at('image_pull_secrets')} label="image_pull_secrets" objectItems />
      <KeyValueEditor path={at('labels')} label="labels" />
      <VolumesEditor path={at('volumes')} style={style} />
      <VolumeMountsEditor path={at('volume_mounts')} volumesPath={at('volumes')} style={style} />
      <ResourcesEditor path={at('resources')} label="resources" />
      <YamlField
        path={at('security_context')}
        label="security_context (YAML)"
        ariaLabel="security_context"
      />
      <GroupShell path={at('run_k8s_config')} title="run_k8s_config">
        <K8sConfigSection path={at('run_k8s_config')} target="run" fileStyle={style} />
      </GroupShell>
      <GroupShell path={at('server_k8s_config')} title="server_k8s_config">
        <K8sConfigSection path={at('server_k8s_config')} target="server" fileStyle={style} />
      </GroupShell>
    </div>
  );
}
