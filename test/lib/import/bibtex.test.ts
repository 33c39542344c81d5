/** BibTeX import: files as Zotero, Google Scholar, arXiv, JabRef and Mendeley write them. */
import { exportPapers } from '@/lib/export';
import { parseImport } from '@/lib/import';
import type { Paper } from '@/lib/paper/schemas';
import { SHELF_PAPERS } from '../../fixtures/export/shelf';
import { IMPORT_NOW, importErrorOf, importFixture } from '../../fixtures/import/files';

const bibtexError = (text: string) => importErrorOf(text, 'bibtex');

describe('BibTeX import of a Zotero export', () => {
  const parsed = parseImport(importFixture('zotero.bib'), undefined, { now: IMPORT_NOW });
  const byId = (id: string) => parsed.papers.find((paper) => paper.id === id) as Paper;

  it('is detected as BibTeX and reads every paper the file can name', () => {
    expect(parsed.format).toBe('bibtex');
    expect(parsed.papers.map((paper) => paper.id)).toEqual([
      'arxiv:1706.03762',
      'doi:10.1002/andp.19263840404',
      'arxiv:2607.01234',
    ]);
  });

  it('leaves out, and says so, an entry nothing identifies', () => {
    expect(parsed.skipped).toEqual([
      { entry: 'knuth_art_1997', line: 49, reason: 'no DOI, arXiv id or URL names the paper' },
    ]);
  });

  it('reads an arXiv preprint: its DOI maps to the arXiv id; keywords become tags', () => {
    expect(byId('arxiv:1706.03762')).toMatchObject({
      aliases: ['arxiv:1706.03762'],
      title: 'Attention Is All You Need',
      authors: expect.arrayContaining(['Ashish Vaswani', 'Aidan N. Gomez']),
      url: 'http://arxiv.org/abs/1706.03762',
      pdfUrl: 'https://arxiv.org/pdf/1706.03762',
      site: 'arxiv',
      published: '2023-08',
      tags: ['Computer Science - Computation and Language', 'Computer Science - Machine Learning'],
      note: 'Comment: 15 pages, 5 figures',
      status: 'to-read',
      savedAt: IMPORT_NOW,
      updatedAt: IMPORT_NOW,
    });
    expect(byId('arxiv:1706.03762').authors).toHaveLength(8);
  });

  it('reads a journal article with a DOI as an imported paper', () => {
    expect(byId('doi:10.1002/andp.19263840404')).toMatchObject({
      title: 'Quantisierung als Eigenwertproblem',
      authors: ['E. Schrödinger'],
      site: 'imported',
      published: '1926',
      url: 'https://onlinelibrary.wiley.com/doi/abs/10.1002/andp.19263840404',
    });
  });

  it('decodes LaTeX: escaped math, accents, dashes, particles, braced names, notes', () => {
    expect(byId('arxiv:2607.01234')).toMatchObject({
      title: 'Bounds on $\\ell_1$ Fixtures for Schrödinger Tests — a Study & More',
      authors: ['Ada Lovelace', 'Juan de la Cruz', 'Søren Østergaard', 'Gabriel García Márquez'],
      primaryCategory: 'cs.LG',
      published: '2026-07',
      tags: ['fine-tuning', 'theory'],
      note: 'Read §3 first.\nThen the appendix.',
    });
  });
});

describe('BibTeX import of assorted sources', () => {
  const parsed = parseImport(importFixture('assorted.bib'), 'bibtex', { now: IMPORT_NOW });

  it('reads Google Scholar, arXiv, JabRef, Mendeley and hand-written entries', () => {
    expect(parsed.skipped).toEqual([]);
    expect(parsed.papers.map((paper) => [paper.id, paper.title])).toEqual([
      ['arxiv:1706.03762', 'Attention is all you need'],
      ['arxiv:1503.02531', 'Distilling the Knowledge in a Neural Network'],
      [
        'arxiv:hep-th/9711200',
        'The Large N Limit of Superconformal Field Theories and Supergravity',
      ],
      ['openreview:AbC-123_x', 'BERT and GPT: A Survey of Things'],
    ]);
  });

  it('drops "and others", reads "First Last", "Last, Jr, First" and quoted values', () => {
    const [scholar, arxiv, jabref, hand] = parsed.papers;
    expect(scholar?.authors).toEqual(['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar']);
    expect(arxiv?.authors).toEqual(['Geoffrey Hinton', 'Oriol Vinyals', 'Jeff Dean']);
    expect(arxiv?.primaryCategory).toBe('stat.ML');
    expect(jabref).toMatchObject({
      authors: ['Juan Martín Maldacena'],
      aliases: ['arxiv:hep-th/9711200', 'doi:10.1023/a:1026654312961'],
      published: '1999-04',
    });
    expect(hand).toMatchObject({ authors: ['John Smith Jr.', 'Hans Müller'], site: 'openreview' });
  });
});

