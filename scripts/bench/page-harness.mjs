/**
 * Code the browser bench installs in the page before the app starts (page.addInitScript). It
 * timestamps, with the page's own clock (0 = navigation start):
 * - `marks.form`: the first frame after the form pane shows a control;
 * - `marks.editor`: the first frame after Monaco shows text lines (the editor is usable);
 * - `lastKey`: the latest keydown, so a latency runs from the key to the frame that shows it.
 *
 * `arm(watches)` starts watching, every frame, for each `[selector, text]` of `watches` to
 * appear in the selector's text (or an input's value there); `result()` then resolves to one
 * `{ frame, ready }` per watch, in ms from `lastKey`:
 * - `ready`: the frame's content is final — after every animation-frame callback (Monaco draws
 *   its lines in one), style and layout, just before paint. The check runs in a
 *   ResizeObserver callback, which the browser calls at that point of each frame (a probe
 *   element changes size every watched frame to make it fire).
 * - `frame`: the start of that frame (its first animation-frame callback).
 * Checking in an animation-frame callback instead (the harness of sessions 1–2) sees Monaco's
 * lines one frame late: its own callback, registered later, draws them after the check.
 */
export function installPageHarness() {
  const bench = { marks: {}, lastKey: 0, watches: [], done: null };
  window.__bench = bench;
  const afterFrame = (name) =>
    requestAnimationFrame(() => {
      bench.marks[name] ??= performance.now();
    });
  const observer = new MutationObserver(() => {
    if (!bench.marks.formSeen && document.querySelector('#pane-form input, #pane-form select')) {
      bench.marks.formSeen = true;
      afterFrame('form');
    }
    if (!bench.marks.editorSeen && document.querySelector('#pane-yaml .view-lines .view-line')) {
      bench.marks.editorSeen = true;
      afterFrame('editor');
    }
  });
  observer.observe(document, { subtree: true, childList: true });
  document.addEventListener('keydown', () => (bench.lastKey = performance.now()), true);

  function textOf(root) {
    let text = root.textContent ?? '';
    for (const field of root.querySelectorAll('input, textarea')) text += `\n${field.value}`;
    return text.replace(/\u00a0/g, ' ');
  }

  let probe = null;
  let frameStart = 0;
  let flip = false;
  const resizes = new ResizeObserver(() => {
    const now = performance.now();
    let pending = 0;
    for (const watch of bench.watches) {
      if (watch.ready !== undefined) continue;
      const root = document.querySelector(watch.selector);
      if (root && textOf(root).includes(watch.expected)) {
        watch.ready = now;
        watch.frame = frameStart;
      } else pending++;
    }
    if (pending === 0) bench.finish?.();
  });
  function tick() {
    if (bench.watches.every((watch) => watch.ready !== undefined)) return;
    frameStart = performance.now();
    flip = !flip;
    probe.style.width = flip ? '1px' : '2px';
    requestAnimationFrame(tick);
  }

  bench.arm = (watches) => {
    if (!probe) {
      probe = document.createElement('div');
      probe.setAttribute('aria-hidden', 'true');
      probe.style.cssText = 'position:fixed;left:0;top:0;height:1px;width:1px;visibility:hidden';
      document.documentElement.append(probe);
      resizes.observe(probe);
    }
    bench.watches = watches.map(([selector, expected]) => ({ selector, expected }));
    bench.done = new Promise((settle) => (bench.finish = settle));
    requestAnimationFrame(tick);
  };
  bench.result = async () => {
    await bench.done;
    return bench.watches.map((watch) => ({
      ready: watch.ready - bench.lastKey,
      frame: watch.frame - bench.lastKey,
    }));
  };
}
