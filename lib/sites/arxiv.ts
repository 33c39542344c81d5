/**
 * arXiv listings: `/list/<category>/new`, `/recent` and `/pastweek`. Static HTML from
 * arXiv/arxiv-browse's list templates; markup notes in shared/reference/site-markup.md ("arXiv").
 * A card is a `dt` + `dd` pair with no wrapper element, so the `dt` stands for the card.
 */
import type { PaperCandidate } from '../paper/schemas';
import { arxivAbsUrl, arxivIdOfHref, arxivPdfUrl, cleanText, textWithout } from './dom-text';
import { defineSiteAdapter } from './types';

/** Category as arXiv spells it in list URLs: `cs.LG`, `hep-th`, `astro-ph.CO`, `math`. */
const LIST_PATH = /^\/list\/[A-Za-z-]+(?:\.[A-Za-z-]+)?\/(new|recent|pastweek)\/?$/;

function listView(url: URL): string | undefined {
  if (url.protocol !== 'https:' || url.hostname !== 'arxiv.org') return undefined;
  return LIST_PATH.exec(url.pathname)?.[1];
}

/** The link every entry has, whatever else its `dt` shows ("(cross-list from ...)", "(replaced)"). */
const ABSTRACT_LINK = 'a[title="Abstract"]';

export const arxivAdapter = defineSiteAdapter<undefined>({
  id: 'arxiv',
  name: 'arXiv',
  matches: ['https://arxiv.org/list/*'],
  pageTypes: {
    'list-new': (url) => listView(url) === 'new',
    'list-recent': (url) => listView(url) === 'recent',
    'list-pastweek': (url) => listView(url) === 'pastweek',
  },
  testUrls: {
    'list-new': [
      'https://arxiv.org/list/cs.LG/new',
      'https://arxiv.org/list/hep-th/new',
      'https://arxiv.org/list/cs.CL/new?skip=0&show=2000',
    ],
    'list-recent': [
      'https://arxiv.org/list/cs.LG/recent',
      'https://arxiv.org/list/astro-ph.CO/recent?skip=25&show=25',
    ],
    'list-pastweek': [
      'https://arxiv.org/list/hep-th/pastweek?skip=25&show=25',
      'https://arxiv.org/list/math/pastweek/',
    ],
  },

  findCards: (root) =>
    [...root.querySelectorAll('#dlpage dl dt')].filter(
      (dt) => dt.querySelector(ABSTRACT_LINK) !== null,
    ),

  parseCard(dt, _context, url): PaperCandidate | undefined {
    const arxivId = arxivIdOfHref(dt.querySelector(ABSTRACT_LINK)?.getAttribute('href'), url);
    const dd = dt.nextElementSibling;
    if (!arxivId || !dd?.matches('dd')) return undefined;
    // Titles keep raw TeX ($\ell_1$) as text; MathJax typesets it later, in place.
    const title = textWithout(dd.querySelector('.list-title'), '.descriptor');
    if (!title) return undefined;
    const authors = [...dd.querySelectorAll('.list-authors > a')].map(cleanText).filter(Boolean);
    // Only /new shows abstracts; the title and comments are `.mathjax` divs, the abstract a `p`.
    const abstract = cleanText(dd.querySelector('p.mathjax'));
    return {
      id: `arxiv:${arxivId}`,
      title,
      authors,
      url: arxivAbsUrl(arxivId),
      site: 'arxiv',
      ...(abstract && { abstract }),
      pdfUrl: arxivPdfUrl(arxivId),
    };
  },

  cardElements: (dt) => {
    const dd = dt.nextElementSibling;
    return dd?.matches('dd') ? [dt, dd] : [dt];
  },

  // In the `dt`, after the [pdf, html, other] links: never inside the `dd`'s `.mathjax` nodes,
  // which MathJax rewrites after load.
  mountPoint: (dt) => ({ parent: dt }),
});
