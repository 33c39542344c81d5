/** RIS, id-list and backup imports, format detection, and errors that say where. */
import { exportPapers } from '@/lib/export';
import { detectFormat, parseImport } from '@/lib/import';
import { LIMITS } from '@/lib/paper/schemas';
import { SHELF_PAPERS, SHELF_TAGS } from '../../fixtures/export/shelf';
import { IMPORT_NOW, importErrorOf, importFixture } from '../../fixtures/import/files';

describe('format detection', () => {
  it.each([
    ['zotero.bib', 'bibtex'],
    ['assorted.bib', 'bibtex'],
    ['zotero.ris', 'ris'],
    ['crlf.ris', 'ris'],
    ['ids.txt', 'ids'],
  ] as const)('%s is %s', (file, format) => {
    expect(detectFormat(importFixture(file))).toBe(format);
  });

  it('a backup is json, with or without a byte order mark', () => {
    const backup = exportPapers('json', SHELF_PAPERS, SHELF_TAGS);
    expect(detectFormat(backup)).toBe('json');
    expect(detectFormat(`\uFEFF${backup}`)).toBe('json');
  });
});

describe('RIS import of a Zotero export', () => {
  const parsed = parseImport(importFixture('zotero.ris'), undefined, { now: IMPORT_NOW });

  it('reads the records that name a paper and leaves out the book that does not', () => {
    expect(parsed.format).toBe('ris');
    expect(parsed.papers.map((paper) => paper.id)).toEqual([
      'arxiv:1706.03762',
      'doi:10.1002/andp.19263840404',
    ]);
    expect(parsed.skipped).toEqual([
      {
        entry: '"The art of computer programming"',
        line: 44,
        reason: 'no DOI, arXiv id or URL names the paper',
      },
    ]);
  });

  it('turns HTML notes into text and drops Zotero’s arXiv id note', () => {
    expect(parsed.papers[0]).toMatchObject({
      title: 'Attention Is All You Need',
      authors: ['Ashish Vaswani', 'Noam Shazeer', 'Illia Polosukhin'],
      published: '2023-08-01',
      pdfUrl: 'http://arxiv.org/pdf/1706.03762v7',
      tags: ['Computer Science - Computation and Language', 'Computer Science - Machine Learning'],
      note: 'Comment: 15 pages, 5 figures\n\nKey idea: attention & nothing else.\n\nRead section 3\nthen the appendix.',
    });
  });

  it('joins continuation lines and reads Zotero’s date forms', () => {
    expect(parsed.papers[1]).toMatchObject({
      authors: ['E. Schrödinger'],
      abstract: 'Abstract in German, continued on a second line.',
      published: '1926',
    });
  });

  it('reads CRLF files', () => {
    const crlf = parseImport(importFixture('crlf.ris'), 'ris', { now: IMPORT_NOW });
    expect(crlf.papers.map((paper) => [paper.id, paper.title])).toEqual([
      ['arxiv:2401.00001', 'A CRLF record'],
    ]);
  });

  it.each([
    ['a record never closed', 'TY  - GEN\nTI  - Open\nUR  - https://x.org/a\n', 1, 'ER'],
    ['a field before any record', 'TI  - Orphan\nER  - \n', 1, 'TI'],
    ['a record starting inside another', 'TY  - GEN\nTI  - A\nTY  - GEN\nER  - \n', 3, 'ER'],
    [
      'a record without a title',
      'TY  - GEN\nUR  - https://arxiv.org/abs/2401.00001\nER  - \n',
      1,
      'TI',
    ],
    [
      'a title too long to keep',
      `TY  - GEN\nUR  - https://x.org/a\nTI  - ${'x'.repeat(2001)}\nER  - \n`,
      3,
      'TI',
    ],
  ])('names the line and field of %s', (_, text, line, field) => {
    expect(importErrorOf(text, 'ris')).toMatchObject({ line, field });
  });
});

/** A SICI-style DOI, as older journals (AMS, Wiley) still print them: it holds a `;`. */
const SICI_DOI = '10.1175/1520-0469(1963)020<0130:DNF>2.0.CO;2';
const SICI_ID = `doi:${SICI_DOI.toLowerCase()}`;

