/** Applying an import: merge or replace, the preview, and all-or-nothing on failure. */
import { db } from '@/lib/db/db';
import { applyImport, changesShelf, planImport } from '@/lib/db/import';
import { editPaperTags, listPapers, savePaper } from '@/lib/db/papers';
import { ensureTags, listTags, renameTag } from '@/lib/db/tags';
import { exportPapers } from '@/lib/export';
import { ImportError, type ParsedImport, parseImport } from '@/lib/import';
import type { Paper, Tag } from '@/lib/paper/schemas';
import { defaultTagColor } from '@/lib/paper/tag-colors';
import { SHELF_PAPERS, SHELF_TAGS } from '../../fixtures/export/shelf';
import { candidate, savedPaper } from '../../fixtures/papers';
import { autoTagRule } from '../../fixtures/rules';

const NOW = Date.UTC(2026, 7, 1);

beforeEach(async () => {
  await db.papers.clear();
  await db.tags.clear();
  await db.rules.clear();
});

function backupOf(papers: Paper[], tags: Tag[] = []): ParsedImport {
  return parseImport(exportPapers('json', papers, tags));
}

async function shelf(): Promise<{ papers: Paper[]; tags: Tag[] }> {
  return { papers: await db.papers.orderBy('id').toArray(), tags: await listTags() };
}

