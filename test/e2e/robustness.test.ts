/**
 * Hostile pages and two tabs at once, in real Chromium with the built extension:
 * - page CSS that resets, hides and recolours everything leaves the widget as it is, and our
 *   styles never reach the page;
 * - page scripts that throw, break prototypes and shuffle the cards mid-scan leave exactly one
 *   widget per card and no error of ours; synthetic clicks and keys from the page do nothing;
 * - markup, right-to-left text, emoji and control characters in titles, authors and a
 *   100,000-character abstract are text everywhere, and stored within the bounds;
 * - a privileged message sent from the content script's own world is refused;
 * - two tabs tagging the same paper at the same moment end with one record and both tags;
 * - a listing tab without our content script is passed over without an unchecked error;
 * - the popup asks for persistent storage and offers a backup when one is due.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parseImport } from '../../lib/import';
import { LIMITS, type Paper, type PaperCandidate } from '../../lib/paper/schemas';
import {
  HOSTILE_TEXT,
  hostileArxivListing,
  withHostileCss,
  withHostileScript,
} from '../fixtures/hostile/pages';
import { contentScriptWorld, putPapers, readPapers, readTags } from './extension-pages';
import {
  cardHost,
  launchExtension,
  saveCard,
  sitePage,
  useExtensionBrowser,
  waitForAnnotations,
} from './harness';

const hf = sitePage('huggingface', 'daily');
const HOSTILE_CSS_URL = `${hf.expected.url}?hostile-css`;
const HOSTILE_SCRIPT_URL = `${hf.expected.url}?hostile-script`;
/** The same page where Paper Shelf does not run: what the page looks like without us. */
const UNANNOTATED_URL = 'https://example.org/papers';
const hostile = hostileArxivListing();
const HOSTILE_LISTING_URL = 'https://arxiv.org/list/cs.LG/new?hostile=1';

const shelf = useExtensionBrowser([
  hf,
  { url: HOSTILE_CSS_URL, html: withHostileCss(hf.html) },
  { url: HOSTILE_SCRIPT_URL, html: withHostileScript(hf.html) },
  { url: UNANNOTATED_URL, html: hf.html },
  { url: HOSTILE_LISTING_URL, html: hostile.html },
]);

let popup: Page;
beforeAll(async () => {
  popup = await shelf.browser.openPopup();
});

const [firstId, secondId, thirdId] = hf.expected.candidates.map((c) => c.id) as [
  string,
  string,
  string,
];

/** Computed styles that make the widget look and behave as it does. */
const WIDGET_PROPERTIES = [
  'display',
  'visibility',
  'opacity',
  'position',
  'transform',
  'pointer-events',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'line-height',
  'color',
  'background-color',
  'border-top-color',
  'border-top-width',
  'border-radius',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-shadow',
  'padding-left',
  'cursor',
];

function widgetStyles(page: Page, paperId: string) {
  return cardHost(page, paperId).evaluate((host, properties) => {
    const styleOf = (element: Element) => {
      const style = getComputedStyle(element);
      return Object.fromEntries(properties.map((name) => [name, style.getPropertyValue(name)]));
    };
    // The host's own box is pinned by :host; what it inherits from the page stops at .widget,
    // the root of everything the user sees (`all: initial` there, not on :host: bench/JOURNAL.md).
    const hostBox = ['display', 'visibility', 'opacity', 'position', 'transform'];
    const hostStyle = getComputedStyle(host);
    const widget = host.shadowRoot?.querySelector('.widget');
    const buttons = [...(host.shadowRoot?.querySelectorAll('button') ?? [])];
    return {
      host: Object.fromEntries(hostBox.map((name) => [name, hostStyle.getPropertyValue(name)])),
      widget: widget ? styleOf(widget) : undefined,
      buttons: buttons.map(styleOf),
    };
  }, WIDGET_PROPERTIES);
}

