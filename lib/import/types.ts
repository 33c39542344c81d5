import type { AutoTagRule, Paper, Tag } from '../paper/schemas';

export type ImportFormat = 'json' | 'bibtex' | 'ris' | 'ids';

/** An entry the file holds but the shelf cannot: nothing names the paper (no DOI, arXiv id, URL). */
export interface SkippedEntry {
  entry: string;
  line?: number;
  reason: string;
}

/**
 * Something the file does that the import took a guess on, shown in the preview so the user can
 * fix the file first: an undefined BibTeX @string macro is read as its own name.
 */
export interface ImportWarning {
  /** Where it first happens. */
  line?: number;
  message: string;
}

/** What a file holds, validated; nothing is written until lib/db/import.ts applies it. */
export interface ParsedImport {
  format: ImportFormat;
  papers: Paper[];
  tags: Tag[];
  rules: AutoTagRule[];
  skipped: SkippedEntry[];
  warnings: ImportWarning[];
}
