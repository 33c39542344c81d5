/**
 * A paper at every bound the shelf allows, filled with what hostile pages put in titles (markup,
 * right-to-left text with a bidi override, emoji sequences, TeX, CSV and RIS separators), goes
 * through every exporter and comes back: the formats stay well-formed at full size, and the
 * importers read the same text back. What the clamp makes of a 100,000-character page field is
 * exactly what this paper holds.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { micromark } from 'micromark';
import { EXPORT_FORMAT_IDS, exportPapers } from '@/lib/export';
import { neutralizeFormula } from '@/lib/export/csv';
import { parseImport } from '@/lib/import';
import { clampCandidate } from '@/lib/paper/sanitize';
import { LIMITS, type Paper, paperSchema, type Tag } from '@/lib/paper/schemas';

const HOSTILE =
  '<img src=x onerror=alert(1)> =HYPERLINK("x") שלום \u202Eexe.txt\u202C 👨‍👩‍👧‍👦 🇯🇵 $\\ell_1$ {a} "q", ; \nTY  - JOUR ';

function repeatTo(text: string, length: number): string {
  return text.repeat(Math.ceil(length / text.length) + 1).slice(0, length * 5);
}

const clamped = clampCandidate({
  id: 'arxiv:2607.01234',
  aliases: Array.from({ length: LIMITS.aliases + 4 }, (_, i) =>
    i === 0 ? 'arxiv:2607.01234' : `doi:10.1000/alias-${i}`,
  ),
  title: repeatTo(HOSTILE, 100_000),
  authors: Array.from({ length: LIMITS.authors + 100 }, (_, i) => `Ada ${i} Lovelace-שלום`),
  url: 'https://arxiv.org/abs/2607.01234',
  site: 'arxiv',
  abstract: repeatTo(`${HOSTILE}\n\n`, 100_000),
});
const tags: Tag[] = Array.from({ length: LIMITS.tagsPerPaper }, (_, i) => ({
  name: `tag ${i} <b>`,
  createdAt: 0,
}));
const paper: Paper = paperSchema.parse({
  ...clamped,
  aliases: clamped.aliases,
  tags: tags.map((tag) => tag.name),
  status: 'reading',
  note: repeatTo(HOSTILE, LIMITS.noteLength).slice(0, LIMITS.noteLength),
  savedAt: 0,
  updatedAt: 0,
});

describe('a paper at every bound, full of hostile text', () => {
  it('is what the clamp makes of 100,000-character page fields', () => {
    // Cut at a character boundary, so a code unit or two short of the bound.
    expect(paper.title.length).toBeLessThanOrEqual(LIMITS.titleLength);
    expect(paper.title.length).toBeGreaterThan(LIMITS.titleLength - 8);
    expect(paper.abstract?.length).toBeLessThanOrEqual(LIMITS.abstractLength);
    expect(paper.authors).toHaveLength(LIMITS.authors);
    expect(paper.aliases).toHaveLength(LIMITS.aliases);
  });

  it.each(EXPORT_FORMAT_IDS)('exports to %s', (format) => {
    const text = exportPapers(format, [paper], tags);
    expect(text.length).toBeGreaterThan(LIMITS.abstractLength);
  });

  it('reads back whole from the JSON backup', () => {
    const backup = parseImport(exportPapers('json', [paper], tags));
    expect(backup.papers).toEqual([paper]);
  });

  it('reads back from BibTeX and RIS with the same title, authors and abstract', () => {
    const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
    for (const format of ['bibtex', 'ris'] as const) {
      const [back] = parseImport(exportPapers(format, [paper], tags), format, { now: 0 }).papers;
      expect(back?.id, format).toBe(paper.id);
      expect(oneLine(back?.title ?? ''), format).toBe(oneLine(paper.title));
      expect(back?.authors, format).toHaveLength(LIMITS.authors);
      expect(oneLine(back?.abstract ?? ''), format).toBe(oneLine(paper.abstract ?? ''));
    }
  });

  it('stays one CSV row and one Markdown item, text only', () => {
    const [row, ...others] = parseCsv(exportPapers('csv', [paper], tags), {
      bom: true,
      columns: true,
    }) as Array<Record<string, string>>;
    expect(others).toEqual([]);
    expect(row?.title).toBe(neutralizeFormula(paper.title));
    expect(row?.note).toBe(neutralizeFormula(paper.note));

    // Under one tag: Markdown lists a paper under each of its tags, and rendering 64 copies
    // of a 100,000-character note takes the reference parser a quarter of a minute.
    const oneTag = { ...paper, tags: paper.tags.slice(0, 1) };
    const html = micromark(exportPapers('markdown', [oneTag], tags), {
      allowDangerousHtml: true,
      allowDangerousProtocol: true,
    });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('img, script, b')).toHaveLength(0);
    expect(doc.querySelectorAll('h2')).toHaveLength(1);
    expect(doc.querySelectorAll('li')).toHaveLength(1);
    expect(doc.querySelector('li a')?.textContent).toBe(paper.title.replace(/\s+/g, ' ').trim());
  });
});
