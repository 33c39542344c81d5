/**
 * Markdown output rendered by micromark (the CommonMark reference parser behind remark) with raw
 * HTML and every link protocol allowed, as a permissive notes app would: page-derived text must
 * come out as the same text, never as HTML, a link or a heading.
 */
import fc from 'fast-check';
import { micromark } from 'micromark';
import { exportPapers } from '@/lib/export';
import { markdownText } from '@/lib/export/markdown';
import { nastyText, shelfArbitrary } from '../../fixtures/export/arbitraries';
import { SHELF_PAPERS } from '../../fixtures/export/shelf';

function render(markdown: string): Document {
  const html = micromark(markdown, { allowDangerousHtml: true, allowDangerousProtocol: true });
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('Markdown export', () => {
  const doc = render(exportPapers('markdown', SHELF_PAPERS));

  it('groups papers by tag, untagged last, a paper under each of its tags', () => {
    const headings = [...doc.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual(['<b>bold</b>', 'fine-tuning', 'nlp', 'theory', 'Untagged']);
    const titlesUnder = (heading: string) => {
      const h2 = [...doc.querySelectorAll('h2')].find((h) => h.textContent === heading);
      const list = h2?.nextElementSibling;
      return [...(list?.querySelectorAll(':scope > li > a:first-of-type') ?? [])].map(
        (a) => a.textContent,
      );
    };
    expect(titlesUnder('theory')).toEqual([SHELF_PAPERS[0]?.title, SHELF_PAPERS[1]?.title]);
    expect(titlesUnder('Untagged')).toHaveLength(2);
  });

  it('shows status, year and the note as a quote', () => {
    const items = [...doc.querySelectorAll('li')];
    const first = items.find((li) => li.textContent?.includes('Schrödinger'));
    expect(first?.textContent).toContain('reading');
    expect(first?.textContent).toContain('2026');
    expect(first?.querySelector('blockquote')?.textContent).toContain('# not a heading');
    expect(items.find((li) => li.textContent?.includes('Branes'))?.textContent).toMatch(/^\[x\]/);
  });

  it('renders hostile page text as text: no HTML, no script links, no stray structure', () => {
    expect(doc.querySelector('img, b, script, h1 ~ h1')).toBeNull();
    const links = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(links.every((href) => href.startsWith('https://'))).toBe(true);
    const hostile = SHELF_PAPERS[4];
    const item = [...doc.querySelectorAll('li')].find((li) =>
      li.textContent?.includes('HYPERLINK'),
    );
    expect(item?.querySelector('a')?.textContent).toBe(hostile?.title);
    // Note lines that look like a list or a quote stay lines of the one quote.
    expect(item?.querySelectorAll('blockquote')).toHaveLength(1);
    expect(item?.querySelector('blockquote ol, blockquote blockquote')).toBeNull();
  });

  it('renders any text as exactly that text', () => {
    fc.assert(
      fc.property(nastyText(), (text) => {
        // CommonMark shows U+0000 as U+FFFD (spec 2.3, insecure characters).
        const line = text.replace(/\s+/g, ' ').trim().replaceAll('\u0000', '\uFFFD');
        fc.pre(line.length > 0);
        const rendered = render(`Text: ${markdownText(text)}`);
        expect(rendered.body.textContent?.trim()).toBe(`Text: ${line}`);
        expect(rendered.body.querySelectorAll('*:not(p)')).toHaveLength(0);
      }),
      { numRuns: 300 },
    );
  });

  it('lists every paper once per tag, with only https links and no HTML, for any shelf', () => {
    fc.assert(
      fc.property(shelfArbitrary(1), (papers) => {
        const rendered = render(exportPapers('markdown', papers));
        const items = rendered.querySelectorAll('body > ul > li');
        expect(items).toHaveLength(papers.reduce((n, p) => n + Math.max(p.tags.length, 1), 0));
        const links = [...rendered.querySelectorAll('a')];
        expect(links.every((a) => a.getAttribute('href')?.startsWith('https://'))).toBe(true);
        expect(rendered.querySelectorAll('img, script, iframe, h3, hr')).toHaveLength(0);
      }),
      { numRuns: 20 },
    );
  });
});