describe('page CSS', () => {
  it('that resets, hides and recolours everything leaves the widget as it is', async () => {
    const clean = await shelf.open(hf.expected.url);
    await waitForAnnotations(clean);
    // The widgets are light or dark as the page declares itself (its color-scheme), not as the
    // OS is: the white page keeps them light under a dark OS theme, and dark when it declares
    // `color-scheme: dark`. (The hostile page's `all: unset !important` on every element unsets
    // its own `:root { color-scheme: dark }`: it is light, like the reference.)
    const saveButtonColor = () =>
      cardHost(clean, firstId).evaluate(
        (host) => getComputedStyle(host.shadowRoot?.querySelector('button') as Element).color,
      );
    const lightColor = await saveButtonColor();
    await clean.emulateMedia({ colorScheme: 'dark' });
    expect(await saveButtonColor()).toBe(lightColor);
    await clean.evaluate(() => {
      document.documentElement.style.colorScheme = 'dark';
    });
    expect(await saveButtonColor()).not.toBe(lightColor);
    await clean.evaluate(() => {
      document.documentElement.style.colorScheme = '';
    });
    const page = await shelf.open(HOSTILE_CSS_URL);
    await waitForAnnotations(page, hf.expected.candidates.length);

    const expected = await widgetStyles(clean, firstId);
    expect(expected.buttons.length).toBeGreaterThanOrEqual(2);
    expect(await widgetStyles(page, firstId)).toEqual(expected);

    // And it still works: visible, clickable, saved.
    const save = cardHost(page, firstId).getByRole('button', { name: /^Save\b/ });
    expect(await save.isVisible()).toBe(true);
    await save.click();
    await expect.poll(() => cardHost(page, firstId).getAttribute('data-saved')).toBe('true');
    await cardHost(page, firstId)
      .getByRole('button', { name: /^Saved/ })
      .click();
    await expect.poll(() => cardHost(page, firstId).getAttribute('data-saved')).toBe('false');
    await Promise.all([clean.close(), page.close()]);
  });

  it('of ours never reaches the page', async () => {
    const annotated = await shelf.open(hf.expected.url);
    await waitForAnnotations(annotated);
    const bare = await shelf.open(UNANNOTATED_URL);
    const pageStyles = (page: Page) =>
      page.evaluate(
        (properties) => {
          const elements = [...document.querySelectorAll('body *')].filter(
            (element) => !element.closest('paper-shelf-card'),
          );
          return {
            styleSheets: document.styleSheets.length,
            adopted: document.adoptedStyleSheets.length,
            styleElements: document.querySelectorAll('style, link[rel="stylesheet"]').length,
            elements: elements.map((element) => {
              const style = getComputedStyle(element);
              return `${element.tagName}:${properties.map((name) => style.getPropertyValue(name)).join('|')}`;
            }),
          };
        },
        WIDGET_PROPERTIES.filter((name) => name !== 'transform'),
      );
    const [withUs, withoutUs] = await Promise.all([pageStyles(annotated), pageStyles(bare)]);
    expect(withoutUs.elements.length).toBeGreaterThan(100);
    expect(withUs).toEqual(withoutUs);
    await Promise.all([annotated.close(), bare.close()]);
  });
});

