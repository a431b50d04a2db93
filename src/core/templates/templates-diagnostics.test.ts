import { describe, expect, it } from 'vitest';
import { collectDiagnostics, collectHelmValuesDiagnostics } from '../diagnostics';
import { AGENT_HELM_VALUES_SNIPPET } from './agent-helm-values';
import { CONFIG_TEMPLATES } from './config-templates';

/** Errors and warnings only: info notes (e.g. "copied from the agent's environment") teach, they do not fault. */
function faultsOf(diagnostics: readonly { severity: string; message: string }[]): string[] {
  return diagnostics
    .filter((diagnostic) => diagnostic.severity !== 'info')
    .map((diagnostic) => `${diagnostic.severity}: ${diagnostic.message}`);
}

describe('templates in the editor', () => {
  it.each(CONFIG_TEMPLATES.map((template) => [template.id, template.text] as const))(
    '%s opens without errors or warnings',
    (_id, text) => {
      expect(faultsOf(collectDiagnostics(text))).toEqual([]);
    },
  );

  it('the agent Helm values snippet opens without errors or warnings', () => {
    expect(faultsOf(collectHelmValuesDiagnostics(AGENT_HELM_VALUES_SNIPPET))).toEqual([]);
  });
});
