import type { WhereClause } from 'dexie';
import { db } from '@/lib/db/db';
import {
  changeOf,
  editPapersTags,
  editPaperTags,
  fillPaperDetails,
  getSavedStates,
  listPapers,
  listPapersInPages,
  removePaper,
  removePapers,
  restorePapers,
  savePaper,
  setPaperNote,
  setPaperStatus,
  setPapersStatus,
} from '@/lib/db/papers';
import { listTags } from '@/lib/db/tags';
import { paperSchema } from '@/lib/paper/schemas';
import { candidate, fixtureCandidate } from '../../fixtures/papers';

const ACL_PROCEEDINGS =
  'Proceedings of the 62nd Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)';
const NEURIPS_S2 = 'Neural Information Processing Systems';

beforeEach(async () => {
  await db.papers.clear();
  await db.tags.clear();
});

describe('fillPaperDetails', () => {
  it('fills in what a saved record lacks, keeping the tags, status and note', async () => {
    await savePaper(candidate({ abstract: undefined }), 1000);
    await setPaperStatus('arxiv:2607.01234', 'reading', 1100);
    const [written, ...others] = await fillPaperDetails(
      [
        candidate({
          site: 'dblp',
          aliases: ['dblp:conf/nips/X26'],
          venue: 'NeurIPS',
          venueType: 'conference',
        }),
      ],
      2000,
    );
    expect(others).toEqual([]);
    expect(written).toMatchObject({ venue: 'NeurIPS', venueType: 'conference', status: 'reading' });
    expect(await db.papers.get('arxiv:2607.01234')).toMatchObject({
      venue: 'NeurIPS',
      aliases: expect.arrayContaining(['dblp:conf/nips/X26']),
      status: 'reading',
      updatedAt: 2000,
    });
  });

  it('saves nothing that is not on the shelf, and writes nothing a page adds nothing to', async () => {
    expect(await fillPaperDetails([candidate({ venue: 'NeurIPS' })], 1000)).toEqual([]);
    expect(await db.papers.count()).toBe(0);

    await savePaper(candidate({ venue: 'NeurIPS', venueType: 'conference' }), 1000);
    const before = await db.papers.get('arxiv:2607.01234');
    expect(await fillPaperDetails([candidate({ venue: 'NeurIPS' })], 2000)).toEqual([]);
    expect(await db.papers.get('arxiv:2607.01234')).toEqual(before);
  });
});

