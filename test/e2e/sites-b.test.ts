/**
 * Semantic Scholar, ACL Anthology and dblp in real Chromium with the built extension: every
 * fixture page is served at its real URL, annotated, and saved from; React paging on Semantic
 * Scholar and dblp's script-filled search results are followed; and one paper seen on several
 * sites is one record with one saved state everywhere.
 */
import { exportPapers } from '../../lib/export';
import type { PaperCandidate } from '../../lib/paper/schemas';
import { savedPaper } from '../fixtures/papers';
import { putPapers, readPapers } from './extension-pages';
import {
  cardHost,
  expectAnnotated,
  paperIds,
  saveCard,
  sitePage,
  useExtensionBrowser,
  waitForAnnotations,
} from './harness';

const hfDaily = sitePage('huggingface', 'daily');
const s2Search = sitePage('semanticscholar', 'search');
const s2SearchPage2 = sitePage('semanticscholar', 'search-page-2');
const s2Paper = sitePage('semanticscholar', 'paper');
const aclEvent = sitePage('acl', 'event');
const aclPaper = sitePage('acl', 'paper');
const dblpAuthor = sitePage('dblp', 'author');
const dblpCorr = sitePage('dblp', 'journals');
const dblpSearch = sitePage('dblp', 'search');

/** The paper every site of this file shows, first seen on Hugging Face (its fixture). */
const SHARED_PAPER = 'arxiv:2607.08111';

/**
 * What dblp serves for a search: the page with an empty result list and a "searching" note. Its
 * completesearch script fetches the results and fills them in after load; here a script of the
 * page does the same with the fixture's results.
 */
function dblpSearchBeforeResults(html: string): string {
  const results = /<!-- results:[^>]*-->([\s\S]*?)<!-- \/results -->/.exec(html);
  if (!results?.[1]) throw new Error('dblp search fixture lacks its results markers');
  const waiting = '<p class="waiting" style="display: none;">';
  const script = `<script>
    addEventListener('load', () => setTimeout(() => {
      const body = document.querySelector('#completesearch-publs .body');
      body.querySelector('.waiting').style.display = 'none';
      document.documentElement.dataset.widgetsBeforeResults =
        String(document.querySelectorAll('paper-shelf-card').length);
      body.insertAdjacentHTML('beforeend', ${JSON.stringify(results[1])});
    }, 400));
  </script>`;
  return html
    .replace(results[0], '')
    .replace(waiting, '<p class="waiting" style="display: block;">')
    .replace('</body>', `${script}</body>`);
}

const shelf = useExtensionBrowser([
  hfDaily,
  s2Search,
  s2Paper,
  aclEvent,
  aclPaper,
  dblpAuthor,
  dblpCorr,
  { url: dblpSearch.url, html: dblpSearchBeforeResults(dblpSearch.html) },
]);
const openListing = (url: string) => shelf.open(url);

describe('Semantic Scholar', () => {
  it('annotates every search row, saves one, and shows it in the popup', async () => {
    const page = await openListing(s2Search.expected.url);
    await expectAnnotated(page, s2Search.expected);

    // A row without an arXiv link is known by its Semantic Scholar id.
    const paper = s2Search.expected.candidates.find((c) => c.id.startsWith('s2:'))!;
    const { venue } = paper as PaperCandidate;
    expect(venue).toBe('Transactions of the Association for Computational Linguistics');
    await saveCard(page, paper.id);
    const popup = await shelf.browser.openPopup();
    const row = popup.locator(`[data-paper-id="${paper.id}"]`);
    await row.waitFor();
    // Its row names where it appeared, after its authors.
    expect(await row.locator('.paper-venue').textContent()).toBe(venue);
    await Promise.all([page.close(), popup.close()]);
  });

  it('gives a paper saved elsewhere the venue its row names, on sight', async () => {
    // Saved as a preprint (from arXiv, say) before Semantic Scholar showed where it appeared.
    const paper = s2Search.expected.candidates.find((c) => c.id === 'arxiv:2406.02900')!;
    const { venue, ...preprint } = paper as PaperCandidate;
    expect(venue).toBe('Neural Information Processing Systems');
    const popup = await shelf.browser.openPopup();
    await putPapers(popup, [
      savedPaper({ ...preprint, site: 'arxiv' }, { savedAt: 1000, updatedAt: 1000, tags: ['rl'] }),
    ]);
    const page = await openListing(s2Search.expected.url);
    await expectAnnotated(page, s2Search.expected);
    expect(await cardHost(page, paper.id).getAttribute('data-saved')).toBe('true');
    await expect
      .poll(async () => (await readPapers(popup)).find((record) => record.id === paper.id)?.venue)
      .toBe(venue);
    // Only what it lacked: the reader's tags stay.
    expect((await readPapers(popup)).find((record) => record.id === paper.id)?.tags).toEqual([
      'rl',
    ]);
    await Promise.all([page.close(), popup.close()]);
  });

  it('follows React paging: the result list is replaced without a reload', async () => {
    const page = await openListing(s2Search.expected.url);
    await waitForAnnotations(page, s2Search.expected.candidates.length);

    // What the pager does: a new URL, and React swaps every row of the list for new ones.
    await page.evaluate(
      ({ url, html }) => {
        const next = new DOMParser().parseFromString(html, 'text/html');
        history.pushState({}, '', url);
        document.querySelector('.result-page')!.innerHTML =
          next.querySelector('.result-page')!.innerHTML;
      },
      { url: s2SearchPage2.expected.url, html: s2SearchPage2.html },
    );
    const page2Ids = s2SearchPage2.expected.candidates.map((c) => c.id);
    await expect.poll(() => paperIds(page), { timeout: 10_000 }).toEqual(page2Ids);
    await waitForAnnotations(page, page2Ids.length);

    // React re-renders the rows in place (a sort, a hover card): widgets return, once each.
    await page.evaluate(() => {
      for (const row of document.querySelectorAll('.cl-paper-row')) {
        row.replaceWith(row.cloneNode(true));
      }
      for (const stale of document.querySelectorAll('.cl-paper-row paper-shelf-card')) {
        stale.remove();
      }
    });
    await expect.poll(() => paperIds(page), { timeout: 10_000 }).toEqual(page2Ids);
    const perRow = await page
      .locator('.cl-paper-row')
      .evaluateAll((rows) => rows.map((row) => row.querySelectorAll('paper-shelf-card').length));
    expect(Math.max(...perRow)).toBe(1);
    await page.close();
  });
});

