/**
 * The service worker and the extension come and go; the shelf and the open pages do not care.
 * In real Chromium with the built extension:
 * - the worker stopped between saves (DevTools Protocol, ServiceWorker.stopAllWorkers): the next
 *   message wakes it, nothing is lost or doubled, other tabs still follow;
 * - the worker stopped in the middle of a save (its transaction held back by a lock): the card
 *   sends it again and the paper is saved once;
 * - stopped again and again while many saves are under way: every paper saved exactly once;
 * - the extension reloaded, as an update does: open listings get fresh widgets (one per card,
 *   state kept) and no page error ("Extension context invalidated" handled);
 * - the extension disabled: an orphaned widget clicked removes the widgets, throws nothing.
 */
/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { lockShelf, readPapers } from './extension-pages';
import {
  cardHost,
  sitePage,
  useExtensionBrowser,
  type WorkerSwitch,
  waitForAnnotations,
  workerSwitch,
} from './harness';

const hf = sitePage('huggingface', 'daily');
const arxiv = sitePage('arxiv', 'list-new');
const ids = hf.expected.candidates.map((candidate) => candidate.id);
const idAt = (index: number) => ids[index] as string;

const shelf = useExtensionBrowser([hf, arxiv]);

let popup: Page;
let worker: WorkerSwitch;

beforeAll(async () => {
  popup = await shelf.browser.openPopup();
  worker = await workerSwitch(shelf.browser.context, popup);
});

/** The toolbar badge's text, read from an extension page. */
const badgeText = (page: Page) => page.evaluate(() => chrome.action.getBadgeText({}));

const saveButton = (page: Page, id: string) =>
  cardHost(page, id).getByRole('button', { name: /^Save\b/ });

async function addTag(page: Page, id: string, tag: string): Promise<void> {
  const host = cardHost(page, id);
  await host.getByRole('button', { name: /^Tag/ }).click();
  const input = host.getByRole('combobox', { name: 'Add tag' });
  await input.fill(tag);
  await input.press('Enter');
}

/** Each id's records (a paper is one record, whatever id it is known by). */
async function recordsOf(wanted: string[]) {
  const papers = await readPapers(popup);
  return wanted.map((id) => papers.filter((paper) => paper.aliases.includes(id)));
}

describe('the service worker stopped', () => {
  it('between saves: the next message wakes it, nothing lost or doubled, other tabs follow', async () => {
    const [tab, other] = await Promise.all([
      shelf.open(hf.expected.url),
      shelf.open(hf.expected.url),
    ]);
    await Promise.all([waitForAnnotations(tab), waitForAnnotations(other)]);
    await saveButton(tab, idAt(0)).click();
    await expect.poll(() => cardHost(tab, idAt(0)).getAttribute('data-saved')).toBe('true');

    await worker.stop();
    await saveButton(tab, idAt(1)).click();
    await expect.poll(() => cardHost(tab, idAt(1)).getAttribute('data-saved')).toBe('true');
    expect(worker.running).toBe(true);

    await worker.stop();
    await addTag(tab, idAt(0), 'after-restart');
    await expect.poll(() => cardHost(tab, idAt(0)).getAttribute('data-tags')).toBe('after-restart');
    // The restarted worker's broadcast reaches the other tab.
    await expect
      .poll(() => cardHost(other, idAt(0)).getAttribute('data-tags'))
      .toBe('after-restart');
    await expect.poll(() => cardHost(other, idAt(1)).getAttribute('data-saved')).toBe('true');

    const [first, second] = await recordsOf([idAt(0), idAt(1)]);
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(1);
    expect(first?.[0]?.tags).toEqual(['after-restart']);
    // The badge outlives the worker: stopped again, it still counts the two papers to read.
    await worker.stop();
    expect(await badgeText(popup)).toBe('2');
    await Promise.all([tab.close(), other.close()]);
  });

  it('in the middle of a save or a tag edit: the card sends it again, it lands once', async () => {
    const tab = await shelf.open(hf.expected.url);
    await waitForAnnotations(tab);

    for (const [index, act] of [
      [2, () => saveButton(tab, idAt(2)).click()],
      [3, () => addTag(tab, idAt(3), 'mid-save')],
    ] as const) {
      // The worker takes the message, and its transaction waits behind the lock.
      const lock = await lockShelf(popup);
      await act();
      await tab.waitForTimeout(300);
      await worker.stop();
      await lock.release();
      await expect
        .poll(() => cardHost(tab, idAt(index)).getAttribute('data-saved'), { timeout: 10_000 })
        .toBe('true');
      expect(await cardHost(tab, idAt(index)).locator('.problem').count()).toBe(0);
    }
    await expect.poll(() => cardHost(tab, idAt(3)).getAttribute('data-tags')).toBe('mid-save');
    const [saved, tagged] = await recordsOf([idAt(2), idAt(3)]);
    expect(saved).toHaveLength(1);
    expect(tagged).toHaveLength(1);
    expect(tagged?.[0]?.tags).toEqual(['mid-save']);
    await tab.close();
  });

  it('again and again while many saves are under way: every paper saved exactly once', async () => {
    const tab = await shelf.open(hf.expected.url);
    await waitForAnnotations(tab);
    const burst = ids.slice(6, 14);
    const clicks = (async () => {
      for (const id of burst) {
        await saveButton(tab, id).click();
        await tab.waitForTimeout(40);
      }
    })();
    const stops = (async () => {
      for (let i = 0; i < 4; i += 1) {
        await tab.waitForTimeout(70);
        await worker.stopNow();
      }
    })();
    await Promise.all([clicks, stops]);
    for (const id of burst) {
      await expect
        .poll(() => cardHost(tab, id).getAttribute('data-saved'), { timeout: 15_000 })
        .toBe('true');
    }
    for (const records of await recordsOf(burst)) expect(records).toHaveLength(1);
    await tab.close();
  });
});

