/**
 * What every bench module returns, and how the results become a table and bench/results.json.
 * A module that cannot measure (the feature does not exist yet) says so instead of a figure.
 */

export type Unit = 'ms' | 'KB' | 'MB' | 'count' | 'ratio';

export interface Figure {
  /** What was measured, as the table shows it. */
  label: string;
  unit: Unit;
  /** Paper Shelf's figure (a median unless the label says otherwise). */
  value: number;
  /** The same figure for the floor extension, when there is one. */
  floor?: number;
  /** The same figure with no extension at all, when it means something. */
  none?: number;
  /** value / floor, when both exist. */
  ratio?: number;
  /** The same figure for the floor chunked into frames (bench/annotation.ts), when measured. */
  chunkedFloor?: number;
  /** value / chunkedFloor. */
  chunkedFloorRatio?: number;
  /** The target from the issue, and whether this run met it. */
  target?: { text: string; met: boolean };
  /** Every run's value, for results.json. */
  samples?: number[];
  floorSamples?: number[];
  noneSamples?: number[];
  chunkedFloorSamples?: number[];
}

export interface Section {
  id: string;
  title: string;
  /** How it was measured, printed under the section. */
  method: string;
  /** Whose figures `value` holds, as the column's header: Paper Shelf's unless set. */
  valueColumn?: string;
  figures: Figure[];
  /** Set when the section could not be measured: why. */
  unavailable?: string;
}

export function unavailable(id: string, title: string, why: string): Section {
  return { id, title, method: '', figures: [], unavailable: why };
}

function formatValue(value: number | undefined, unit: Unit): string {
  // A ratio over a floor of 0 (no long task at all) says nothing: no "Infinity×".
  if (value === undefined || !Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  switch (unit) {
    case 'ms':
      return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
    case 'KB':
    case 'MB':
      return value.toFixed(1);
    case 'ratio':
      return `${value.toFixed(2)}×`;
    case 'count':
      return String(Math.round(value));
  }
}

/** The optional columns some figure of the section fills. */
function columnsOf(section: Section) {
  return {
    hasFloor: section.figures.some((f) => f.floor !== undefined),
    hasChunked: section.figures.some((f) => f.chunkedFloor !== undefined),
    hasNone: section.figures.some((f) => f.none !== undefined),
    hasTarget: section.figures.some((f) => f.target),
  };
}

function pad(text: string, width: number, alignRight: boolean): string {
  return alignRight ? text.padStart(width) : text.padEnd(width);
}

/** One plain-text table per section; columns that no figure uses are left out. */
export function formatSections(sections: readonly Section[]): string {
  const lines: string[] = [];
  for (const section of sections) {
    lines.push('', `== ${section.title}`);
    if (section.unavailable) {
      lines.push(`   ${section.unavailable}`);
      continue;
    }
    const { hasFloor, hasChunked, hasNone, hasTarget } = columnsOf(section);
    const header = ['', 'unit', section.valueColumn ?? 'Paper Shelf'];
    if (hasFloor) header.push('floor', 'ours/floor');
    if (hasChunked) header.push('chunked floor', 'ours/chunked');
    if (hasNone) header.push('no extension');
    if (hasTarget) header.push('target');
    const rows = section.figures.map((figure) => {
      const row = [figure.label, figure.unit === 'ratio' ? '' : figure.unit];
      row.push(formatValue(figure.value, figure.unit));
      if (hasFloor) {
        row.push(formatValue(figure.floor, figure.unit), formatValue(figure.ratio, 'ratio'));
      }
      if (hasChunked) {
        row.push(
          formatValue(figure.chunkedFloor, figure.unit),
          formatValue(figure.chunkedFloorRatio, 'ratio'),
        );
      }
      if (hasNone) row.push(formatValue(figure.none, figure.unit));
      if (hasTarget) {
        row.push(
          figure.target ? `${figure.target.met ? 'ok  ' : 'MISS'} ${figure.target.text}` : '',
        );
      }
      return row;
    });
    const widths = header.map((_, column) =>
      Math.max(header[column]?.length ?? 0, ...rows.map((row) => row[column]?.length ?? 0)),
    );
    const render = (row: string[]) =>
      row
        .map((cell, column) =>
          pad(cell, widths[column] ?? 0, column >= 2 && column < row.length - (hasTarget ? 1 : 0)),
        )
        .join('  ')
        .trimEnd();
    lines.push(`   ${render(header)}`);
    for (const row of rows) lines.push(`   ${render(row)}`);
    if (section.method) {
      for (const line of wrap(section.method, 96)) lines.push(`   · ${line}`);
    }
  }
  return lines.join('\n');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + word.length + 1 > width) {
        lines.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    if (line) lines.push(line);
  }
  return lines;
}

/** `value` against an upper bound. */
export function atMost(value: number, limit: number, text: string): { text: string; met: boolean } {
  return { text, met: value <= limit };
}

export interface BenchResults {
  date: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    os: string;
    chromium: string;
    node: string;
  };
  runs: number;
  sections: Section[];
}

/** The results as a Markdown section for the README: one table per measurement. */
export function formatMarkdown(results: BenchResults): string {
  const { machine } = results;
  const lines = [
    '## Performance',
    '',
    `Latest \`npm run bench\` (${results.runs} runs), ${results.date.slice(0, 10)}, on ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGb} GB, ${machine.os}, ${machine.chromium}, Node ${machine.node}. Medians; method in [bench/README.md](bench/README.md). The floor is an extension that only puts one plain shadow-root button on each card.`,
  ];
  for (const section of results.sections) {
    lines.push('', `**${section.title}**`, '');
    if (section.unavailable) {
      lines.push(`_${section.unavailable}_`);
      continue;
    }
    const { hasFloor, hasChunked, hasNone, hasTarget } = columnsOf(section);
    const header = ['', section.valueColumn ?? 'Paper Shelf'];
    if (hasFloor) header.push('floor', 'ours / floor');
    if (hasChunked) header.push('chunked floor', 'ours / chunked');
    if (hasNone) header.push('no extension');
    if (hasTarget) header.push('target');
    lines.push(
      `| ${header.join(' | ')} |`,
      `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    );
    for (const figure of section.figures) {
      const unit = figure.unit === 'count' || figure.unit === 'ratio' ? '' : ` ${figure.unit}`;
      const cell = (value: number | undefined) =>
        value === undefined || Number.isNaN(value)
          ? '—'
          : `${formatValue(value, figure.unit)}${unit}`;
      const row = [figure.label.trim(), cell(figure.value)];
      if (hasFloor) row.push(cell(figure.floor), formatValue(figure.ratio, 'ratio'));
      if (hasChunked) {
        row.push(cell(figure.chunkedFloor), formatValue(figure.chunkedFloorRatio, 'ratio'));
      }
      if (hasNone) row.push(cell(figure.none));
      if (hasTarget) {
        row.push(figure.target ? `${figure.target.text} ${figure.target.met ? '✅' : '❌'}` : '');
      }
      lines.push(`| ${row.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}
