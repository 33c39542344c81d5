// @vitest-environment happy-dom
/** Google Scholar rules the fixtures cannot show one by one: the authors line. */
import { parsePage } from '../../../lib/sites';

const url = new URL('https://scholar.google.com/scholar?q=reward+models');

function resultsPage(authorsLine: string): Document {
  return new DOMParser().parseFromString(
    `<div id="gs_res_ccl_mid"><div class="gs_r gs_or gs_scl" data-cid="abc"><div class="gs_ri"><h3 class="gs_rt"><a href="https://arxiv.org/abs/2607.01234">A Title</a></h3><div class="gs_a">${authorsLine}</div></div></div></div>`,
    'text/html',
  );
}

describe('Google Scholar authors line', () => {
  it('keeps co-authors Scholar prints alike', () => {
    const doc = resultsPage(
      '<a href="/citations?user=a1">J Wang</a>, <a href="/citations?user=b2">J Wang</a>, K Lee…&nbsp;- arXiv preprint arXiv:2607.01234, 2026&nbsp;- arxiv.org',
    );
    expect(parsePage(url, doc)[0]).toMatchObject({
      authors: ['J Wang', 'J Wang', 'K Lee'],
      published: '2026',
    });
  });
});
