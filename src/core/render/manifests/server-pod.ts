import type { FragmentName, JsonObject, MergedContainerContext } from '../merge/types';
import type { CodeServerInput } from './code-server';
import { buildGrpcServerArgs, buildGrpcServerEnv } from './grpc-env';
import { cloneJson } from './json';
import type { PlacementRecorder } from './origins';
import { PLACEHOLDERS } from './placeholders';

const MAIN = ['spec', 'template', 'spec', 'containers', 0] as const;

/** A fragment of the merged config, copied so the renderer can take keys out of it. */
export function fragmentCopy(context: MergedContainerContext, name: FragmentName): JsonObject {
  return cloneJson(context.fragments[name]);
}

/** Steps 3–5 of render-server.md §8: the main container and the pod spec around it. */
export function buildServerPodSpec(
  input: CodeServerInput,
  recorder: PlacementRecorder,
  port: number,
): JsonObject {
  const { context, location } = input;
  const container = fragmentCopy(context, 'container_config');
  const userEnv = Array.isArray(container.env) ? container.env : [];
  const userName = container.name;
  delete container.env;
  delete container.name;
  for (const key of Object.keys(container)) {
    if (key !== 'args' && key !== 'image') {
      recorder.fromFragment([...MAIN, key], ['container_config', key]);
    }
  }
  if (userName !== undefined)
    recorder.fromFragment([...MAIN, 'name'], ['container_config', 'name']);
  if (input.locationImageOrigin) recorder.fromOrigin([...MAIN, 'image'], input.locationImageOrigin);
  const systemEnv = buildGrpcServerEnv(location, {
    containerContextJson: input.containerContextJson ?? '{}',
    instanceRef: input.instanceRef ?? PLACEHOLDERS.instanceRef,
    port,
  });
  userEnv.forEach((_, i) => {
    recorder.fromFragment([...MAIN, 'env', systemEnv.length + i], ['container_config', 'env', i]);
  });
  const main: JsonObject = {
    ...container,
    args: buildGrpcServerArgs(location, input.metricsEnabled ?? false),
    name: userName === undefined ? 'dagster' : userName,
    image: location.image,
    env: [...systemEnv, ...userEnv],
  };
  if ((context.serverReplicaCount ?? 0) > 1 && !Object.hasOwn(main, 'readinessProbe')) {
    main.readinessProbe = { tcpSocket: { port } };
  }
  const podSpec = fragmentCopy(context, 'pod_spec_config');
  const sidecars = Array.isArray(podSpec.containers) ? podSpec.containers : [];
  delete podSpec.containers;
  for (const key of Object.keys(podSpec)) {
    recorder.fromFragment(['spec', 'template', 'spec', key], ['pod_spec_config', key]);
  }
  sidecars.forEach((_, i) => {
    recorder.fromFragment(
      ['spec', 'template', 'spec', 'containers', i + 1],
      ['pod_spec_config', 'containers', i],
    );
  });
  return { ...podSpec, containers: [main, ...sidecars] };
}
