/**
 * The popup's early read (plain IndexedDB, before Dexie has loaded) must show what Dexie would:
 * the same papers in the same order, ties on savedAt included, by either of its two ways of
 * reading; and it must leave a missing or unknown database exactly as it found it.
 */
import { db, ShelfDatabase } from '@/lib/db/db';
import {
  FIRST_PAGE_SIZE,
  readNewestPapers,
  startFirstPageRead,
  takeFirstPageRead,
} from '@/lib/db/first-page';
import { listPapers, savePaper } from '@/lib/db/papers';
import { candidate } from '../../fixtures/papers';

let databaseCount = 0;
const freshName = () => `first-page-test-${++databaseCount}`;

/** 30 papers over 12 distinct savedAt values, so that ties have to be broken as Dexie does. */
async function saveThirtyPapers(): Promise<void> {
  for (let i = 0; i < 30; i++) {
    await savePaper(
      candidate({
        id: `arxiv:2607.${String(10000 + i)}`,
        url: `https://arxiv.org/abs/2607.${10000 + i}`,
      }),
      1000 + (i % 12),
    );
  }
}

/** Runs `read` as a browser without IndexedDB 3 (Firefox, Chromium before 141) would. */
async function withoutIndexedDb3<T>(read: () => Promise<T>): Promise<T> {
  const prototype = IDBObjectStore.prototype as { getAllRecords?: unknown };
  const saved = Object.getOwnPropertyDescriptor(prototype, 'getAllRecords');
  delete prototype.getAllRecords;
  try {
    expect('getAllRecords' in IDBObjectStore.prototype).toBe(false);
    return await read();
  } finally {
    if (saved) Object.defineProperty(prototype, 'getAllRecords', saved);
  }
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).flatMap((info) => (info.name ? [info.name] : []));
}

beforeEach(async () => {
  await db.papers.clear();
});

describe('readNewestPapers', () => {
  it('reads what listPapers reads, newest first, ties in the same order', async () => {
    await saveThirtyPapers();
    const dexie = await listPapers({ limit: FIRST_PAGE_SIZE });
    expect(dexie).toHaveLength(FIRST_PAGE_SIZE);
    expect('getAllRecords' in IDBObjectStore.prototype).toBe(true);
    const early = await readNewestPapers(FIRST_PAGE_SIZE);
    expect(early).toEqual(dexie);
    // Newest first; a tie on savedAt goes to the greater id, as a reversed index walk does.
    expect(early?.slice(0, 3).map((paper) => [paper.savedAt, paper.id])).toEqual([
      [1011, 'arxiv:2607.10023'],
      [1011, 'arxiv:2607.10011'],
      [1010, 'arxiv:2607.10022'],
    ]);
  });

  it('reads the same with a cursor where IndexedDB 3 is missing', async () => {
    await saveThirtyPapers();
    const dexie = await listPapers({ limit: 7 });
    const early = await withoutIndexedDb3(() => readNewestPapers(7));
    expect(early).toEqual(dexie);
    expect(early?.[1]?.id).toBe('arxiv:2607.10011');
    // Fewer papers than the limit: all of them.
    expect(await withoutIndexedDb3(() => readNewestPapers(100))).toEqual(await listPapers());
  });

  it('reads an empty shelf as no papers', async () => {
    await db.open();
    expect(await readNewestPapers(FIRST_PAGE_SIZE)).toEqual([]);
  });

  it('leaves no database behind when there is none yet, so Dexie creates it as always', async () => {
    const name = freshName();
    expect(await readNewestPapers(FIRST_PAGE_SIZE, name)).toBeUndefined();
    expect(await databaseNames()).not.toContain(name);
    const created = new ShelfDatabase(name);
    await created.papers.put(await savePaper(candidate(), 5));
    expect(await readNewestPapers(FIRST_PAGE_SIZE, name)).toHaveLength(1);
    created.close();
  });

  it('gives up on a database it does not know, changing nothing', async () => {
    const name = freshName();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 3);
      request.onupgradeneeded = () => request.result.createObjectStore('other');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    expect(await readNewestPapers(FIRST_PAGE_SIZE, name)).toBeUndefined();
    const version = await new Promise<number>((resolve) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => {
        resolve(request.result.version);
        request.result.close();
      };
    });
    expect(version).toBe(3);
  });

  it('does not hold up a Dexie upgrade: its connection is closed when it answers', async () => {
    const name = freshName();
    const older = new ShelfDatabase(name);
    await older.open();
    older.close();
    await readNewestPapers(FIRST_PAGE_SIZE, name);
    // Dexie bumping the version needs every other connection closed.
    const newer = new ShelfDatabase(name);
    newer
      .version(3)
      .stores({ papers: 'id, *aliases, *tags, status, site, savedAt, updatedAt, year' });
    await expect(newer.open()).resolves.toBe(newer);
    newer.close();
  });
});

describe('the early read handed to the reading list', () => {
  it('is taken once; without one the list reads through Dexie', async () => {
    await saveThirtyPapers();
    expect(takeFirstPageRead()).toBeUndefined();
    startFirstPageRead();
    const read = takeFirstPageRead();
    expect(await read).toEqual(await listPapers({ limit: FIRST_PAGE_SIZE }));
    expect(takeFirstPageRead()).toBeUndefined();
  });
});