describe('page scripts', () => {
  it('that throw, break prototypes and shuffle cards mid-scan get one widget per card and no error of ours', async () => {
    const page = await shelf.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(HOSTILE_SCRIPT_URL);
    // The page broke MutationObserver, which Playwright's waiting and locators use: plain
    // evaluate from here. It shuffles for about a second; then every card has its widget.
    const widgetsPerCard = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('article')]
          .filter((article) => article.querySelector('a[href^="/papers/2"]'))
          .map(
            (article) =>
              [...article.querySelectorAll('paper-shelf-card')].filter(
                (host) => (host as HTMLElement).dataset.saved,
              ).length,
          ),
      );
    await page.waitForTimeout(1_500);
    await expect
      .poll(widgetsPerCard, { timeout: 20_000 })
      .toEqual(hf.expected.candidates.map(() => 1));
    const ids = await page.evaluate(() =>
      [...document.querySelectorAll('paper-shelf-card')].map((host) =>
        host.getAttribute('data-paper-id'),
      ),
    );
    expect(new Set(ids)).toEqual(new Set(hf.expected.candidates.map((c) => c.id)));

    // Only the page's own errors: it threw at load, in a promise and while shuffling.
    expect(errors.length).toBeGreaterThanOrEqual(3);
    expect(errors.filter((message) => !message.startsWith('page-own:'))).toEqual([]);
    await page.close();
  });

  it('cannot click, type or press Enter in a widget; the user can', async () => {
    const page = await shelf.open(hf.expected.url);
    await waitForAnnotations(page);
    const host = cardHost(page, secondId);
    await host.getByRole('button', { name: /^Save\b/ }).click();
    await expect.poll(() => host.getAttribute('data-saved')).toBe('true');
    await host.getByRole('button', { name: /^Tag/ }).click();

    // What a hostile listing could try through the open shadow root.
    await page.evaluate((id) => {
      const root = document.querySelector(`paper-shelf-card[data-paper-id="${id}"]`)?.shadowRoot;
      const saved = [...(root?.querySelectorAll('button') ?? [])].find((b) =>
        b.textContent?.includes('Saved'),
      );
      saved?.click();
      saved?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      saved?.dispatchEvent(new MouseEvent('click'));
      const input = root?.querySelector('input');
      if (input) {
        input.value = 'planted-by-page';
        input.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'planted-by-page' }));
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      }
    }, secondId);
    await page.waitForTimeout(500);
    expect(await host.getAttribute('data-saved')).toBe('true');
    expect(await host.getAttribute('data-tags')).toBe('');
    expect((await readPapers(popup)).find((paper) => paper.id === secondId)?.tags).toEqual([]);

    // The user's own typing works.
    const input = host.getByRole('combobox', { name: 'Add tag' });
    await input.fill('mine');
    await input.press('Enter');
    await expect.poll(() => host.getAttribute('data-tags')).toBe('mine');
    await page.close();
  });
});

describe('hostile content', () => {
  it('is text in the card, the popup and the stored record, within the bounds', async () => {
    const [markupId, rtlId, emojiId] = hostile.ids as [string, string, string];
    const page = await shelf.open(HOSTILE_LISTING_URL);
    await waitForAnnotations(page);
    for (const id of hostile.ids) {
      await cardHost(page, id)
        .getByRole('button', { name: /^Save\b/ })
        .click();
      await expect.poll(() => cardHost(page, id).getAttribute('data-saved')).toBe('true');
    }
    // A tag the user types is page-reachable text too: a chip shows it as typed.
    const host = cardHost(page, markupId);
    await host.getByRole('button', { name: /^Tag/ }).click();
    await host.getByRole('combobox', { name: 'Add tag' }).fill('<img src=x onerror=alert(1)>');
    await host.getByRole('combobox', { name: 'Add tag' }).press('Enter');
    await expect.poll(() => host.getAttribute('data-tags')).toBe('<img src=x onerror=alert(1)>');
    expect(await host.evaluate((el) => el.shadowRoot?.querySelectorAll('img, script').length)).toBe(
      0,
    );

    const stored = new Map((await readPapers(popup)).map((paper) => [paper.id, paper]));
    const markup = stored.get(markupId) as Paper;
    expect(markup.title).toBe(HOSTILE_TEXT.markupTitle);
    expect(markup.authors[0]).toBe(HOSTILE_TEXT.author);
    expect(markup.abstract?.length).toBeLessThanOrEqual(LIMITS.abstractLength);
    expect(markup.abstract?.length).toBeGreaterThan(LIMITS.abstractLength - 10);
    expect(markup.abstract?.endsWith('…')).toBe(true);
    expect(stored.get(rtlId)?.title).toBe(HOSTILE_TEXT.rtlTitle);
    // Control characters dropped, the emoji sequences whole.
    expect(stored.get(emojiId)?.title).toBe(
      'Family 👨‍👩‍👧‍👦 of flags 🇯🇵🇫🇷 and 🏳️‍🌈 in a [31m title',
    );

    await popup.reload();
    const row = popup.locator(`[data-paper-id="${markupId}"]`);
    await row.waitFor();
    expect(await row.locator('.paper-title').textContent()).toBe(HOSTILE_TEXT.markupTitle);
    expect(await row.locator('.paper-authors').textContent()).toContain(HOSTILE_TEXT.author);
    expect(await row.locator('img, script, b').count()).toBe(0);
    expect(await popup.locator(`[data-paper-id="${rtlId}"] .paper-title`).textContent()).toBe(
      HOSTILE_TEXT.rtlTitle,
    );

    // Nothing ran: not in the page, not in the popup.
    const pwned = () => (window as unknown as { __paperShelfPwned?: number }).__paperShelfPwned;
    expect(await page.evaluate(pwned)).toBeUndefined();
    expect(await popup.evaluate(pwned)).toBeUndefined();
    await page.close();
  });
});