describe('merge', () => {
  it('adds new papers as the file has them (status, note, tags, saved date), updated now', async () => {
    const result = await applyImport(backupOf(SHELF_PAPERS, SHELF_TAGS), 'merge', NOW);
    expect(result).toMatchObject({ added: 6, updated: 0, unchanged: 0, removed: 0, tagsAdded: 4 });
    const stored = await db.papers.get('arxiv:2607.08961');
    // As the file has it, but updated now: the shelf changed (lib/db/import.ts).
    expect(stored).toEqual({ ...SHELF_PAPERS[0], updatedAt: NOW });
    expect(await listTags()).toEqual(expect.arrayContaining(SHELF_TAGS));
  });

  it("previews a shelf's own BibTeX and RIS exports as unchanged, though they spell out derived fields", async () => {
    // Saved from listings: no publication date (the export writes the month its arXiv id names),
    // a known venue with no type (the export writes @inproceedings / CPAPER for it).
    const arxiv = savedPaper(candidate({ id: 'arxiv:2607.01234' }), { savedAt: 1, updatedAt: 1 });
    const atAcl = savedPaper(
      candidate({
        id: 'doi:10.18653/v1/2024.acl-long.7',
        url: 'https://aclanthology.org/2024.acl-long.7/',
        site: 'acl',
        venue:
          'Proceedings of the 62nd Annual Meeting of the Association for Computational Linguistics',
      }),
      {
        aliases: ['doi:10.18653/v1/2024.acl-long.7', 'acl:2024.acl-long.7'],
        savedAt: 2,
        updatedAt: 2,
      },
    );
    await applyImport(backupOf([arxiv, atAcl]), 'replace', NOW);
    for (const format of ['bibtex', 'ris'] as const) {
      const ownExport = parseImport(exportPapers(format, await db.papers.toArray()), format);
      expect(await planImport(ownExport, 'merge', NOW)).toMatchObject({
        added: 0,
        updated: 0,
        unchanged: 2,
      });
    }
  });

  it('refuses a merge that takes a note past its limit, saying which paper and why', async () => {
    const [paper] = SHELF_PAPERS as [Paper];
    await applyImport(backupOf([{ ...paper, note: 'a'.repeat(60_000) }]), 'merge', NOW);
    const longer = backupOf([{ ...paper, note: 'b'.repeat(60_000) }]);
    await expect(applyImport(longer, 'merge', NOW)).rejects.toThrow(
      /merged with the shelf, too long \(120,002 characters; at most 100,000\)/,
    );
    expect((await db.papers.get(paper.id))?.note).toBe('a'.repeat(60_000));
  });

  it('merges into papers on the shelf as saving does: tags unioned, note appended, status kept', async () => {
    await editPaperTags(candidate(), { add: ['mine'] }, 1000);
    await db.papers.update('arxiv:2607.01234', { status: 'read', note: 'my note' });
    const incoming: Paper = {
      ...candidate({ abstract: 'From the file.', aliases: ['arxiv:2607.01234', 'doi:10.1000/x'] }),
      aliases: ['arxiv:2607.01234', 'doi:10.1000/x'],
      tags: ['theirs'],
      status: 'to-read',
      note: 'their note',
      savedAt: 500,
      updatedAt: 500,
    };
    const result = await applyImport(backupOf([incoming]), 'merge', NOW);
    expect(result).toMatchObject({ added: 0, updated: 1, unchanged: 0, tagsAdded: 1 });
    expect(await db.papers.get('arxiv:2607.01234')).toMatchObject({
      aliases: ['arxiv:2607.01234', 'doi:10.1000/x'],
      abstract: 'From the file.',
      tags: ['mine', 'theirs'],
      status: 'read',
      note: 'my note\n\ntheir note',
      savedAt: 500,
      updatedAt: NOW,
    });
    expect(result.changes).toEqual([
      {
        ids: expect.arrayContaining(['arxiv:2607.01234', 'doi:10.1000/x']),
        state: { saved: true, tags: ['mine', 'theirs'], status: 'read' },
      },
    ]);
  });

  it('counts a paper the shelf already holds as it is as unchanged, and writes nothing', async () => {
    await applyImport(backupOf(SHELF_PAPERS, SHELF_TAGS), 'merge', NOW);
    const before = await shelf();
    const result = await applyImport(backupOf(SHELF_PAPERS, SHELF_TAGS), 'merge', NOW + 1000);
    expect(result).toMatchObject({ added: 0, updated: 0, unchanged: 6, tagsAdded: 0, changes: [] });
    expect(await shelf()).toEqual(before);
  });

  it('makes one record of two that the file shows to be one paper', async () => {
    await savePaper(candidate(), 1000);
    await savePaper(
      candidate({ id: 'doi:10.1000/x', url: 'https://doi.org/10.1000/x', site: 'imported' }),
      2000,
    );
    const bib = '@misc{k, title = {T}, eprint = {2607.01234}, doi = {10.1000/x}}';
    const result = await applyImport(parseImport(bib, 'bibtex', { now: NOW }), 'merge', NOW);
    expect(result).toMatchObject({ added: 0, updated: 1 });
    expect(await db.papers.toCollection().primaryKeys()).toEqual(['arxiv:2607.01234']);
    expect((await db.papers.get('arxiv:2607.01234'))?.aliases).toEqual([
      'arxiv:2607.01234',
      'doi:10.1000/x',
    ]);
  });

  it('reads an older backup’s ids that are not canonical under their canonical form, and merges', async () => {
    await savePaper(candidate(), 1000);
    const legacy = (id: string, tag: string, savedAt: number): Paper => ({
      ...candidate({ id }),
      aliases: [id],
      tags: [tag],
      status: 'to-read',
      note: '',
      savedAt,
      updatedAt: savedAt,
    });
    // Written by a version whose background took any id of the right shape.
    const text = exportPapers('json', [
      legacy('arxiv:2607.01234v2', 'v2', 500),
      legacy('doi:10.48550/ARXIV.2607.01234', 'arxiv-doi', 600),
    ]);
    const parsed = parseImport(text);
    expect(parsed.papers.map((paper) => [paper.id, paper.aliases])).toEqual([
      ['arxiv:2607.01234', ['arxiv:2607.01234']],
      ['arxiv:2607.01234', ['arxiv:2607.01234']],
    ]);
    const result = await applyImport(parsed, 'merge', NOW);
    expect(result).toMatchObject({ added: 0, updated: 1 });
    expect(await db.papers.toCollection().primaryKeys()).toEqual(['arxiv:2607.01234']);
    expect((await db.papers.get('arxiv:2607.01234'))?.tags).toEqual(['v2', 'arxiv-doi']);
  });

  it('keeps the shelf’s tag colours and the file’s for new tags', async () => {
    await db.tags.put({ name: 'nlp', color: '#000000', createdAt: 1 });
    await applyImport(backupOf(SHELF_PAPERS, SHELF_TAGS), 'merge', NOW);
    expect(await db.tags.get('nlp')).toEqual({ name: 'nlp', color: '#000000', createdAt: 1 });
    expect(await db.tags.get('fine-tuning')).toEqual(SHELF_TAGS[1]);
  });

  it('takes a tag the shelf has in another case as the shelf’s tag, on papers and rules', async () => {
    await editPaperTags(candidate({ id: 'arxiv:2607.00001' }), { add: ['ML'] }, 1000);
    const incoming: Paper = {
      ...candidate(),
      aliases: ['arxiv:2607.01234'],
      tags: ['ml', 'graphs'],
      status: 'to-read',
      note: '',
      savedAt: 1,
      updatedAt: 1,
    };
    const file = parseImport(
      exportPapers('json', [incoming], [{ name: 'ml', color: '#123456', createdAt: 1 }], {
        rules: [autoTagRule({ tag: 'ml', pattern: 'learning' })],
      }),
    );
    await applyImport(file, 'merge', NOW);
    expect((await db.papers.get('arxiv:2607.01234'))?.tags).toEqual(['ML', 'graphs']);
    expect((await listTags()).map((tag) => tag.name).sort()).toEqual(['ML', 'graphs']);
    expect((await db.rules.get('r'))?.tag).toBe('ML');
  });
});

