import type { ConfigTemplate } from '../config-template';

export const AWS_IRSA_TEMPLATE: ConfigTemplate = {
  id: 'aws-irsa',
  title: 'AWS IAM role (IRSA service account)',
  description:
    'Runs and code servers use a service account bound to an AWS IAM role, so they get AWS credentials without keys.',
  text: `# dagster_cloud.yaml — AWS permissions through IAM roles for service accounts (IRSA).
# Create the service account in the location's namespace with the annotation
#   eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/analytics
# or leave service_account_name out to use the agent's account (serviceAccount.annotations
# in the agent's Helm values).
locations:
  - location_name: analytics
    code_source:
      package_name: analytics
    image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/analytics:latest
    container_context:
      k8s:
        namespace: dagster
        # Used by the code server pod and by every run pod of this location.
        service_account_name: analytics-irsa
        env_vars:
          - AWS_REGION=us-east-1
`,
};
