/**
 * The whole path in real Chromium with the built extension: save on a listing, see it in the
 * popup, keep it across a reload, remove it in the popup and watch another tab follow.
 */
import { arxivNewListingHtml } from '../fixtures/sites/arxiv/generate-large-listing';
import { cardHost, sitePage, useExtensionBrowser, waitForAnnotations } from './harness';

const hfDaily = sitePage('huggingface', 'daily');
const hfWeek = sitePage('huggingface', 'week');
const arxivNew = sitePage('arxiv', 'list-new');

const shelf = useExtensionBrowser([hfDaily, hfWeek, arxivNew]);
const openListing = (url: string) => shelf.open(url);

describe('Hugging Face listing → popup → other tabs', () => {
  it('annotates every card with one widget', async () => {
    const page = await openListing(hfDaily.expected.url);
    expect(await waitForAnnotations(page)).toBe(hfDaily.expected.candidates.length);
    const ids = await page
      .locator('paper-shelf-card')
      .evaluateAll((hosts) => hosts.map((host) => (host as HTMLElement).dataset.paperId));
    expect(ids).toEqual(hfDaily.expected.candidates.map((c) => c.id));
    await page.close();
  });

  it('saves, lists in the popup, survives a reload, and a popup removal flips another tab', async () => {
    const paper = hfDaily.expected.candidates[0]!;
    const tabA = await openListing(hfDaily.expected.url);
    const tabB = await openListing(hfDaily.expected.url);
    await waitForAnnotations(tabA);
    await waitForAnnotations(tabB);

    const hostA = cardHost(tabA, paper.id);
    await hostA.getByRole('button', { name: /^Save\b/ }).click();
    await expect.poll(() => hostA.getAttribute('data-saved')).toBe('true');
    const savedButton = hostA.getByRole('button', { name: /^Saved/ });
    expect(await savedButton.getAttribute('aria-pressed')).toBe('true');

    // The other tab learns of the save without a reload.
    const hostB = cardHost(tabB, paper.id);
    await expect.poll(() => hostB.getAttribute('data-saved')).toBe('true');

    const popup = await shelf.browser.openPopup();
    const row = popup.locator(`[data-paper-id="${paper.id}"]`);
    await row.waitFor();
    expect(await row.locator('.paper-title').textContent()).toBe(paper.title);

    await tabA.reload();
    await waitForAnnotations(tabA);
    expect(await cardHost(tabA, paper.id).getAttribute('data-saved')).toBe('true');
    await cardHost(tabA, paper.id)
      .getByRole('button', { name: /^Saved/ })
      .waitFor();

    await row.getByRole('button', { name: /^Remove/ }).click();
    await row.waitFor({ state: 'detached' });
    await expect.poll(() => hostB.getAttribute('data-saved')).toBe('false');
    await expect.poll(() => cardHost(tabA, paper.id).getAttribute('data-saved')).toBe('false');
    await hostB.getByRole('button', { name: /^Save\b/ }).waitFor();

    await Promise.all([tabA.close(), tabB.close(), popup.close()]);
  });

  it('tags a paper from the card picker, saving it, and shows the tag in the popup', async () => {
    const paper = hfDaily.expected.candidates[1]!;
    const page = await openListing(hfDaily.expected.url);
    await waitForAnnotations(page);
    const host = cardHost(page, paper.id);
    await host.getByRole('button', { name: /^Tag/ }).click();
    const input = host.getByRole('combobox', { name: 'Add tag' });
    await input.fill('fine-tuning');
    await input.press('Enter');
    await expect.poll(() => host.getAttribute('data-tags')).toBe('fine-tuning');
    expect(await host.getAttribute('data-saved')).toBe('true');

    const popup = await shelf.browser.openPopup();
    const row = popup.locator(`[data-paper-id="${paper.id}"]`);
    await row.getByText('fine-tuning').waitFor();
    await Promise.all([page.close(), popup.close()]);
  });

  it('a paper removed from its card by mistake comes back with its tags when saved again', async () => {
    const paper = hfDaily.expected.candidates[1]!;
    const page = await openListing(hfDaily.expected.url);
    await waitForAnnotations(page);
    const host = cardHost(page, paper.id);
    await expect.poll(() => host.getAttribute('data-tags')).toBe('fine-tuning');
    await host.getByRole('button', { name: /^Saved/ }).click();
    await expect.poll(() => host.getAttribute('data-saved')).toBe('false');
    expect(await host.getAttribute('data-tags')).toBe('');
    // The button says how to take the click back.
    const undo = host.getByRole('button', { name: /^Save again: undo the removal/ });
    expect(await undo.textContent()).toBe('↶ Undo');
    await undo.click();
    await expect.poll(() => host.getAttribute('data-tags')).toBe('fine-tuning');
    expect(await host.getAttribute('data-saved')).toBe('true');
    await page.close();
  });

  it('follows client-side navigation and island re-renders without duplicate widgets', async () => {
    const page = await openListing(hfDaily.expected.url);
    await waitForAnnotations(page, hfDaily.expected.candidates.length);

    // What the Week tab does: a new URL without a reload, and the island swaps its list.
    const weekMain = /<main[\s\S]*<\/main>/.exec(hfWeek.html)?.[0] ?? '';
    await page.evaluate(
      ({ url, main }) => {
        history.pushState({}, '', url);
        document.querySelector('main')!.outerHTML = main;
      },
      { url: hfWeek.expected.url, main: weekMain },
    );
    await expect
      .poll(() => page.locator('paper-shelf-card').count(), { timeout: 10_000 })
      .toBe(hfWeek.expected.candidates.length);
    await waitForAnnotations(page, hfWeek.expected.candidates.length);

    // The island re-renders the same cards, wiping injected nodes: widgets come back, once each.
    await page.evaluate(() => {
      for (const article of document.querySelectorAll('article')) {
        article.innerHTML = article.innerHTML.replace(
          /<paper-shelf-card[^>]*><\/paper-shelf-card>/g,
          '',
        );
      }
    });
    await page.waitForTimeout(500);
    await waitForAnnotations(page, hfWeek.expected.candidates.length);
    const perCard = await page
      .locator('article')
      .evaluateAll((articles) =>
        articles.map((a) => a.querySelectorAll('paper-shelf-card').length),
      );
    expect(Math.max(...perCard)).toBe(1);
    expect(await page.locator('paper-shelf-card').count()).toBe(hfWeek.expected.candidates.length);
    await page.close();
  });
});

