/**
 * The reading list's first page (its newest papers), read with plain IndexedDB by a small
 * classic script that the popup and the options page load `defer` in their head, ahead of their
 * module (entrypoints/first-page.ts).
 *
 * Their first row waits for two things that need not wait for each other: their modules (Dexie,
 * Preact, the list; ~260 KB) to load and run, and IndexedDB to open and answer. IndexedDB works in
 * the browser process, so a read started before the modules load is answered while they do.
 * This file imports nothing at run time, so that script stays ~1 KB. What it reads is what
 * `listPapers({ limit })` (lib/db/papers.ts) returns: the same index, walked the same way.
 * Dexie keeps owning the database: this never creates, upgrades or writes it.
 */
import type { Paper } from '../paper/schemas';
import { DATABASE_NAME } from './name';

/** Enough rows to fill the options page; a handful of milliseconds to read. */
export const FIRST_PAGE_SIZE = 20;

/**
 * At most `limit` papers, newest saved first; undefined when there is no shelf yet or anything
 * failed (the reading list then reads through Dexie, which reports the error).
 */
export function readNewestPapers(
  limit: number,
  name = DATABASE_NAME,
): Promise<Paper[] | undefined> {
  return new Promise((resolve) => {
    let opening: IDBOpenDBRequest;
    try {
      // No version: the database as it is, whichever version Dexie last made.
      opening = indexedDB.open(name);
    } catch {
      resolve(undefined);
      return;
    }
    opening.onupgradeneeded = () => {
      // No shelf yet. Opening would create an empty database that Dexie then has to upgrade;
      // aborting leaves nothing behind (and fails the open, so onerror resolves).
      opening.transaction?.abort();
    };
    opening.onerror = () => resolve(undefined);
    opening.onblocked = () => resolve(undefined);
    opening.onsuccess = () => {
      const database = opening.result;
      // A Dexie upgrade in another page must not wait for this connection.
      database.onversionchange = () => database.close();
      try {
        readFrom(database, limit, (papers) => {
          database.close();
          resolve(papers);
        });
      } catch {
        // No papers store or index: a database this code does not know.
        database.close();
        resolve(undefined);
      }
    };
  });
}

function readFrom(
  database: IDBDatabase,
  limit: number,
  done: (papers: Paper[] | undefined) => void,
): void {
  const transaction = database.transaction('papers', 'readonly');
  const bySavedAt = transaction.objectStore('papers').index('savedAt');
  let papers: Paper[] = [];
  if ('getAllRecords' in IDBObjectStore.prototype) {
    // IndexedDB 3 (Chromium 141+) reads newest first in one request, as Dexie does there. A
    // cursor costs a round trip a paper, each waiting for the busy page to take it.
    const getAllNewestFirst = bySavedAt.getAll as unknown as (options: {
      query: null;
      count: number;
      direction: IDBCursorDirection;
    }) => IDBRequest<Paper[]>;
    const request = getAllNewestFirst.call(bySavedAt, {
      query: null,
      count: limit,
      direction: 'prev',
    });
    request.onsuccess = () => {
      papers = request.result;
    };
  } else {
    const request = bySavedAt.openCursor(null, 'prev');
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return;
      papers.push(cursor.value as Paper);
      if (papers.length < limit) cursor.continue();
    };
  }
  transaction.oncomplete = () => done(papers);
  transaction.onabort = () => done(undefined);
}

declare global {
  interface Window {
    /** Set by the pages' early script, taken once by the reading list when it mounts. */
    __paperShelfFirstPage?: Promise<Paper[] | undefined>;
  }
}

/** Starts reading the first page, for the reading list to take when it mounts. */
export function startFirstPageRead(): void {
  window.__paperShelfFirstPage ??= readNewestPapers(FIRST_PAGE_SIZE);
}

/** The read startFirstPageRead began, once; undefined if none was started or it was taken. */
export function takeFirstPageRead(): Promise<Paper[] | undefined> | undefined {
  const read = window.__paperShelfFirstPage;
  window.__paperShelfFirstPage = undefined;
  return read;
}