describe('ACL Anthology', () => {
  it('annotates the papers of an event page, not the proceedings front matter', async () => {
    const page = await openListing(aclEvent.expected.url);
    await expectAnnotated(page, aclEvent.expected);
    const onFrontMatter = await page
      .locator('a.align-middle[href$=".0/"]')
      .evaluateAll(
        (links) =>
          links.filter((a) => a.closest('.d-sm-flex')?.querySelector('paper-shelf-card')).length,
      );
    expect(onFrontMatter).toBe(0);
    await page.close();
  });

  it('saves from a paper page by DOI; the event page and dblp see the same paper', async () => {
    const [paper] = aclPaper.expected.candidates;
    if (!paper) throw new Error('empty ACL paper fixture');
    const anthologyId = 'acl:2024.acl-long.3';
    expect(paper.aliases).toContain(anthologyId);

    const paperPage = await openListing(aclPaper.expected.url);
    await waitForAnnotations(paperPage, 1);
    await saveCard(paperPage, paper.id);

    const event = await openListing(aclEvent.expected.url);
    await waitForAnnotations(event, aclEvent.expected.candidates.length);
    expect(await cardHost(event, anthologyId).getAttribute('data-saved')).toBe('true');

    const dblp = await openListing(dblpAuthor.expected.url);
    await waitForAnnotations(dblp, dblpAuthor.expected.candidates.length);
    expect(await cardHost(dblp, paper.id).getAttribute('data-saved')).toBe('true');
    await Promise.all([paperPage.close(), event.close(), dblp.close()]);
  });
});

describe('dblp', () => {
  it('annotates an author page and saves an entry', async () => {
    const page = await openListing(dblpAuthor.expected.url);
    await expectAnnotated(page, dblpAuthor.expected);
    // Proceedings the author edited are not papers.
    expect(await page.locator('li.entry.editor paper-shelf-card').count()).toBe(0);

    const paper = dblpAuthor.expected.candidates.find((c) => c.id.startsWith('dblp:'))!;
    await saveCard(page, paper.id);
    // The entry's venue and type reach the shelf, and its export cites it as published there.
    const popup = await shelf.browser.openPopup();
    const saved = (await readPapers(popup)).find((record) => record.id === paper.id);
    expect(saved).toMatchObject({ venue: 'NeurIPS', venueType: 'conference' });
    expect(exportPapers('bibtex', [saved!])).toMatch(
      /^@inproceedings\{[\s\S]*booktitle = \{NeurIPS\}/,
    );
    await Promise.all([page.close(), popup.close()]);
  });

  it('annotates search results that the page script fills in after load', async () => {
    const page = await openListing(dblpSearch.expected.url);
    await expectAnnotated(page, dblpSearch.expected);
    // The page had no entries, hence no widgets, until its script filled the results in.
    expect(await page.locator('html').getAttribute('data-widgets-before-results')).toBe('0');
    await page.close();
  });
});

describe('one identity per paper across sites', () => {
  it('a paper saved on Hugging Face shows as saved on Semantic Scholar and dblp', async () => {
    const hf = await openListing(hfDaily.expected.url);
    await waitForAnnotations(hf);
    await saveCard(hf, SHARED_PAPER);

    const pages: Array<{ name: string; url: string }> = [
      { name: 'Semantic Scholar search', url: s2Search.expected.url },
      { name: 'Semantic Scholar paper page', url: s2Paper.expected.url },
      { name: 'dblp CoRR listing', url: dblpCorr.expected.url },
      { name: 'dblp author page', url: dblpAuthor.expected.url },
      { name: 'dblp search', url: dblpSearch.expected.url },
    ];
    for (const { name, url } of pages) {
      const page = await openListing(url);
      await waitForAnnotations(page);
      const host = cardHost(page, SHARED_PAPER);
      await host.waitFor({ state: 'attached', timeout: 10_000 });
      expect(await host.getAttribute('data-saved'), name).toBe('true');
      await host.getByRole('button', { name: /^Saved/ }).waitFor();
      await page.close();
    }

    // Tagging it on dblp (which also knows it by its dblp key) edits the same record.
    const dblp = await openListing(dblpCorr.expected.url);
    await waitForAnnotations(dblp);
    const host = cardHost(dblp, SHARED_PAPER);
    await host.getByRole('button', { name: /^Tag/ }).click();
    const input = host.getByRole('combobox', { name: 'Add tag' });
    await input.fill('reward-models');
    await input.press('Enter');
    await expect.poll(() => host.getAttribute('data-tags')).toBe('reward-models');
    await expect
      .poll(() => cardHost(hf, SHARED_PAPER).getAttribute('data-tags'))
      .toBe('reward-models');

    const popup = await shelf.browser.openPopup();
    await popup.locator(`[data-paper-id="${SHARED_PAPER}"]`).getByText('reward-models').waitFor();
    expect(await popup.locator(`[data-paper-id="${SHARED_PAPER}"]`).count()).toBe(1);
    await Promise.all([hf.close(), dblp.close(), popup.close()]);
  });
});