describe('arXiv listings', () => {
  it('annotates the /new fixture, old-style ids included', async () => {
    const page = await openListing(arxivNew.expected.url);
    expect(await waitForAnnotations(page)).toBe(arxivNew.expected.candidates.length);
    await page.close();
  });

  it('fully annotates a /new page with 2,000 entries', async () => {
    const url = 'https://arxiv.org/list/cs.LG/new?skip=0&show=2000';
    await shelf.browser.servePage(url, arxivNewListingHtml(2000));
    const page = await openListing(url);
    expect(await waitForAnnotations(page, 2000)).toBe(2000);
    const perCard = await page
      .locator('dt')
      .evaluateAll((dts) => dts.map((dt) => dt.querySelectorAll('paper-shelf-card').length));
    expect(perCard.filter((n) => n === 1)).toHaveLength(2000);
    // Each widget flows at the end of its entry's line of links, so no entry grows a row.
    const firstEntry = await page
      .locator('dt')
      .first()
      .evaluate((dt) => {
        const host = dt.querySelector('paper-shelf-card') as HTMLElement;
        const link = dt.querySelector('a[title="Abstract"]') as HTMLElement;
        const box = host.getBoundingClientRect();
        return {
          display: getComputedStyle(host).display,
          widthShown: box.width,
          sameLine: box.top < link.getBoundingClientRect().bottom,
        };
      });
    expect(firstEntry).toEqual({
      display: 'inline-block',
      widthShown: expect.any(Number),
      sameLine: true,
    });
    expect(firstEntry.widthShown).toBeGreaterThan(60);
    await page.close();
  });

  it('puts the widgets of 2,000 entries in over several frames, those in view first', async () => {
    const url = 'https://arxiv.org/list/cs.LG/new?skip=0&show=2000';
    await shelf.browser.servePage(url, arxivNewListingHtml(2000));
    const page = await shelf.browser.context.newPage();
    // In the page's main world: how many hosts each batch of insertions (one per task) brought.
    await page.addInitScript(() => {
      const batches: number[] = [];
      (window as unknown as { hostBatches: number[] }).hostBatches = batches;
      new MutationObserver((records) => {
        let added = 0;
        for (const record of records) {
          for (const node of record.addedNodes) if (node.nodeName === 'PAPER-SHELF-CARD') added++;
        }
        if (added) batches.push(added);
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    expect(await waitForAnnotations(page, 2000)).toBe(2000);
    const seen = await page.evaluate(() => {
      const hosts = [...document.querySelectorAll('paper-shelf-card')] as HTMLElement[];
      // In view: the entry reaches into the unscrolled viewport or the half viewport below it.
      const inView = hosts.filter(
        (host) => (host.closest('dt') as Element).getBoundingClientRect().top < innerHeight * 1.5,
      );
      return {
        batches: (window as unknown as { hostBatches: number[] }).hostBatches,
        inView: inView.length,
        inViewAreFirst: inView.every((host, index) => host === hosts[index]),
        // Hosts are drawn like the page around them: no content-visibility, which made every
        // scroll frame of this listing cost 36-52 ms (bench/JOURNAL.md, tenth round).
        contentVisibility: [
          ...new Set(hosts.map((host) => getComputedStyle(host).contentVisibility)),
        ],
      };
    });
    // The viewport (900 px) and half of one more below hold a handful of entries.
    expect(seen.inView).toBeGreaterThan(0);
    expect(seen.inView).toBeLessThan(40);
    expect(seen.inViewAreFirst).toBe(true);
    expect(seen.batches[0]).toBe(seen.inView);
    expect(seen.batches.length).toBeGreaterThan(2);
    expect(seen.batches.reduce((sum, count) => sum + count, 0)).toBe(2000);
    expect(seen.contentVisibility).toEqual(['visible']);
    await page.close();
  });
});