describe('privileged messages', () => {
  it('are refused from the content script’s own world; malformed ones rejected', async () => {
    const page = await shelf.open(hf.expected.url);
    await waitForAnnotations(page);
    await cardHost(page, thirdId)
      .getByRole('button', { name: /^Save\b/ })
      .click();
    await expect.poll(() => cardHost(page, thirdId).getAttribute('data-saved')).toBe('true');
    const before = await readPapers(popup);

    const cdp = await shelf.browser.context.newCDPSession(page);
    const world = await contentScriptWorld(cdp, 'Paper Shelf');
    // The messaging library's envelope, sent as the content script itself would.
    const send = (type: string, data: unknown) =>
      world.evaluate<{ res?: unknown; err?: { name: string; message: string } }>(
        `new Promise((resolve) => chrome.runtime.sendMessage(${JSON.stringify({ id: 1, type, data, timestamp: 1 })}, resolve))`,
      );
    const ids = before.map((paper) => paper.id);
    expect((await send('removePapers', { ids }))?.err?.name).toBe('MessageRefusedError');
    const malformed = await send('savePaper', { candidate: { id: 'x', title: '<b>' } });
    expect(malformed?.err?.name).toBe('InvalidMessageError');
    expect(await readPapers(popup)).toEqual(before);
    await cdp.detach();
    await page.close();
  });
});

describe('two tabs at once', () => {
  it('tagging one paper at the same moment ends with one record and both tags', async () => {
    const paperId = hf.expected.candidates[4]?.id as string;
    const [tabA, tabB] = await Promise.all([
      shelf.open(hf.expected.url),
      shelf.open(hf.expected.url),
    ]);
    await Promise.all([waitForAnnotations(tabA), waitForAnnotations(tabB)]);
    const inputs = [];
    for (const [tab, tag] of [
      [tabA, 'alpha'],
      [tabB, 'beta'],
    ] as const) {
      const host = cardHost(tab, paperId);
      await host.getByRole('button', { name: /^Tag/ }).click();
      const input = host.getByRole('combobox', { name: 'Add tag' });
      await input.fill(tag);
      inputs.push(input);
    }
    await Promise.all(inputs.map((input) => input.press('Enter')));

    for (const tab of [tabA, tabB]) {
      await expect
        .poll(async () =>
          (await cardHost(tab, paperId).getAttribute('data-tags'))?.split(',').sort(),
        )
        .toEqual(['alpha', 'beta']);
    }
    const records = (await readPapers(popup)).filter((paper) => paper.aliases.includes(paperId));
    expect(records).toHaveLength(1);
    expect([...(records[0]?.tags ?? [])].sort()).toEqual(['alpha', 'beta']);
    const tagNames = (await readTags(popup)).map((tag) => tag.name);
    expect(tagNames).toEqual(expect.arrayContaining(['alpha', 'beta']));

    // And both saving another paper at once (sent from each tab's content script world, as a
    // click sends it: two clicks cannot be timed closer than the broadcast that flips the
    // other tab's button to "Saved"): one record.
    const other = hf.expected.candidates[5] as PaperCandidate;
    const worlds = await Promise.all(
      [tabA, tabB].map(async (tab) =>
        contentScriptWorld(await shelf.browser.context.newCDPSession(tab), 'Paper Shelf'),
      ),
    );
    const message = JSON.stringify({
      id: 2,
      type: 'savePaper',
      data: { candidate: other },
      timestamp: 1,
    });
    const replies = await Promise.all(
      worlds.map((world) =>
        world.evaluate<{ res?: { saved: boolean } }>(
          `new Promise((resolve) => chrome.runtime.sendMessage(${message}, resolve))`,
        ),
      ),
    );
    expect(replies.map((reply) => reply.res?.saved)).toEqual([true, true]);
    expect((await readPapers(popup)).filter((p) => p.aliases.includes(other.id))).toHaveLength(1);
    for (const tab of [tabA, tabB]) {
      await expect.poll(() => cardHost(tab, other.id).getAttribute('data-saved')).toBe('true');
    }
    await Promise.all([tabA.close(), tabB.close()]);
  });
});

