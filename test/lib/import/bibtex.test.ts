/** BibTeX import: files as Zotero, Google Scholar, arXiv, JabRef and Mendeley write them. */
import { exportPapers } from '@/lib/export';
import { parseImport } from '@/lib/import';
import { LIMITS, type Paper } from '@/lib/paper/schemas';
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

  it("Semantic Scholar's arXiv entry: its only id is the volume, abs/<arXiv id>", () => {
    const s2 =
      '@article{Vaswani2017AttentionIA,\n  title={Attention is All you Need},\n' +
      '  author={Ashish Vaswani and Noam M. Shazeer},\n  journal={ArXiv},\n  year={2017},\n' +
      '  volume={abs/1706.03762}\n}';
    expect(bibtex(s2)[0]).toMatchObject({
      id: 'arxiv:1706.03762',
      title: 'Attention is All you Need',
    });
    expect(bibtex(s2)[0]).not.toHaveProperty('venue');
    // dblp's CoRR entries say it too; a journal's volume is never read as an id.
    const dblp = '@article{k, title={T}, journal={CoRR}, volume={abs/2401.00001}, year={2024}}';
    expect(bibtex(dblp)[0]?.id).toBe('arxiv:2401.00001');
    const journal =
      '@article{k, title={T}, journal={Nature}, volume={abs/2401.00001}, doi={10.1038/x}}';
    expect(bibtex(journal)[0]?.aliases).toEqual(['doi:10.1038/x']);
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

  it('warns of keywords past the tags a paper may carry, at the keywords line, and keeps the first', () => {
    const keywords = Array.from({ length: 70 }, (_, index) => `topic ${index}`).join(', ');
    const { papers, warnings } = parseImport(
      `@misc{many,\n  title = {Many topics},\n  keywords = {${keywords}},\n  eprint = {2401.00001}}\n`,
      'bibtex',
      { now: IMPORT_NOW },
    );
    expect(papers[0]?.tags).toHaveLength(64);
    expect(papers[0]?.tags[63]).toBe('topic 63');
    expect(warnings).toEqual([
      { line: 3, message: 'entry many: 70 keywords; the first 64 became its tags' },
    ]);
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

  it('a value the shelf cannot hold (an over-long title), and by how much', () => {
    const error = bibtexError(
      `@misc{long,\n  url = {https://arxiv.org/abs/2401.00001},\n  title = {${'x'.repeat(2345)}},\n}`,
    );
    expect(error).toMatchObject({ line: 3, entry: 'long', field: 'title' });
    expect(error.message).toBe(
      `Line 3, entry long, field "title": too long (2,345 characters; at most ${LIMITS.titleLength.toLocaleString('en-US')})`,
    );
  });

  it('an entry never closed', () => {
    const error = bibtexError('@misc{open,\n  title = {T},\n');
    expect(error).toMatchObject({ line: 1, entry: 'open' });
  });

  it('a file without entries', () => {
    expect(bibtexError('just some text').problem).toMatch(/no BibTeX entries/);
  });
});

/**
 * BibTeX ends an entry at its first "}" at depth 0 and skips whatever follows up to the next "@"
 * as a comment, so a "}" too many in a value cuts the entry short without a word. Text that looks
 * like the rest of an entry is refused; the comments real files hold between entries are not.
 */
describe('BibTeX import of text after the end of an entry', () => {
  const strayBrace = (fields: string[]) =>
    `@article{bad,\n${fields.map((field) => `  ${field},`).join('\n')}\n}\n`;
  const doi = 'doi = {10.1000/bad}';
  const title = 'title = {Too many}} braces in the title}';
  const rest =
    'author = {Smith, John and Doe, Jane}, journal = {Nature}, year = {2024}, keywords = {important}';

  it('refuses a "}" too many in a value, naming the line where the rest of the entry starts', () => {
    const error = bibtexError(strayBrace([doi, title, rest]));
    expect(error).toMatchObject({ line: 3, entry: 'bad', field: 'title' });
    expect(error.message).toBe(
      'Line 3, entry bad, field "title": text after the entry\'s closing "}" ' +
        '("braces in the title}, …"): a "}" too many in this field?',
    );
  });

  it('refuses it too when the DOI comes after, rather than leaving the entry out', () => {
    const error = bibtexError(strayBrace([title, doi, rest]));
    expect(error).toMatchObject({ line: 2, entry: 'bad', field: 'title' });
    expect(error.problem).toMatch(
      /^text after the entry's closing "}" \("braces in the title}, …"\)/,
    );
  });

  it('refuses what is left of a last field, a "}" after the entry, or text after a ","', () => {
    const lastField = bibtexError('@misc{k,\n  eprint = {2401.00001},\n  note = {A}} B},\n}\n');
    expect(lastField).toMatchObject({ line: 3, entry: 'k', field: 'note' });
    expect(lastField.problem).toBe(
      'text after the entry\'s closing "}" ("B}, …"): a "}" too many in this field?',
    );
    const afterEntry = bibtexError('@misc{k,\n  title = {T},\n  eprint = {2401.00001},\n}}\n');
    expect(afterEntry.message).toBe(
      'Line 4, entry k: text after the entry\'s closing "}" ("}"): a "}" too many?',
    );
    const afterComma = bibtexError('@misc{k, title = {T}, eprint = {2401.00001}}, more text\n');
    expect(afterComma).toMatchObject({ line: 1, entry: 'k' });
    expect(bibtexError('@misc(k, title = {T}, eprint = {2401.00001}))\n').message).toBe(
      'Line 1, entry k, field "eprint": text after the entry\'s closing ")" (")"): ' +
        'a ")" too many in this field?',
    );
  });

  it('looks past an "@" that starts no entry, and checks the text after a @string too', () => {
    const mail = bibtexError(
      '@misc{k,\n  eprint = {2401.00001},\n  title = {Write}} to ada@example.org},\n  year = {2024},\n}\n',
    );
    expect(mail).toMatchObject({ line: 3, entry: 'k', field: 'title' });
    expect(bibtexError('@string{jmlr = {JMLR}}}\n@misc{k, title = {T}}')).toMatchObject({
      line: 1,
      entry: '@string jmlr',
    });
  });

  it('refuses a "}" too many at the end of a value when the next lines go on with fields', () => {
    const error = bibtexError(
      '@misc{k,\n  eprint = {2401.00001},\n  title = {T}},\n  year = {2024},\n}\n',
    );
    expect(error).toMatchObject({ line: 3, entry: 'k', field: 'title' });
  });

  it('reads what BibTeX and other readers take as comments: lines of their own after an entry', () => {
    const papers = parseImport(
      [
        '@misc{keep, title = {Keep me}, doi = {10.1000/keep}}',
        '',
        // An entry switched off by deleting its "@".
        'article{old,',
        '  title = {Old},',
        '  year = 2019',
        '}',
        'rating = 5 means must-cite.',
        '@misc{next, title = {Next}, doi = {10.1000/next}}',
        '}',
        '',
      ].join('\n'),
      'bibtex',
      { now: IMPORT_NOW },
    ).papers;
    expect(papers.map((paper) => paper.id)).toEqual(['doi:10.1000/keep', 'doi:10.1000/next']);
  });

  it('reads the comments JabRef, BibDesk and people write between entries as before', () => {
    const papers = parseImport(
      [
        '% This file was created with JabRef 5.15.',
        '% Encoding: UTF-8',
        '',
        '@Preamble{"\\newcommand{\\noopsort}[1]{}"}',
        '% the preamble above; a field left here for later: note = {to check}',
        '@String{icml = {International Conference on Machine Learning}}',
        '',
        '@InProceedings{a,',
        '  title     = {A},',
        '  booktitle = icml,',
        '  eprint    = {2401.00001},',
        '} % end of a; its year = {2024} was wrong  ',
        '',
        'Prose between entries is a comment to BibTeX: (see {this} list, mailto a@b.org).',
        '@Misc{b, title = {B}, url = {https://arxiv.org/abs/2401.00002}},',
        '@Misc{c, title = {C}, url = {https://arxiv.org/abs/2401.00003}};',
        '%% Saved with string encoding Unicode (UTF-8)',
        '@comment{BibDesk Static Groups{',
        '<?xml version="1.0" encoding="UTF-8"?>',
        '}}',
        '@Comment{jabref-meta: databaseType:bibtex;}',
        '   ',
      ].join('\r\n'),
      'bibtex',
      { now: IMPORT_NOW },
    ).papers;
    expect(papers.map((paper) => [paper.id, paper.title])).toEqual([
      ['arxiv:2401.00001', 'A'],
      ['arxiv:2401.00002', 'B'],
      ['arxiv:2401.00003', 'C'],
    ]);
  });
});

describe('BibTeX import of venues', () => {
  const bibtex = (text: string) => parseImport(text, 'bibtex', { now: IMPORT_NOW }).papers;
  const venueOf = (text: string) => {
    const [paper] = bibtex(text);
    return { venue: paper?.venue, venueType: paper?.venueType };
  };

  it('reads the journal of an @article and the proceedings of an @inproceedings (Zotero)', () => {
    const papers = bibtex(importFixture('zotero.bib'));
    expect(papers.map((paper) => [paper.id, paper.venue, paper.venueType])).toEqual([
      // @misc, publisher = {arXiv}: a preprint has no venue.
      ['arxiv:1706.03762', undefined, undefined],
      ['doi:10.1002/andp.19263840404', 'Annalen der Physik', 'journal'],
      [
        'arxiv:2607.01234',
        'Proceedings of the 43rd International Conference on Machine Learning',
        'conference',
      ],
    ]);
  });

  it('expands macros in the venue and reads JabRef’s journal, not Scholar’s arXiv "journal"', () => {
    const papers = bibtex(importFixture('assorted.bib'));
    expect(papers.map((paper) => [paper.id, paper.venue, paper.venueType])).toEqual([
      ['arxiv:1706.03762', undefined, undefined],
      ['arxiv:1503.02531', undefined, undefined],
      ['arxiv:hep-th/9711200', 'Int. J. Theor. Phys.', 'journal'],
      ['openreview:AbC-123_x', 'International Conference on Machine Learning (ICML)', 'conference'],
    ]);
  });

  it('a Zotero @inproceedings export', () => {
    const text = `
@inproceedings{devlin_bert_2019,
	address = {Minneapolis, Minnesota},
	title = {{BERT}: {Pre}-training of {Deep} {Bidirectional} {Transformers} for {Language} {Understanding}},
	url = {https://aclanthology.org/N19-1423},
	doi = {10.18653/v1/N19-1423},
	booktitle = {Proceedings of the 2019 {Conference} of the {North} {American} {Chapter} of the {Association} for {Computational} {Linguistics}: {Human} {Language} {Technologies}, {Volume} 1 ({Long} and {Short} {Papers})},
	publisher = {Association for Computational Linguistics},
	author = {Devlin, Jacob and Chang, Ming-Wei and Lee, Kenton and Toutanova, Kristina},
	month = jun,
	year = {2019},
	pages = {4171--4186},
}`;
    expect(bibtex(text)[0]).toMatchObject({
      id: 'doi:10.18653/v1/n19-1423',
      venue:
        'Proceedings of the 2019 Conference of the North American Chapter of the Association for ' +
        'Computational Linguistics: Human Language Technologies, Volume 1 (Long and Short Papers)',
      venueType: 'conference',
    });
  });

  it('a dblp @article in CoRR: no venue, the arXiv id still read', () => {
    const text = `@article{DBLP:journals/corr/VaswaniSPUJGKP17,
  author       = {Ashish Vaswani and
                  Noam Shazeer},
  title        = {Attention Is All You Need},
  journal      = {CoRR},
  volume       = {abs/1706.03762},
  year         = {2017},
  url          = {http://arxiv.org/abs/1706.03762},
  eprinttype    = {arXiv},
  eprint       = {1706.03762},
}`;
    const [paper] = bibtex(text);
    expect(paper?.id).toBe('arxiv:1706.03762');
    expect(paper).not.toHaveProperty('venue');
    expect(paper).not.toHaveProperty('venueType');
  });

  it('a dblp @inproceedings: its booktitle on one line', () => {
    const text = `@inproceedings{DBLP:conf/nips/VaswaniSPUJGKP17,
  author       = {Ashish Vaswani},
  title        = {Attention is All you Need},
  booktitle    = {Advances in Neural Information Processing Systems 30: Annual Conference
                  on Neural Information Processing Systems 2017, December 4-9, 2017,
                  Long Beach, CA, {USA}},
  pages        = {5998--6008},
  year         = {2017},
  url          = {https://proceedings.neurips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html},
}`;
    expect(venueOf(text)).toEqual({
      venue:
        'Advances in Neural Information Processing Systems 30: Annual Conference on Neural ' +
        'Information Processing Systems 2017, December 4-9, 2017, Long Beach, CA, USA',
      venueType: 'conference',
    });
  });

  it('Google Scholar: the @article’s journal as it says, its arXiv "journal" not a venue', () => {
    const neurips = `@article{vaswani2017attention,
  title={Attention is all you need},
  author={Vaswani, Ashish and Shazeer, Noam and others},
  journal={Advances in neural information processing systems},
  volume={30},
  year={2017},
  url={https://arxiv.org/abs/1706.03762}
}`;
    expect(venueOf(neurips)).toEqual({
      venue: 'Advances in neural information processing systems',
      venueType: 'journal',
    });
    const preprint = neurips.replace(
      'Advances in neural information processing systems',
      'arXiv preprint arXiv:1706.03762',
    );
    expect(venueOf(preprint)).toEqual({ venue: undefined, venueType: undefined });
  });

  it.each([
    'CoRR',
    'ArXiv',
    'arXiv e-prints',
    'arXiv preprint arXiv:2401.00001',
    '{bioRxiv}',
    'SSRN Electronic Journal',
    'TechRxiv',
    'PsyArXiv',
    'EarthArXiv',
    'OSF Preprints',
    'Preprints.org',
  ])('journal = {%s} is no venue, and costs the entry nothing', (journal) => {
    const [paper] = bibtex(
      `@article{k, title = {T}, journal = {${journal}}, eprint = {2401.00001}}`,
    );
    expect(paper).toMatchObject({ id: 'arxiv:2401.00001', title: 'T' });
    expect(paper).not.toHaveProperty('venue');
  });

  it.each([
    'Corrosion Science',
    'Preprints of the 18th IFAC World Congress',
    'Psychological Science',
  ])('journal = {%s} is a venue, though it starts like a preprint server', (journal) => {
    expect(
      venueOf(`@article{k, title = {T}, journal = {${journal}}, eprint = {2401.00001}}`),
    ).toEqual({ venue: journal, venueType: 'journal' });
  });

  it('Semantic Scholar: the booktitle beside journal = {ArXiv}', () => {
    const fields = `title = {T}, journal = {ArXiv}, volume = {abs/2406.17557},
      booktitle = {Neural Information Processing Systems}, doi = {10.48550/arXiv.2406.17557}`;
    expect(venueOf(`@inproceedings{a, ${fields}}`)).toEqual({
      venue: 'Neural Information Processing Systems',
      venueType: 'conference',
    });
    // The entry type says journal, the field proceedings: the venue has no stated type.
    expect(venueOf(`@article{a, ${fields}}`)).toEqual({
      venue: 'Neural Information Processing Systems',
      venueType: undefined,
    });
  });

  it('prefers the field the entry type names; the other one gives a venue of no stated type', () => {
    const entry = (type: string, fields: string) =>
      venueOf(`@${type}{k, title = {T}, eprint = {2401.00001}, ${fields}}`);
    const both = 'journal = {J. Stat.}, booktitle = {Proc. ICML}';
    expect(entry('article', both)).toEqual({ venue: 'J. Stat.', venueType: 'journal' });
    expect(entry('inproceedings', both)).toEqual({ venue: 'Proc. ICML', venueType: 'conference' });
    expect(entry('conference', both)).toEqual({ venue: 'Proc. ICML', venueType: 'conference' });
    expect(entry('inproceedings', 'journal = {Proceedings of the AAAI Conference}')).toEqual({
      venue: 'Proceedings of the AAAI Conference',
      venueType: undefined,
    });
    expect(entry('article', 'journaltitle = {J. Stat.}')).toEqual({
      venue: 'J. Stat.',
      venueType: 'journal',
    });
  });

  it('reads a journal in other entry types, never their booktitle, a book’s title', () => {
    const entry = (type: string, fields: string) =>
      venueOf(`@${type}{k, title = {T}, eprint = {2401.00001}, ${fields}}`);
    expect(entry('misc', 'journal = {Nature}')).toEqual({ venue: 'Nature', venueType: 'journal' });
    expect(entry('incollection', 'booktitle = {The Handbook}')).toEqual({
      venue: undefined,
      venueType: undefined,
    });
    expect(entry('inbook', 'booktitle = {The Handbook}').venue).toBeUndefined();
    expect(entry('book', 'series = {LNCS}').venue).toBeUndefined();
  });

  it('reads the booktitle of a chapter whose book is a conference’s proceedings (Springer’s ECCV)', () => {
    const entry = (type: string, fields: string) =>
      venueOf(`@${type}{k, title = {T}, eprint = {2401.00001}, ${fields}}`);
    expect(entry('incollection', 'booktitle = {Computer Vision -- {ECCV} 2024}')).toEqual({
      venue: 'Computer Vision – ECCV 2024',
      venueType: 'conference',
    });
    expect(
      entry('inbook', 'booktitle = {Proceedings of the Workshop on Things}, series = {LNCS}'),
    ).toEqual({ venue: 'Proceedings of the Workshop on Things', venueType: 'conference' });
  });

  it('decodes LaTeX in the venue, as in titles, on one line', () => {
    const text =
      '@article{k, title = {T}, eprint = {2401.00001},\n' +
      '  journal = {Zeitschrift f{\\"u}r {P}hysik \\& \\textit{Chemie}\n   --- Neue   Folge}}';
    expect(venueOf(text)).toEqual({
      venue: 'Zeitschrift für Physik & Chemie — Neue Folge',
      venueType: 'journal',
    });
  });

  it('passes over a venue with nothing left in it', () => {
    expect(venueOf('@article{k, title = {T}, eprint = {2401.00001}, journal = {{ }}}')).toEqual({
      venue: undefined,
      venueType: undefined,
    });
  });

  it('clamps an over-long venue instead of refusing the entry', () => {
    const long = `Proceedings of ${'the very long workshop '.repeat(40)}`;
    const { venue, venueType } = venueOf(
      `@inproceedings{k, title = {T}, eprint = {2401.00001}, booktitle = {${long}}}`,
    );
    expect(venue?.length).toBeLessThanOrEqual(LIMITS.venueLength);
    expect(venue?.length).toBeGreaterThan(LIMITS.venueLength - 30);
    expect(venue).toMatch(/^Proceedings of the very long workshop .*…$/);
    expect(venueType).toBe('conference');
  });
});
