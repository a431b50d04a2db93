import { normalizeK8sModelValue } from '../../k8s';
import type { FragmentName, JsonObject, MergedContainerContext, ValueOrigin } from '../merge/types';
import type { CodeServerLocation } from './grpc-env';
import { asMap } from './json';
import { toDagsterConfigError } from './model-errors';
import { buildServerPodSpec, fragmentCopy } from './server-pod';
import { PlacementRecorder } from './origins';
import { collectPlaceholderMarks, type PlaceholderId } from './placeholders';
import { buildCodeServerIdentity, type CodeServerIdentityInput } from './server-labels';
import type { ManifestMark, RenderedManifest, RenderResult } from './types';

/** Everything the agent's `construct_code_location_deployment`/`_service` read. */
export interface CodeServerInput extends Omit<CodeServerIdentityInput, 'locationName'> {
  /** The code-server chain's result (`S` = its fragments, namespace, replica count). */
  readonly context: MergedContainerContext;
  readonly location: CodeServerLocation;
  readonly locationImageOrigin?: ValueOrigin;
  /** `DAGSTER_CONTAINER_CONTEXT` (Python JSON of the raw location context); default `{}`. */
  readonly containerContextJson?: string;
  /** P6; default `<serialized InstanceRef JSON>`. */
  readonly instanceRef?: string;
  /** The agent's `DAGSTER_CLOUD_CODE_SERVER_PORT`, default 4000. */
  readonly port?: number;
  /** Helm `codeServerMetrics.enabled` → `--enable-metrics`. */
  readonly metricsEnabled?: boolean;
}

/** Dagster's text when a location has no image (`_check_for_image`, render-server.md §2). */
export const NO_IMAGE_MESSAGE =
  "Your agent's configuration requires you to specify an image. Use the `--image` flag when specifying your location to tell the agent which image to use to load your code.";

/** Metadata = fragment without labels + `name` + user labels then agent labels (agent wins). */
function buildServerMetadata(
  context: MergedContainerContext,
  fragment: FragmentName,
  target: readonly (string | number)[],
  recorder: PlacementRecorder,
  agentLabels: JsonObject,
  name: string | null,
): JsonObject {
  const metadata = fragmentCopy(context, fragment);
  const userLabels = asMap(metadata.labels);
  delete metadata.labels;
  if (name !== null) delete metadata.name;
  for (const key of Object.keys(metadata)) recorder.fromFragment([...target, key], [fragment, key]);
  for (const key of Object.keys(userLabels)) {
    if (!Object.hasOwn(agentLabels, key)) {
      recorder.fromFragment([...target, 'labels', key], [fragment, 'labels', key]);
    }
  }
  const labels = { ...userLabels, ...agentLabels };
  return name === null ? { ...metadata, labels } : { ...metadata, name, labels };
}

function finish(
  role: 'deployment' | 'service',
  model: string,
  body: JsonObject,
  input: CodeServerInput,
  recorder: PlacementRecorder,
  display: RenderedManifest['display'],
): RenderResult<RenderedManifest> {
  let normalized: JsonObject;
  try {
    normalized = normalizeK8sModelValue(model, body, { requireFields: true }) as JsonObject;
  } catch (error) {
    return { ok: false, error: toDagsterConfigError(error, 'code-server-start') };
  }
  const origins = recorder.resolve(normalized, input.context.origins);
  const active: PlaceholderId[] = [];
  if (input.nameSuffix === undefined) active.push('nameSuffix');
  if (input.agentId === undefined) active.push('agentId');
  if (input.serverTimestamp === undefined) active.push('serverTimestamp');
  if (input.instanceRef === undefined) active.push('instanceRef');
  const marks: ManifestMark[] = [
    ...Object.keys(display).map((key) =>
      key === 'namespace'
        ? { pointer: '/metadata/namespace', comment: 'display' }
        : { pointer: `/${key}`, comment: 'display' },
    ),
    ...collectPlaceholderMarks(normalized, origins, active),
  ];
  const namespace = input.context.namespace;
  return { ok: true, value: { role, body: normalized, namespace, display, origins, marks } };
}

