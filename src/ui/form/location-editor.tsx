import { memo, type ReactNode } from 'react';
import type { ConfigPath } from '../../core/source-range';
import { TextField } from './controls/text-field';
import { CodeSourceField } from './code-source-field';
import { EnvVarsEditor } from './env-vars-editor';
import { useConfigValue } from './form-session';
import { K8sSection } from './k8s-section';
import { formatScalarForInput } from './model/config-read';
import { UnplacedLocationMessages } from './unplaced-messages';

function Section(props: { readonly title: string; readonly children: ReactNode }) {
  return (
    <section className="form-section" aria-label={props.title}>
      <h3 className="form-section-title">
        <code>{props.title}</code>
      </h3>
      {props.children}
    </section>
  );
}

/**
 * The fields of one location (`locations[i]`), or of the `defaults:` block (which has no
 * `location_name`, `code_source` or `attribute`).
 */
export const LocationEditor = memo(function LocationEditor(props: {
  readonly path: ConfigPath;
  readonly isDefaults: boolean;
}) {
  const { path, isDefaults } = props;
  const at = (...keys: string[]) => [...path, ...keys];
  const name = formatScalarForInput(useConfigValue(at('location_name'))) ?? '';
  return (
    <div className="form-location">
      <UnplacedLocationMessages path={path} isDefaults={isDefaults} />
      <Section title={isDefaults ? 'defaults' : 'location'}>
        <div className="form-grid">
          {isDefaults ? null : (
            <TextField path={at('location_name')} label="location_name" required />
          )}
          <TextField path={at('image')} label="image" placeholder="registry/repository:tag" />
          <TextField path={at('working_directory')} label="working_directory" />
          <TextField path={at('executable_path')} label="executable_path" />
          {isDefaults ? null : <TextField path={at('attribute')} label="attribute" />}
          <TextField path={at('agent_queue')} label="agent_queue" />
        </div>
        {isDefaults ? null : (
          <CodeSourceField path={at('code_source')} fallbackValue={name.replace(/-/g, '_')} />
        )}
      </Section>
      <Section title="build">
        <div className="form-grid">
          <TextField
            path={at('build', 'directory')}
            label="build.directory"
            ariaLabel="build directory"
            placeholder="."
          />
          <TextField
            path={at('build', 'registry')}
            label="build.registry"
            ariaLabel="build registry"
          />
        </div>
      </Section>
      <Section title="container_context">
        <EnvVarsEditor
          path={at('container_context', 'env_vars')}
          label="container_context.env_vars"
        />
      </Section>
      <Section title="container_context.k8s">
        <K8sSection path={at('container_context', 'k8s')} />
      </Section>
    </div>
  );
});
