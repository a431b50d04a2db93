import type { ConfigPath } from '../../core/source-range';
import { SelectField } from './controls/select-field';
import { useConfigValue } from './form-session';
import {
  ContainerConfigFragment,
  JobSpecFragment,
  MetadataFragment,
  PodSpecFragment,
  RawFragment,
} from './fragment-editors';
import { detectKeyStyle, type KeyStyle } from './model/key-style';

/**
 * `run_k8s_config` (the run Job and pod) or `server_k8s_config` (the code-server Deployment and
 * Service): `merge_behavior` and one section per fragment.
 */
export function K8sConfigSection(props: {
  readonly path: ConfigPath;
  readonly target: 'run' | 'server';
  readonly fileStyle: KeyStyle;
}) {
  const { path, target, fileStyle } = props;
  const value = useConfigValue(path);
  const key = target === 'run' ? 'run_k8s_config' : 'server_k8s_config';
  const style = detectKeyStyle([value], fileStyle);
  const fragment = (name: string) => ({ path: [...path, name], label: `${key}.${name}`, style });
  return (
    <div className="form-k8s-config">
      <SelectField
        path={[...path, 'merge_behavior']}
        label="merge_behavior"
        ariaLabel={`${key}.merge_behavior`}
        options={['DEEP', 'SHALLOW']}
        emptyLabel="(DEEP, the default)"
      />
      <ContainerConfigFragment {...fragment('container_config')} />
      <PodSpecFragment {...fragment('pod_spec_config')} />
      <MetadataFragment {...fragment('pod_template_spec_metadata')} />
      {target === 'run' ? (
        <>
          <MetadataFragment {...fragment('job_metadata')} />
          <JobSpecFragment {...fragment('job_spec_config')} />
          <RawFragment {...fragment('job_config')} model="V1Job" />
        </>
      ) : (
        <>
          <MetadataFragment {...fragment('deployment_metadata')} />
          <MetadataFragment {...fragment('service_metadata')} />
          <RawFragment {...fragment('service_spec_config')} model="V1ServiceSpec" />
        </>
      )}
    </div>
  );
}