describe('a listing tab without our content script', () => {
  it('is passed over quietly: the other tabs learn of a save, and nothing goes unchecked', async () => {
    // Its own browser, to read Chromium's log: an unchecked runtime.lastError reaches no console
    // a test can see.
    const browser = await launchExtension({ browserLog: true });
    try {
      await browser.servePage(hf.expected.url, hf.html);
      const [listing, other] = [await browser.context.newPage(), await browser.context.newPage()];
      await Promise.all([listing.goto(hf.expected.url), other.goto(hf.expected.url)]);
      await Promise.all([waitForAnnotations(listing), waitForAnnotations(other)]);
      // A listing URL the network did not answer: Chromium's error page, which matches our
      // host permissions (so the broadcast finds it) and runs no content script.
      const offlineUrl = `${hf.expected.url}?offline`;
      const offline = await browser.context.newPage();
      await offline.goto(offlineUrl).catch(() => undefined);
      // The error page commits after goto gives up; until then the tab has no URL to match.
      await expect
        .poll(() =>
          browser.worker.evaluate(
            async (url) =>
              (await chrome.tabs.query({ url })).some((tab) => tab.status === 'complete'),
            offlineUrl,
          ),
        )
        .toBe(true);
      expect(await offline.locator('paper-shelf-card').count()).toBe(0);

      await saveCard(listing, firstId);
      await expect.poll(() => cardHost(other, firstId).getAttribute('data-saved')).toBe('true');
      // The worker's own line comes after anything the broadcast had Chromium log.
      const marker = `broadcast-settled-${Date.now()}`;
      await browser.worker.evaluate((text) => console.log(text), marker);
      await expect
        .poll(() => browser.readBrowserLog().some((line) => line.includes(marker)))
        .toBe(true);
      expect(
        browser.readBrowserLog().filter((line) => /Unchecked runtime\.lastError/.test(line)),
      ).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('durability', () => {
  it('the popup asks for persistent storage and offers a backup once one is due', async () => {
    const context = shelf.browser.context;
    await context.addInitScript(() => {
      const storage = navigator.storage;
      const persist = storage.persist.bind(storage);
      (window as unknown as { persistCalls: number }).persistCalls = 0;
      storage.persist = () => {
        (window as unknown as { persistCalls: number }).persistCalls += 1;
        return persist();
      };
    });
    // A paper saved six weeks ago, never backed up.
    const sixWeeksAgo = Date.now() - 42 * 24 * 60 * 60 * 1000;
    const old: Paper = {
      id: 'arxiv:2401.00001',
      aliases: ['arxiv:2401.00001'],
      title: 'A Paper Saved Long Ago',
      authors: ['Ada Lovelace'],
      url: 'https://arxiv.org/abs/2401.00001',
      site: 'arxiv',
      tags: [],
      status: 'to-read',
      note: '',
      savedAt: sixWeeksAgo,
      updatedAt: sixWeeksAgo,
    };
    await putPapers(popup, [old]);

    const page = await shelf.browser.openPopup();
    const reminder = page.getByRole('region', { name: 'Backup reminder' });
    await reminder.waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls),
    ).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      reminder.getByRole('button', { name: 'Back up now' }).click(),
    ]);
    const backup = parseImport(readFileSync((await download.path()) as string, 'utf8'));
    expect(backup.papers.map((paper) => paper.id)).toContain(old.id);
    expect(backup.papers).toHaveLength((await readPapers(popup)).length);
    await page.getByRole('status').filter({ hasText: 'Backed up' }).waitFor();
    await page.reload();
    await page.locator(`[data-paper-id="${old.id}"]`).waitFor();
    expect(await page.getByRole('region', { name: 'Backup reminder' }).count()).toBe(0);
    await page.close();
  });
});