describe('venues', () => {
  /** A backup holding the candidate() paper with `fields`, saved after the shelf's copy. */
  const fileWith = (fields: Partial<Paper>) =>
    backupOf([savedPaper(candidate(fields), { savedAt: 2000, updatedAt: 2000 })]);

  it('come with papers new to the shelf', async () => {
    await applyImport(fileWith({ venue: 'Nature', venueType: 'journal' }), 'merge', NOW);
    expect(await db.papers.get('arxiv:2607.01234')).toMatchObject({
      venue: 'Nature',
      venueType: 'journal',
    });
  });

  it('fill in a paper the shelf has without one, which counts as updated', async () => {
    await savePaper(candidate(), 1000);
    const file = fileWith({ venue: 'Proc. ICML', venueType: 'conference' });
    const preview = await planImport(file, 'merge', NOW);
    expect(preview).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
    expect(changesShelf(preview)).toBe(true);
    expect(await applyImport(file, 'merge', NOW)).toEqual(preview);
    expect(await db.papers.get('arxiv:2607.01234')).toMatchObject({
      venue: 'Proc. ICML',
      venueType: 'conference',
      updatedAt: NOW,
    });
  });

  it('leave a paper’s own venue as it is (unchanged), as saving from a page does', async () => {
    await savePaper(candidate({ venue: 'Nature', venueType: 'journal' }), 1000);
    const before = await shelf();
    const file = fileWith({ venue: 'Science', venueType: 'journal' });
    expect(await applyImport(file, 'merge', NOW)).toMatchObject({ updated: 0, unchanged: 1 });
    expect(await shelf()).toEqual(before);
  });

  it('replace a venue of no stated type with one that has a type, and its type with it', async () => {
    await savePaper(candidate({ venue: 'ICML' }), 1000);
    const file = fileWith({ venue: 'Proc. ICML', venueType: 'conference' });
    expect(await applyImport(file, 'merge', NOW)).toMatchObject({ updated: 1 });
    expect(await db.papers.get('arxiv:2607.01234')).toMatchObject({
      venue: 'Proc. ICML',
      venueType: 'conference',
    });
  });

  it('come from a BibTeX file onto a paper saved from a listing', async () => {
    await savePaper(candidate(), 1000);
    const bib =
      '@inproceedings{lovelace2026,\n  title = {Bounds},\n  eprint = {2607.01234},\n' +
      '  booktitle = {Proceedings of the 43rd {International} {Conference} on {Machine} {Learning}},\n}';
    const result = await applyImport(parseImport(bib, 'bibtex', { now: NOW }), 'merge', NOW);
    expect(result).toMatchObject({ added: 0, updated: 1 });
    expect(await db.papers.get('arxiv:2607.01234')).toMatchObject({
      title: candidate().title,
      venue: 'Proceedings of the 43rd International Conference on Machine Learning',
      venueType: 'conference',
    });
  });
});

