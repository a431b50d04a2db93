// Generated from dagsterCloudConfigSchema by buildFieldHelpTree (field-help-build.ts); do not edit.
// Regenerate: write JSON.stringify(buildFieldHelpTree(dagsterCloudConfigSchema)) here (from a
// scratch test) and run prettier; field-help-data.test.ts fails until it equals the schema.
import type { FieldHelpNode } from './field-help-tree';

/** The field descriptions of dagster_cloud.yaml (see field-help-tree.ts). */
export const DAGSTER_CLOUD_FIELD_HELP: FieldHelpNode = {
  d: 'Dagster+ code locations and how the Kubernetes agent runs them (also build.yaml and its legacy names).',
  s: [
    {
      keys: {
        locations: {
          d: 'The code locations of this deployment, as a list (required; may be empty). Each location_name must be unique.\nExample: `locations:\n  - location_name: analytics\n    code_source: {package_name: analytics}`',
          s: [
            {
              item: {
                d: 'One code location: where its code lives, the image that runs it and its container settings.\nExample: `- location_name: analytics\n  code_source: {package_name: analytics}\n  image: ghcr.io/acme/analytics:1.0`',
                s: [
                  {
                    keys: {
                      location_name: {
                        d: 'Name of the code location (required, unique). Kubernetes names and the `location_name` label of the code server are derived from it.\nExample: `location_name: analytics`',
                      },
                      code_source: {
                        d: 'Where the code server finds your Dagster definitions: exactly one of package_name, module_name, python_file or autoload_defs_module_name. Required by Dagster+.\nApplies to: the code server only (its Deployment and Service).\nExample: `code_source: {package_name: my_project}`',
                        s: [
                          {
                            keys: {
                              package_name: {
                                d: 'Load definitions from this installed Python package (its top-level `defs`). Code-server env DAGSTER_CLI_API_GRPC_PACKAGE_NAME.\nExample: `package_name: my_project`',
                              },
                              module_name: {
                                d: 'Load definitions from this Python module. Code-server env DAGSTER_CLI_API_GRPC_MODULE_NAME.\nExample: `module_name: my_project.definitions`',
                              },
                              python_file: {
                                d: 'Load definitions from this Python file, relative to working_directory. Code-server env DAGSTER_CLI_API_GRPC_PYTHON_FILE.\nExample: `python_file: definitions.py`',
                              },
                              autoload_defs_module_name: {
                                d: 'Load definitions by autoloading this module (newest dagster-cloud CLI only). Code-server env DAGSTER_CLI_API_GRPC_AUTOLOAD_DEFS_MODULE_NAME.\nExample: `autoload_defs_module_name: my_project.defs`',
                              },
                            },
                          },
                        ],
                      },
                      build: {
                        d: 'How CI builds the image. Used by `dagster-cloud ci` only; removed before the location reaches the agent.\nExample: `build: {directory: ., registry: ghcr.io/acme/my-project}`',
                        s: [
                          {
                            keys: {
                              directory: {
                                d: 'Docker build context for `dagster-cloud ci build`, relative to the repository root. Default `.`.\nExample: `directory: ./my_project`',
                              },
                              registry: {
                                d: 'Image repository the CI pushes to; the image becomes `<registry>:<tag>`.\nExample: `registry: 123456789012.dkr.ecr.us-east-1.amazonaws.com/my-project`',
                              },
                            },
                          },
                        ],
                      },
                      working_directory: {
                        d: 'Directory the code server loads your code from (env DAGSTER_CLI_API_GRPC_WORKING_DIRECTORY).\nExample: `working_directory: /opt/dagster/app`',
                      },
                      image: {
                        d: 'Container image of the code server and, unless a container_config.image overrides it, of every run. The Kubernetes agent refuses a location without one (CI sets it from build.registry).\nApplies to: both the code server and every run.\nExample: `image: ghcr.io/acme/my-project:1.4.0`',
                      },
                      executable_path: {
                        d: 'Python executable the code server runs: its args become [<executable_path>, -m, dagster, api, grpc].\nExample: `executable_path: /opt/venv/bin/python`',
                      },
                      container_context: {
                        d: 'Platform-specific settings for the code server and runs of this location: `k8s` for the Kubernetes agent, plus env_vars shared by every agent type. `dagster-cloud ci check` does not look inside; the agent does, at deploy and launch time.\nApplies to: both the code server and every run.\nExample: `container_context: {k8s: {env_secrets: [my-secret]}}`',
                        s: [
                          {
                            keys: {
                              env_vars: {
                                d: 'Environment variables shared by every platform (Kubernetes, Docker, ECS): "KEY=VALUE", or "KEY" to copy the value from the agent\'s environment. Added before k8s.env_vars. Not in the Dagster+ location schema, but applied by the agent.\nApplies to: both the code server and every run.\nExample: `env_vars: ["DAGSTER_ENV=prod"]`',
                                s: [{ item: {} }],
                              },
                              k8s: {
                                d: "Kubernetes settings for this location's code server and runs (Kubernetes agent).\nApplies to: both the code server and every run.\nExample: `k8s: {namespace: data-eng, env_secrets: [warehouse]}`",
                                s: [
                                  {
                                    keys: {
                                      namespace: {
                                        d: "Kubernetes namespace for this location's code server and runs; defaults to the agent's namespace. The agent needs RBAC, the token secret and the service account there.\nApplies to: both the code server and every run.\nExample: `namespace: data-eng`",
                                        s: [
                                          {
                                            keys: {
                                              env: {
                                                d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                              },
                                            },
                                          },
                                        ],
                                      },
                                      server_replica_count: {
                                        d: 'Number of code-server pods (Deployment spec.replicas). Runs are not affected.\nApplies to: the code server only (its Deployment and Service).\nExample: `server_replica_count: 2`',
                                      },
                                      image_pull_policy: {
                                        d: 'Container imagePullPolicy: Always, IfNotPresent or Never. Dagster does not check the value; Kubernetes rejects anything else.\nApplies to: both the code server and every run.\nExample: `image_pull_policy: IfNotPresent`',
                                        s: [
                                          {
                                            keys: {
                                              env: {
                                                d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                              },
                                            },
                                          },
                                        ],
                                      },
                                      image_pull_secrets: {
                                        d: 'Secrets used to pull the image, each exactly `{name}`; added to the pod imagePullSecrets.\nApplies to: both the code server and every run.\nExample: `image_pull_secrets: [{name: regcred}]`',
                                        s: [
                                          {
                                            item: {
                                              s: [
                                                {
                                                  keys: {
                                                    name: {
                                                      d: 'Name of a docker-registry Secret in the target namespace.\nExample: `name: regcred`',
                                                      s: [
                                                        {
                                                          keys: {
                                                            env: {
                                                              d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                                            },
                                                          },
                                                        },
                                                      ],
                                                    },
                                                  },
                                                },
                                              ],
                                            },
                                          },
                                        ],
                                      },
                                      service_account_name: {
                                        d: 'Kubernetes ServiceAccount the pods run as (e.g. for AWS IAM roles via IRSA).\nApplies to: both the code server and every run.\nExample: `service_account_name: dagster-runs`',
                                        s: [
                                          {
                                            keys: {
                                              env: {
                                                d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                              },
                                            },
                                          },
                                        ],
                                      },
                                      env_config_maps: {
                                        d: 'ConfigMap names whose keys all become environment variables (envFrom configMapRef).\nApplies to: both the code server and every run.\nExample: `env_config_maps: [app-settings]`',
                                        s: [
                                          {
                                            item: {
                                              s: [
                                                {
                                                  keys: {
                                                    env: {
                                                      d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                                    },
                                                  },
                                                },
                                              ],
                                            },
                                          },
                                        ],
                                      },
                                      env_secrets: {
                                        d: 'Secret names whose keys all become environment variables (envFrom secretRef). The Secrets must exist in the namespace.\nApplies to: both the code server and every run.\nExample: `env_secrets: [warehouse-credentials]`',
                                        s: [
                                          {
                                            item: {
                                              s: [
                                                {
                                                  keys: {
                                                    env: {
                                                      d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                                    },
                                                  },
                                                },
                                              ],
                                            },
                                          },
                                        ],
                                      },
                                      env_vars: {
                                        d: 'Environment variables as "KEY=VALUE", or "KEY" alone to copy the value from the agent\'s own environment (the launch fails if the agent lacks it).\nApplies to: both the code server and every run.\nExample: `env_vars: ["LOG_LEVEL=debug", "SNOWFLAKE_ACCOUNT"]`',
                                        s: [{ item: {} }],
                                      },
                                      volume_mounts: {
                                        d: 'Kubernetes VolumeMounts added to the main container (snake_case or camelCase keys).\nApplies to: both the code server and every run.\nExample: `volume_mounts: [{name: config, mount_path: /etc/config}]`',
                                        s: [
                                          {
                                            item: {
                                              s: [
                                                {
                                                  keys: {
                                                    name: {
                                                      d: 'Name of the volume to mount; must match a `volumes` entry (here or in the agent Helm values).\nExample: `name: config`',
                                                      s: [
                                                        {
                                                          keys: {
                                                            env: {
                                                              d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                                            },
                                                          },
                                                        },
                                                      ],
                                                    },
                                                    mount_path: {
                                                      d: 'Path inside the container where the volume appears (camelCase `mountPath` also works).\nExample: `mount_path: /etc/config`',
                                                      s: [
                                                        {
                                                          keys: {
                                                            env: {
                                                              d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                                            },
                                                          },
                                                        },
                                                      ],
                                                    },
                                                    mount_propagation: {
                                                      d: 'Kubernetes mount propagation mode (None, HostToContainer, Bidirectional).\nExample: `mount_propagation: HostToContainer`',
                                                      s: [
                                                        {
                                                          keys: {
                                                            env: {
                                                              d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                                            },
                                                          },
                                                        },
                                                      ],
                                                    },
                                                    read_only: {
                                                      d: 'Mount the volume read-only.\nExample: `read_only: true`',
                                                      s: [
                                                        {
                                                          keys: {
                                                            env: {
                                                              d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                                            },
                                                          },
                                                        },
                                                      ],
                                                    },
                                                    sub_path: {
                                                      d: 'Mount only this path inside the volume.\nExample: `sub_path: app.ini`',
                                                      s: [
                                                        {
                                                          keys: {
                                                            env: {
                                                              d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                                            },
                                                          },
                                                        },
                                                      ],
                                                    },
                                                    sub_path_expr: {
                                                      d: 'Like sub_path, with $(VAR) references expanded from the container env.\nExample: `sub_path_expr: $(POD_NAME)`',
                                                      s: [
                                                        {
                                                          keys: {
                                                            env: {
                                                              d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                                            },
                                                          },
                                                        },
                                                      ],
                                                    },
                                                  },
                                                },
                                              ],
                                            },
                                          },
                                        ],
                                      },
                                      volumes: {
                                        d: 'Kubernetes Volumes of any source type added to the pod (snake_case or camelCase keys).\nApplies to: both the code server and every run.\nExample: `volumes: [{name: config, config_map: {name: app-config}}]`',
                                        s: [
                                          {
                                            item: {
                                              s: [
                                                {
                                                  keys: {
                                                    name: {
                                                      d: 'Volume name, referenced by volume_mounts.\nExample: `name: config`',
                                                    },
                                                  },
                                                },
                                              ],
                                            },
                                          },
                                        ],
                                      },
                                      labels: {
                                        d: 'Labels added to the Job, Deployment, Service and their pods. Quote values such as "true" or "1": they are sent as strings.\nApplies to: both the code server and every run.\nExample: `labels: {team: data}`',
                                        s: [{ value: {} }],
                                      },
                                      resources: {
                                        d: 'Container resource requests and limits. Top-level resources apply to the code server AND every run; set them under run_k8s_config or server_k8s_config to size each separately.\nApplies to: both the code server and every run.\nExample: `resources: {requests: {cpu: 250m, memory: 512Mi}, limits: {memory: 1Gi}}`',
                                        s: [
                                          {
                                            keys: {
                                              limits: {
                                                d: 'Maximum resources per container, e.g. cpu and memory quantities.\nExample: `limits: {cpu: "1", memory: 2Gi}`',
                                                s: [{ value: {} }],
                                              },
                                              requests: {
                                                d: 'Resources the scheduler reserves for the container.\nExample: `requests: {cpu: 250m, memory: 512Mi}`',
                                                s: [{ value: {} }],
                                              },
                                            },
                                          },
                                        ],
                                      },
                                      scheduler_name: {
                                        d: 'Custom Kubernetes scheduler for the pods.\nApplies to: both the code server and every run.\nExample: `scheduler_name: my-scheduler`',
                                        s: [
                                          {
                                            keys: {
                                              env: {
                                                d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                              },
                                            },
                                          },
                                        ],
                                      },
                                      security_context: {
                                        d: "The CONTAINER's securityContext (V1SecurityContext). Pod-level settings such as fsGroup go in pod_spec_config.security_context.\nApplies to: both the code server and every run.\nExample: `security_context: {run_as_user: 1001, allow_privilege_escalation: false}`",
                                        s: [{ value: {} }],
                                      },
                                      env: {
                                        d: 'Raw Kubernetes EnvVars (value_from/valueFrom allowed), added after env_vars. Not in the Dagster+ location schema, but applied by the agent.\nApplies to: both the code server and every run.\nExample: `env: [{name: DB_PASSWORD, value_from: {secret_key_ref: {name: db, key: password}}}]`',
                                        s: [
                                          {
                                            item: {
                                              s: [
                                                {
                                                  keys: {
                                                    name: {
                                                      d: 'Environment variable name.\nExample: `name: DB_PASSWORD`',
                                                    },
                                                  },
                                                },
                                              ],
                                            },
                                          },
                                        ],
                                      },
                                      run_k8s_config: {
                                        d: 'Raw Kubernetes config for the run worker Job and pod only, merged on top of the top-level k8s fields.\nApplies to: runs only (the run worker Job and its pod).\nExample: `run_k8s_config: {container_config: {resources: {limits: {memory: 4Gi}}}}`',
                                        s: [
                                          {
                                            keys: {
                                              container_config: {
                                                d: 'Raw Kubernetes Container (V1Container) fields merged into the main container, snake_case or camelCase. Dagster always overwrites `args`.\nApplies to: runs only (the run worker Job and its pod).\nExample: `container_config: {resources: {limits: {cpu: 500m, memory: 1Gi}}}`',
                                                s: [{ keys: {} }],
                                              },
                                              pod_template_spec_metadata: {
                                                d: 'Raw Kubernetes ObjectMeta (V1ObjectMeta) merged into the pod template\'s metadata: pod labels and annotations.\nApplies to: runs only (the run worker Job and its pod).\nExample: `pod_template_spec_metadata: {annotations: {cluster-autoscaler.kubernetes.io/safe-to-evict: "false"}}`',
                                                s: [{ keys: {} }],
                                              },
                                              pod_spec_config: {
                                                d: 'Raw Kubernetes PodSpec (V1PodSpec) fields merged into the pod spec: node selectors, tolerations, affinity, volumes, the pod-level security context\u2026\nApplies to: runs only (the run worker Job and its pod).\nExample: `pod_spec_config: {node_selector: {disktype: ssd}}`',
                                                s: [{ keys: {} }],
                                              },
                                              job_config: {
                                                d: 'Raw Kubernetes Job (V1Job) merged under the run Job with the lowest precedence; only keys other than apiVersion, kind, metadata and spec survive (in practice `status`). You usually want job_spec_config or job_metadata instead.\nApplies to: runs only (the run worker Job and its pod).\nExample: `job_config: {}`',
                                                s: [{ keys: {} }],
                                              },
                                              job_metadata: {
                                                d: "Raw Kubernetes ObjectMeta (V1ObjectMeta) merged into the run Job's own metadata (labels, annotations).\nApplies to: runs only (the run worker Job and its pod).\nExample: `job_metadata: {labels: {team: data}}`",
                                                s: [{ keys: {} }],
                                              },
                                              job_spec_config: {
                                                d: "Raw Kubernetes JobSpec (V1JobSpec) merged into the run Job's spec, e.g. how long finished Jobs are kept or how often they are retried.\nApplies to: runs only (the run worker Job and its pod).\nExample: `job_spec_config: {ttl_seconds_after_finished: 7200}`",
                                                s: [{ keys: {} }],
                                              },
                                              merge_behavior: {
                                                d: 'How this run config is merged onto the config below it: DEEP (default) merges maps key by key and appends list items, SHALLOW replaces each top-level field of a fragment. A sibling of the fragments, never inside one.\nApplies to: runs only (the run worker Job and its pod).\nExample: `merge_behavior: SHALLOW`',
                                              },
                                            },
                                          },
                                        ],
                                      },
                                      server_k8s_config: {
                                        d: 'Raw Kubernetes config for the code-server Deployment, pod and Service only, merged on top of the top-level k8s fields.\nApplies to: the code server only (its Deployment and Service).\nExample: `server_k8s_config: {container_config: {resources: {requests: {memory: 1Gi}}}}`',
                                        s: [
                                          {
                                            keys: {
                                              container_config: {
                                                d: 'Raw Kubernetes Container (V1Container) fields merged into the main container, snake_case or camelCase. Dagster always overwrites `args`.\nApplies to: the code server only (its Deployment and Service).\nExample: `container_config: {resources: {limits: {cpu: 500m, memory: 1Gi}}}`',
                                                s: [{ keys: {} }],
                                              },
                                              pod_spec_config: {
                                                d: 'Raw Kubernetes PodSpec (V1PodSpec) fields merged into the pod spec: node selectors, tolerations, affinity, volumes, the pod-level security context\u2026\nApplies to: the code server only (its Deployment and Service).\nExample: `pod_spec_config: {node_selector: {disktype: ssd}}`',
                                                s: [{ keys: {} }],
                                              },
                                              pod_template_spec_metadata: {
                                                d: 'Raw Kubernetes ObjectMeta (V1ObjectMeta) merged into the pod template\'s metadata: pod labels and annotations.\nApplies to: the code server only (its Deployment and Service).\nExample: `pod_template_spec_metadata: {annotations: {cluster-autoscaler.kubernetes.io/safe-to-evict: "false"}}`',
                                                s: [{ keys: {} }],
                                              },
                                              deployment_metadata: {
                                                d: "Raw Kubernetes ObjectMeta (V1ObjectMeta) merged into the code-server Deployment's own metadata.\nApplies to: the code server only (its Deployment and Service).\nExample: `deployment_metadata: {annotations: {owner: data-platform}}`",
                                                s: [{ keys: {} }],
                                              },
                                              service_metadata: {
                                                d: "Raw Kubernetes ObjectMeta (V1ObjectMeta) merged into the code-server Service's metadata.\nApplies to: the code server only (its Deployment and Service).\nExample: `service_metadata: {annotations: {owner: data-platform}}`",
                                                s: [{ keys: {} }],
                                              },
                                              service_spec_config: {
                                                d: "Raw Kubernetes ServiceSpec (V1ServiceSpec) merged into the code-server Service's spec (dagster-k8s since March 2026; not settable from Helm chart 1.8.13).\nApplies to: the code server only (its Deployment and Service).\nExample: `service_spec_config: {session_affinity: ClientIP}`",
                                                s: [{ keys: {} }],
                                              },
                                              merge_behavior: {
                                                d: 'How this server config is merged onto the config below it: DEEP (default) merges maps key by key and appends list items, SHALLOW replaces each top-level field of a fragment. A sibling of the fragments, never inside one.\nApplies to: the code server only (its Deployment and Service).\nExample: `merge_behavior: SHALLOW`',
                                              },
                                            },
                                          },
                                        ],
                                      },
                                    },
                                  },
                                ],
                              },
                              docker: {
                                d: 'Docker agent settings (networks, env_vars, container_kwargs). Not checked by this editor.\nExample: `docker: {networks: [dagster]}`',
                              },
                              ecs: {
                                d: 'Amazon ECS agent settings (secrets, task roles, resources\u2026). Not checked by this editor.\nExample: `ecs: {task_role_arn: arn:aws:iam::123456789012:role/dagster}`',
                              },
                            },
                          },
                        ],
                      },
                      agent_queue: {
                        d: 'Agent queue that serves this location; only agents listing it in dagsterCloud.agentQueues pick it up.\nExample: `agent_queue: gpu-agents`',
                      },
                      attribute: {
                        d: 'Name of the Definitions (or repository) attribute to load from the code source (env DAGSTER_CLI_API_GRPC_ATTRIBUTE).\nExample: `attribute: defs`',
                      },
                    },
                  },
                ],
              },
            },
          ],
        },
        defaults: {
          d: 'Values merged into every location by `dagster-cloud ci template` (a location value wins; some lists merge by name). Not allowed here: location_name, code_source, attribute.\nExample: `defaults: {container_context: {k8s: {namespace: data-eng}}}`',
          s: [
            {
              keys: {
                build: {
                  d: 'How CI builds the image. Used by `dagster-cloud ci` only; removed before the location reaches the agent.\nExample: `build: {directory: ., registry: ghcr.io/acme/my-project}`',
                  s: [
                    {
                      keys: {
                        directory: {
                          d: 'Docker build context for `dagster-cloud ci build`, relative to the repository root. Default `.`.\nExample: `directory: ./my_project`',
                        },
                        registry: {
                          d: 'Image repository the CI pushes to; the image becomes `<registry>:<tag>`.\nExample: `registry: 123456789012.dkr.ecr.us-east-1.amazonaws.com/my-project`',
                        },
                      },
                    },
                  ],
                },
                working_directory: {
                  d: 'Directory the code server loads your code from (env DAGSTER_CLI_API_GRPC_WORKING_DIRECTORY).\nExample: `working_directory: /opt/dagster/app`',
                },
                image: {
                  d: 'Container image of the code server and, unless a container_config.image overrides it, of every run. The Kubernetes agent refuses a location without one (CI sets it from build.registry).\nApplies to: both the code server and every run.\nExample: `image: ghcr.io/acme/my-project:1.4.0`',
                },
                executable_path: {
                  d: 'Python executable the code server runs: its args become [<executable_path>, -m, dagster, api, grpc].\nExample: `executable_path: /opt/venv/bin/python`',
                },
                container_context: {
                  d: 'Platform-specific settings for the code server and runs of this location: `k8s` for the Kubernetes agent, plus env_vars shared by every agent type. `dagster-cloud ci check` does not look inside; the agent does, at deploy and launch time.\nApplies to: both the code server and every run.\nExample: `container_context: {k8s: {env_secrets: [my-secret]}}`',
                  s: [
                    {
                      keys: {
                        env_vars: {
                          d: 'Environment variables shared by every platform (Kubernetes, Docker, ECS): "KEY=VALUE", or "KEY" to copy the value from the agent\'s environment. Added before k8s.env_vars. Not in the Dagster+ location schema, but applied by the agent.\nApplies to: both the code server and every run.\nExample: `env_vars: ["DAGSTER_ENV=prod"]`',
                          s: [{ item: {} }],
                        },
                        k8s: {
                          d: "Kubernetes settings for this location's code server and runs (Kubernetes agent).\nApplies to: both the code server and every run.\nExample: `k8s: {namespace: data-eng, env_secrets: [warehouse]}`",
                          s: [
                            {
                              keys: {
                                namespace: {
                                  d: "Kubernetes namespace for this location's code server and runs; defaults to the agent's namespace. The agent needs RBAC, the token secret and the service account there.\nApplies to: both the code server and every run.\nExample: `namespace: data-eng`",
                                  s: [
                                    {
                                      keys: {
                                        env: {
                                          d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                        },
                                      },
                                    },
                                  ],
                                },
                                server_replica_count: {
                                  d: 'Number of code-server pods (Deployment spec.replicas). Runs are not affected.\nApplies to: the code server only (its Deployment and Service).\nExample: `server_replica_count: 2`',
                                },
                                image_pull_policy: {
                                  d: 'Container imagePullPolicy: Always, IfNotPresent or Never. Dagster does not check the value; Kubernetes rejects anything else.\nApplies to: both the code server and every run.\nExample: `image_pull_policy: IfNotPresent`',
                                  s: [
                                    {
                                      keys: {
                                        env: {
                                          d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                        },
                                      },
                                    },
                                  ],
                                },
                                image_pull_secrets: {
                                  d: 'Secrets used to pull the image, each exactly `{name}`; added to the pod imagePullSecrets.\nApplies to: both the code server and every run.\nExample: `image_pull_secrets: [{name: regcred}]`',
                                  s: [
                                    {
                                      item: {
                                        s: [
                                          {
                                            keys: {
                                              name: {
                                                d: 'Name of a docker-registry Secret in the target namespace.\nExample: `name: regcred`',
                                                s: [
                                                  {
                                                    keys: {
                                                      env: {
                                                        d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                                      },
                                                    },
                                                  },
                                                ],
                                              },
                                            },
                                          },
                                        ],
                                      },
                                    },
                                  ],
                                },
                                service_account_name: {
                                  d: 'Kubernetes ServiceAccount the pods run as (e.g. for AWS IAM roles via IRSA).\nApplies to: both the code server and every run.\nExample: `service_account_name: dagster-runs`',
                                  s: [
                                    {
                                      keys: {
                                        env: {
                                          d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                        },
                                      },
                                    },
                                  ],
                                },
                                env_config_maps: {
                                  d: 'ConfigMap names whose keys all become environment variables (envFrom configMapRef).\nApplies to: both the code server and every run.\nExample: `env_config_maps: [app-settings]`',
                                  s: [
                                    {
                                      item: {
                                        s: [
                                          {
                                            keys: {
                                              env: {
                                                d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                              },
                                            },
                                          },
                                        ],
                                      },
                                    },
                                  ],
                                },
                                env_secrets: {
                                  d: 'Secret names whose keys all become environment variables (envFrom secretRef). The Secrets must exist in the namespace.\nApplies to: both the code server and every run.\nExample: `env_secrets: [warehouse-credentials]`',
                                  s: [
                                    {
                                      item: {
                                        s: [
                                          {
                                            keys: {
                                              env: {
                                                d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                              },
                                            },
                                          },
                                        ],
                                      },
                                    },
                                  ],
                                },
                                env_vars: {
                                  d: 'Environment variables as "KEY=VALUE", or "KEY" alone to copy the value from the agent\'s own environment (the launch fails if the agent lacks it).\nApplies to: both the code server and every run.\nExample: `env_vars: ["LOG_LEVEL=debug", "SNOWFLAKE_ACCOUNT"]`',
                                  s: [{ item: {} }],
                                },
                                volume_mounts: {
                                  d: 'Kubernetes VolumeMounts added to the main container (snake_case or camelCase keys).\nApplies to: both the code server and every run.\nExample: `volume_mounts: [{name: config, mount_path: /etc/config}]`',
                                  s: [
                                    {
                                      item: {
                                        s: [
                                          {
                                            keys: {
                                              name: {
                                                d: 'Name of the volume to mount; must match a `volumes` entry (here or in the agent Helm values).\nExample: `name: config`',
                                                s: [
                                                  {
                                                    keys: {
                                                      env: {
                                                        d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                                      },
                                                    },
                                                  },
                                                ],
                                              },
                                              mount_path: {
                                                d: 'Path inside the container where the volume appears (camelCase `mountPath` also works).\nExample: `mount_path: /etc/config`',
                                                s: [
                                                  {
                                                    keys: {
                                                      env: {
                                                        d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                                      },
                                                    },
                                                  },
                                                ],
                                              },
                                              mount_propagation: {
                                                d: 'Kubernetes mount propagation mode (None, HostToContainer, Bidirectional).\nExample: `mount_propagation: HostToContainer`',
                                                s: [
                                                  {
                                                    keys: {
                                                      env: {
                                                        d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                                      },
                                                    },
                                                  },
                                                ],
                                              },
                                              read_only: {
                                                d: 'Mount the volume read-only.\nExample: `read_only: true`',
                                                s: [
                                                  {
                                                    keys: {
                                                      env: {
                                                        d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                                      },
                                                    },
                                                  },
                                                ],
                                              },
                                              sub_path: {
                                                d: 'Mount only this path inside the volume.\nExample: `sub_path: app.ini`',
                                                s: [
                                                  {
                                                    keys: {
                                                      env: {
                                                        d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                                      },
                                                    },
                                                  },
                                                ],
                                              },
                                              sub_path_expr: {
                                                d: 'Like sub_path, with $(VAR) references expanded from the container env.\nExample: `sub_path_expr: $(POD_NAME)`',
                                                s: [
                                                  {
                                                    keys: {
                                                      env: {
                                                        d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                                      },
                                                    },
                                                  },
                                                ],
                                              },
                                            },
                                          },
                                        ],
                                      },
                                    },
                                  ],
                                },
                                volumes: {
                                  d: 'Kubernetes Volumes of any source type added to the pod (snake_case or camelCase keys).\nApplies to: both the code server and every run.\nExample: `volumes: [{name: config, config_map: {name: app-config}}]`',
                                  s: [
                                    {
                                      item: {
                                        s: [
                                          {
                                            keys: {
                                              name: {
                                                d: 'Volume name, referenced by volume_mounts.\nExample: `name: config`',
                                              },
                                            },
                                          },
                                        ],
                                      },
                                    },
                                  ],
                                },
                                labels: {
                                  d: 'Labels added to the Job, Deployment, Service and their pods. Quote values such as "true" or "1": they are sent as strings.\nApplies to: both the code server and every run.\nExample: `labels: {team: data}`',
                                  s: [{ value: {} }],
                                },
                                resources: {
                                  d: 'Container resource requests and limits. Top-level resources apply to the code server AND every run; set them under run_k8s_config or server_k8s_config to size each separately.\nApplies to: both the code server and every run.\nExample: `resources: {requests: {cpu: 250m, memory: 512Mi}, limits: {memory: 1Gi}}`',
                                  s: [
                                    {
                                      keys: {
                                        limits: {
                                          d: 'Maximum resources per container, e.g. cpu and memory quantities.\nExample: `limits: {cpu: "1", memory: 2Gi}`',
                                          s: [{ value: {} }],
                                        },
                                        requests: {
                                          d: 'Resources the scheduler reserves for the container.\nExample: `requests: {cpu: 250m, memory: 512Mi}`',
                                          s: [{ value: {} }],
                                        },
                                      },
                                    },
                                  ],
                                },
                                scheduler_name: {
                                  d: 'Custom Kubernetes scheduler for the pods.\nApplies to: both the code server and every run.\nExample: `scheduler_name: my-scheduler`',
                                  s: [
                                    {
                                      keys: {
                                        env: {
                                          d: 'Name of an environment variable of the Dagster+ agent whose value is used here. Example: `{env: RUN_NAMESPACE}`',
                                        },
                                      },
                                    },
                                  ],
                                },
                                security_context: {
                                  d: "The CONTAINER's securityContext (V1SecurityContext). Pod-level settings such as fsGroup go in pod_spec_config.security_context.\nApplies to: both the code server and every run.\nExample: `security_context: {run_as_user: 1001, allow_privilege_escalation: false}`",
                                  s: [{ value: {} }],
                                },
                                env: {
                                  d: 'Raw Kubernetes EnvVars (value_from/valueFrom allowed), added after env_vars. Not in the Dagster+ location schema, but applied by the agent.\nApplies to: both the code server and every run.\nExample: `env: [{name: DB_PASSWORD, value_from: {secret_key_ref: {name: db, key: password}}}]`',
                                  s: [
                                    {
                                      item: {
                                        s: [
                                          {
                                            keys: {
                                              name: {
                                                d: 'Environment variable name.\nExample: `name: DB_PASSWORD`',
                                              },
                                            },
                                          },
                                        ],
                                      },
                                    },
                                  ],
                                },
                                run_k8s_config: {
                                  d: 'Raw Kubernetes config for the run worker Job and pod only, merged on top of the top-level k8s fields.\nApplies to: runs only (the run worker Job and its pod).\nExample: `run_k8s_config: {container_config: {resources: {limits: {memory: 4Gi}}}}`',
                                  s: [
                                    {
                                      keys: {
                                        container_config: {
                                          d: 'Raw Kubernetes Container (V1Container) fields merged into the main container, snake_case or camelCase. Dagster always overwrites `args`.\nApplies to: runs only (the run worker Job and its pod).\nExample: `container_config: {resources: {limits: {cpu: 500m, memory: 1Gi}}}`',
                                          s: [{ keys: {} }],
                                        },
                                        pod_template_spec_metadata: {
                                          d: 'Raw Kubernetes ObjectMeta (V1ObjectMeta) merged into the pod template\'s metadata: pod labels and annotations.\nApplies to: runs only (the run worker Job and its pod).\nExample: `pod_template_spec_metadata: {annotations: {cluster-autoscaler.kubernetes.io/safe-to-evict: "false"}}`',
                                          s: [{ keys: {} }],
                                        },
                                        pod_spec_config: {
                                          d: 'Raw Kubernetes PodSpec (V1PodSpec) fields merged into the pod spec: node selectors, tolerations, affinity, volumes, the pod-level security context\u2026\nApplies to: runs only (the run worker Job and its pod).\nExample: `pod_spec_config: {node_selector: {disktype: ssd}}`',
                                          s: [{ keys: {} }],
                                        },
                                        job_config: {
                                          d: 'Raw Kubernetes Job (V1Job) merged under the run Job with the lowest precedence; only keys other than apiVersion, kind, metadata and spec survive (in practice `status`). You usually want job_spec_config or job_metadata instead.\nApplies to: runs only (the run worker Job and its pod).\nExample: `job_config: {}`',
                                          s: [{ keys: {} }],
                                        },
                                        job_metadata: {
                                          d: "Raw Kubernetes ObjectMeta (V1ObjectMeta) merged into the run Job's own metadata (labels, annotations).\nApplies to: runs only (the run worker Job and its pod).\nExample: `job_metadata: {labels: {team: data}}`",
                                          s: [{ keys: {} }],
                                        },
                                        job_spec_config: {
                                          d: "Raw Kubernetes JobSpec (V1JobSpec) merged into the run Job's spec, e.g. how long finished Jobs are kept or how often they are retried.\nApplies to: runs only (the run worker Job and its pod).\nExample: `job_spec_config: {ttl_seconds_after_finished: 7200}`",
                                          s: [{ keys: {} }],
                                        },
                                        merge_behavior: {
                                          d: 'How this run config is merged onto the config below it: DEEP (default) merges maps key by key and appends list items, SHALLOW replaces each top-level field of a fragment. A sibling of the fragments, never inside one.\nApplies to: runs only (the run worker Job and its pod).\nExample: `merge_behavior: SHALLOW`',
                                        },
                                      },
                                    },
                                  ],
                                },
                                server_k8s_config: {
                                  d: 'Raw Kubernetes config for the code-server Deployment, pod and Service only, merged on top of the top-level k8s fields.\nApplies to: the code server only (its Deployment and Service).\nExample: `server_k8s_config: {container_config: {resources: {requests: {memory: 1Gi}}}}`',
                                  s: [
                                    {
                                      keys: {
                                        container_config: {
                                          d: 'Raw Kubernetes Container (V1Container) fields merged into the main container, snake_case or camelCase. Dagster always overwrites `args`.\nApplies to: the code server only (its Deployment and Service).\nExample: `container_config: {resources: {limits: {cpu: 500m, memory: 1Gi}}}`',
                                          s: [{ keys: {} }],
                                        },
                                        pod_spec_config: {
                                          d: 'Raw Kubernetes PodSpec (V1PodSpec) fields merged into the pod spec: node selectors, tolerations, affinity, volumes, the pod-level security context\u2026\nApplies to: the code server only (its Deployment and Service).\nExample: `pod_spec_config: {node_selector: {disktype: ssd}}`',
                                          s: [{ keys: {} }],
                                        },
                                        pod_template_spec_metadata: {
                                          d: 'Raw Kubernetes ObjectMeta (V1ObjectMeta) merged into the pod template\'s metadata: pod labels and annotations.\nApplies to: the code server only (its Deployment and Service).\nExample: `pod_template_spec_metadata: {annotations: {cluster-autoscaler.kubernetes.io/safe-to-evict: "false"}}`',
                                          s: [{ keys: {} }],
                                        },
                                        deployment_metadata: {
                                          d: "Raw Kubernetes ObjectMeta (V1ObjectMeta) merged into the code-server Deployment's own metadata.\nApplies to: the code server only (its Deployment and Service).\nExample: `deployment_metadata: {annotations: {owner: data-platform}}`",
                                          s: [{ keys: {} }],
                                        },
                                        service_metadata: {
                                          d: "Raw Kubernetes ObjectMeta (V1ObjectMeta) merged into the code-server Service's metadata.\nApplies to: the code server only (its Deployment and Service).\nExample: `service_metadata: {annotations: {owner: data-platform}}`",
                                          s: [{ keys: {} }],
                                        },
                                        service_spec_config: {
                                          d: "Raw Kubernetes ServiceSpec (V1ServiceSpec) merged into the code-server Service's spec (dagster-k8s since March 2026; not settable from Helm chart 1.8.13).\nApplies to: the code server only (its Deployment and Service).\nExample: `service_spec_config: {session_affinity: ClientIP}`",
                                          s: [{ keys: {} }],
                                        },
                                        merge_behavior: {
                                          d: 'How this server config is merged onto the config below it: DEEP (default) merges maps key by key and appends list items, SHALLOW replaces each top-level field of a fragment. A sibling of the fragments, never inside one.\nApplies to: the code server only (its Deployment and Service).\nExample: `merge_behavior: SHALLOW`',
                                        },
                                      },
                                    },
                                  ],
                                },
                              },
                            },
                          ],
                        },
                        docker: {
                          d: 'Docker agent settings (networks, env_vars, container_kwargs). Not checked by this editor.\nExample: `docker: {networks: [dagster]}`',
                        },
                        ecs: {
                          d: 'Amazon ECS agent settings (secrets, task roles, resources\u2026). Not checked by this editor.\nExample: `ecs: {task_role_arn: arn:aws:iam::123456789012:role/dagster}`',
                        },
                      },
                    },
                  ],
                },
                agent_queue: {
                  d: 'Agent queue that serves this location; only agents listing it in dagsterCloud.agentQueues pick it up.\nExample: `agent_queue: gpu-agents`',
                },
              },
            },
          ],
        },
      },
    },
  ],
};
