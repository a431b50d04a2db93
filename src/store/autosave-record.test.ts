import { describe, expect, it } from 'vitest';
import {
  parseAutosaveRecord,
  serializeAutosaveRecord,
  type AutosaveRecord,
} from './autosave-record';

const RECORD: AutosaveRecord = {
  savedAt: 1_700_000_000_000,
  modified: true,
  state: {
    configText: 'locations:\r\n  - location_name: é # \u{1F680}\r\n',
    helmValuesText: '',
    runContext: {
      jobName: 'j',
      runId: 'r',
      tagText: 't: 1',
      opIsolation: true,
      executorConfigText: '',
      opName: 'op',
      opTagText: '',
      deploymentName: 'staging',
    },
    selectedLocation: 'é',
    tab: 'deployment',
  },
};

describe('autosave records', () => {
  it('round-trip exactly', () => {
    const raw = serializeAutosaveRecord(RECORD);
    expect(raw.startsWith('{"format":"k8s-config-studio.autosave","version":1,')).toBe(true);
    expect(parseAutosaveRecord(raw)).toEqual(RECORD);
  });

  it('round-trip a minimal state', () => {
    const minimal = { savedAt: 0, modified: false, state: { configText: '' } };
    expect(parseAutosaveRecord(serializeAutosaveRecord(minimal))).toEqual(minimal);
  });

  it('read a record saved before the deployment name was kept', () => {
    const { deploymentName, ...runContext } = RECORD.state.runContext!;
    expect(deploymentName).toBe('staging');
    const older = { ...RECORD, state: { ...RECORD.state, runContext } };
    expect(parseAutosaveRecord(serializeAutosaveRecord(older))).toEqual(older);
  });

  it('read nothing from a missing, damaged, foreign or future record', () => {
    const good = JSON.parse(serializeAutosaveRecord(RECORD)) as Record<string, unknown>;
    const variants: (string | null)[] = [
      null,
      '',
      '{',
      'null',
      '[]',
      JSON.stringify({ ...good, format: 'other' }),
      JSON.stringify({ ...good, version: 2 }),
      JSON.stringify({ ...good, savedAt: '1' }),
      JSON.stringify({ ...good, modified: 'yes' }),
      JSON.stringify({ ...good, state: { configText: 1 } }),
      JSON.stringify({ ...good, state: { configText: 'a', tab: 3 } }),
      JSON.stringify({ ...good, state: { configText: 'a', runContext: { opIsolation: true } } }),
      JSON.stringify({ ...good, state: { configText: 'a', runContext: 'x' } }),
      JSON.stringify({
        ...good,
        state: { configText: 'a', runContext: { ...RECORD.state.runContext, deploymentName: 5 } },
      }),
    ];
    expect(variants.map(parseAutosaveRecord)).toEqual(variants.map(() => null));
  });

  it('keep __proto__ as data and drop unknown fields', () => {
    const raw =
      '{"format":"k8s-config-studio.autosave","version":1,"savedAt":5,"modified":false,' +
      '"__proto__":{"polluted":true},"state":{"configText":"a","__proto__":{"x":1},"extra":2}}';
    expect(parseAutosaveRecord(raw)).toEqual({
      savedAt: 5,
      modified: false,
      state: { configText: 'a' },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