describe('BibTeX import of values BibTeX reads fine', () => {
  const bibtex = (text: string) => parseImport(text, 'bibtex', { now: IMPORT_NOW }).papers;

  it('a line in a value that starts like an entry (`@karpathy (on X)`)', () => {
    const note = 'Thread by\n@karpathy (on X) is good';
    const bib = exportPapers('bibtex', [{ ...(SHELF_PAPERS[0] as Paper), note }]);
    expect(bibtex(bib)[0]?.note).toBe(note);
    const handWritten =
      '@misc{k,\n  title = {T},\n  eprint = {2401.00001},\n  note = {See\n@article{x} below},\n}\n';
    expect(bibtex(handWritten)[0]?.title).toBe('T');
  });

  it.each([
    ['{Mar.}', '2024-03'],
    ['{Sept.}', '2024-09'],
    ['"Sept."', '2024-09'],
    ['mar', '2024-03'],
  ])('month = %s, the period of an abbreviation included', (month, published) => {
    const text = `@misc{k, title={T}, year=2024, month=${month}, eprint={2401.00001}}`;
    expect(bibtex(text)[0]?.published).toBe(published);
  });
});

/**
 * Reference managers export .bib files whose @string definitions live in another file
 * (`journal = jacm`, with `@string{jacm = ...}` elsewhere). BibTeX only warns about those; the
 * importer keeps the macro's name as the text, as Better BibTeX's parser and bibtex-tidy do.
 */
describe('BibTeX import of @string macros the file does not define', () => {
  const bibtex = (text: string) => parseImport(text, 'bibtex', { now: IMPORT_NOW }).papers;

  it('imports the entry, the macro name standing for its text', () => {
    const papers = bibtex(
      '@article{k,\n  title = {Proofs in } # JACM # { and } # jmlr,\n  journal = jacm,\n' +
        '  annote = "See " # appendix,\n  eprint = {2401.00001},\n}\n',
    );
    expect(papers).toMatchObject([{ title: 'Proofs in JACM and jmlr', note: 'See appendix' }]);
  });

  it('in a @string definition too, and defined macros still expand', () => {
    const papers = bibtex(
      '@string{venue = {Proc. } # conf}\n@string{Conf = {NeurIPS}}\n' +
        '@misc{k, title = {At } # venue # {, then } # conf, eprint = {2401.00001}}\n',
    );
    // Where `venue` is defined, `conf` is not yet: BibTeX too expands a macro where it reads it.
    expect(papers[0]?.title).toBe('At Proc. conf, then NeurIPS');
  });

  it('warns once per undefined macro, at its first use, and not for defined or month macros', () => {
    const { warnings } = parseImport(
      '@string{neurips = {NeurIPS}}\n' +
        '@misc{a, title = {A}, journal = neurips, month = dec, eprint = {2401.00001}}\n' +
        '@misc{b, title = {B},\n  journal = jacm, eprint = {2401.00002}}\n' +
        '@misc{c, title = {C}, journal = JACM # { } # jmlr, eprint = {2401.00003}}\n',
      'bibtex',
      { now: IMPORT_NOW },
    );
    expect(warnings).toEqual([
      {
        line: 4,
        message:
          'the @string macro "jacm" is not defined in this file (used 2 times); it was read as the word "jacm"',
      },
      {
        line: 5,
        message:
          'the @string macro "jmlr" is not defined in this file; it was read as the word "jmlr"',
      },
    ]);
  });

  it('keeps the month macros, jan to dec, as months', () => {
    const papers = bibtex(
      '@misc{a, title = {A}, journal = jacm, year = 2024, month = dec, eprint = {2401.00001}}\n' +
        '@misc{b, title = {B}, journal = jacm, year = 2024, month = jan, eprint = {2401.00002}}\n',
    );
    expect(papers.map((paper) => paper.published)).toEqual(['2024-12', '2024-01']);
  });
});

