/**
 * BibTeX and biblatex files as Zotero, Better BibTeX, JabRef, Mendeley, Google Scholar, arXiv
 * and publishers write them: `@string` macros and `#` concatenation, `{...}` and `"..."` values,
 * `(...)` entry delimiters, `@comment` and `@preamble`, month macros, LaTeX accents and commands.
 *
 * Braces are counted as BibTeX counts them (escaped or not), so a file BibTeX itself would read
 * wrongly is refused here too, with the line where things went wrong. An undefined @string macro
 * is not such a fault (BibTeX only warns): its name stands for its text.
 */
import { MONTH_NAMES, monthOfName, yearMonth } from '../paper/months';
import { arxivIdFrom, canonicalId } from '../paper/paper-id';
import { ARXIV_CATEGORY, type Paper, PREPRINT_VENUE, type VenueType } from '../paper/schemas';
import { ImportError, lineLocator } from './errors';
import {
  arxivIdMentionedIn,
  collectRecords,
  type FileFieldNames,
  type ImportedVenue,
  importedPaper,
  importedVenue,
  proceedingsOfChapter,
  type VenueCandidate,
} from './imported-paper';
import { decodeLatex } from './latex';
import type { ImportWarning, ParsedImport, SkippedEntry } from './types';

interface RawField {
  /** The value as written, macros expanded, concatenations joined, outer delimiters removed. */
  value: string;
  line: number;
}

interface RawEntry {
  type: string;
  key: string;
  line: number;
  fields: Map<string, RawField>;
}

