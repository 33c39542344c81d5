/**
 * Markdown for notes apps (Obsidian, Logseq, GitHub): the reading list grouped by tag, each
 * paper a task item (checked once read) with its authors, year, status and the user's note as a
 * quote. A paper with several tags is listed under each of them.
 *
 * Titles, names and notes come from web pages and files: every character CommonMark gives a
 * meaning to is backslash-escaped, so a title like `<img onerror=...>` or `[x](javascript:...)`
 * renders as the text it is, never as HTML or a link.
 */
import type { Paper, Tag } from '../paper/schemas';
import { arxivIdOfPaper, dateOfPaper, STATUS_LABELS } from './paper-fields';

/** Inline punctuation with a meaning anywhere in a line (CommonMark 2.4 lets any be escaped). */
const INLINE_SPECIAL = /[\\`*_{}[\]<>#|~&$!]/g;

/** One line of page-derived text as Markdown text. */
export function markdownText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(INLINE_SPECIAL, '\\$&');
}

/** Escapes what would open a list, quote or setext heading at the start of a line. */
function escapeLineStart(line: string): string {
  return line.replace(/^([-+=>])|^(\d+)([.)])/, (_, mark, digits, dot) =>
    mark ? `\\${mark}` : `${digits}\\${dot}`,
  );
}

/** A link target in angle brackets, which may then hold anything but <, > and line breaks. */
function linkTarget(url: string): string {
  return `<${url.replace(/[<>\s]/g, (char) => encodeURIComponent(char))}>`;
}

function formatAuthors(authors: readonly string[]): string {
  if (authors.length <= 5) return authors.join(', ');
  return `${authors.slice(0, 5).join(', ')} et al.`;
}

function paperItem(paper: Paper): string {
  const date = dateOfPaper(paper);
  const arxivId = arxivIdOfPaper(paper);
  const details = [
    paper.authors.length > 0 && markdownText(formatAuthors(paper.authors)),
    date && String(date.year),
    arxivId && markdownText(`arXiv:${arxivId}`),
    paper.pdfUrl && `[PDF](${linkTarget(paper.pdfUrl)})`,
    `*${STATUS_LABELS[paper.status]}*`,
  ].filter(Boolean);
  const checkbox = paper.status === 'read' ? '[x]' : '[ ]';
  const lines = [
    `- ${checkbox} [${markdownText(paper.title)}](${linkTarget(paper.url)})`,
    `  ${escapeLineStart(details.join(' · '))}`,
  ];
  const note = paper.note.trim();
  if (note) {
    for (const line of note.split(/\r\n|\r|\n/)) {
      const text = escapeLineStart(markdownText(line));
      lines.push(text ? `  > ${text}` : '  >');
    }
  }
  return lines.join('\n');
}

/** Sections as [heading, papers]: tags in alphabetical order, untagged papers last. */
function groupByTag(papers: readonly Paper[]): Array<[string, Paper[]]> {
  const groups = new Map<string, Paper[]>();
  const untagged: Paper[] = [];
  for (const paper of papers) {
    if (paper.tags.length === 0) untagged.push(paper);
    for (const tag of paper.tags) {
      const group = groups.get(tag);
      if (group) group.push(paper);
      else groups.set(tag, [paper]);
    }
  }
  const sections = [...groups]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
    .map(([tag, group]): [string, Paper[]] => [markdownText(tag), group]);
  return untagged.length > 0 ? [...sections, ['Untagged', untagged]] : sections;
}

export function exportMarkdown(papers: readonly Paper[], _tags: readonly Tag[] = []): string {
  const count = papers.length === 1 ? '1 paper' : `${papers.length} papers`;
  const sections = groupByTag(papers).map(
    ([heading, group]) => `## ${heading}\n\n${group.map(paperItem).join('\n')}`,
  );
  return `${['# Reading list', count, ...sections].join('\n\n')}\n`;
}
