// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableCSSFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
/**
 * arXiv pages after MathJax ran: the content script reads a 2,000-entry listing in slices, so it
 * meets entries MathJax typeset, entries it has not reached yet, and raw ones. All read the same.
 */
import type { PaperCandidate } from '../../../lib/paper/schemas';
import { parsePage } from '../../../lib/sites';
import {
  ABSTRACT_PREPROCESSED_HTML,
  ABSTRACT_RAW_HTML,
  ABSTRACT_TYPESET_HTML,
} from '../../fixtures/sites/mathjax-output';
import { loadFixture } from './site-fixture';

const fixture = (name: string) => loadFixture('arxiv', name);

describe.each([
  // Mid-typesetting: two titles typeset, two still showing their preview.
  { raw: 'list-new', typeset: 'list-new-typeset', typesetCount: 2, waitingCount: 2 },
  // Typeset, with assistive MathML: titles and abstracts.
  { raw: 'search', typeset: 'search-typeset', typesetCount: 4, waitingCount: 0 },
])('$typeset', ({ raw, typeset, typesetCount, waitingCount }) => {
  it('holds what MathJax 2 left in place of the TeX', () => {
    const { doc } = fixture(typeset);
    expect(doc.querySelectorAll('script[type="math/tex"]')).toHaveLength(
      typesetCount + waitingCount,
    );
    expect(doc.querySelectorAll('.MathJax:not(.MathJax_Processing) nobr')).toHaveLength(
      typesetCount,
    );
    expect(doc.querySelectorAll('.MathJax_Processing')).toHaveLength(waitingCount);
  });

  it('parses to the candidates of the raw page', () => {
    const before = fixture(raw);
    const after = fixture(typeset);
    const rawCandidates = parsePage(before.url, before.doc);
    expect(rawCandidates.some((candidate) => candidate.title.includes('$'))).toBe(true);
    expect(parsePage(after.url, after.doc)).toEqual(rawCandidates);
  });
});

describe('a /new entry whose abstract MathJax typeset', () => {
  function parseWithAbstract(innerHtml: string): PaperCandidate | undefined {
    const { url, doc } = fixture('list-new');
    // Set as MathJax sets it, through the DOM: a parse of the HTML would close the `p` at the
    // display math's `div`.
    const abstract = doc.querySelector('#dlpage dd p.mathjax');
    if (!abstract) throw new Error('list-new.html has no abstract');
    abstract.innerHTML = innerHtml;
    return parsePage(url, doc)[0];
  }

  it('reads the title and abstract of the raw entry, typeset or waiting for MathJax', () => {
    const raw = parseWithAbstract(ABSTRACT_RAW_HTML);
    expect(raw?.abstract).toBe(
      'We bound $$\\sum_{i} x_i \\le 1$$ for all $k < d$, and $\\mathcal{O}(n)$ too.',
    );
    expect(parseWithAbstract(ABSTRACT_TYPESET_HTML)).toEqual(raw);
    expect(parseWithAbstract(ABSTRACT_PREPROCESSED_HTML)).toEqual(raw);
  });
});