describe('BibTeX import of keywords', () => {
  const tagsOf = (keywords: string) =>
    parseImport(`@misc{k, title={T}, eprint={2401.00001}, keywords=${keywords}}`, 'bibtex', {
      now: IMPORT_NOW,
    }).papers[0]?.tags;

  it('splits only outside braces and unwraps a braced keyword: {{x, y}, z}', () => {
    expect(tagsOf('{{x, y}, z}')).toEqual(['x, y', 'z']);
  });

  it('splits Zotero’s and JabRef’s plain keywords at commas and semicolons', () => {
    expect(tagsOf('{a, b; c}')).toEqual(['a', 'b', 'c']);
    expect(tagsOf('"a;b , c"')).toEqual(['a', 'b', 'c']);
  });

  it('decodes LaTeX in each keyword, braced or not', () => {
    expect(tagsOf(String.raw`{{Schr{\"o}dinger; bridges}, th{\'e}orie, {\'e}t{\'e}}`)).toEqual([
      'Schrödinger; bridges',
      'théorie',
      'été',
    ]);
  });

  it('unwraps only braces around the whole keyword, and never splits at a LaTeX space `\\,`', () => {
    expect(tagsOf('{{BERT}{GPT}, {BERT} and {GPT}, a\\,b}')).toEqual([
      'BERTGPT',
      'BERT and GPT',
      'a b',
    ]);
  });
});

describe('BibTeX import errors name the line, entry and field', () => {
  it('an unclosed brace', () => {
    const error = bibtexError(
      '@misc{a,\n  title = {Fine},\n  url = {https://arxiv.org/abs/2401.00001}\n}\n\n@misc{b,\n  title = {Broken {title},\n  url = {https://arxiv.org/abs/2401.00002}\n}\n\n@misc{c,\n  title = {Next}\n}\n',
    );
    expect(error).toMatchObject({ line: 7, entry: 'b', field: 'title' });
    expect(error.message).toBe(
      'Line 7, entry b, field "title": this value is never closed (unbalanced braces)',
    );
  });

  it('an unclosed brace that swallows the entries after it, up to the end of the file', () => {
    const error = bibtexError(
      '@misc{a,\n  title = {Fine},\n  url = {https://arxiv.org/abs/2401.00001}\n}\n\n@misc{b,\n  title = {Broken {{title},\n  url = {https://arxiv.org/abs/2401.00002}\n}\n\n@misc{c,\n  title = {Next}\n}\n',
    );
    expect(error.message).toBe(
      'Line 7, entry b, field "title": this value is never closed (unbalanced braces)',
    );
  });

  it('an unclosed brace that swallows an entry, closed by a stray brace later', () => {
    const error = bibtexError(
      '@misc{b,\n  title = {Broken {{title}, url = {https://arxiv.org/abs/2401.00002}}\n@misc{c, title = {Next}}}\n',
    );
    expect(error.message).toBe(
      'Line 2, entry b, field "title": this value is never closed (unbalanced braces)',
    );
  });

  it('a bare word that is not one value: two macro names, or a name and a quote', () => {
    const error = bibtexError(
      '@misc{key1,\n  title = {T},\n  journal = jmlr jacm,\n  eprint = {2401.00001},\n}',
    );
    expect(error).toMatchObject({ line: 3, entry: 'key1', field: 'journal' });
    expect(error.problem).toBe('expected "," or "}" after the value');
    expect(bibtexError('@misc{k,\n  title = T"itle",\n}')).toMatchObject({ line: 2, entry: 'k' });
  });

  it('a field without a value', () => {
    const error = bibtexError('@misc{k,\n  title = {T},\n  journal = ,\n}');
    expect(error).toMatchObject({ line: 3, entry: 'k', field: 'journal' });
    expect(error.problem).toBe('expected a value');
  });

  it('a missing title, where the entry starts', () => {
    const error = bibtexError('\n\n@article{notitle,\n  doi = {10.1000/x},\n}');
    expect(error).toMatchObject({ line: 3, entry: 'notitle', field: 'title' });
  });

  it('a missing comma between fields', () => {
    const error = bibtexError('@misc{k,\n  title = {T}\n  url = {https://x.org}\n}');
    expect(error).toMatchObject({ line: 3, entry: 'k', field: 'title' });
    expect(error.problem).toMatch(/expected "," or "}"/);
  });

  it('a value the shelf cannot hold (an over-long title)', () => {
    const error = bibtexError(
      `@misc{long,\n  url = {https://arxiv.org/abs/2401.00001},\n  title = {${'x'.repeat(2001)}},\n}`,
    );
    expect(error).toMatchObject({ line: 3, entry: 'long', field: 'title' });
  });

  it('an entry never closed', () => {
    const error = bibtexError('@misc{open,\n  title = {T},\n');
    expect(error).toMatchObject({ line: 1, entry: 'open' });
  });

  it('a file without entries', () => {
    expect(bibtexError('just some text').problem).toMatch(/no BibTeX entries/);
  });
});