const IDENTIFIER = /[^\s"#%'(),={}]+/y;

/** How a field starts in an entry: `title = {`, `title = "`, `year = 2024`. */
const FIELD_START = /[\w-]+\s*=\s*["{\d]/.source;

/** A line that starts a field. */
const FIELD_ON_A_LINE = new RegExp(`\\n\\s*${FIELD_START}`);

/** Lines further into a value that start a field or an entry: the value swallowed them. */
const SWALLOWED_FIELD_OR_ENTRY = new RegExp(`\\n\\s*${FIELD_START}|\\n@[a-zA-Z]+\\s*[{(]`);

/** Where an entry (or @string, @preamble) ended, for the check of the text after it. */
interface EntryEnd {
  offset: number;
  close: string;
  /** The entry's key, and the field whose value the entry closed right after, if it did. */
  entry: { key?: string; field?: string };
}

class BibtexReader {
  private position = 0;
  private readonly lineOf: (offset: number) => number;
  /** @string macros by lower-cased name; BibTeX predefines the months. */
  private readonly macros = new Map(
    MONTH_NAMES.map((name) => [name.slice(0, 3), name[0]?.toUpperCase() + name.slice(1)]),
  );
  private entry: { key?: string; field?: string } = {};
  private lastEntryEnd: EntryEnd | undefined;
  /** Macros used but never defined, by lower-cased name: where first used, and how often. */
  private readonly undefinedMacros = new Map<
    string,
    { name: string; line: number; uses: number }
  >();

  constructor(private readonly text: string) {
    this.lineOf = lineLocator(text);
  }

  private fail(problem: string, offset = this.position): never {
    const { key, field } = this.entry;
    throw new ImportError(problem, {
      line: this.lineOf(offset),
      ...(key && { entry: key }),
      ...(field && { field }),
    });
  }

  private skipSpace(): void {
    while (/\s/.test(this.text[this.position] ?? '')) this.position++;
  }

  private peek(): string | undefined {
    return this.text[this.position];
  }

  private expect(char: string, what: string): void {
    this.skipSpace();
    if (this.peek() !== char) {
      const found = this.peek() === undefined ? 'the end of the file' : `"${this.peek()}"`;
      this.fail(`expected ${what}, found ${found}`);
    }
    this.position++;
  }

  private readIdentifier(): string {
    IDENTIFIER.lastIndex = this.position;
    const match = IDENTIFIER.exec(this.text);
    if (!match) return '';
    this.position += match[0].length;
    return match[0];
  }

  readEntries(): RawEntry[] {
    const entries: RawEntry[] = [];
    for (;;) {
      const at = this.text.indexOf('@', this.position);
      if (at === -1) {
        this.refuseRestOfEntry(this.text.length);
        return entries;
      }
      this.position = at + 1;
      const type = this.readIdentifier().toLowerCase();
      // BibTeX skips an "@" that starts no entry (an e-mail address in free text).
      if (!/^[a-z]+$/.test(type)) continue;
      this.refuseRestOfEntry(at);
      this.entry = {};
      this.skipSpace();
      const open = this.peek();
      if (open !== '{' && open !== '(') this.fail(`expected "{" after @${type}`);
      this.position++;
      const close = open === '{' ? '}' : ')';
      // Text after a @comment is a comment too, whatever it holds.
      if (type === 'comment') {
        this.skipComment(close, at);
        continue;
      }
      if (type === 'preamble') this.readPreamble(close);
      else if (type === 'string') this.readMacro(close);
      else entries.push(this.readEntry(type, close, at));
      this.lastEntryEnd = { offset: this.position, close, entry: this.entry };
    }
  }

  /**
   * Refuses the text from the end of the last entry up to `end` when it is what is left of that
   * entry. BibTeX ends an entry at its first closing delimiter and skips any text up to the next
   * entry as a comment, so one "}" too many in a value (`title = {A}} B},\n author = ...`) quietly
   * cuts the entry short. The sign is text on the rest of the line the entry closed on: files do
   * hold comments between entries, on lines of their own (JabRef's `%` lines, prose, an entry
   * switched off by deleting its "@", a stray "}" line), and a "," or ";" after an entry.
   */
  private refuseRestOfEntry(end: number): void {
    const last = this.lastEntryEnd;
    this.lastEntryEnd = undefined;
    if (!last) return;
    // `%` comments (JabRef's header, a note after an entry) as biber and JabRef read them, up to
    // the end of the line; blanked rather than removed, so that offsets still give lines.
    const text = this.text
      .slice(last.offset, end)
      .replace(/(?<!\\)%.*/g, (comment) => ' '.repeat(comment.length));
    const restOfLine = text.split('\n', 1)[0]?.trim() ?? '';
    // `title = {T}},` and the next lines go on with fields: the comma says more was meant.
    const fieldsGoOn =
      restOfLine === ',' && last.entry.field !== undefined && FIELD_ON_A_LINE.test(text);
    if ((restOfLine === '' || restOfLine === ',' || restOfLine === ';') && !fieldsGoOn) return;
    const start = last.offset + text.search(/\S/);
    const [firstLine = '', ...otherLines] = this.text.slice(start, end).split(/\r?\n/);
    const shown = firstLine.slice(0, 40).trimEnd();
    const more = shown.length < firstLine.trim().length || otherLines.join('').trim() !== '';
    this.entry = last.entry;
    this.fail(
      `text after the entry's closing "${last.close}" ("${shown}${more ? ' …' : ''}"): ` +
        `a "${last.close}" too many${last.entry.field ? ' in this field' : ''}?`,
      start,
    );
  }

  private skipComment(close: string, start: number): void {
    const open = close === '}' ? '{' : '(';
    let depth = 1;
    for (; this.position < this.text.length; this.position++) {
      const char = this.text[this.position];
      if (char === open) depth++;
      else if (char === close && --depth === 0) {
        this.position++;
        return;
      }
    }
    this.fail('this @comment is never closed', start);
  }

  private readPreamble(close: string): void {
    this.entry = { key: '@preamble' };
    this.readValue();
    this.expect(close, `"${close}" to close the @preamble`);
  }

  private readMacro(close: string): void {
    this.skipSpace();
    const name = this.readIdentifier();
    if (!name) this.fail('expected a name after @string');
    this.entry = { key: `@string ${name}` };
    this.expect('=', `"=" after the @string name`);
    this.macros.set(name.toLowerCase(), this.readValue());
    this.expect(close, `"${close}" to close the @string`);
  }

  private readEntry(type: string, close: string, start: number): RawEntry {
    this.skipSpace();
    const keyMatch = /[^\s,{}()]*/y;
    keyMatch.lastIndex = this.position;
    const key = keyMatch.exec(this.text)?.[0] ?? '';
    this.position += key.length;
    if (!key) this.fail(`this @${type} entry has no citation key`);
    this.entry = { key };
    const fields = new Map<string, RawField>();
    for (;;) {
      this.skipSpace();
      const char = this.peek();
      if (char === close) {
        this.position++;
        return { type, key, line: this.lineOf(start), fields };
      }
      if (char === ',') {
        this.position++;
        continue;
      }
      if (char === undefined) this.fail(`the entry is never closed with "${close}"`, start);
      const fieldStart = this.position;
      const name = this.readIdentifier().toLowerCase();
      if (!name) this.fail(`expected a field name or "${close}", found "${char}"`);
      this.entry = { key, field: name };
      this.expect('=', `"=" after the field name`);
      this.skipSpace();
      const valueStart = this.position;
      const value = this.readValue();
      fields.set(name, { value, line: this.lineOf(fieldStart) });
      this.skipSpace();
      const after = this.peek();
      if (after !== ',' && after !== close) {
        // A value that swallowed the next fields (`title = {A {B},\n url = {...}`) or entries
        // (`\n@misc{b,` at the start of a line) is where the brace is missing, not where the
        // parser noticed.
        if (SWALLOWED_FIELD_OR_ENTRY.test(value)) {
          this.fail('this value is never closed (unbalanced braces)', valueStart);
        }
        this.fail(`expected "," or "${close}" after the value${after ? '' : ', found the end'}`);
      }
      // An entry that closes right after this value keeps its name: a "}" too many in the value
      // closes the entry there (refuseRestOfEntry).
      if (after === ',') this.entry = { key };
    }
  }

  private noteUndefinedMacro(name: string): void {
    const seen = this.undefinedMacros.get(name.toLowerCase());
    if (seen) seen.uses++;
    else {
      const line = this.lineOf(this.position - name.length);
      this.undefinedMacros.set(name.toLowerCase(), { name, line, uses: 1 });
    }
  }

  /** One warning per undefined macro, however often the file uses it. */
  warnings(): ImportWarning[] {
    return [...this.undefinedMacros.values()].map(({ name, line, uses }) => ({
      line,
      message:
        `the @string macro "${name}" is not defined in this file` +
        `${uses > 1 ? ` (used ${uses} times)` : ''}; it was read as the word "${name}"`,
    }));
  }

  /** One value: parts joined by `#`, each a braced or quoted string, a number or a macro. */
  private readValue(): string {
    let value = '';
    for (;;) {
      this.skipSpace();
      const char = this.peek();
      if (char === '{') value += this.readDelimited('}');
      else if (char === '"') value += this.readDelimited('"');
      else if (char !== undefined && /[0-9]/.test(char)) value += this.readIdentifier();
      else {
        const name = this.readIdentifier();
        if (!name) this.fail(char === undefined ? 'the value is missing' : 'expected a value');
        // A macro the file does not define (reference managers keep @string definitions in a
        // separate file) is no reason to refuse the file: BibTeX only warns, and reads it as
        // empty. Its name is read instead, as Better BibTeX's parser and bibtex-tidy read it: a
        // title made of macros is not left empty, and the preview warns (noteUndefinedMacro).
        const macro = this.macros.get(name.toLowerCase());
        if (macro === undefined) this.noteUndefinedMacro(name);
        value += macro ?? name;
      }
      this.skipSpace();
      if (this.peek() !== '#') return value;
      this.position++;
    }
  }

  /** `{...}` or `"..."`, braces balanced inside (a quote ends the value only at depth 0). */
  private readDelimited(end: '}' | '"'): string {
    const start = this.position;
    this.position++;
    let depth = 0;
    for (; this.position < this.text.length; this.position++) {
      const char = this.text[this.position];
      if (char === '{') depth++;
      else if (char === '}') {
        if (depth === 0 && end === '}') break;
        if (--depth < 0) this.fail('a "}" closes more than was opened');
      } else if (char === '"' && end === '"' && depth === 0) break;
    }
    // Said here, the error names this value, not some later entry the value swallowed. A line
    // inside the value that looks like an entry (`@karpathy (on X)` in a note) is no sign of a
    // missing brace by itself: BibTeX reads on, and so do we.
    if (this.position >= this.text.length) {
      this.fail('this value is never closed (unbalanced braces)', start);
    }
    const value = this.text.slice(start + 1, this.position);
    this.position++;
    return value;
  }
}

/** Splits `A and B and others` at depth-0 " and "; "others" (et al.) is dropped. */
function splitAuthors(raw: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = '';
  const words = raw.split(/(\s+|[{}])/);
  for (const word of words) {
    if (word === '{') depth++;
    if (word === '}') depth--;
    if (depth === 0 && /^and$/i.test(word)) {
      names.push(current);
      current = '';
    } else current += word;
  }
  names.push(current);
  return names.map((name) => name.trim()).filter((name) => name && name !== 'others');
}

/** "von Last, Jr, First" or "First von Last" to the name as people write it. */
function bibtexNameToText(raw: string): string {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of raw) {
    if (char === '{') depth++;
    if (char === '}') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  const [last = '', middle, first] = parts.map((part) => decodeLatex(part));
  if (parts.length === 1) return last;
  if (parts.length === 2) return `${middle} ${last}`.trim();
  return `${first} ${last} ${middle}`.trim();
}

/** Backslash escapes a verbatim field (url, doi) may carry anyway: `10.1000/a\_b`. */
function verbatimText(raw: string): string {
  return raw
    .replace(/\\([_&%#$~])/g, '$1')
    .replace(/[{}]/g, '')
    .trim();
}

function monthNumber(raw: string): number | undefined {
  const text = raw.trim().toLowerCase();
  if (/^\d{1,2}$/.test(text)) {
    const month = Number(text);
    return month >= 1 && month <= 12 ? month : undefined;
  }
  return monthOfName(text);
}

/** YYYY[-MM[-DD]] from biblatex `date`, or from `year` and `month`; undefined when unclear. */
function publishedDate(fields: Map<string, RawField>): string | undefined {
  const date = verbatimText(fields.get('date')?.value ?? '');
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date)?.[0];
  if (iso) return iso;
  const year = /^\d{4}$/.exec(verbatimText(fields.get('year')?.value ?? ''))?.[0];
  if (!year) return undefined;
  const month = monthNumber(verbatimText(fields.get('month')?.value ?? ''));
  return month ? yearMonth(year, month) : year;
}

/** Every canonical id the entry names, strongest wherever it is written. */
function idsOfEntry(fields: Map<string, RawField>): string[] {
  const text = (name: string) => verbatimText(fields.get(name)?.value ?? '');
  const ids: Array<string | undefined> = [];
  const eprint = text('eprint');
  const archive = (text('archiveprefix') || text('eprinttype')).toLowerCase();
  if (eprint && (archive === 'arxiv' || archive === '')) {
    ids.push(arxivIdFrom(eprint) && `arxiv:${arxivIdFrom(eprint)}`);
  }
  for (const name of ['arxivid', 'arxiv']) {
    const id = arxivIdFrom(text(name));
    if (id) ids.push(`arxiv:${id}`);
  }
  ids.push(canonicalId(text('doi')));
  // Google Scholar: journal = {arXiv preprint arXiv:1706.03762}; Zotero: note = {arXiv:...}.
  for (const name of ['journal', 'journaltitle', 'note', 'howpublished']) {
    ids.push(arxivIdMentionedIn(text(name)));
  }
  // dblp and Semantic Scholar: journal = {CoRR} or {ArXiv}, volume = {abs/1706.03762} (dblp also
  // writes eprint; Semantic Scholar writes nothing else that names the paper).
  const journal = text('journal') || text('journaltitle');
  const volume = /^abs\/(\S+)$/.exec(text('volume'))?.[1];
  const volumeId = volume && PREPRINT_VENUE.test(journal) ? arxivIdFrom(volume) : undefined;
  if (volumeId) ids.push(`arxiv:${volumeId}`);
  ids.push(canonicalId(text('url')));
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

/** Names of BibTeX fields for error messages about the paper fields they fill. */
const FIELD_NAMES: FileFieldNames = {
  title: 'title',
  authors: 'author',
  abstract: 'abstract',
  url: 'url',
  published: 'year',
  primaryCategory: 'primaryclass',
  tags: 'keywords',
  note: 'annote',
};

/**
 * The characters of `text` that are not escaped, each with the brace depth before it. Braces
 * count as BibTeX counts them, escaped or not (the exporter's escaped braces always pair up); any
 * other escaped character (`\,`, `\;`, `\%`) is skipped with its backslash. A stray `}` leaves
 * the depth at 0.
 */
function* unescapedChars(text: string): Generator<[index: number, char: string, depth: number]> {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '\\') {
      const next = text[i + 1];
      if (next !== '{' && next !== '}') i++;
      continue;
    }
    yield [i, char, depth];
    if (char === '{') depth++;
    else if (char === '}') depth = Math.max(0, depth - 1);
  }
}

/**
 * The keywords of a raw (undecoded) `keywords` value: split at the commas and semicolons outside
 * braces, so that `{{vision, language}, graphs}`, as lib/export/bibtex.ts writes a tag holding a
 * separator, gives two keywords, and Zotero's and JabRef's plain `a, b; c` gives three. Each
 * keyword loses one level of wrapping braces and is decoded on its own: the split has to happen
 * here, on the value as written, because decoding removes the braces that tell a separator
 * inside a tag from one between tags. `\,` and `\;` are LaTeX spaces, not separators.
 */
function splitKeywords(raw: string): string[] {
  const keywords: string[] = [];
  let start = 0;
  for (const [i, char, depth] of unescapedChars(raw)) {
    if ((char === ',' || char === ';') && depth === 0) {
      keywords.push(unwrapBraces(raw.slice(start, i)));
      start = i + 1;
    }
  }
  keywords.push(unwrapBraces(raw.slice(start)));
  return keywords;
}

/** `{text}` to `text` when that first brace closes at the very end; anything else trimmed. */
function unwrapBraces(keyword: string): string {
  const text = keyword.trim();
  if (!text.startsWith('{') || !text.endsWith('}')) return text;
  for (const [i, char, depth] of unescapedChars(text)) {
    if (char === '}' && depth === 1 && i < text.length - 1) return text;
  }
  return text.slice(1, -1);
}

/** The entry types that say what their venue is; the others (@misc, @book...) do not. */
/** A chapter of a book: the book may be a conference's proceedings (Springer's ECCV, MICCAI). */
const CHAPTER_ENTRIES: ReadonlySet<string> = new Set(['incollection', 'inbook']);

const VENUE_TYPE_OF_ENTRY: ReadonlyMap<string, VenueType> = new Map([
  ['article', 'journal'],
  ['inproceedings', 'conference'],
  ['conference', 'conference'],
]);

/**
 * The journal (`journal`, biblatex's `journaltitle`) or proceedings (`booktitle`) an entry
 * appeared in. The entry type says which field to read first: `journal` in an @article,
 * `booktitle` in an @inproceedings. The other field is read when that one is missing or a
 * preprint server (Semantic Scholar writes `booktitle = {Neural Information Processing Systems}`
 * next to `journal = {ArXiv}`), but as a venue of no stated type, since the entry type and the
 * field name then disagree: the exports read its type from its words (lib/paper/venue.ts), and a
 * page that states one may replace it (mergePaper). Other entry types read only `journal`, as a
 * journal: their `booktitle` is a book's title (@incollection, @inbook), a venue only when the
 * book is a conference's proceedings (proceedingsOfChapter).
 */
function venueOfEntry(type: string, latex: (name: string) => string): ImportedVenue {
  const entryType = VENUE_TYPE_OF_ENTRY.get(type);
  const journal = (venueType: VenueType | undefined) =>
    ['journal', 'journaltitle'].map((name): VenueCandidate => [latex(name), venueType]);
  if (entryType === 'conference') {
    return importedVenue([[latex('booktitle'), 'conference'], ...journal(undefined)]);
  }
  if (entryType === 'journal') {
    return importedVenue([...journal('journal'), [latex('booktitle'), undefined]]);
  }
  const journalVenue = importedVenue(journal('journal'));
  if (journalVenue.venue || !CHAPTER_ENTRIES.has(type)) return journalVenue;
  return proceedingsOfChapter([latex('booktitle')]);
}

function paperOfEntry(
  entry: RawEntry,
  now: number,
  warnings: ImportWarning[],
): Paper | SkippedEntry {
  const { type, fields, key, line } = entry;
  const latex = (name: string, keepLineBreaks = false) => {
    const raw = fields.get(name)?.value;
    return raw === undefined ? '' : decodeLatex(raw, { keepLineBreaks });
  };
  const ids = idsOfEntry(fields);
  if (ids.length === 0) {
    return { entry: key, line, reason: 'no DOI, arXiv id or URL names the paper' };
  }
  const title = latex('title');
  if (!title) {
    throw new ImportError('the entry has no title', {
      line: fields.get('title')?.line ?? line,
      entry: key,
      field: 'title',
    });
  }
  const primaryClass = verbatimText(fields.get('primaryclass')?.value ?? '');
  const keywords = splitKeywords(fields.get('keywords')?.value ?? '').map((k) => decodeLatex(k));
  const note = ['annote', 'comment']
    .map((name) => latex(name, true))
    .filter(Boolean)
    .join('\n\n');
  return importedPaper(
    {
      ids,
      title,
      authors: splitAuthors(fields.get('author')?.value ?? '').map(bibtexNameToText),
      url: verbatimText(fields.get('url')?.value ?? ''),
      abstract: latex('abstract'),
      published: publishedDate(fields),
      ...(ARXIV_CATEGORY.test(primaryClass) && { primaryCategory: primaryClass }),
      ...venueOfEntry(type, latex),
      tags: keywords.filter(Boolean),
      note,
    },
    now,
    { line, entry: key, lineOfField: (field) => fields.get(field)?.line, warnings },
    FIELD_NAMES,
  );
}

export function parseBibtex(text: string, now: number): ParsedImport {
  const reader = new BibtexReader(text);
  const entries = reader.readEntries();
  if (entries.length === 0) {
    throw new ImportError('no BibTeX entries found (they start with "@article{", "@misc{"...)');
  }
  const warnings = reader.warnings();
  return collectRecords(
    'bibtex',
    entries.map((entry) => paperOfEntry(entry, now, warnings)),
    warnings,
  );
}
