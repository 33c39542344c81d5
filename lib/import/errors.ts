import type * as z from 'zod/mini';

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

/**
 * What a field's value must look like, where its type or pattern alone would not tell the user:
 * the fields of papers, tags and rules checked by a pattern, and the timestamps.
 */
const FIELD_FORMS: Readonly<Record<string, string>> = {
  savedAt: 'a number (milliseconds since 1970)',
  updatedAt: 'a number (milliseconds since 1970)',
  createdAt: 'a number (milliseconds since 1970)',
  color: 'a #rrggbb colour',
  published: 'a date as YYYY, YYYY-MM or YYYY-MM-DD',
  primaryCategory: 'an arXiv category such as cs.LG or hep-th',
};

/** zod's names of JSON types, as a backup's reader would say them. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

const formatCount = (count: number | bigint) => count.toLocaleString('en-US');

/** A value as an error quotes it: a string in quotes, anything else as JavaScript writes it. */
function quote(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** What a value the schema refused is: a number, boolean or null itself, other values by kind. */
function describeFound(value: unknown): string {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') {
    return quote(value);
  }
  if (Array.isArray(value)) return TYPE_NAMES.array as string;
  return TYPE_NAMES[typeof value] ?? typeof value;
}

/**
 * `(2,345 characters; at most 2,000)`, `(250; at most 200)`: the size of a string (in code points,
 * as zod measures it: an emoji is one character) or of a list, and the bound it breaks.
 */
function sizeAgainst(bound: string, value: unknown): string {
  if (typeof value === 'string') {
    return `(${formatCount(Array.from(value).length)} characters; ${bound})`;
  }
  return `(${formatCount((value as unknown[]).length)}; ${bound})`;
}

/**
 * A zod issue in words a user can act on (`expected one of "to-read", "reading", "read"`,
 * `too long (2,345 characters; at most 2,000)`): `zod/mini` ships no messages, so every issue
 * would say "Invalid input", and zod's English locale says "must match pattern /^#[0-9a-f]{6}$/i"
 * of a colour. It is the error map the importers give `safeParse`, so that a message a schema
 * gives its own check ("must be an http(s) URL") still wins; undefined leaves an issue this does
 * not know to zod.
 */
export function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  const field = issue.path?.findLast((key) => typeof key === 'string');
  const form = typeof field === 'string' ? FIELD_FORMS[field] : undefined;
  const { input } = issue;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return 'missing';
      // A number refused by a number's schema (1.5 or Infinity for a timestamp) is not a whole,
      // finite number: the type says that, the field's form would not.
      const expected = (typeof input !== 'number' && form) || TYPE_NAMES[issue.expected];
      return `expected ${expected ?? issue.expected}, got ${describeFound(input)}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${quote(issue.values[0])}`
        : `expected one of ${issue.values.map(quote).join(', ')}`;
    case 'invalid_format':
      return form && `expected ${form}`;
    case 'too_big': {
      const limit = formatCount(issue.maximum);
      const bound = issue.inclusive === false ? `must be less than ${limit}` : `at most ${limit}`;
      if (issue.origin === 'string') return `too long ${sizeAgainst(bound, input)}`;
      if (issue.origin === 'array') return `too many items ${sizeAgainst(bound, input)}`;
      return `too large (${quote(input)}; ${bound})`;
    }
    case 'too_small': {
      const limit = formatCount(issue.minimum);
      const bound = issue.inclusive === false ? `must be more than ${limit}` : `at least ${limit}`;
      if (input === '') return 'empty';
      if (issue.origin === 'string') return `too short ${sizeAgainst(bound, input)}`;
      if (issue.origin === 'array') return `too few items ${sizeAgainst(bound, input)}`;
      return `too small (${quote(input)}; ${bound})`;
    }
    default:
      return undefined;
  }
}
