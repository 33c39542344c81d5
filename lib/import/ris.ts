/**
 * RIS as Zotero, EndNote, Mendeley, publishers and library catalogues write it: `XX  - value`
 * lines (one or two spaces before the dash), records from `TY` to `ER`, values that run on over
 * several lines, notes in HTML (Zotero writes them so).
 */
import { yearMonth } from '../paper/months';
import { canonicalId } from '../paper/paper-id';
import type { Paper, VenueType } from '../paper/schemas';
import { ImportError } from './errors';
import {
  ARXIV_MENTION,
  arxivIdMentionedIn,
  collectRecords,
  type FileFieldNames,
  type ImportedVenue,
  importedPaper,
  importedVenue,
  proceedingsOfChapter,
} from './imported-paper';
import type { ImportWarning, ParsedImport, SkippedEntry } from './types';

const TAG_LINE = /^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$/;

interface RisField {
  tag: string;
  value: string;
  line: number;
}

interface RisRecord {
  line: number;
  fields: RisField[];
}

function readRecords(text: string): RisRecord[] {
  const records: RisRecord[] = [];
  let current: RisRecord | undefined;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const match = TAG_LINE.exec(raw.trimEnd());
    if (!match) {
      const last = current?.fields.at(-1);
      if (last) last.value += `\n${raw.trimEnd()}`;
      else if (raw.trim()) {
        throw new ImportError(`"${raw.trim().slice(0, 40)}" is outside a record`, { line });
      }
      return;
    }
    const [, tag = '', value = ''] = match;
    if (tag === 'TY') {
      if (current) {
        throw new ImportError(`the record from line ${current.line} has no "ER  - " line`, {
          line,
          field: 'ER',
        });
      }
      current = { line, fields: [{ tag, value: value.trim(), line }] };
    } else if (!current) {
      throw new ImportError('a field outside a record (records start with "TY  - ")', {
        line,
        field: tag,
      });
    } else if (tag === 'ER') {
      records.push(current);
      current = undefined;
    } else {
      current.fields.push({ tag, value: value.trim(), line });
    }
  });
  if (current) {
    throw new ImportError('the record never ends with "ER  - "', {
      line: current.line,
      field: 'ER',
    });
  }
  return records;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Zotero's HTML notes (`<p>a</p><p>b<br/>c</p>`) as text with line breaks. */
function htmlNoteToText(note: string): string {
  if (!/<\/?(?:p|br|div|span|strong|em|b|i|a|ul|ol|li|h\d)\b/i.test(note)) return note;
  return note
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(?:p|div|h\d|li)>\s*/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) {
        return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      }
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** "Last, First[, Suffix]" to "First Last Suffix". */
function risNameToText(name: string): string {
  const [last = '', first, suffix] = name.split(',').map((part) => part.trim());
  return [first, last, suffix].filter(Boolean).join(' ').replace(/\s+/g, ' ');
}

/** RIS dates: `2024/03/14/`, `2024///`, `2024`, or ISO `2024-03-14`. */
function risDate(value: string | undefined): string | undefined {
  const match = /^(\d{4})(?:[/-](\d{1,2})?(?:[/-](\d{1,2}))?)?/.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const [, year = '', month, day] = match;
  if (!month) return year;
  return day ? `${yearMonth(year, month)}-${day.padStart(2, '0')}` : yearMonth(year, month);
}

/** A note that is only Zotero's "arXiv:2308.01234 [cs]": an id, not the user's words. */
const ARXIV_ID_NOTE = new RegExp(`^${ARXIV_MENTION.source}(?:\\s*\\[[^\\]]*\\])?$`, 'i');

/**
 * Where a UR or L2 value that lists several URLs splits: at spaces, and at a `;` before a space,
 * the end or another URL. Not at any `;`: a DOI link may hold one
 * (`https://doi.org/10.1175/1520-0469(1963)020<0130:DNF>2.0.CO;2`).
 */
const URL_LIST_SEPARATOR = /\s+|;(?=\s|$|https?:\/\/)/i;

