import { memo } from 'react';
import type { RenderInputsSnapshot, RenderInputsStore } from '../../store/render-inputs';
import { YamlTextarea } from './yaml-textarea';

function TextField(props: {
  id: string;
  label: string;
  value: string;
  placeholder?: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="pv-field pv-field-inline">
      <label htmlFor={props.id} className="pv-label">
        {props.label}
      </label>
      <input
        id={props.id}
        className="pv-input"
        value={props.value}
        placeholder={props.placeholder}
        spellCheck={false}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}

/**
 * The layers besides dagster_cloud.yaml: the agent's Helm values and the run context (job, run
 * id, the job's `dagster-k8s/config` tag, op isolation with executor config, op name and tag).
 */
export const LayersPanel = memo(function LayersPanel(props: {
  store: RenderInputsStore;
  snapshot: RenderInputsSnapshot;
}) {
  const { store, snapshot } = props;
  const { inputs, reveal } = snapshot;
  const revealFor = (document: keyof typeof inputs) =>
    reveal?.document === document ? reveal : null;
  return (
    <div className="pv-layers-body">
      <section className="pv-layer" aria-labelledby="pv-helm-title">
        <h3 id="pv-helm-title" className="pv-layer-title">
          Agent Helm values
        </h3>
        <YamlTextarea
          id="pv-helm-values"
          label="values.yaml (dagster-cloud-agent chart 1.8.13)"
          hint="What every code server and run inherits (workspace.*), as helm install -f values.yaml gets it."
          input={inputs['helm-values']}
          onChange={(text) => store.setText('helm-values', text)}
          reveal={revealFor('helm-values')}
          rows={12}
        />
      </section>
      <section className="pv-layer" aria-labelledby="pv-run-title">
        <h3 id="pv-run-title" className="pv-layer-title">
          Run context
        </h3>
        <div className="pv-field-row">
          <TextField
            id="pv-deployment"
            label="Deployment"
            value={snapshot.deploymentName}
            onChange={(deploymentName) => store.setRunContext({ deploymentName })}
          />
          <TextField
            id="pv-job-name"
            label="Job name"
            value={snapshot.jobName}
            onChange={(jobName) => store.setRunContext({ jobName })}
          />
          <TextField
            id="pv-run-id"
            label="Run id"
            value={snapshot.runId}
            placeholder="<run-id>"
            onChange={(runId) => store.setRunContext({ runId })}
          />
        </div>
        <YamlTextarea
          id="pv-run-tag"
          label="Job tag dagster-k8s/config (YAML)"
          hint='The value of tags={"dagster-k8s/config": {...}} on the job, written as YAML.'
          input={inputs['run-tag']}
          onChange={(text) => store.setText('run-tag', text)}
          reveal={revealFor('run-tag')}
          placeholder={'container_config:\n  resources:\n    limits:\n      memory: 4Gi'}
          rows={5}
        />
        <label className="pv-check-field">
          <input
            type="checkbox"
            checked={snapshot.opIsolation}
            onChange={(event) => store.setRunContext({ opIsolation: event.target.checked })}
          />
          Op isolation (k8s_job_executor: each op runs in its own step Job)
        </label>
        {snapshot.opIsolation && (
          <>
            <TextField
              id="pv-op-name"
              label="Op name"
              value={snapshot.opName}
              onChange={(opName) => store.setRunContext({ opName })}
            />
            <YamlTextarea
              id="pv-executor-config"
              label="Executor config (k8s_job_executor config:)"
              input={inputs['executor-config']}
              onChange={(text) => store.setText('executor-config', text)}
              reveal={revealFor('executor-config')}
              placeholder={
                'step_k8s_config:\n  container_config:\n    resources:\n      requests:\n        cpu: "1"'
              }
              rows={5}
            />
            <YamlTextarea
              id="pv-op-tag"
              label="Op tag dagster-k8s/config (YAML)"
              input={inputs['op-tag']}
              onChange={(text) => store.setText('op-tag', text)}
              reveal={revealFor('op-tag')}
              rows={4}
            />
          </>
        )}
      </section>
    </div>
  );
});
