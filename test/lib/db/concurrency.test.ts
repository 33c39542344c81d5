/**
 * Two tabs acting on the same paper at the same moment. Each write in lib/db/papers.ts is one
 * read-merge-write transaction, so concurrent writes queue up instead of overwriting each other:
 * one record, the union of tags, nothing half-written. (test/e2e/robustness.test.ts does the
 * same with two real tabs in Chromium.)
 */
import fc from 'fast-check';
import { db } from '@/lib/db/db';
import { editPaperTags, getSavedStates, removePaper, savePaper } from '@/lib/db/papers';
import { paperSchema } from '@/lib/paper/schemas';
import { candidate } from '../../fixtures/papers';

beforeEach(async () => {
  await db.papers.clear();
  await db.tags.clear();
});

describe('at the same moment', () => {
  it('two tabs tagging an unsaved paper end with one record and both tags', async () => {
    await Promise.all([
      editPaperTags(candidate(), { add: ['graphs'] }),
      editPaperTags(candidate(), { add: ['nlp'] }),
    ]);
    const papers = await db.papers.toArray();
    expect(papers).toHaveLength(1);
    expect([...(papers[0]?.tags ?? [])].sort()).toEqual(['graphs', 'nlp']);
    expect((await db.tags.toArray()).map((tag) => tag.name).sort()).toEqual(['graphs', 'nlp']);
  });

  it('a save racing a tag edit keeps the tag', async () => {
    await Promise.all([
      savePaper(candidate()),
      editPaperTags(candidate(), { add: ['graphs'] }),
      savePaper(candidate({ abstract: 'We study fixtures.' })),
    ]);
    const papers = await db.papers.toArray();
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({ tags: ['graphs'], abstract: 'We study fixtures.' });
  });

  it('one tab knowing the arXiv id and another the DOI as well end with one record', async () => {
    await Promise.all([
      editPaperTags(candidate(), { add: ['graphs'] }),
      editPaperTags(candidate({ aliases: ['doi:10.1000/xyz'] }), { add: ['nlp'] }),
      savePaper(
        candidate({
          id: 'doi:10.1000/xyz',
          aliases: ['arxiv:2607.01234'],
          url: 'https://doi.org/10.1000/xyz',
        }),
      ),
    ]);
    const papers = await db.papers.toArray();
    expect(papers).toHaveLength(1);
    expect(papers[0]?.aliases.sort()).toEqual(['arxiv:2607.01234', 'doi:10.1000/xyz']);
    expect([...(papers[0]?.tags ?? [])].sort()).toEqual(['graphs', 'nlp']);
  });

  it('any burst of concurrent tag edits ends with exactly the tags a serial order gives', async () => {
    const tag = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
    const edit = fc.record({ add: fc.array(tag, { maxLength: 3 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 2, maxLength: 12 }), async (edits) => {
        await db.papers.clear();
        await Promise.all(edits.map((change) => editPaperTags(candidate(), change)));
        const papers = await db.papers.toArray();
        expect(papers).toHaveLength(1);
        const expected = new Set(edits.flatMap((change) => change.add));
        expect(new Set(papers[0]?.tags)).toEqual(expected);
        expect(paperSchema.safeParse(papers[0]).success).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('a removal racing a tag edit leaves the paper either removed or whole, never half', async () => {
    await savePaper(candidate());
    await Promise.all([
      removePaper('arxiv:2607.01234'),
      editPaperTags(candidate(), { add: ['graphs'] }),
    ]);
    const papers = await db.papers.toArray();
    expect(papers.length).toBeLessThanOrEqual(1);
    for (const paper of papers) expect(paperSchema.safeParse(paper).success).toBe(true);
    const states = await getSavedStates(['arxiv:2607.01234']);
    expect(states['arxiv:2607.01234']?.saved).toBe(papers.length === 1);
  });
});
