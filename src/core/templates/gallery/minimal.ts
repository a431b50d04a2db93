import type { ConfigTemplate } from '../config-template';

export const MINIMAL_TEMPLATE: ConfigTemplate = {
  id: 'minimal',
  title: 'Minimal',
  description: 'One code location with its code source and image, and nothing else.',
  text: `# dagster_cloud.yaml — the smallest location a Dagster+ Kubernetes agent can serve.
locations:
  - location_name: my-project
    # Where the code server finds your Definitions: exactly one of package_name,
    # module_name, python_file or autoload_defs_module_name.
    code_source:
      package_name: my_project
    # The Kubernetes agent needs an image for the code server and for every run.
    image: ghcr.io/my-org/my-project:latest
`,
};
