// @vitest-environment happy-dom
/** Semantic Scholar rules the fixtures cannot show one by one: stale meta tags. */
import { parsePage } from '../../../lib/sites';

describe('Semantic Scholar paper pages', () => {
  const hex = '9d38818d414f3a6567e9069c6e9a736080c94af0';
  const url = new URL(`https://www.semanticscholar.org/paper/New-Paper-Kim/${hex}`);

  function page(metaTitle: string) {
    return new DOMParser().parseFromString(
      `<html><head><meta name="citation_title" content="${metaTitle}"><meta name="citation_author" content="Previous Author"><meta name="citation_arxiv_id" content="2401.00001"></head>
      <body><main><div class="fresh-paper-detail-page__header"><h1 data-test-id="paper-detail-title">New Paper</h1></div></main></body></html>`,
      'text/html',
    );
  }

  it('uses the meta tags when they describe the paper the page shows', () => {
    expect(parsePage(url, page('New Paper'))).toEqual([
      expect.objectContaining({
        id: 'arxiv:2401.00001',
        aliases: [`s2:${hex}`],
        authors: ['Previous Author'],
      }),
    ]);
  });

  it('ignores meta tags left over from the previous paper of a client-side move', () => {
    expect(parsePage(url, page('Previous Paper'))).toEqual([
      {
        id: `s2:${hex}`,
        title: 'New Paper',
        authors: [],
        url: url.href,
        site: 'semanticscholar',
      },
    ]);
  });
});
