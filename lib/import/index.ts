/**
 * Every import format behind one function (shared/DESIGN.md, "Public modules"): the text of a
 * file to validated papers, tags and rules, or an ImportError that names the line or entry and
 * the field at fault. Nothing here touches the database: lib/db/import.ts previews and applies.
 */
import { parseBibtex } from './bibtex';
import { parseIdList } from './ids';
import { parseBackup } from './json';
import { parseRis } from './ris';
import type { ImportFormat, ParsedImport } from './types';

export { ImportError } from './errors';
export type { ImportFormat, ParsedImport, SkippedEntry } from './types';

export const IMPORT_FORMAT_LABELS: Record<ImportFormat, string> = {
  json: 'Paper Shelf backup',
  bibtex: 'BibTeX',
  ris: 'RIS',
  ids: 'list of ids',
};

/** The format of a file by its content (file names lie: .txt BibTeX, .json that is CSL). */
export function detectFormat(text: string): ImportFormat {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  if (/^TY {1,2}- /.test(start)) return 'ris';
  if (/^\s*@[a-zA-Z]+\s*[{(]/m.test(text)) return 'bibtex';
  return 'ids';
}

export interface ImportOptions {
  /** savedAt of papers from BibTeX, RIS and id lists (backups keep their own). */
  now?: number;
}

export function parseImport(
  text: string,
  format: ImportFormat = detectFormat(text),
  { now = Date.now() }: ImportOptions = {},
): ParsedImport {
  switch (format) {
    case 'json':
      return parseBackup(text);
    case 'bibtex':
      return parseBibtex(text, now);
    case 'ris':
      return parseRis(text, now);
    case 'ids':
      return parseIdList(text, now);
  }
}
