/** The one error every importer throws: it says where (line, entry) and what (field) is wrong. */
export interface ImportErrorLocation {
  /** 1-based line of the file. */
  line?: number;
  /** The entry at fault: a BibTeX key, `papers[3] (arxiv:2403.01234)`, an RIS record's title. */
  entry?: string;
  field?: string;
}

export class ImportError extends Error {
  override name = 'ImportError';
  readonly line?: number;
  readonly entry?: string;
  readonly field?: string;
  /** The problem alone, without the location. */
  readonly problem: string;

  constructor(problem: string, location: ImportErrorLocation = {}) {
    super(describe(problem, location));
    this.problem = problem;
    this.line = location.line;
    this.entry = location.entry;
    this.field = location.field;
  }
}

function describe(problem: string, { line, entry, field }: ImportErrorLocation): string {
  const where = [
    line !== undefined && `line ${line}`,
    entry && `entry ${entry}`,
    field && `field "${field}"`,
  ].filter(Boolean);
  if (where.length === 0) return problem;
  const text = where.join(', ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}: ${problem}`;
}

/** Line numbers of character offsets in `text` (1-based), by binary search over line starts. */
export function lineLocator(text: string): (offset: number) => number {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}
