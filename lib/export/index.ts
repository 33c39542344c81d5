/**
 * Every export format behind one function (shared/DESIGN.md, "Public modules"). Each format is a
 * pure `(papers, tags) => string` in its own file; this file adds what the UI needs to offer
 * them: a label, a file name and a MIME type.
 */
import type { AutoTagRule, Paper, Tag } from '../paper/schemas';
import { exportBibtex } from './bibtex';
import { exportCslJson } from './csl-json';
import { exportCsv } from './csv';
import { exportBackup } from './json';
import { exportMarkdown } from './markdown';
import { exportRis } from './ris';

export type ExportFormat = 'bibtex' | 'csl-json' | 'ris' | 'csv' | 'markdown' | 'json';

export interface ExportFormatInfo {
  label: string;
  /** What the format is for, in a few words, for the export menu. */
  description: string;
  /** File name suffix, dot included. */
  extension: string;
  mimeType: string;
}

export const EXPORT_FORMATS: Record<ExportFormat, ExportFormatInfo> = {
  bibtex: {
    label: 'BibTeX',
    description: 'LaTeX, Overleaf, JabRef',
    extension: '.bib',
    mimeType: 'application/x-bibtex',
  },
  'csl-json': {
    label: 'CSL-JSON',
    description: 'Zotero, Pandoc, citeproc',
    extension: '.csl.json',
    mimeType: 'application/vnd.citationstyles.csl+json',
  },
  ris: {
    label: 'RIS',
    description: 'EndNote, Mendeley, Zotero',
    extension: '.ris',
    mimeType: 'application/x-research-info-systems',
  },
  csv: {
    label: 'CSV',
    description: 'Spreadsheets',
    extension: '.csv',
    mimeType: 'text/csv',
  },
  markdown: {
    label: 'Markdown',
    description: 'Notes apps, grouped by tag',
    extension: '.md',
    mimeType: 'text/markdown',
  },
  json: {
    label: 'Backup (JSON)',
    description: 'Everything, to restore later',
    extension: '.json',
    mimeType: 'application/json',
  },
};

export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as ExportFormat[];

export interface ExportOptions {
  /** Auto-tag rules, carried by the JSON backup only. */
  rules?: readonly AutoTagRule[];
}

export function exportPapers(
  format: ExportFormat,
  papers: readonly Paper[],
  tags: readonly Tag[] = [],
  options: ExportOptions = {},
): string {
  switch (format) {
    case 'bibtex':
      return exportBibtex(papers, tags);
    case 'csl-json':
      return exportCslJson(papers, tags);
    case 'ris':
      return exportRis(papers, tags);
    case 'csv':
      return exportCsv(papers, tags);
    case 'markdown':
      return exportMarkdown(papers, tags);
    case 'json':
      return exportBackup({ papers, tags, rules: options.rules });
  }
}

/** `paper-shelf-2026-07-14.bib` (local date): the date keeps successive exports apart. */
export function exportFileName(format: ExportFormat, date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const name = format === 'json' ? 'paper-shelf-backup' : 'paper-shelf';
  return `${name}-${day}${EXPORT_FORMATS[format].extension}`;
}
