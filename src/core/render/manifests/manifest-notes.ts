import type { JsonObject, MergedContainerContext, MergeNote } from '../merge/types';
import { isValidLabelValue } from './labels';
import { findNearestOrigin } from './origins';
import { readPointer } from './placeholders';

function warn(context: MergedContainerContext, pointer: string | null, message: string): MergeNote {
  const origin = pointer === null ? undefined : findNearestOrigin(context.origins, pointer);
  return origin ? { severity: 'warning', message, origin } : { severity: 'warning', message };
}

function has(map: JsonObject, key: string): boolean {
  return Object.hasOwn(map, key);
}

/** Label values Kubernetes would refuse (run labels are sanitized, user labels are not). */
function invalidLabelNotes(
  context: MergedContainerContext,
  body: JsonObject,
  pointers: readonly string[],
  what: string,
): MergeNote[] {
  const notes: MergeNote[] = [];
  const seen = new Set<string>();
  for (const pointer of pointers) {
    const labels = readPointer(body, pointer);
    if (labels === null || typeof labels !== 'object') continue;
    for (const [key, value] of Object.entries(labels)) {
      if (typeof value !== 'string' || isValidLabelValue(value) || value.startsWith('<')) continue;
      if (seen.has(key)) continue;
      seen.add(key);
      notes.push(
        warn(
          context,
          null,
          `Label ${key}: "${value}" is not a valid Kubernetes label value ${what}; the API server rejects the object.`,
        ),
      );
    }
  }
  return notes;
}

function namespaceNotes(
  context: MergedContainerContext,
  fragments: readonly string[],
): MergeNote[] {
  const notes: MergeNote[] = [];
  for (const fragment of fragments) {
    const metadata = context.fragments[fragment as keyof typeof context.fragments];
    const namespace = metadata.namespace;
    if (typeof namespace === 'string' && namespace !== context.namespace) {
      notes.push(
        warn(
          context,
          `/${fragment}/namespace`,
          `${fragment}.namespace "${namespace}" differs from the namespace the object is created in ("${context.namespace ?? 'default'}"): the API server rejects the mismatch.`,
        ),
      );
    }
  }
  return notes;
}

/** render-run.md §14.5: what a run (or step) Job silently ignores or changes. */
export function collectRunJobNotes(
  context: MergedContainerContext,
  body: JsonObject,
  locationImage: string | null,
): MergeNote[] {
  const {
    container_config: cc,
    job_config: jobConfig,
    job_spec_config: jobSpec,
  } = context.fragments;
  const notes: MergeNote[] = [];
  if (has(cc, 'args')) {
    notes.push(
      warn(
        context,
        '/container_config/args',
        "container_config.args is ignored: Dagster always sets the run's args.",
      ),
    );
  }
  if (has(cc, 'image') && locationImage && cc.image !== locationImage) {
    notes.push(
      warn(
        context,
        '/container_config/image',
        `container_config.image replaces the location image ${locationImage} for runs.`,
      ),
    );
  }
  for (const key of Object.keys(jobConfig).filter((item) => item !== 'status')) {
    notes.push(
      warn(context, `/job_config/${key}`, `job_config.${key} is ignored: Dagster sets it.`),
    );
  }
  if (has(jobSpec, 'template')) {
    notes.push(
      warn(
        context,
        '/job_spec_config/template',
        'job_spec_config.template is ignored: Dagster builds the pod template.',
      ),
    );
  }
  notes.push(...namespaceNotes(context, ['job_metadata', 'pod_template_spec_metadata']));
  notes.push(
    ...invalidLabelNotes(
      context,
      body,
      ['/metadata/labels', '/spec/template/metadata/labels'],
      'on the Job',
    ),
  );
  return notes;
}

/** render-server.md §16.4: what a code server silently ignores or changes. */
export function collectCodeServerNotes(
  context: MergedContainerContext,
  body: JsonObject,
  agentNamespace: string,
  agentPodSecurityContextSet: boolean,
): MergeNote[] {
  const { container_config: cc, service_spec_config: serviceSpec } = context.fragments;
  const notes: MergeNote[] = [];
  for (const key of ['args', 'image']) {
    if (has(cc, key)) {
      notes.push(
        warn(
          context,
          `/container_config/${key}`,
          `container_config.${key} is ignored by code servers: the agent sets it.`,
        ),
      );
    }
  }
  if (has(cc, 'command')) {
    notes.push(
      warn(
        context,
        '/container_config/command',
        "container_config.command replaces the image's entrypoint; the agent's args (dagster api grpc …) still follow it.",
      ),
    );
  }
  for (const key of ['selector', 'ports']) {
    if (has(serviceSpec, key)) {
      notes.push(
        warn(
          context,
          `/service_spec_config/${key}`,
          `service_spec_config.${key} is ignored: the agent sets the Service's ${key}.`,
        ),
      );
    }
  }
  notes.push(
    ...namespaceNotes(context, [
      'deployment_metadata',
      'pod_template_spec_metadata',
      'service_metadata',
    ]),
  );
  if (context.namespace && context.namespace !== agentNamespace) {
    notes.push(
      warn(
        context,
        null,
        `The code server runs in namespace "${context.namespace}", not the agent's "${agentNamespace}": the agent needs RBAC there, and the token secret and service account must exist there.`,
      ),
    );
  }
  if (agentPodSecurityContextSet && !has(context.fragments.pod_spec_config, 'securityContext')) {
    notes.push(
      warn(
        context,
        null,
        'dagsterCloudAgent.podSecurityContext applies to the agent pod only; code servers get a pod securityContext only from serverK8sConfig.podSpecConfig or the location.',
      ),
    );
  }
  notes.push(
    ...invalidLabelNotes(
      context,
      body,
      ['/metadata/labels', '/spec/template/metadata/labels'],
      'on the code server',
    ),
  );
  return notes;
}
