/**
 * Looking into the extension from its own pages in browser tests: its IndexedDB read raw (not
 * through the code under test), a write lock on it, and the content script's isolated world.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { Paper, Tag } from '../../lib/paper/schemas';

/** Every record of a table, read with plain IndexedDB from an extension page (the popup). */
export function readTable<Row = Paper>(
  extensionPage: Page,
  table: 'papers' | 'tags',
): Promise<Row[]> {
  return extensionPage.evaluate(
    (name) =>
      new Promise<Row[]>((resolve, reject) => {
        const request = indexedDB.open('paper-shelf');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const read = request.result.transaction(name, 'readonly').objectStore(name).getAll();
          read.onsuccess = () => {
            request.result.close();
            resolve(read.result as Row[]);
          };
          read.onerror = () => reject(read.error);
        };
      }),
    table,
  );
}

export const readPapers = (page: Page) => readTable<Paper>(page, 'papers');
export const readTags = (page: Page) => readTable<Tag>(page, 'tags');

/** Adds records as an older version of the shelf left them (a paper saved weeks ago). */
export function putPapers(extensionPage: Page, papers: Paper[]): Promise<void> {
  return extensionPage.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('paper-shelf');
        request.onsuccess = () => {
          const transaction = request.result.transaction('papers', 'readwrite');
          for (const row of rows) transaction.objectStore('papers').put(row);
          transaction.oncomplete = () => {
            request.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    papers,
  );
}

/**
 * Holds a read-write transaction on papers and tags until `release()`: every save the
 * background starts meanwhile waits, so a test can stop the worker in the middle of one.
 */
export async function lockShelf(extensionPage: Page): Promise<{ release(): Promise<boolean> }> {
  await extensionPage.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const state = window as unknown as { shelfLock?: { release: boolean; done: boolean } };
        state.shelfLock = { release: false, done: false };
        const request = indexedDB.open('paper-shelf');
        request.onsuccess = () => {
          const transaction = request.result.transaction(['papers', 'tags'], 'readwrite');
          const keepBusy = () => {
            if (state.shelfLock?.release) return;
            transaction.objectStore('papers').count().onsuccess = keepBusy;
          };
          keepBusy();
          transaction.oncomplete = () => {
            if (state.shelfLock) state.shelfLock.done = true;
            request.result.close();
          };
          resolve();
        };
      }),
  );
  return {
    async release() {
      await extensionPage.evaluate(() => {
        const state = window as unknown as { shelfLock?: { release: boolean } };
        if (state.shelfLock) state.shelfLock.release = true;
      });
      await extensionPage.waitForFunction(
        () => (window as unknown as { shelfLock?: { done: boolean } }).shelfLock?.done === true,
      );
      return true;
    },
  };
}

/**
 * The content script's isolated world of a page (the world the extension's scripts share,
 * named after the extension), where `chrome.runtime` is the extension's: what a compromised
 * content script could do is evaluated there.
 */
export async function contentScriptWorld(cdp: CDPSession, extensionName: string) {
  const contexts: Array<{ id: number; name: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  // Enabling reports every context that already exists (the events may trail the reply).
  await cdp.send('Runtime.enable');
  const findWorld = () =>
    contexts.find(
      (context) => context.auxData?.type === 'isolated' && context.name === extensionName,
    );
  for (let waited = 0; !findWorld() && waited < 5_000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const world = findWorld();
  if (!world) throw new Error(`no isolated world named ${extensionName}`);
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression,
        contextId: world.id,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? 'threw');
      return result.value as T;
    },
  };
}
