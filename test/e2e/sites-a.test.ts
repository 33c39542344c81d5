/**
 * Hugging Face paper pages and collections, arXiv catchup / search / abstract pages, OpenReview
 * and Google Scholar in real Chromium with the built extension: every fixture page is annotated,
 * a card saves, and one paper saved on one site shows as saved on the others.
 */
import type { Page } from 'playwright-core';
import { scholarResultsAt } from '../fixtures/sites/scholar/country-domain';
import {
  cardHost,
  type ExpectedPage,
  expectAnnotated,
  paperIds,
  saveCard,
  sitePage,
  useExtensionBrowser,
  waitForAnnotations,
} from './harness';

const hfDaily = sitePage('huggingface', 'daily');
const hfPaper = sitePage('huggingface', 'paper');
const hfCollection = sitePage('huggingface', 'collection');
const arxivCatchup = sitePage('arxiv', 'catchup');
const arxivSearch = sitePage('arxiv', 'search');
const arxivAbs = sitePage('arxiv', 'abs');
const openreviewGroup = sitePage('openreview', 'group');
const openreviewForum = sitePage('openreview', 'forum');
const scholar = sitePage('scholar', 'results');
const scholarGerman = scholarResultsAt('de', 'de');
const scholarBritish = scholarResultsAt('co.uk');

/**
 * An OpenReview venue page as the server sends it, with every tab's notes still loading; the
 * fixture's first list is what the open tab renders once the API answers (the first page of 25).
 * (The fixture's Rejected tab holds notes too, as after a visit to it.)
 */
const NOTE_LIST = /(<ul class="list-unstyled list-paginated">)([\s\S]*?)(<\/ul><nav)/;
const openreviewShell = openreviewGroup.html.replace(new RegExp(NOTE_LIST, 'g'), '$1$3');
const firstPage = NOTE_LIST.exec(openreviewGroup.html)?.[2] ?? '';
/** The papers of the open tab's first page, in page order. */
const firstPageCandidates = openreviewGroup.expected.candidates.filter((candidate) =>
  firstPage.includes(`/forum?id=${candidate.id.slice('openreview:'.length)}"`),
);

const shelf = useExtensionBrowser([
  hfDaily,
  hfPaper,
  hfCollection,
  arxivCatchup,
  arxivSearch,
  arxivAbs,
  openreviewForum,
  scholar,
  scholarGerman,
  scholarBritish,
  { url: openreviewGroup.expected.url, html: openreviewShell },
]);
const open = (url: string) => shelf.open(url);

/** The paper every site's fixture shows (see the fixtures' expected.json). */
const SHARED_ID = 'arxiv:2607.08111';

/** Opens a fixture page, waits for every card, and checks they are the expected papers. */
async function openAnnotated(expected: ExpectedPage): Promise<Page> {
  const page = await open(expected.url);
  await expectAnnotated(page, expected);
  return page;
}

describe('Hugging Face paper pages and collections', () => {
  it('puts one widget under the paper page title, which saves and removes the paper', async () => {
    const page = await openAnnotated(hfPaper.expected);
    const under = await page
      .locator('paper-shelf-card')
      .evaluate((host) => host.previousElementSibling?.tagName);
    expect(under).toBe('H1');
    await saveCard(page, SHARED_ID);
    const host = cardHost(page, SHARED_ID);
    await host.getByRole('button', { name: /^Saved/ }).click();
    await expect.poll(() => host.getAttribute('data-saved')).toBe('false');
    await page.close();
  });

  it('annotates each paper of a collection, never inside its link', async () => {
    const page = await openAnnotated(hfCollection.expected);
    const insideLinks = await page
      .locator('paper-shelf-card')
      .evaluateAll((hosts) => hosts.filter((host) => host.closest('a')).length);
    expect(insideLinks).toBe(0);
    const paper = hfCollection.expected.candidates[3]!;
    await saveCard(page, paper.id);
    // Clicking Save did not follow the card's link.
    expect(page.url()).toBe(hfCollection.expected.url);
    await page.close();
  });
});

describe('arXiv catchup, search and abstract pages', () => {
  it('annotates catchup and saves an entry', async () => {
    const page = await openAnnotated(arxivCatchup.expected);
    await saveCard(page, arxivCatchup.expected.candidates[1]!.id);
    await page.close();
  });

  it('annotates search results and an abstract page', async () => {
    const search = await openAnnotated(arxivSearch.expected);
    const oldStyle = 'arxiv:cs/0608082';
    await saveCard(search, oldStyle);
    const abs = await openAnnotated(arxivAbs.expected);
    await Promise.all([search.close(), abs.close()]);
  });
});