describe('the extension reloaded or updated', () => {
  /** chrome://extensions can reload and disable extensions (what its buttons do). */
  async function extensionsPage(): Promise<Page> {
    const page = await shelf.browser.context.newPage();
    await page.goto('chrome://extensions');
    // Unpacked extensions stay enabled across a reload only in developer mode.
    await page.evaluate(
      () =>
        new Promise((resolve) =>
          (
            chrome as unknown as {
              developerPrivate: { updateProfileConfiguration(c: object, done: () => void): void };
            }
          ).developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, () =>
            resolve(undefined),
          ),
        ),
    );
    return page;
  }

  it('gives open listings fresh widgets, one per card, state kept, and no page error', async () => {
    const [hfTab, arxivTab] = await Promise.all([
      shelf.open(hf.expected.url),
      shelf.open(arxiv.expected.url),
    ]);
    await Promise.all([waitForAnnotations(hfTab), waitForAnnotations(arxivTab)]);
    const hfCards = hf.expected.candidates.length;
    const arxivCards = arxiv.expected.candidates.length;
    const arxivId = arxiv.expected.candidates[0]?.id as string;
    await saveButton(arxivTab, arxivId).click();
    await expect.poll(() => cardHost(arxivTab, arxivId).getAttribute('data-saved')).toBe('true');
    // Mark the widgets of this copy of the content script, to see them replaced.
    for (const tab of [hfTab, arxivTab]) {
      await tab.evaluate(() => {
        for (const host of document.querySelectorAll('paper-shelf-card')) {
          host.setAttribute('data-test-generation', 'old');
        }
      });
    }

    const extensions = await extensionsPage();
    const newWorker = shelf.browser.context.waitForEvent('serviceworker');
    await extensions.evaluate(
      (id) =>
        new Promise((resolve) =>
          (
            chrome as unknown as {
              developerPrivate: { reload(id: string, o: object, done: () => void): void };
            }
          ).developerPrivate.reload(id, { failQuietly: true }, () => resolve(undefined)),
        ),
      shelf.browser.extensionId,
    );
    await newWorker;

    // A reload clears the toolbar badge; the new worker sets it again from the shelf at once.
    popup = await shelf.browser.openPopup();
    const toRead = (await readPapers(popup)).filter((paper) => paper.status === 'to-read').length;
    expect(toRead).toBeGreaterThan(0);
    await expect.poll(() => badgeText(popup)).toBe(String(toRead));

    for (const [tab, count] of [
      [hfTab, hfCards],
      [arxivTab, arxivCards],
    ] as const) {
      await expect
        .poll(() =>
          tab.evaluate(() => ({
            old: document.querySelectorAll('paper-shelf-card[data-test-generation]').length,
            fresh: document.querySelectorAll('paper-shelf-card[data-saved]').length,
          })),
        )
        .toEqual({ old: 0, fresh: count });
    }
    const perEntry = await arxivTab
      .locator('dt')
      .evaluateAll((dts) => dts.map((dt) => dt.querySelectorAll('paper-shelf-card').length));
    // (The fixture has malformed entries Paper Shelf skips: none has two widgets.)
    expect(Math.max(...perEntry)).toBe(1);
    expect(perEntry.filter((n) => n === 1)).toHaveLength(arxivCards);
    expect(await cardHost(arxivTab, arxivId).getAttribute('data-saved')).toBe('true');

    // The new content script works with the new worker.
    await saveButton(hfTab, idAt(15)).click();
    await expect.poll(() => cardHost(hfTab, idAt(15)).getAttribute('data-saved')).toBe('true');
    expect((await recordsOf([idAt(15), arxivId])).map((records) => records.length)).toEqual([1, 1]);
    await Promise.all([hfTab.close(), arxivTab.close(), extensions.close()]);
  });

  it('disabled: an orphaned widget clicked removes the widgets and throws nothing', async () => {
    const tab = await shelf.open(hf.expected.url);
    await waitForAnnotations(tab);
    const extensions = await extensionsPage();
    await extensions.evaluate(
      (id) => chrome.management.setEnabled(id, false),
      shelf.browser.extensionId,
    );
    // The widgets are still there, orphaned: nothing tells a content script it was disabled.
    expect(await tab.locator('paper-shelf-card').count()).toBe(hf.expected.candidates.length);
    await saveButton(tab, idAt(16)).click();
    await expect.poll(() => tab.locator('paper-shelf-card').count()).toBe(0);
    // (The harness fails the test if the page saw an error.)
    await Promise.all([tab.close(), extensions.close()]);
  });
});
