import { describe, expect, it } from 'vitest';
import { k8sContainerContextSchema } from './k8s-container-context';
import { K8S_CONTAINER_CONTEXT_KEYS } from './k8s-container-context-keys';

describe('K8S_CONTAINER_CONTEXT_KEYS', () => {
  it("is the container context schema's keys, in its order", () => {
    expect(K8S_CONTAINER_CONTEXT_KEYS).toEqual(Object.keys(k8sContainerContextSchema.shape));
  });
});