describe('OpenReview venue pages', () => {
  it('annotates notes that load after the page, page after page, through MathJax', async () => {
    const page = await open(openreviewGroup.expected.url);
    // Let the content script scan the empty shell before the notes arrive.
    await page.waitForTimeout(1000);
    expect(await page.locator('paper-shelf-card').count()).toBe(0);

    // The tab's API response renders the first page.
    await page.evaluate((html) => {
      document.querySelector('ul.list-paginated')!.innerHTML = html;
    }, firstPage);
    const expected = firstPageCandidates;
    expect(expected.length).toBeGreaterThan(10);
    await waitForAnnotations(page, expected.length);
    expect(await paperIds(page)).toEqual(expected.map((c) => c.id));
    const saved = expected[4]!.id;
    await saveCard(page, saved);

    // Page 2 replaces the list on the client.
    const pageTwo = ['P2aaaaaaa1', 'P2aaaaaaa2', 'P2aaaaaaa3'];
    await page.evaluate((ids) => {
      const list = document.querySelector('ul.list-paginated')!;
      const template = list.querySelector('li')!;
      list.replaceChildren(
        ...ids.map((id, n) => {
          const li = template.cloneNode(true) as HTMLElement;
          for (const host of li.querySelectorAll('paper-shelf-card')) host.remove();
          const link = li.querySelector('h4 > a')!;
          link.setAttribute('href', `/forum?id=${id}`);
          link.textContent = `Page two paper ${n + 1} with $\\mathcal{O}(n)$ memory`;
          li.querySelector('a.pdf-link')?.setAttribute('href', `/attachment?id=${id}&name=pdf`);
          return li;
        }),
      );
    }, pageTwo);
    await expect
      .poll(() => paperIds(page), { timeout: 10_000 })
      .toEqual(pageTwo.map((id) => `openreview:${id}`));
    await waitForAnnotations(page, pageTwo.length);

    // MathJax typesets the new titles in place: no card gets a second widget.
    await page.evaluate(() => {
      for (const link of document.querySelectorAll('ul.list-paginated .note h4 > a')) {
        const typeset = document.createElement('mjx-container');
        typeset.className = 'MathJax';
        typeset.innerHTML = '<mjx-math><mjx-mi>O</mjx-mi></mjx-math>';
        link.replaceChildren('Page two paper with ', typeset, ' memory');
      }
    });
    await page.waitForTimeout(500);
    const perNote = await page
      .locator('ul.list-paginated div.note')
      .evaluateAll((notes) =>
        notes.map((note) => note.querySelectorAll('paper-shelf-card').length),
      );
    expect(perNote).toEqual([1, 1, 1]);
    // Replies in the Recent Activity tab are not papers.
    expect(await page.locator('.activity-list paper-shelf-card').count()).toBe(0);

    // Back to page 1: the paper saved there is still shown as saved.
    await page.evaluate((html) => {
      document.querySelector('ul.list-paginated')!.innerHTML = html;
    }, firstPage);
    await waitForAnnotations(page, expected.length);
    expect(await cardHost(page, saved).getAttribute('data-saved')).toBe('true');
    expect(await page.locator('paper-shelf-card').count()).toBe(expected.length);
    await page.close();
  });

  it('shows a forum saved from the venue page as saved', async () => {
    const forumId = openreviewForum.expected.candidates[0]!.id;
    const venue = await open(openreviewGroup.expected.url);
    await venue.evaluate((html) => {
      document.querySelector('ul.list-paginated')!.innerHTML = html;
    }, firstPage);
    await waitForAnnotations(venue, firstPageCandidates.length);
    await saveCard(venue, forumId);

    const forum = await openAnnotated(openreviewForum.expected);
    expect(await cardHost(forum, forumId).getAttribute('data-saved')).toBe('true');
    await Promise.all([venue.close(), forum.close()]);
  });
});

describe('Google Scholar', () => {
  it('annotates every result, [CITATION] and [BOOK] included, and saves one', async () => {
    const page = await openAnnotated(scholar.expected);
    const citation = scholar.expected.candidates.find((c) => c.id.includes('cluster='))!;
    await saveCard(page, citation.id);
    await page.close();
  });

  it('annotates its country domains, where a paper is the record it is on .com', async () => {
    // The Google Books result: linked to books.google.de on the German page.
    const book = 'url:https://scholar.google.com/scholar?cluster=6181370635720210751';
    const onCom = await openAnnotated(scholar.expected);
    expect(await cardHost(onCom, book).getAttribute('data-saved')).toBe('false');

    const onDe = await open(scholarGerman.url);
    await expectAnnotated(onDe, scholar.expected);
    await saveCard(onDe, book);
    // The open .com tab hears of it, and a new tab on .co.uk shows it.
    await expect.poll(() => cardHost(onCom, book).getAttribute('data-saved')).toBe('true');
    const onCoUk = await open(scholarBritish.url);
    await expectAnnotated(onCoUk, scholar.expected);
    expect(await cardHost(onCoUk, book).getAttribute('data-saved')).toBe('true');

    // One record, whichever domain saved it.
    const popup = await shelf.browser.openPopup();
    await popup.locator(`[data-paper-id="${book}"]`).waitFor();
    expect(await popup.locator(`[data-paper-id="${book}"]`).count()).toBe(1);
    await Promise.all([onCom.close(), onDe.close(), onCoUk.close(), popup.close()]);
  });
});

describe('one paper, one identity, on every site', () => {
  it('the same arXiv paper saved from Hugging Face shows as saved on arXiv and on Scholar', async () => {
    const hf = await openAnnotated(hfDaily.expected);
    expect(await cardHost(hf, SHARED_ID).getAttribute('data-saved')).toBe('false');
    await saveCard(hf, SHARED_ID);

    for (const { expected } of [arxivSearch, arxivAbs, scholar, hfPaper]) {
      const page = await openAnnotated(expected);
      expect(await cardHost(page, SHARED_ID).getAttribute('data-saved'), expected.url).toBe('true');
      await page.close();
    }

    // Scholar names the paper by its arXiv id and knows its ACM DOI: removing it there (by any
    // id) clears it on Hugging Face too, in the open tab.
    const onScholar = await open(scholar.expected.url);
    await waitForAnnotations(onScholar, scholar.expected.candidates.length);
    await cardHost(onScholar, SHARED_ID)
      .getByRole('button', { name: /^Saved/ })
      .click();
    await expect.poll(() => cardHost(hf, SHARED_ID).getAttribute('data-saved')).toBe('false');
    await Promise.all([hf.close(), onScholar.close()]);
  });
});
