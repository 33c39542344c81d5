/**
 * BibTeX output read back by an independent parser, @retorquere/bibtex-parser (the parser of
 * Better BibTeX for Zotero), and by our own importer, for the sample shelf and for any text.
 */
import { parse } from '@retorquere/bibtex-parser';
import fc from 'fast-check';
import { exportPapers } from '@/lib/export';
import { citeKeys } from '@/lib/export/cite-keys';
import { toLatex } from '@/lib/export/latex';
import { parseImport } from '@/lib/import';
import { decodeLatex } from '@/lib/import/latex';
import { uniqueTags } from '@/lib/paper/fields';
import type { Paper } from '@/lib/paper/schemas';
import { venueTypeOf } from '@/lib/paper/venue';
import { nastyText, shelfArbitrary } from '../../fixtures/export/arbitraries';
import { SHELF_PAPERS, SHELF_TAGS } from '../../fixtures/export/shelf';

/** Strings composed (NFC): the parser gives accents as combining marks. */
function composed<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_, v) =>
    typeof v === 'string' ? v.normalize('NFC') : v,
  );
}

/** The independent reading: no sentence-casing, and TeX it does not know (math) kept as is. */
function readWithBetterBibtex(bib: string) {
  const library = parse(bib, {
    sentenceCase: false,
    caseProtection: false,
    english: false,
    unsupported: (_node, tex) => tex,
  });
  return { ...library, entries: composed(library.entries) };
}

