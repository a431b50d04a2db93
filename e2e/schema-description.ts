import { dagsterCloudYamlJsonSchema } from '../src/core/schema';

type SchemaNode = {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  description?: string;
};

/** The alternatives a node stands for: itself, or each branch of its `anyOf`, recursively. */
function alternatives(node: SchemaNode): SchemaNode[] {
  return node.anyOf ? [node, ...node.anyOf.flatMap(alternatives)] : [node];
}

/**
 * The description the exported JSON Schema gives a key, e.g.
 * `['locations', 0, 'container_context', 'k8s', 'namespace']`: what Monaco's hover must show.
 */
export function describeSchemaPath(path: readonly (string | number)[]): string {
  let nodes: SchemaNode[] = [dagsterCloudYamlJsonSchema() as SchemaNode];
  for (const segment of path) {
    nodes = nodes.flatMap(alternatives).flatMap((node) => {
      const next = typeof segment === 'number' ? node.items : node.properties?.[segment];
      return next ? [next] : [];
    });
  }
  const description = nodes.find((node) => node.description)?.description;
  if (!description) throw new Error(`The schema has no description at ${path.join('.')}`);
  return description;
}
