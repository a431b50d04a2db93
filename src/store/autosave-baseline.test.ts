import { describe, expect, it } from 'vitest';
import type { ShareState } from '../core/share';
import { createWorkBaseline } from './autosave-baseline';

const RUN = {
  jobName: 'job',
  runId: 'r1',
  tagText: 'a: 1\n',
  opIsolation: false,
  executorConfigText: '',
  opName: '',
  opTagText: '',
};
const LOADED: ShareState = { configText: 'x: 1\n', helmValuesText: 'h: 1\n', runContext: RUN };

describe('createWorkBaseline', () => {
  it('counts the loaded state as saved, and any changed text as unsaved', () => {
    const baseline = createWorkBaseline(LOADED);
    expect(baseline.isUnsaved(LOADED)).toBe(false);
    expect(baseline.isUnsaved({ ...LOADED, configText: 'x: 2\n' })).toBe(true);
    expect(baseline.isUnsaved({ ...LOADED, helmValuesText: undefined })).toBe(true);
    expect(baseline.isUnsaved({ ...LOADED, runContext: { ...RUN, tagText: 'a: 2\n' } })).toBe(true);
  });

  it('ignores views: the selected location, the tab and the run names', () => {
    const baseline = createWorkBaseline(LOADED);
    const viewed = {
      ...LOADED,
      selectedLocation: 'b',
      tab: 'step',
      runContext: { ...RUN, jobName: 'other', opIsolation: true },
    };
    expect(baseline.isUnsaved(viewed)).toBe(false);
  });

  it('judges slots separately', () => {
    const baseline = createWorkBaseline(LOADED);
    const edited = { ...LOADED, helmValuesText: 'h: 2\n' };
    expect(baseline.isUnsaved(edited, ['config'])).toBe(false);
    expect(baseline.isUnsaved(edited, ['helmValues'])).toBe(true);
    baseline.mark(edited, ['helmValues']);
    expect(baseline.isUnsaved(edited)).toBe(false);
    const retyped = { ...edited, configText: 'x: 3\n' };
    baseline.mark(retyped, ['runTag']);
    expect(baseline.isUnsaved(retyped, ['config'])).toBe(true);
  });

  it('counts everything as unsaved without a baseline or after clear', () => {
    expect(createWorkBaseline(null).isUnsaved(LOADED)).toBe(true);
    const baseline = createWorkBaseline(LOADED);
    baseline.clear();
    expect(baseline.isUnsaved(LOADED, ['runTag'])).toBe(true);
  });
});