function namespaceDisplay(body: JsonObject, namespace: string | null): { namespace?: string } {
  const metadata = asMap(body.metadata);
  return namespace && !Object.hasOwn(metadata, 'namespace') ? { namespace } : {};
}

/**
 * The code server's Deployment as agent 1.13.5 sends it (render-server.md §8–§11): no
 * `apiVersion`/`kind` in the body (display lines), the agent's labels over the user's, system
 * env first, `args` and `image` always the agent's, a readiness probe when replicas > 1.
 */
export function renderCodeServerDeployment(input: CodeServerInput): RenderResult<RenderedManifest> {
  if (!input.location.image) {
    const error = { kind: 'dagster-config-error', errorType: 'Exception' } as const;
    return {
      ok: false,
      error: { ...error, message: NO_IMAGE_MESSAGE, stage: 'code-server-start' },
    };
  }
  const port = input.port ?? 4000;
  const { resourceName, agentLabels } = buildCodeServerIdentity({
    ...input,
    locationName: input.location.locationName,
  });
  const recorder = new PlacementRecorder();
  const { context } = input;
  const metadata = buildServerMetadata(
    context,
    'deployment_metadata',
    ['metadata'],
    recorder,
    agentLabels,
    resourceName,
  );
  const podLabels = { ...agentLabels, 'user-deployment': resourceName };
  const podMetadata = buildServerMetadata(
    context,
    'pod_template_spec_metadata',
    ['spec', 'template', 'metadata'],
    recorder,
    podLabels,
    null,
  );
  const spec: JsonObject = { selector: { matchLabels: { 'user-deployment': resourceName } } };
  if (context.serverReplicaCount !== null) {
    spec.replicas = context.serverReplicaCount;
    if (context.serverReplicaCountOrigin) {
      recorder.fromOrigin(['spec', 'replicas'], context.serverReplicaCountOrigin);
    }
  }
  spec.template = { metadata: podMetadata, spec: buildServerPodSpec(input, recorder, port) };
  const body: JsonObject = { metadata, spec };
  const display = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    ...namespaceDisplay(body, context.namespace),
  };
  return finish('deployment', 'V1Deployment', body, input, recorder, display);
}

/**
 * The code server's Service (render-server.md §12): user `service_spec_config` with the agent's
 * `selector` and `ports` (`grpc`, TCP, the code-server port) always overwriting the user's.
 */
export function renderCodeServerService(input: CodeServerInput): RenderResult<RenderedManifest> {
  if (!input.location.image) {
    const error = { kind: 'dagster-config-error', errorType: 'Exception' } as const;
    return {
      ok: false,
      error: { ...error, message: NO_IMAGE_MESSAGE, stage: 'code-server-start' },
    };
  }
  const port = input.port ?? 4000;
  const { resourceName, agentLabels } = buildCodeServerIdentity({
    ...input,
    locationName: input.location.locationName,
  });
  const recorder = new PlacementRecorder();
  const metadata = buildServerMetadata(
    input.context,
    'service_metadata',
    ['metadata'],
    recorder,
    agentLabels,
    resourceName,
  );
  const specConfig = fragmentCopy(input.context, 'service_spec_config');
  delete specConfig.selector;
  delete specConfig.ports;
  for (const key of Object.keys(specConfig)) {
    recorder.fromFragment(['spec', key], ['service_spec_config', key]);
  }
  const spec: JsonObject = {
    ...specConfig,
    selector: { 'user-deployment': resourceName },
    ports: [{ name: 'grpc', protocol: 'TCP', port }],
  };
  const body: JsonObject = { apiVersion: 'v1', kind: 'Service', metadata, spec };
  return finish(
    'service',
    'V1Service',
    body,
    input,
    recorder,
    namespaceDisplay(body, input.context.namespace),
  );
}