describe('savePaper', () => {
  it('stores a new paper as "to read" with its id among its aliases', async () => {
    const paper = await savePaper(candidate(), 1000);
    expect(paper).toMatchObject({
      id: 'arxiv:2607.01234',
      aliases: ['arxiv:2607.01234'],
      tags: [],
      status: 'to-read',
      note: '',
      savedAt: 1000,
      updatedAt: 1000,
    });
    expect(paperSchema.parse(await db.papers.get('arxiv:2607.01234'))).toEqual(paper);
  });

  it('saving twice keeps one record and the first savedAt', async () => {
    await savePaper(candidate(), 1000);
    await savePaper(candidate(), 2000);
    const papers = await listPapers();
    expect(papers).toHaveLength(1);
    expect(papers[0]?.savedAt).toBe(1000);
    expect(papers[0]?.updatedAt).toBe(2000);
  });

  it('fills missing fields from a richer page without touching tags, status or note', async () => {
    await savePaper(candidate({ site: 'huggingface', authors: ['Ada Lovelace'] }), 1000);
    await editPaperTags(candidate(), { add: ['fine-tuning'] }, 1500);
    await db.papers.update('arxiv:2607.01234', { status: 'reading', note: 'read §3' });
    const richer = await savePaper(
      candidate({
        abstract: 'We study fixtures.',
        authors: ['Ada Lovelace', 'Alan Turing', 'Grace Hopper'],
        published: '2026-07-14',
      }),
      2000,
    );
    expect(richer).toMatchObject({
      site: 'huggingface',
      abstract: 'We study fixtures.',
      authors: ['Ada Lovelace', 'Alan Turing', 'Grace Hopper'],
      published: '2026-07-14',
      tags: ['fine-tuning'],
      status: 'reading',
      note: 'read §3',
    });
  });

  it('merges records that an alias shows to be one paper, keeping the union of tags', async () => {
    await editPaperTags(
      candidate({ id: 'doi:10.1000/xyz', url: 'https://doi.org/10.1000/xyz' }),
      { add: ['journal'] },
      1000,
    );
    await editPaperTags(candidate(), { add: ['arxiv-first'] }, 2000);
    const merged = await savePaper(candidate({ aliases: ['doi:10.1000/xyz'] }), 3000);
    expect(await db.papers.count()).toBe(1);
    expect(merged.id).toBe('arxiv:2607.01234');
    expect(merged.aliases).toEqual(['arxiv:2607.01234', 'doi:10.1000/xyz']);
    expect(merged.tags.sort()).toEqual(['arxiv-first', 'journal']);
    expect(merged.savedAt).toBe(1000);
  });

  it('merging two records of one paper keeps the furthest reading status of either', async () => {
    await savePaper(candidate(), 1000);
    const doi = candidate({ id: 'doi:10.1000/xyz', url: 'https://doi.org/10.1000/xyz' });
    await savePaper(doi, 2000);
    await setPaperStatus('doi:10.1000/xyz', 'read', 3000);
    const merged = await savePaper(candidate({ aliases: ['doi:10.1000/xyz'] }), 4000);
    expect(await db.papers.count()).toBe(1);
    expect(merged).toMatchObject({ id: 'arxiv:2607.01234', status: 'read', savedAt: 1000 });
    expect((await db.papers.get('arxiv:2607.01234'))?.status).toBe('read');
    // Reading beats to-read whichever record holds it, the older one or the newer.
    await db.papers.clear();
    await savePaper(candidate(), 1000);
    await setPaperStatus('arxiv:2607.01234', 'reading', 1500);
    await savePaper(doi, 2000);
    await setPaperStatus('doi:10.1000/xyz', 'to-read', 2500);
    expect((await savePaper(candidate({ aliases: ['doi:10.1000/xyz'] }), 3000)).status).toBe(
      'reading',
    );
  });

  it('an arXiv abstract page fills in what a collection card lacked, and adds its journal DOI', async () => {
    // A collection card knows the title and little else.
    const fromCollection = fixtureCandidate('huggingface', 'collection', 'arxiv:2607.08111');
    expect(fromCollection).not.toHaveProperty('abstract');
    expect(fromCollection.authors).toEqual([]);
    await savePaper(fromCollection, 1000);
    await editPaperTags(fromCollection, { add: ['rlhf'] }, 1100);
    await db.papers.update('arxiv:2607.08111', { status: 'reading', note: 'compare with §4' });

    const fromAbsPage = fixtureCandidate('arxiv', 'abs', 'arxiv:2607.08111');
    expect(fromAbsPage.aliases).toEqual(['doi:10.1145/3746059.3747211']);
    const paper = await savePaper(fromAbsPage, 2000);

    expect(paper).toMatchObject({
      id: 'arxiv:2607.08111',
      aliases: ['arxiv:2607.08111', 'doi:10.1145/3746059.3747211'],
      site: 'huggingface',
      url: 'https://huggingface.co/papers/2607.08111',
      abstract: fromAbsPage.abstract,
      authors: ['Dmitri Mbeki', 'Nikhil Mbeki', 'Ming Kim', 'Lena Martínez'],
      published: '2026-07-13',
      tags: ['rlhf'],
      status: 'reading',
      note: 'compare with §4',
      savedAt: 1000,
      updatedAt: 2000,
    });
    expect(await db.papers.count()).toBe(1);
    // The DOI now finds the paper too: a publisher page or Scholar card shows it as saved.
    expect(await getSavedStates(['doi:10.1145/3746059.3747211'])).toEqual({
      'doi:10.1145/3746059.3747211': { saved: true, tags: ['rlhf'], status: 'reading' },
    });
  });

  it('keeps the arXiv primary category the first page showed', async () => {
    await savePaper(candidate({ site: 'huggingface' }), 1000);
    const paper = await savePaper(candidate({ primaryCategory: 'cs.LG' }), 2000);
    expect(paper.primaryCategory).toBe('cs.LG');
    expect((await savePaper(candidate({ primaryCategory: 'stat.ML' }), 3000)).primaryCategory).toBe(
      'cs.LG',
    );
  });

  it('fills in the venue once a page names it, and takes its type with it', async () => {
    await savePaper(candidate(), 1000);
    // Semantic Scholar names the venue without its type; dblp names both.
    expect(
      await savePaper(candidate({ site: 'semanticscholar', venue: 'ACL' }), 2000),
    ).toMatchObject({ venue: 'ACL' });
    const typed = await savePaper(
      candidate({ site: 'dblp', venue: 'ACL (1)', venueType: 'conference' }),
      3000,
    );
    expect(typed).toMatchObject({ venue: 'ACL (1)', venueType: 'conference' });
    // Another venue of another type does not replace a stated one.
    const again = await savePaper(candidate({ venue: 'Nature', venueType: 'journal' }), 4000);
    expect(again).toMatchObject({ venue: 'ACL (1)', venueType: 'conference' });
  });

  it.each([
    ['dblp first', ['ACL (1)', 'conference'], [ACL_PROCEEDINGS, 'conference']],
    ['the Anthology first', [ACL_PROCEEDINGS, 'conference'], ['ACL (1)', 'conference']],
    ['a typed name after an untyped one', [NEURIPS_S2, undefined], ['NeurIPS', 'conference']],
    ['an untyped name after a typed one', ['NeurIPS', 'conference'], [NEURIPS_S2, undefined]],
  ] as const)(
    'names the venue by its fuller name, whichever site came first (%s)',
    async (_, first, second) => {
      const [firstVenue, firstType] = first;
      const [secondVenue, secondType] = second;
      await savePaper(candidate({ venue: firstVenue, venueType: firstType }), 1000);
      const paper = await savePaper(candidate({ venue: secondVenue, venueType: secondType }), 2000);
      const fuller = firstVenue.length > secondVenue.length ? firstVenue : secondVenue;
      expect(paper).toMatchObject({ venue: fuller, venueType: 'conference' });
    },
  );

  it('keeps two venues apart: the first stays, unless only the second states its type', async () => {
    // A workshop paper, later in a journal: dblp links both entries to the same arXiv id.
    await savePaper(candidate({ venue: 'Workshop on Efficient Systems' }), 1000);
    const paper = await savePaper(candidate({ venue: 'Nature', venueType: 'journal' }), 2000);
    expect(paper).toMatchObject({ venue: 'Nature', venueType: 'journal' });
    const again = await savePaper(
      candidate({ venue: 'Workshop on Efficient Systems Longer' }),
      3000,
    );
    expect(again).toMatchObject({ venue: 'Nature', venueType: 'journal' });
    const typed = await savePaper(candidate({ venue: 'Science', venueType: 'journal' }), 4000);
    expect(typed).toMatchObject({ venue: 'Nature', venueType: 'journal' });
  });

  it('replaces a stand-in title (a paper imported by its id) and site once a page shows them', async () => {
    await savePaper(
      candidate({
        id: 'doi:10.1000/xyz',
        title: '10.1000/xyz',
        authors: [],
        url: 'https://doi.org/10.1000/xyz',
        site: 'imported',
      }),
      1000,
    );
    const paper = await savePaper(candidate({ aliases: ['doi:10.1000/xyz'] }), 2000);
    expect(paper).toMatchObject({
      id: 'arxiv:2607.01234',
      title: candidate().title,
      site: 'arxiv',
      authors: candidate().authors,
    });
    // A real title is never replaced, not even by another real one.
    const again = await savePaper(candidate({ title: 'Another Title' }), 3000);
    expect(again.title).toBe(candidate().title);
  });

  it('re-keys a record under a stronger id when one arrives', async () => {
    await savePaper(
      candidate({ id: 'url:https://example.org/paper', url: 'https://example.org/paper' }),
      1000,
    );
    await savePaper(candidate({ aliases: ['url:https://example.org/paper'] }), 2000);
    expect(await db.papers.toCollection().primaryKeys()).toEqual(['arxiv:2607.01234']);
  });
});