describe('replace', () => {
  it('makes the shelf exactly the backup and reports what goes', async () => {
    await savePaper(candidate(), 1000);
    await editPaperTags(
      candidate({ id: 'arxiv:2607.08961', url: 'https://arxiv.org/abs/2607.08961' }),
      { add: ['old'] },
      1000,
    );
    const result = await applyImport(backupOf(SHELF_PAPERS, SHELF_TAGS), 'replace', NOW);
    expect(result).toMatchObject({ added: 5, updated: 1, unchanged: 0, removed: 1 });
    expect(result.changes).toContainEqual({
      ids: ['arxiv:2607.01234'],
      state: { saved: false, tags: [] },
    });
    const after = await shelf();
    expect(after.papers).toEqual([...SHELF_PAPERS].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(after.tags).toEqual([...SHELF_TAGS].sort((a, b) => (a.name < b.name ? -1 : 1)));
  });
});

describe('planImport', () => {
  it('previews the same counts applyImport then gives, without writing', async () => {
    await savePaper(candidate(), 1000);
    const parsed = backupOf(SHELF_PAPERS, SHELF_TAGS);
    const preview = await planImport(parsed, 'replace', NOW);
    expect(await listPapers()).toHaveLength(1);
    expect(await listTags()).toEqual([]);
    const applied = await applyImport(parsed, 'replace', NOW);
    expect(applied).toEqual(preview);
  });

  it('restores auto-tag rules: merge adds the new ones, replace brings back the file’s', async () => {
    const rule = (id: string, tag: string) => autoTagRule({ id, tag });
    await db.rules.put(rule('mine', 'mine'));
    const parsed = parseImport(
      exportPapers('json', [], [], { rules: [rule('mine', 'changed'), rule('theirs', 'rl')] }),
    );
    expect((await planImport(parsed, 'merge')).rulesAdded).toBe(1);
    expect(await db.rules.count()).toBe(1);

    await applyImport(parsed, 'merge', NOW);
    expect(await db.rules.orderBy('id').toArray()).toEqual([
      rule('mine', 'mine'),
      rule('theirs', 'rl'),
    ]);
    expect(await db.tags.get('rl')).toBeDefined();

    await db.rules.put(rule('local only', 'x'));
    await applyImport(parsed, 'replace', NOW);
    expect(await db.rules.orderBy('id').toArray()).toEqual([
      rule('mine', 'changed'),
      rule('theirs', 'rl'),
    ]);
  });
});

describe('what a replace removes besides papers', () => {
  const rule = (id: string, tag: string) => autoTagRule({ id, tag });

  it('counts the rules and tags the file does not bring back, and removes exactly those', async () => {
    await editPaperTags(candidate(), { add: ['kept', 'only on the shelf'] }, 1000);
    await db.tags.put({ name: 'unused', createdAt: 1 });
    await db.rules.bulkPut([rule('r1', 'rl'), rule('r2', 'diffusion'), rule('r3', 'kept')]);
    await ensureTags(['rl', 'diffusion'], 1);
    const incoming: Paper = {
      ...candidate(),
      aliases: ['arxiv:2607.01234'],
      tags: ['kept'],
      status: 'to-read',
      note: '',
      savedAt: 1,
      updatedAt: 1,
    };
    // r3 comes back (changed); r1, r2 and the rules' tags "rl" and "diffusion" do not.
    const parsed = parseImport(exportPapers('json', [incoming], [], { rules: [rule('r3', 'x')] }));
    const plan = await planImport(parsed, 'replace', NOW);
    expect(plan).toMatchObject({ rulesAdded: 0, rulesRemoved: 2, tagsRemoved: 4, tagsAdded: 1 });
    expect(await db.rules.count()).toBe(3);

    await applyImport(parsed, 'replace', NOW);
    expect((await db.rules.toCollection().primaryKeys()).sort()).toEqual(['r3']);
    expect((await listTags()).map((tag) => tag.name).sort()).toEqual(['kept', 'x']);
  });

  it('counts them for a backup written before rules were in it', async () => {
    await savePaper(candidate(), 1000);
    await db.rules.bulkPut([rule('r1', 'rl'), rule('r2', 'other')]);
    await ensureTags(['rl', 'other'], 1);
    const plan = await planImport(backupOf([]), 'replace', NOW);
    expect(plan).toMatchObject({ removed: 1, rulesRemoved: 2, tagsRemoved: 2 });
  });

  it('counts nothing on a merge, which removes nothing', async () => {
    await editPaperTags(candidate(), { add: ['mine'] }, 1000);
    await db.rules.put(rule('r1', 'rl'));
    const plan = await planImport(backupOf(SHELF_PAPERS, SHELF_TAGS), 'merge', NOW);
    expect(plan).toMatchObject({ removed: 0, rulesRemoved: 0, tagsRemoved: 0 });
  });
});

describe('what a replace changes in the rules and tags it keeps', () => {
  /** The shelf as a backup file has it, for a replace. */
  async function backupOfShelf(): Promise<ParsedImport> {
    const rules = await db.rules.toArray();
    return parseImport(
      exportPapers('json', await db.papers.toArray(), await listTags(), { rules }),
    );
  }

  beforeEach(async () => {
    await editPaperTags(candidate(), { add: ['nlp'] }, 1000);
    await db.tags.put({ name: 'nlp', color: '#123456', createdAt: 1 });
    await db.rules.put(autoTagRule({ id: 'r1', tag: 'nlp', pattern: 'language' }));
  });

  it('counts nothing when the backup holds the rules and tags as they are', async () => {
    const plan = await planImport(await backupOfShelf(), 'replace', NOW);
    expect(plan).toMatchObject({ rulesUpdated: 0, tagsRecolored: 0 });
    expect(changesShelf(plan)).toBe(false);
  });

  it('counts a rule the backup has under the same id but edited, and puts the file’s back', async () => {
    const backup = await backupOfShelf();
    await db.rules.update('r1', { pattern: 'language, linguistics' });
    const plan = await planImport(backup, 'replace', NOW);
    expect(plan).toMatchObject({ rulesAdded: 0, rulesRemoved: 0, rulesUpdated: 1 });
    expect(changesShelf(plan)).toBe(true);

    await applyImport(backup, 'replace', NOW);
    expect(await db.rules.get('r1')).toEqual(
      autoTagRule({ id: 'r1', tag: 'nlp', pattern: 'language' }),
    );
  });

  it('counts a tag whose colour the backup sets back, also to the default of a tag it has no record of', async () => {
    const backup = await backupOfShelf();
    await db.tags.update('nlp', { color: '#abcdef' });
    const plan = await planImport(backup, 'replace', NOW);
    expect(plan).toMatchObject({ tagsRecolored: 1, updated: 0 });
    // The paper is as it was, but its cards in open listings are told: the chip's colour changes.
    expect(plan.changes.map((change) => change.state)).toEqual([
      expect.objectContaining({ saved: true, tags: ['nlp'] }),
    ]);

    // Only the paper names the tag: the replace gives it the default colour.
    const withoutTagRecords = { ...backup, tags: [] };
    expect(await planImport(withoutTagRecords, 'replace', NOW)).toMatchObject({
      tagsAdded: 0,
      tagsRemoved: 0,
      tagsRecolored: 1,
    });
    await db.tags.update('nlp', { color: defaultTagColor('nlp').toUpperCase() });
    expect(await planImport(withoutTagRecords, 'replace', NOW)).toMatchObject({ tagsRecolored: 0 });
  });

  it('counts a renamed tag as one the backup adds and one it removes', async () => {
    const backup = await backupOfShelf();
    await renameTag('nlp', 'NLP', 2000);
    expect(await planImport(backup, 'replace', NOW)).toMatchObject({
      updated: 1,
      tagsAdded: 1,
      tagsRemoved: 1,
      tagsRecolored: 0,
      rulesUpdated: 1,
    });
  });

  it('counts neither on a merge, which keeps the shelf’s rules and colours', async () => {
    const backup = await backupOfShelf();
    await db.rules.update('r1', { pattern: 'linguistics' });
    await db.tags.update('nlp', { color: '#abcdef' });
    const plan = await planImport(backup, 'merge', NOW);
    expect(plan).toMatchObject({ rulesUpdated: 0, tagsRecolored: 0 });
    expect(changesShelf(plan)).toBe(false);
  });
});

describe('all or nothing', () => {
  it('leaves the shelf as it was when a write fails halfway', async () => {
    await editPaperTags(candidate(), { add: ['mine'] }, 1000);
    const before = await shelf();
    const failure = vi.spyOn(db.tags, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(applyImport(backupOf(SHELF_PAPERS, SHELF_TAGS), 'replace', NOW)).rejects.toThrow(
      'disk full',
    );
    failure.mockRestore();
    expect(await shelf()).toEqual(before);
  });

  it('refuses, naming the paper and field, a merge whose result the shelf cannot hold', async () => {
    await savePaper(candidate(), 1000);
    await db.papers.update('arxiv:2607.01234', { note: 'n'.repeat(60_000) });
    const before = await shelf();
    const incoming = { ...backupOf([]), papers: [] as Paper[] };
    incoming.papers.push({
      ...candidate(),
      aliases: ['arxiv:2607.01234'],
      tags: [],
      status: 'to-read',
      note: 'm'.repeat(60_000),
      savedAt: 1,
      updatedAt: 1,
    });
    const error = await applyImport(incoming, 'merge', NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ entry: 'arxiv:2607.01234', field: 'note' });
    expect(await shelf()).toEqual(before);
  });
});