describe('RIS keywords past the tags a paper may carry', () => {
  it('keep the first and say so, at the record', () => {
    const keywords = Array.from({ length: 66 }, (_, index) => `KW  - topic ${index}`).join('\n');
    const { papers, warnings } = parseImport(
      `TY  - JOUR\nTI  - Many topics\nDO  - 10.1000/many\n${keywords}\nER  - \n`,
      'ris',
      { now: IMPORT_NOW },
    );
    expect(papers[0]?.tags).toHaveLength(LIMITS.tagsPerPaper);
    expect(warnings).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/66 keywords; the first 64/) }),
    ]);
  });
});

describe('DOIs that hold a semicolon', () => {
  it('stay whole in an id list; a semicolon before a space still separates', () => {
    const ids = (text: string) =>
      parseImport(text, 'ids', { now: IMPORT_NOW }).papers.map((paper) => paper.id);
    expect(ids(SICI_DOI)).toEqual([SICI_ID]);
    expect(ids(`https://doi.org/${SICI_DOI}`)).toEqual([SICI_ID]);
    expect(ids(`${SICI_DOI}; 2401.00001;\n2401.00002, 2401.00003`)).toEqual([
      SICI_ID,
      'arxiv:2401.00001',
      'arxiv:2401.00002',
      'arxiv:2401.00003',
    ]);
  });

  it('stay whole in a RIS UR; a semicolon before another URL still separates', () => {
    const url = `https://doi.org/${SICI_DOI}`;
    const parsed = parseImport(
      `TY  - JOUR\nTI  - Deterministic Nonperiodic Flow\nUR  - ${url}\nER  - \n`,
    );
    expect(parsed.papers.map((paper) => [paper.id, paper.url])).toEqual([[SICI_ID, url]]);
    const two = parseImport(
      `TY  - JOUR\nTI  - Two links\nUR  - ${url};https://arxiv.org/abs/2401.00001; https://x.org/a\nER  - \n`,
    );
    expect(two.papers[0]?.aliases).toEqual(expect.arrayContaining([SICI_ID, 'arxiv:2401.00001']));
    expect(two.papers[0]?.url).toBe(url);
  });
});

describe('id list import', () => {
  const parsed = parseImport(importFixture('ids.txt'), undefined, { now: IMPORT_NOW });

  it('reads every id, DOI and URL once, with bullets, commas and comments', () => {
    expect(parsed.format).toBe('ids');
    expect(parsed.papers.map((paper) => paper.id)).toEqual([
      'arxiv:2403.01234',
      'arxiv:2401.00001',
      'arxiv:2401.00002',
      'doi:10.1145/3292500.3330701',
      'arxiv:2401.00003',
      'openreview:AbC-123_x',
      'url:https://example.org/papers/fancy-paper.pdf',
    ]);
  });

  it('titles each paper by its id until a listing shows the real title', () => {
    expect(parsed.papers[0]).toMatchObject({
      title: 'arXiv:2403.01234',
      url: 'https://arxiv.org/abs/2403.01234',
      pdfUrl: 'https://arxiv.org/pdf/2403.01234',
      site: 'arxiv',
      authors: [],
    });
    expect(parsed.papers[3]).toMatchObject({
      title: '10.1145/3292500.3330701',
      url: 'https://doi.org/10.1145/3292500.3330701',
      site: 'imported',
    });
    expect(parsed.papers[5]?.site).toBe('openreview');
  });

  it('names the line of a token that is not a paper', () => {
    const error = importErrorOf('2401.00001\n\nsee also: nonsense\n', 'ids');
    expect(error).toMatchObject({ line: 3 });
    expect(error.message).toBe('Line 3: "see" is not an arXiv id, DOI or URL');
  });
});

