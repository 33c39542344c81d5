import { db } from '@/lib/db/db';
import {
  editPaperTags,
  removePapers,
  restorePapers,
  savePaper,
  setPaperStatus,
} from '@/lib/db/papers';
import { ShelfMirror } from '@/lib/shelf/mirror';
import { candidate } from '../../fixtures/papers';

const id = (n: number) => `arxiv:2607.0000${n}`;

async function sync(mirror: ShelfMirror): Promise<boolean> {
  return mirror.apply(await mirror.read());
}

const shown = (mirror: ShelfMirror) => mirror.papers.map((paper) => paper.id);

beforeEach(async () => {
  await db.papers.clear();
  for (const n of [1, 2, 3]) await savePaper(candidate({ id: id(n) }), n * 1000);
});

describe('ShelfMirror', () => {
  it('reads the whole shelf first, newest saved first', async () => {
    const mirror = new ShelfMirror();
    expect(await sync(mirror)).toBe(true);
    expect(shown(mirror)).toEqual([id(3), id(2), id(1)]);
    expect(await sync(mirror)).toBe(false);
  });

  it('follows changes made anywhere: updates, new papers, removals, undo', async () => {
    const mirror = new ShelfMirror();
    await sync(mirror);
    const before = mirror.papers;

    await setPaperStatus(id(2), 'read', 5000);
    expect(await sync(mirror)).toBe(true);
    expect(mirror.papers).not.toBe(before);
    expect(mirror.papers.find((p) => p.id === id(2))?.status).toBe('read');
    // Papers that did not change keep their identity (the search index skips them).
    expect(mirror.papers[0]).toBe(before[0]);

    await savePaper(candidate({ id: id(4) }), 6000);
    await sync(mirror);
    expect(shown(mirror)).toEqual([id(4), id(3), id(2), id(1)]);

    const removed = await removePapers([id(1), id(3)]);
    await sync(mirror);
    expect(shown(mirror)).toEqual([id(4), id(2)]);

    // Undo brings records back with their old updatedAt: found all the same.
    await restorePapers(removed);
    await sync(mirror);
    expect(shown(mirror)).toEqual([id(4), id(3), id(2), id(1)]);
  });

  it('notices a second write in the same millisecond', async () => {
    const mirror = new ShelfMirror();
    await sync(mirror);
    await setPaperStatus(id(1), 'reading', 7000);
    await sync(mirror);
    await editPaperTags(candidate({ id: id(1) }), { add: ['same-ms'] }, 7000);
    expect(await sync(mirror)).toBe(true);
    expect(mirror.papers.find((p) => p.id === id(1))?.tags).toEqual(['same-ms']);
  });

  it("shows the page's own writes at once, and never goes back to an older read", async () => {
    const mirror = new ShelfMirror();
    await sync(mirror);
    const staleRead = await mirror.read();
    const updated = await setPaperStatus(id(3), 'read', 8000);
    expect(mirror.absorb([updated!])).toBe(true);
    expect(mirror.papers[0]?.status).toBe('read');
    // A read that began before the write arrives late: the newer record stays.
    mirror.apply(staleRead);
    expect(mirror.papers[0]?.status).toBe('read');
    expect(mirror.absorb([], [id(3)])).toBe(true);
    expect(shown(mirror)).toEqual([id(2), id(1)]);
  });

  it('absorbs nothing before its first read', () => {
    expect(new ShelfMirror().absorb([], [id(1)])).toBe(false);
  });
});