function idsOfRecord(values: (tag: string) => string[]): string[] {
  const ids: Array<string | undefined> = [];
  for (const doi of [...values('DO'), ...values('M3')]) ids.push(canonicalId(doi));
  for (const tag of ['N1', 'M1', 'M2', 'AN', 'JO', 'T2', 'DB']) {
    for (const value of values(tag)) ids.push(arxivIdMentionedIn(value));
  }
  for (const urls of [...values('UR'), ...values('L2')]) {
    for (const url of urls.split(URL_LIST_SEPARATOR)) ids.push(canonicalId(url));
  }
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

const FIELD_NAMES: FileFieldNames = {
  title: 'TI',
  authors: 'AU',
  abstract: 'AB',
  url: 'UR',
  pdfUrl: 'L1',
  published: 'DA',
  tags: 'KW',
  note: 'N1',
};

/**
 * The record types of journal articles and proceedings papers: CPAPER, and CONF (proceedings),
 * which Zotero long wrote for a conference paper.
 */
const VENUE_TYPE_OF_RECORD: ReadonlyMap<string, VenueType> = new Map([
  ['JOUR', 'journal'],
  ['JFULL', 'journal'],
  ['EJOUR', 'journal'],
  ['CONF', 'conference'],
  ['CPAPER', 'conference'],
]);

/**
 * The tags that may name the venue, best first. T2 is the journal (JO, JF and J2 its
 * abbreviated, full and alternate names) or the conference; Zotero writes a proceedings paper's
 * proceedings title in C3 (what its BibTeX has as `booktitle`) and the conference's name in T2,
 * so C3 comes first there.
 */
const VENUE_TAGS: Readonly<Record<VenueType, readonly string[]>> = {
  journal: ['T2', 'JO', 'JF', 'BT', 'J2'],
  conference: ['C3', 'T2', 'JO', 'JF', 'BT', 'J2'],
};

/**
 * The journal or proceedings of a journal article or proceedings paper. No other record type has
 * one: the same tags hold a book's series (BOOK's T2), the book a chapter is in (CHAP's T2, BT:
 * a venue only when it is a conference's proceedings), a website's name (ELEC's T2). A preprint
 * server is passed over (importedVenue).
 */
function venueOfRecord(values: (tag: string) => string[]): ImportedVenue {
  const recordType = values('TY')[0]?.toUpperCase() ?? '';
  // A chapter's book may be a conference's proceedings (Springer's ECCV, MICCAI).
  if (recordType === 'CHAP') return proceedingsOfChapter([...values('T2'), ...values('BT')]);
  const venueType = VENUE_TYPE_OF_RECORD.get(recordType);
  if (!venueType) return {};
  return importedVenue(
    VENUE_TAGS[venueType].flatMap(values).map((name) => [name, venueType] as const),
  );
}

function paperOfRecord(
  record: RisRecord,
  now: number,
  warnings: ImportWarning[],
): Paper | SkippedEntry {
  const values = (tag: string) =>
    record.fields.filter((field) => field.tag === tag).map((field) => field.value.trim());
  const first = (...tags: string[]) => tags.flatMap(values).find(Boolean);
  const title = first('TI', 'T1', 'CT', 'BT')?.replace(/\s+/g, ' ');
  const entry = title ? `"${title.length > 60 ? `${title.slice(0, 57)}...` : title}"` : undefined;
  const ids = idsOfRecord(values);
  if (ids.length === 0) {
    return {
      entry: entry ?? `record at line ${record.line}`,
      line: record.line,
      reason: 'no DOI, arXiv id or URL names the paper',
    };
  }
  if (!title) {
    throw new ImportError('the record has no title (TI)', { line: record.line, field: 'TI' });
  }
  const notes = values('N1')
    .map(htmlNoteToText)
    .filter((note) => note && !ARXIV_ID_NOTE.test(note));
  return importedPaper(
    {
      ids,
      title,
      authors: [...values('AU'), ...values('A1')].map(risNameToText).filter(Boolean),
      url: values('UR')
        .flatMap((urls) => urls.split(URL_LIST_SEPARATOR))
        .find((url) => /^https?:\/\//i.test(url)),
      pdfUrl: values('L1').find((url) => /^https?:\/\//i.test(url)),
      abstract: first('AB', 'N2')?.replace(/\s+/g, ' '),
      published: risDate(first('DA', 'PY', 'Y1')),
      ...venueOfRecord(values),
      tags: values('KW'),
      note: notes.join('\n\n'),
    },
    now,
    {
      line: record.line,
      ...(entry && { entry }),
      lineOfField: (tag) => record.fields.find((field) => field.tag === tag)?.line,
      warnings,
    },
    FIELD_NAMES,
  );
}

export function parseRis(text: string, now: number): ParsedImport {
  const records = readRecords(text);
  if (records.length === 0)
    throw new ImportError('no RIS records found (they start with "TY  - ")');
  const warnings: ImportWarning[] = [];
  return collectRecords(
    'ris',
    records.map((record) => paperOfRecord(record, now, warnings)),
    warnings,
  );
}
