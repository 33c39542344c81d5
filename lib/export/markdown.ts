/**
 * Markdown for notes apps (Obsidian, Logseq, GitHub): the reading list grouped by tag, each
 * paper a task item (checked once read) with its authors, venue, year, status and the user's note
 * as a quote. A paper with several tags is listed under each of them.
 *
 * Titles, names and notes come from web pages and files: every character CommonMark gives a
 * meaning to is backslash-escaped, so a title like `<img onerror=...>` or `[x](javascript:...)`
 * renders as the text it is, never as HTML or a link. The one exception is the TeX maths of a
 * title (markdownTitle).
 */
import type { Paper, Tag } from '../paper/schemas';
import { splitTexMath, texSource } from '../paper/tex-math';
import { arxivIdOfPaper, dateOfPaper, STATUS_LABELS } from './paper-fields';

/** Inline punctuation with a meaning anywhere in a line (CommonMark 2.4 lets any be escaped). */
const INLINE_SPECIAL = /[\\`*_{}[\]<>#|~&$!]/g;

/** Text on one line: whitespace runs (line breaks too) as one space, none at the ends. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function escapeInline(text: string): string {
  return text.replace(INLINE_SPECIAL, '\\$&');
}

/** One line of page-derived text as Markdown text. */
export function markdownText(text: string): string {
  return escapeInline(oneLine(text));
}

/**
 * What maths may not hold to go out as it is: a Markdown reader that knows no maths reads it as
 * Markdown, where a backtick, a bracket or a `<` before anything but a space could open a code
 * span, a link, an autolink or HTML (and `&` an entity); a `$` inside (`\$`) would end the maths
 * early for GitHub, Obsidian and remark-math, which read maths as they read code spans. Such
 * maths is escaped whole, as text.
 */
const MATH_UNSAFE_AS_MARKDOWN = /[`[\]&$]|<(?!\s)/;

/**
 * A title as Markdown: the text escaped as markdownText does, its TeX maths (`$\ell_1$`, as
 * lib/paper/tex-math.ts finds it) left as it is. Notes apps that typeset maths (GitHub, Obsidian,
 * anything with remark-math) see maths only between unescaped dollar signs and take what lies
 * between them literally: escaped (`\$\\ell\_1\$`), it would show as source, never typeset. A
 * reader without maths shows the maths as its source, at worst with a backslash or an emphasis
 * taken as Markdown: never HTML, code or a link (MATH_UNSAFE_AS_MARKDOWN).
 */
export function markdownTitle(title: string): string {
  const line = oneLine(title);
  // Most titles hold no dollar sign: no split for those.
  if (!line.includes('$')) return escapeInline(line);
  let markdown = '';
  for (const part of splitTexMath(line)) {
    if (typeof part === 'string') markdown += escapeInline(part);
    else {
      const source = texSource(part);
      markdown += MATH_UNSAFE_AS_MARKDOWN.test(part.tex) ? escapeInline(source) : source;
    }
  }
  return markdown;
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
  const year = date && String(date.year);
  // The venue in italics, as citations set a journal's name: "*Nature*, 2024"; the year only once
  // when the venue names it ("*ICLR 2026*").
  const venue = paper.venue && markdownText(paper.venue);
  const venueNamesYear = venue && year && new RegExp(`\\b${year}\\b`).test(venue);
  const arxivId = arxivIdOfPaper(paper);
  const details = [
    paper.authors.length > 0 && markdownText(formatAuthors(paper.authors)),
    venue ? (year && !venueNamesYear ? `*${venue}*, ${year}` : `*${venue}*`) : year,
    arxivId && markdownText(`arXiv:${arxivId}`),
    paper.pdfUrl && `[PDF](${linkTarget(paper.pdfUrl)})`,
    `*${STATUS_LABELS[paper.status]}*`,
  ].filter(Boolean);
  const checkbox = paper.status === 'read' ? '[x]' : '[ ]';
  const lines = [
    `- ${checkbox} [${markdownTitle(paper.title)}](${linkTarget(paper.url)})`,
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