describe('backup import', () => {
  const backup = exportPapers('json', SHELF_PAPERS, SHELF_TAGS);

  it('gives back the papers and tags', () => {
    const parsed = parseImport(backup);
    expect(parsed.papers).toEqual(SHELF_PAPERS);
    expect(parsed.tags).toEqual(SHELF_TAGS);
    expect(parsed.rules).toEqual([]);
  });

  it('names the paper and field of an invalid value', () => {
    const data = JSON.parse(backup);
    data.papers[2].status = 'finished';
    const error = importErrorOf(JSON.stringify(data));
    expect(error).toMatchObject({ entry: 'papers[2] (arxiv:2607.09000)', field: 'status' });
  });

  /** The backup with fields of one paper or tag replaced (undefined: left out), as exported. */
  const backupWith = (
    collection: 'papers' | 'tags',
    index: number,
    fields: Record<string, unknown>,
  ): string => {
    const data = JSON.parse(backup);
    Object.assign(data[collection][index], fields);
    return JSON.stringify(data, null, 2);
  };
  /** The 1-based line of the first line of `text` that includes `part`. */
  const lineWith = (text: string, part: string) =>
    text.split('\n').findIndex((line) => line.includes(part)) + 1;
  const paper3 = `papers[3] (${SHELF_PAPERS[3]?.id})`;

  it.each([
    [
      'a status the shelf does not know',
      backupWith('papers', 3, { status: 'done' }),
      '"status": "done"',
      `entry ${paper3}, field "status": expected one of "to-read", "reading", "read"`,
    ],
    [
      'a date written as text',
      backupWith('papers', 3, { savedAt: '2026-07-01T00:00:00Z' }),
      '"savedAt": "2026',
      `entry ${paper3}, field "savedAt": expected a number (milliseconds since 1970), got a string`,
    ],
    [
      'a colour by name',
      backupWith('tags', 1, { color: 'red' }),
      '"color": "red"',
      `entry tags[1] (${SHELF_TAGS[1]?.name}), field "color": expected a #rrggbb colour`,
    ],
  ])('says what is wrong with %s, on its line', (_, text, part, message) => {
    expect(importErrorOf(text).message).toBe(`Line ${lineWith(text, part)}, ${message}`);
  });

  it('names a missing field on the line where its paper starts', () => {
    const text = backupWith('papers', 3, { aliases: undefined });
    expect(importErrorOf(text)).toMatchObject({
      line: lineWith(text, `"id": "${SHELF_PAPERS[3]?.id}"`) - 1,
      entry: paper3,
      field: 'aliases',
      problem: 'missing',
    });
  });

  it('says how far a value is out of bounds', () => {
    // 2,345 characters as the schema counts them: the emoji is one.
    const title = `${'x'.repeat(2344)}🙂`;
    expect(importErrorOf(backupWith('papers', 0, { title })).problem).toBe(
      'too long (2,345 characters; at most 2,000)',
    );
    expect(importErrorOf(backupWith('papers', 0, { aliases: [] })).problem).toBe(
      'too few items (0; at least 1)',
    );
    expect(importErrorOf(backupWith('papers', 0, { updatedAt: 1.5 })).problem).toBe(
      'expected a whole number, got 1.5',
    );
    const version = JSON.stringify({ ...JSON.parse(backup), schemaVersion: 0 }, null, 2);
    expect(importErrorOf(version).message).toBe(
      'Line 3, field "schemaVersion": too small (0; must be more than 0)',
    );
  });

  it('keeps the messages the schema gives its own checks', () => {
    const text = backupWith('papers', 0, { url: 'ftp://example.org/paper' });
    expect(importErrorOf(text).problem).toBe('must be an http(s) URL');
  });

  it('finds the line in any layout: one line, repeated keys, strings and lists that nest', () => {
    const data = JSON.parse(backup);
    data.papers[1].status = 'done';
    expect(importErrorOf(JSON.stringify(data)).line).toBe(1);
    // Before the bad value: keys it is not, brackets and quotes inside strings, nested lists, and
    // an equal key that JSON.parse overrides with the last.
    const { status: _, ...paper } = data.papers[1];
    data.papers[1] = {
      notes: ['{"status": "done"', [[{ status: '[' }], []], '\\"]}', { '"status"': 1 }],
      status: 'two keys',
      ...paper,
    };
    const text = JSON.stringify(data, null, 2).replace(
      '"status": "two keys"',
      '"status": "to-read",\n      "status": "done"',
    );
    expect(JSON.parse(text).papers[1].status).toBe('done');
    expect(importErrorOf(text)).toMatchObject({
      line: lineWith(text, '"status": "done"'),
      entry: `papers[1] (${SHELF_PAPERS[1]?.id})`,
      field: 'status',
    });
    // A list nested deeper than a recursive walk could go.
    const deep = backup
      .replace('"papers": [', `"deep": ${'['.repeat(50_000)}${']'.repeat(50_000)},\n  "papers": [`)
      .replace('"status": "reading"', '"status": 1');
    expect(importErrorOf(deep)).toMatchObject({
      line: lineWith(deep, '"status": 1'),
      problem: 'expected one of "to-read", "reading", "read"',
    });
  });

  it('names the rule and field of an invalid rule', () => {
    const data = JSON.parse(backup);
    data.rules = [
      {
        id: 'r1',
        tag: 'x',
        field: 'venue',
        pattern: 'a',
        isRegex: false,
        enabled: true,
        createdAt: 1,
      },
    ];
    expect(importErrorOf(JSON.stringify(data))).toMatchObject({
      entry: 'rules[0] (r1)',
      field: 'field',
    });
  });

  it('keeps the venues of the papers', () => {
    const papers = SHELF_PAPERS.map((paper, i) =>
      i === 0 ? { ...paper, venue: 'Nature', venueType: 'journal' as const } : paper,
    );
    const parsed = parseImport(exportPapers('json', papers, SHELF_TAGS));
    expect(parsed.papers[0]).toMatchObject({ venue: 'Nature', venueType: 'journal' });
    expect(parsed.papers).toEqual(papers);
  });

  it('names the paper and field of a venue the shelf cannot hold, as of any field', () => {
    const data = JSON.parse(backup);
    data.papers[2].venue = 'x'.repeat(LIMITS.venueLength + 1);
    expect(importErrorOf(JSON.stringify(data))).toMatchObject({
      entry: 'papers[2] (arxiv:2607.09000)',
      field: 'venue',
    });
  });

  it('reads a preprint server named as a venue as no venue', () => {
    const data = JSON.parse(backup);
    data.papers[2].venue = 'CoRR';
    expect(parseImport(JSON.stringify(data)).papers[2]?.venue).toBeUndefined();
  });

  it('reads a backup written before rules existed', () => {
    const data = JSON.parse(backup);
    delete data.rules;
    expect(parseImport(JSON.stringify(data)).rules).toEqual([]);
  });

  it('refuses JSON that is not a backup, and backups from a newer version', () => {
    expect(importErrorOf('[{"id": "x", "type": "article"}]')).toMatchObject({ field: 'format' });
    const newer = { ...JSON.parse(backup), schemaVersion: 99 };
    expect(importErrorOf(JSON.stringify(newer)).message).toMatch(/newer Paper Shelf/);
  });

  it('gives the line of a JSON syntax error', () => {
    const broken = backup.replace('"status": "reading",', '"status": "reading"');
    const error = importErrorOf(broken);
    const line = broken.split('\n').findIndex((l) => l.includes('"status": "reading"')) + 2;
    expect(error.line).toBe(line);
    expect(error.message).toMatch(/^Line \d+: not valid JSON/);
  });

  it('gives the last line with text of a backup cut short', () => {
    const lines = backup.split('\n');
    const cut = lines.findIndex((l) => l.endsWith('"tags": [')) + 1;
    expect(cut).toBeGreaterThan(1);
    const truncated = `${lines.slice(0, cut).join('\n')}\n`;
    expect(importErrorOf(truncated).message).toBe(
      `Line ${cut}: not valid JSON (Unexpected end of JSON input)`,
    );
    // V8 names the position past the blank lines here ("Expected ',' or ']' after array element").
    expect(importErrorOf(`${lines.slice(0, 20).join('\n')}\n\n`).line).toBe(20);
  });

  it('gives the line of an error whose message names no position', () => {
    // V8: "Unexpected token ',', "[,]" is not valid JSON", with no position in it.
    expect(importErrorOf('[,]').message).toBe("Line 1: not valid JSON (Unexpected token ',')");
    // The quoted text around the token (",2]") is not enough to tell the two commas apart.
    expect(importErrorOf('[\n1,\n,2]').line).toBe(3);
    const broken = backup.replace('"tags": [', '"tags": [,');
    const line = broken.split('\n').findIndex((l) => l.includes('"tags": [,')) + 1;
    expect(line).toBeGreaterThan(1);
    expect(importErrorOf(broken)).toMatchObject({
      line,
      problem: "not valid JSON (Unexpected token ',')",
    });
  });
});

