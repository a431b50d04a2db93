/**
 * Formats `npm run bench` results as plain-text tables: each figure a median with its
 * interquartile range, `median [p25–p75]`, in ms unless stated.
 */

const ms = (value) =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);

/** `12.3 [11.0–14.1]` for a summary (median and quartiles). */
export function formatSummary(summary) {
  if (!summary) return '—';
  return `${ms(summary.median)} [${ms(summary.p25)}–${ms(summary.p75)}]`;
}

export function formatPercentiles(summary) {
  if (!summary) return '—';
  return `${ms(summary.median)} / ${ms(summary.p95)}`;
}

const formatSample = (value) => (value === undefined ? '—' : ms(value));

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Pads columns to a table with a header rule. */
export function formatTable(header, rows) {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => String(row[column]).length)),
  );
  const line = (cells) =>
    cells.map((cell, column) => String(cell).padEnd(widths[column])).join('  ');
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

const ratio = (a, b) => (a && b ? `${(a.median / b.median).toFixed(1)}x` : '—');

/** Part 1: one row per size, CPU time (wall time in the JSON). */
export function formatCore(core) {
  return formatTable(
    [
      'locations',
      'KB',
      'parseDocument',
      'check, whole',
      'check, chunked',
      'x parseDoc',
      'load (check+1 render)',
      'render all, chunked',
      'render all, whole',
    ],
    core.map((row) => [
      row.locations,
      (row.bytes / 1024).toFixed(1),
      formatSummary(row.parseDocument.cpu),
      formatSummary(row.wholeCheck.cpu),
      formatSummary(row.chunkedCheck.cpu),
      ratio(row.chunkedCheck.cpu, row.parseDocument.cpu),
      formatSummary(row.chunkedLoad.cpu),
      formatSummary(row.chunkedRenderAll.cpu),
      formatSummary(row.wholeRenderAll?.cpu),
    ]),
  );
}

export function formatKeystrokes(rows) {
  return formatTable(
    [
      'locations',
      'incremental cpu p50 / p95',
      'wall p50 / p95',
      'whole-text cpu p50 / p95',
      'chunked',
    ],
    rows.map((row) => [
      row.locations,
      formatPercentiles(row.incremental.cpu),
      formatPercentiles(row.incremental.wall),
      formatPercentiles(row.whole?.cpu),
      `${Math.round(row.chunkedShare * 100)}%`,
    ]),
  );
}

export function formatPreviewKeystrokes(rows) {
  return formatTable(
    ['locations', 'analysis p50 / p95', 'render + checks p50 / p95', 'total p50 / p95'],
    rows.map((row) => [
      row.locations,
      formatPercentiles(row.analysis),
      formatPercentiles(row.render),
      formatPercentiles(row.total),
    ]),
  );
}

export function formatBrowser(browser, summarize) {
  const rows = [];
  rows.push([
    'first paint of the form (ms from navigation)',
    formatSummary(summarize(browser.load.form)),
    '',
  ]);
  rows.push([
    'interactive editor (ms from navigation)',
    formatSummary(summarize(browser.load.editor)),
    '',
  ]);
  for (const [locations, editing] of Object.entries(browser.editing)) {
    const { keystrokes, formEdits, floor, firstKeystroke, firstFormEdit, busyPerKeystroke } =
      editing;
    const pick = (list, key) =>
      list?.length > 0 ? summarize(list.map((item) => item[key])) : undefined;
    rows.push([
      `keystroke -> preview, ${locations} locations (p50 / p95)`,
      formatPercentiles(pick(keystrokes, 'frame')),
      formatPercentiles(pick(keystrokes, 'wall')),
      formatPercentiles(pick(keystrokes, 'echo')),
      formatPercentiles(pick(keystrokes, 'cpu')),
    ]);
    rows.push([
      `form edit -> YAML, ${locations} locations (p50 / p95)`,
      formatPercentiles(pick(formEdits, 'frame')),
      formatPercentiles(pick(formEdits, 'wall')),
      '',
      formatPercentiles(pick(formEdits, 'cpu')),
    ]);
    rows.push([
      `main-thread CPU per keystroke with the work it leaves for later, ${locations} locations`,
      '',
      '',
      '',
      `${formatSample(busyPerKeystroke?.app)} (bare input ${formatSample(busyPerKeystroke?.floor)})`,
    ]);
    rows.push([
      `first keystroke and first form edit after load (cold), ${locations} locations`,
      `${formatSample(firstKeystroke?.frame)} and ${formatSample(firstFormEdit?.frame)}`,
      `${formatSample(firstKeystroke?.wall)} and ${formatSample(firstFormEdit?.wall)}`,
      '',
      `${formatSample(firstKeystroke?.cpu)} and ${formatSample(firstFormEdit?.cpu)}`,
    ]);
    rows.push([
      `floor: key -> a bare input, same page, ${locations} locations (p50 / p95)`,
      formatPercentiles(pick(floor, 'frame')),
      formatPercentiles(pick(floor, 'wall')),
      '',
      formatPercentiles(pick(floor, 'cpu')),
    ]);
  }
  return formatTable(
    ['', 'frame start, ms', 'ready to paint, ms', 'editor echo, ms', 'main-thread CPU ms'],
    rows.map((row) => (row.length === 3 ? [row[0], '', row[1], '', row[2]] : row)),
  );
}

export function formatBundle(bundle) {
  return formatTable(
    ['part', 'gzip'],
    [
      [
        'JS before the editor is needed',
        `${kb(bundle.beforeEditor)} (${bundle.beforeEditorFiles.join(', ')})`,
      ],
      ['Monaco chunk', `${kb(bundle.monaco)} (${bundle.monacoFile})`],
      ['other lazy chunks', kb(bundle.otherLazy)],
      ['workers', `${kb(bundle.workers)} (${bundle.workerFiles.join('; ')})`],
      ['total JS', kb(bundle.total)],
    ],
  );
}

export function formatShare(rows) {
  const table = formatTable(
    ['file', 'bytes', 'ours', 'lz-string', 'base64', 'ours <= lz'],
    rows.map((row) => [
      row.file,
      row.bytes,
      row.ours,
      row.lzString,
      row.base64,
      row.ours <= row.lzString ? 'yes' : 'NO',
    ]),
  );
  const longer = rows.filter((row) => row.ours > row.lzString).length;
  const total = (key) => rows.reduce((sum, row) => sum + row[key], 0);
  return `${table}\nall ${rows.length} files: ours ${total('ours')}, lz-string ${total('lzString')}, base64 ${total('base64')} characters; ours longer than lz-string for ${longer}`;
}