/** BibTeX's own view of braces: every `{` and `}` counts, escaped or not. */
function bracesBalance(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth++;
    else if (char === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** What survives a trip through LaTeX: composed accents, no control characters. */
function typeset(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the point.
  return text.normalize('NFC').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

const byId = (id: string) => SHELF_PAPERS.find((paper) => paper.id === id) as Paper;

describe('BibTeX export, read by Better BibTeX’s parser', () => {
  const bib = exportPapers('bibtex', SHELF_PAPERS, SHELF_TAGS);
  const library = readWithBetterBibtex(bib);
  const entry = (id: string) => {
    const key = citeKeys(SHELF_PAPERS).get(id);
    const found = library.entries.find((e) => e.key === key);
    if (!found) throw new Error(`no entry ${key}`);
    return found;
  };

  it('parses without errors, one entry per paper, keys unique', () => {
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(SHELF_PAPERS.length);
    expect(new Set(library.entries.map((e) => e.key)).size).toBe(SHELF_PAPERS.length);
  });

  it('reads titles back to the same text: accents, specials and braces escaped correctly', () => {
    for (const paper of SHELF_PAPERS.filter((p) => !p.title.includes('$'))) {
      expect(entry(paper.id).fields.title).toBe(paper.title);
    }
    // TeX math stays TeX for LaTeX to typeset (the parser renders it as Unicode).
    expect(entry('arxiv:2607.08961').fields.title).toBe(
      'Neural Schrödinger Bridges with ℓ₁-Sparse Drift for LoRA Fine-Tuning',
    );
  });

  it('splits names into the right parts, particles and suffixes included', () => {
    expect(entry('arxiv:2607.08961').fields.author).toEqual([
      { lastName: 'Nakamura', firstName: 'Yuxuan' },
      { lastName: 'Müller-Łukasiewicz', firstName: 'Zoë' },
      { lastName: 'Waals', firstName: 'Ludwig', prefix: 'van der' },
      { lastName: 'King', firstName: 'Martin Luther', suffix: 'Jr.' },
    ]);
    const acl = entry('doi:10.18653/v1/2024.acl-long.1').fields.author ?? [];
    // A group author stays whole; a name holding the word "and" is not split there.
    expect(acl).toHaveLength(3);
    expect(acl[0]).toEqual({ name: 'The ATLAS Collaboration' });
    expect(acl[2]).toEqual({ lastName: 'Ærø', firstName: 'Øyvind' });
  });

  it('carries eprint, archivePrefix, primaryClass, doi, url and keywords', () => {
    const arxiv = entry('arxiv:2607.08961').fields;
    expect(arxiv).toMatchObject({
      eprint: '2607.08961',
      archiveprefix: 'arXiv',
      primaryclass: 'cs.LG',
      doi: '10.1000/xyz-123_4',
      url: 'https://arxiv.org/abs/2607.08961',
      keywords: ['fine-tuning', 'theory'],
    });
    expect(entry('arxiv:hep-th/9901001').fields).toMatchObject({
      eprint: 'hep-th/9901001',
      primaryclass: 'hep-th',
      year: '1999',
    });
    expect(entry('doi:10.18653/v1/2024.acl-long.1').fields.eprint).toBeUndefined();
  });

  it('makes a journal paper an @article with its journal, eprint kept for an arXiv one', () => {
    const journal = entry('arxiv:hep-th/9901001');
    expect(journal.type).toBe('article');
    expect(journal.fields).toMatchObject({ journal: 'Physics Reports', eprint: 'hep-th/9901001' });
    expect(journal.fields.booktitle).toBeUndefined();
    // Escaped as any text is: HTML, brackets, a dollar sign and accents read back as they were.
    const hostile = byId('url:https://example.org/paper?id=1');
    expect(entry(hostile.id).type).toBe('article');
    expect(entry(hostile.id).fields.journal).toBe(hostile.venue);
  });

  it('makes a conference paper an @inproceedings with its booktitle, a preprint a @misc', () => {
    const acl = byId('doi:10.18653/v1/2024.acl-long.1');
    expect(entry(acl.id).type).toBe('inproceedings');
    expect(entry(acl.id).fields.booktitle).toBe(acl.venue);
    expect(entry(acl.id).fields.journal).toBeUndefined();
    expect(entry('arxiv:2607.09000').type).toBe('misc');
    expect(entry('arxiv:2607.09000').fields.journal).toBeUndefined();
  });

  it('puts the venue after the authors and before the year', () => {
    const [maldacena] = bib.split('\n\n').filter((text) => text.includes('maldacena1999branes'));
    const names = [...(maldacena ?? '').matchAll(/^ {2}(\w+) = /gm)].map(([, name]) => name);
    expect(names.slice(0, 4)).toEqual(['title', 'author', 'journal', 'year']);
  });

  it('keeps hostile text as text', () => {
    const hostile = byId('url:https://example.org/paper?id=1');
    expect(entry(hostile.id).fields.title).toBe(hostile.title);
    expect(entry(hostile.id).fields.author).toEqual([{ name: '-2+3' }, { name: '@attacker' }]);
  });
});

describe('BibTeX export for any text', () => {
  it('always has balanced braces and parses with no errors, one entry per paper', () => {
    fc.assert(
      fc.property(shelfArbitrary(), (papers) => {
        const bib = exportPapers('bibtex', papers);
        expect(bracesBalance(bib)).toBe(true);
        const library = readWithBetterBibtex(bib);
        expect(library.errors).toEqual([]);
        expect(library.entries).toHaveLength(papers.length);
      }),
      { numRuns: 40 },
    );
  });

  it('reads back to the same titles, notes, ids, categories and tags with our importer', () => {
    fc.assert(
      fc.property(shelfArbitrary(1), (papers) => {
        // A title of control characters only has nothing left to typeset.
        fc.pre(papers.every((paper) => typeset(paper.title).trim()));
        const parsed = parseImport(exportPapers('bibtex', papers), 'bibtex', { now: 0 });
        const oneLine = (text: string) => typeset(text).replace(/\s+/g, ' ').trim();
        expect(parsed.papers.map((p) => p.title)).toEqual(papers.map((p) => oneLine(p.title)));
        expect(parsed.papers.map((p) => oneLine(p.note))).toEqual(
          papers.map((p) => oneLine(p.note)),
        );
        expect(parsed.papers.map((p) => p.id)).toEqual(papers.map((p) => p.id));
        expect(parsed.papers.map((p) => p.primaryCategory)).toEqual(
          papers.map((p) => p.primaryCategory),
        );
        // Tags holding `,` or `;` included: the exporter braces them, the importer unwraps them.
        expect(parsed.papers.map((p) => p.tags)).toEqual(
          papers.map((p) => uniqueTags(p.tags.map(oneLine))),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('escapes any text so that decoding gives it back', () => {
    fc.assert(
      fc.property(nastyText(20), (text) => {
        const expected = typeset(text).replace(/\s+/g, ' ').trim();
        expect(decodeLatex(toLatex(text))).toBe(expected);
        expect(decodeLatex(toLatex(text, { protectCase: true }))).toBe(expected);
        expect(bracesBalance(toLatex(text, { protectCase: true }))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('TeX math with escaped braces', () => {
  const paper = byId('arxiv:2607.08961');
  const unbalanced = ['Open $\\{$ set', 'Interval $[0,1\\}$ ok', '$x$ and $\\}$'];

  it.each(unbalanced)('%s: braces balance as BibTeX counts them', (title) => {
    expect(bracesBalance(toLatex(title, { protectCase: true }))).toBe(true);
    expect(bracesBalance(toLatex(title))).toBe(true);
  });

  it.each(unbalanced)('%s: reads back with our importer and Better BibTeX’s parser', (title) => {
    const bib = exportPapers('bibtex', [{ ...paper, title }]);
    expect(parseImport(bib, 'bibtex', { now: 0 }).papers[0]?.title).toBe(title);
    expect(readWithBetterBibtex(bib).errors).toEqual([]);
  });

  it('copies math whose escaped braces pair up as it is', () => {
    expect(toLatex('A set $\\{x\\}$')).toBe('A set $\\{x\\}$');
  });
});

describe('venues read back by our importer', () => {
  it('keep their text and type', () => {
    const parsed = parseImport(exportPapers('bibtex', SHELF_PAPERS), 'bibtex', { now: 0 });
    expect(parsed.papers.map((p) => [p.venue, venueTypeOf(p)])).toEqual(
      SHELF_PAPERS.map((p) => [p.venue, venueTypeOf(p)]),
    );
  });
});

describe('publication dates read back by our importer', () => {
  it('keep their day: biblatex `date` beside year and month', () => {
    const parsed = parseImport(exportPapers('bibtex', SHELF_PAPERS), 'bibtex', { now: 0 });
    const withDay = SHELF_PAPERS.filter((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.published ?? ''));
    expect(withDay.length).toBeGreaterThan(0);
    for (const paper of withDay) {
      expect(parsed.papers.find((p) => p.id === paper.id)?.published).toBe(paper.published);
    }
  });
});

describe('dollar amounts', () => {
  const paper = {
    ...byId('arxiv:2607.08961'),
    title: 'Scaling from $1M to $10M Budgets with $\\ell_1$ Penalties',
    abstract: 'Training runs cost $5 for $k$ tokens, or US$2,000 to US$30,000.',
  };
  const bib = exportPapers('bibtex', [paper]);

  it('are escaped dollar signs in BibTeX; the maths beside them stays maths', () => {
    expect(bib).toContain(
      '  title = {Scaling from {\\$1M} to {\\$10M} Budgets with $\\ell_1$ Penalties}',
    );
    expect(bib).toContain(
      '  abstract = {Training runs cost \\$5 for $k$ tokens, or US\\$2,000 to US\\$30,000.}',
    );
  });

  it('read back as the same text with Better BibTeX’s parser and ours', () => {
    const [read] = readWithBetterBibtex(bib).entries;
    expect(read?.fields.title).toBe('Scaling from $1M to $10M Budgets with ℓ₁ Penalties');
    expect(read?.fields.abstract).toBe(
      'Training runs cost $5 for k tokens, or US$2,000 to US$30,000.',
    );
    const [imported] = parseImport(bib, 'bibtex', { now: 0 }).papers;
    expect(imported).toMatchObject({ title: paper.title, abstract: paper.abstract });
  });
});

describe('tags holding a keyword separator', () => {
  const tags = ['vision, language', 'a;b', 'plain'];
  const papers = [
    { ...byId('arxiv:2607.08961'), tags },
    { ...byId('arxiv:hep-th/9901001'), tags: ['Schrödinger; bridges', 'théorie'] },
  ];
  const bib = exportPapers('bibtex', papers);

  it('are braced in keywords, and only they', () => {
    expect(bib).toContain('  keywords = {{vision, language}, {a;b}, plain}');
    expect(bib).toContain('  keywords = {{Schr{\\"o}dinger; bridges}, th{\\\'e}orie}');
  });

  it('come back as the same tags from an export → import round trip', () => {
    const parsed = parseImport(bib, 'bibtex', { now: 0 });
    expect(parsed.papers.map((paper) => paper.tags)).toEqual([
      tags,
      ['Schrödinger; bridges', 'théorie'],
    ]);
  });
});

describe('cite keys', () => {
  it('are author, year and first significant title word, ASCII only', () => {
    const keys = citeKeys(SHELF_PAPERS);
    expect(keys.get('arxiv:2607.08961')).toBe('nakamura2026neural');
    expect(keys.get('arxiv:hep-th/9901001')).toBe('maldacena1999branes');
    expect(keys.get('doi:10.18653/v1/2024.acl-long.1')).toBe('atlas2024curly');
    for (const key of keys.values()) expect(key).toMatch(/^[a-z0-9]+$/);
  });

  it('give the paper saved first the plain key when two clash, whatever the order', () => {
    const keys = citeKeys([...SHELF_PAPERS].reverse());
    expect(keys.get('arxiv:2607.08961')).toBe('nakamura2026neural');
    expect(keys.get('arxiv:2607.09000')).toBe('nakamura2026neurala');
  });

  it('stay the same when the shelf grows', () => {
    const before = citeKeys(SHELF_PAPERS);
    const newer: Paper = { ...byId('arxiv:2607.09000'), id: 'arxiv:2607.09999', savedAt: 9e12 };
    const after = citeKeys([...SHELF_PAPERS, newer]);
    for (const [id, key] of before) expect(after.get(id)).toBe(key);
    expect(after.get(newer.id)).toBe('nakamura2026neuralb');
  });

  it('go first come first served: a newer paper never takes an older one’s key', () => {
    const smith = (id: string, title: string, savedAt: number): Paper => ({
      ...byId('arxiv:2607.08961'),
      id: `doi:10.1000/${id}`,
      aliases: [`doi:10.1000/${id}`],
      title,
      authors: ['John Smith'],
      published: '2024',
      savedAt,
    });
    const a = smith('a', 'Dat A', 1);
    const b = smith('b', 'Dat B', 2);
    const data = smith('c', 'Data things', 3);
    expect([...citeKeys([b, a]).values()].sort()).toEqual(['smith2024dat', 'smith2024data']);
    const grown = citeKeys([data, b, a]);
    expect(grown.get(a.id)).toBe('smith2024dat');
    expect(grown.get(b.id)).toBe('smith2024data');
    expect(grown.get(data.id)).toBe('smith2024dataa');
  });

  it('are unique for any shelf', () => {
    fc.assert(
      fc.property(shelfArbitrary(), (papers) => {
        expect(new Set(citeKeys(papers).values()).size).toBe(papers.length);
      }),
    );
  });
});