describe('RIS import of venues', () => {
  const ris = (...records: string[]) =>
    parseImport(records.map((record) => `${record}\nER  - \n`).join('\n'), 'ris', {
      now: IMPORT_NOW,
    }).papers;
  /** The venue and its type of a record of type `type` with `fields` (tag, value pairs). */
  const venueOf = (type: string, ...fields: Array<[string, string]>) => {
    const lines = fields.map(([tag, value]) => `${tag}  - ${value}`);
    const [paper] = ris([`TY  - ${type}`, 'TI  - T', 'UR  - https://x.org/a', ...lines].join('\n'));
    return { venue: paper?.venue, venueType: paper?.venueType };
  };

  it('reads the journal of Zotero’s JOUR record, and none for its preprint', () => {
    const papers = parseImport(importFixture('zotero.ris'), undefined, { now: IMPORT_NOW }).papers;
    expect(papers.map((paper) => [paper.id, paper.venue, paper.venueType])).toEqual([
      ['arxiv:1706.03762', undefined, undefined],
      ['doi:10.1002/andp.19263840404', 'Annalen der Physik', 'journal'],
    ]);
  });

  it('a CPAPER with T2, as IEEE Xplore and ACM write it', () => {
    const [paper] = ris(
      [
        'TY  - CPAPER',
        'TI  - Deep Residual Learning for Image Recognition',
        'T2  - 2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)',
        'SP  - 770',
        'EP  - 778',
        'AU  - He, Kaiming',
        'PY  - 2016',
        'DO  - 10.1109/CVPR.2016.90',
        'JO  - 2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)',
      ].join('\n'),
    );
    expect(paper).toMatchObject({
      id: 'doi:10.1109/cvpr.2016.90',
      venue: '2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)',
      venueType: 'conference',
    });
  });

  it('Zotero’s proceedings title (C3) before its conference name (T2), and CONF too', () => {
    const fields: Array<[string, string]> = [
      ['T2', 'NeurIPS 2023'],
      ['C3', 'Advances in Neural Information Processing Systems'],
    ];
    const expected = {
      venue: 'Advances in Neural Information Processing Systems',
      venueType: 'conference',
    };
    expect(venueOf('CPAPER', ...fields)).toEqual(expected);
    expect(venueOf('CONF', ...fields)).toEqual(expected);
    expect(venueOf('CONF', ['T2', 'NeurIPS 2023'])).toEqual({
      venue: 'NeurIPS 2023',
      venueType: 'conference',
    });
  });

  it('takes T2, then JO, JF, BT, J2, passing over a preprint server', () => {
    // Least preferred first: each record holds the tags up to one, and takes that one.
    const tags = ['J2', 'BT', 'JF', 'JO', 'T2'];
    tags.forEach((tag, i) => {
      const fields = tags.slice(0, i + 1).map((t): [string, string] => [t, `Venue in ${t}`]);
      expect(venueOf('JOUR', ...fields).venue).toBe(`Venue in ${tag}`);
    });
    expect(venueOf('JOUR', ['T2', 'arXiv'], ['JO', 'Nature'])).toEqual({
      venue: 'Nature',
      venueType: 'journal',
    });
    expect(venueOf('JOUR', ['JO', 'arXiv:2401.00001'])).toEqual({
      venue: undefined,
      venueType: undefined,
    });
  });

  it.each(['JOUR', 'JFULL', 'EJOUR'])('%s is a journal article', (type) => {
    expect(venueOf(type, ['T2', 'Nature'])).toEqual({ venue: 'Nature', venueType: 'journal' });
  });

  it.each([
    ['BOOK', 'T2', 'Lecture Notes in Computer Science'],
    ['CHAP', 'T2', 'The Handbook of Things'],
    ['CHAP', 'BT', 'The Handbook of Things'],
    ['ELEC', 'T2', 'The Blog'],
    ['GEN', 'T2', 'Something'],
  ])('a %s record has no venue, its %s being no journal or proceedings', (type, tag, value) => {
    expect(venueOf(type, [tag, value])).toEqual({ venue: undefined, venueType: undefined });
  });

  it.each([
    ['T2', 'Computer Vision – ECCV 2024'],
    ['BT', 'Medical Image Computing and Computer Assisted Intervention – MICCAI 2024'],
  ])('a CHAP record whose %s is a conference’s proceedings has it as its venue', (tag, value) => {
    expect(venueOf('CHAP', [tag, value])).toEqual({ venue: value, venueType: 'conference' });
  });

  it('joins a venue that runs over two lines; clamps an over-long one', () => {
    expect(venueOf('JOUR', ['T2', 'Journal of\n  Things']).venue).toBe('Journal of Things');
    const { venue } = venueOf('JOUR', ['T2', 'Journal of Things '.repeat(40)]);
    expect(venue?.length).toBeLessThanOrEqual(LIMITS.venueLength);
    expect(venue).toMatch(/^Journal of Things .*…$/);
  });
});