describe('getSavedStates', () => {
  it('answers for every requested id, saved under any alias', async () => {
    await editPaperTags(candidate({ aliases: ['doi:10.1000/xyz'] }), { add: ['graphs'] }, 1000);
    expect(
      await getSavedStates(['doi:10.1000/xyz', 'arxiv:2607.01234', 'arxiv:2607.09999']),
    ).toEqual({
      'doi:10.1000/xyz': { saved: true, tags: ['graphs'], status: 'to-read' },
      'arxiv:2607.01234': { saved: true, tags: ['graphs'], status: 'to-read' },
      'arxiv:2607.09999': { saved: false, tags: [] },
    });
  });
});

describe('editPaperTags', () => {
  it('saves an unsaved paper and creates the tag with a colour', async () => {
    const paper = await editPaperTags(candidate(), { add: ['  federated   learning '] }, 1000);
    expect(paper.tags).toEqual(['federated learning']);
    expect(await listTags()).toEqual([
      {
        name: 'federated learning',
        color: expect.stringMatching(/^#[0-9a-f]{6}$/),
        createdAt: 1000,
      },
    ]);
  });

  it('adds each tag once, ignoring case, and removes tags', async () => {
    await editPaperTags(candidate(), { add: ['RL', 'rl', 'graphs'] });
    const paper = await editPaperTags(candidate(), { remove: ['Graphs'] });
    expect(paper?.tags).toEqual(['RL']);
  });

  it('does not bring back a removed paper when a card that missed the removal takes a tag off', async () => {
    await editPaperTags(candidate(), { add: ['graphs'] });
    await removePaper(candidate().id);
    expect(await editPaperTags(candidate(), { remove: ['graphs'] })).toBeUndefined();
    expect(await db.papers.count()).toBe(0);
  });
});

describe('removePaper', () => {
  it('removes the paper by any of its ids and reports its aliases', async () => {
    await savePaper(candidate({ aliases: ['doi:10.1000/xyz'] }));
    const removed = await removePaper('doi:10.1000/xyz');
    expect(removed?.aliases).toEqual(['arxiv:2607.01234', 'doi:10.1000/xyz']);
    expect(await db.papers.count()).toBe(0);
    expect(changeOf(undefined, ['doi:10.1000/xyz', ...(removed?.aliases ?? [])])).toEqual({
      ids: ['doi:10.1000/xyz', 'arxiv:2607.01234'],
      state: { saved: false, tags: [] },
    });
  });

  it('removes in bulk', async () => {
    await savePaper(candidate());
    await savePaper(candidate({ id: 'arxiv:2607.00001' }));
    await savePaper(candidate({ id: 'arxiv:2607.00002' }));
    expect(await removePapers(['arxiv:2607.00001', 'arxiv:2607.01234'])).toHaveLength(2);
    expect(await db.papers.toCollection().primaryKeys()).toEqual(['arxiv:2607.00002']);
  });
});

describe('status and note', () => {
  it('sets the status of a paper by any of its ids, bumping updatedAt only', async () => {
    await savePaper(candidate({ aliases: ['doi:10.1000/xyz'] }), 1000);
    const paper = await setPaperStatus('doi:10.1000/xyz', 'reading', 2000);
    expect(paper).toMatchObject({ id: 'arxiv:2607.01234', status: 'reading', savedAt: 1000 });
    expect(paper?.updatedAt).toBe(2000);
    expect((await db.papers.get('arxiv:2607.01234'))?.status).toBe('reading');
    expect(await getSavedStates(['doi:10.1000/xyz'])).toEqual({
      'doi:10.1000/xyz': { saved: true, tags: [], status: 'reading' },
    });
  });

  it('never saves a paper by setting its status or note', async () => {
    expect(await setPaperStatus('arxiv:2607.09999', 'read')).toBeUndefined();
    expect(await setPaperNote('arxiv:2607.09999', 'hello')).toBeUndefined();
    expect(await db.papers.count()).toBe(0);
  });

  it('replaces the note', async () => {
    await savePaper(candidate());
    await setPaperNote('arxiv:2607.01234', 'first');
    const paper = await setPaperNote('arxiv:2607.01234', 'Read §3\nthen §5');
    expect(paper?.note).toBe('Read §3\nthen §5');
    expect(paperSchema.parse(await db.papers.get('arxiv:2607.01234')).note).toBe(
      'Read §3\nthen §5',
    );
  });

  it('sets the status of many papers in one transaction', async () => {
    for (const n of [1, 2, 3]) await savePaper(candidate({ id: `arxiv:2607.0000${n}` }));
    const updated = await setPapersStatus(['arxiv:2607.00001', 'arxiv:2607.00003'], 'read');
    expect(updated.map((p) => p.id).sort()).toEqual(['arxiv:2607.00001', 'arxiv:2607.00003']);
    const statuses = (await listPapers()).map((p) => [p.id, p.status]);
    expect(Object.fromEntries(statuses)).toEqual({
      'arxiv:2607.00001': 'read',
      'arxiv:2607.00002': 'to-read',
      'arxiv:2607.00003': 'read',
    });
  });
});

describe('editPapersTags', () => {
  it('adds and removes a tag on many saved papers, creating the tag once', async () => {
    await editPaperTags(candidate({ id: 'arxiv:2607.00001' }), { add: ['old'] });
    await savePaper(candidate({ id: 'arxiv:2607.00002' }));
    const updated = await editPapersTags(
      ['arxiv:2607.00001', 'arxiv:2607.00002', 'arxiv:2607.09999'],
      { add: ['Reading group'], remove: ['OLD'] },
      5000,
    );
    expect(updated.map((p) => p.tags)).toEqual([['Reading group'], ['Reading group']]);
    expect(updated.every((p) => p.updatedAt === 5000)).toBe(true);
    expect(await db.papers.count()).toBe(2);
    expect((await listTags()).map((tag) => tag.name)).toEqual(['Reading group', 'old']);
  });
});

describe('restorePapers (undo)', () => {
  it('puts removed papers back exactly as they were', async () => {
    await editPaperTags(candidate(), { add: ['graphs'] }, 1000);
    await setPaperNote('arxiv:2607.01234', 'keep me', 1500);
    await savePaper(candidate({ id: 'arxiv:2607.00002' }), 2000);
    const before = await listPapers();
    const removed = await removePapers(['arxiv:2607.01234', 'arxiv:2607.00002']);
    expect(await db.papers.count()).toBe(0);
    await db.tags.clear();
    await restorePapers(removed, 9000);
    expect(await listPapers()).toEqual(before);
    expect((await listTags()).map((tag) => tag.name)).toEqual(['graphs']);
  });

  it('merges with a copy saved again in the meantime, losing nothing', async () => {
    await editPaperTags(candidate(), { add: ['old-tag'] }, 1000);
    await setPaperNote('arxiv:2607.01234', 'old note', 1100);
    const removed = await removePapers(['arxiv:2607.01234']);
    await editPaperTags(candidate({ aliases: ['doi:10.1000/xyz'] }), { add: ['new-tag'] }, 2000);
    const [restored] = await restorePapers(removed, 3000);
    expect(await db.papers.count()).toBe(1);
    expect(restored).toMatchObject({
      id: 'arxiv:2607.01234',
      aliases: ['arxiv:2607.01234', 'doi:10.1000/xyz'],
      note: 'old note',
      savedAt: 1000,
      updatedAt: 3000,
    });
    expect(restored?.tags.sort()).toEqual(['new-tag', 'old-tag']);
  });
});

describe('listPapersInPages', () => {
  it('reads the whole shelf, newest first, also when equal savedAt straddle a page', async () => {
    const savedAt = [5, 4, 4, 4, 3, 2, 2, 1];
    for (const [n, at] of savedAt.entries()) {
      await savePaper(candidate({ id: `arxiv:2607.0000${n}` }), at);
    }
    const papers = await listPapersInPages(3);
    expect(papers.map((p) => p.savedAt)).toEqual(savedAt);
    expect(new Set(papers.map((p) => p.id)).size).toBe(savedAt.length);
    expect(await listPapersInPages(100)).toHaveLength(savedAt.length);
  });

  it('awaits the pause between two pages, never before the first or after the last', async () => {
    for (const n of [1, 2, 3, 4, 5, 6, 7]) {
      await savePaper(candidate({ id: `arxiv:2607.0000${n}` }), n);
    }
    const log: string[] = [];
    const where = db.papers.where.bind(db.papers) as (index: string) => WhereClause;
    vi.spyOn(db.papers, 'where').mockImplementation(((index: string) => {
      log.push('read');
      return where(index);
    }) as typeof db.papers.where);
    const papers = await listPapersInPages(3, async () => {
      log.push('pause');
    });
    expect(papers.map((p) => p.savedAt)).toEqual([7, 6, 5, 4, 3, 2, 1]);
    // A full page is read, then the rest of its last savedAt (two reads), then a pause.
    expect(log).toEqual(['read', 'read', 'pause', 'read', 'read', 'pause', 'read']);
  });
});

describe('listPapers', () => {
  it('reads only the newest page when asked', async () => {
    for (const n of [1, 2, 3]) await savePaper(candidate({ id: `arxiv:2607.0000${n}` }), n);
    expect((await listPapers({ limit: 2 })).map((p) => p.id)).toEqual([
      'arxiv:2607.00003',
      'arxiv:2607.00002',
    ]);
  });

  it('lists newest first', async () => {
    await savePaper(candidate({ id: 'arxiv:2607.00001' }), 1);
    await savePaper(candidate({ id: 'arxiv:2607.00003' }), 3);
    await savePaper(candidate({ id: 'arxiv:2607.00002' }), 2);
    expect((await listPapers()).map((p) => p.id)).toEqual([
      'arxiv:2607.00003',
      'arxiv:2607.00002',
      'arxiv:2607.00001',
    ]);
  });
});
