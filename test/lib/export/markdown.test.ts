/**
 * Markdown output rendered by micromark (the CommonMark reference parser behind remark) with raw
 * HTML and every link protocol allowed, as a permissive notes app would: page-derived text must
 * come out as the same text, never as HTML, a link or a heading.
 */
import fc from 'fast-check';
import { micromark } from 'micromark';
import { exportPapers } from '@/lib/export';
import { markdownText, markdownTitle } from '@/lib/export/markdown';
import type { Paper } from '@/lib/paper/schemas';
import { nastyText, paperArbitrary, shelfArbitrary } from '../../fixtures/export/arbitraries';
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

  it('shows the venue in italics before the year, escaped as any text', () => {
    const itemOf = (id: string) => {
      const paper = SHELF_PAPERS.find((p) => p.id === id) as Paper;
      return [...doc.querySelectorAll('li')].find((li) => li.textContent?.includes(paper.title));
    };
    const branes = itemOf('arxiv:hep-th/9901001');
    expect(branes?.querySelector('em')?.textContent).toBe('Physics Reports');
    expect(branes?.textContent).toContain('Physics Reports, 1999 · arXiv:hep-th/9901001');
    const hostile = SHELF_PAPERS[4] as Paper;
    const item = itemOf(hostile.id);
    expect(item?.querySelector('em')?.textContent).toBe(hostile.venue);
    // A preprint shows its year alone.
    expect(itemOf('arxiv:2607.09000')?.textContent).toContain('Hiroshi Nakamura · 2026 ·');
  });

  it.each([
    ['ICLR 2026', '2026-01-22', '*ICLR 2026* ·'],
    ['Findings of the ACL: EMNLP 2024', '2024-11', '*Findings of the ACL: EMNLP 2024* ·'],
    ['NeurIPS 2025 (Poster)', '2025', '*NeurIPS 2025 (Poster)* ·'],
    // Another year, or the year inside a longer number, is not this one.
    ['ICLR 2026', '2025-09-30', '*ICLR 2026*, 2025 ·'],
    ['Vol. 120260', '2026', '*Vol. 120260*, 2026 ·'],
    ['Nature', '2024', '*Nature*, 2024 ·'],
  ])('venue %j published %j: %j, the year once', (venue, published, expected) => {
    const branes = SHELF_PAPERS.find((p) => p.id === 'arxiv:hep-th/9901001') as Paper;
    const paper = { ...branes, venue, published, tags: [] };
    expect(exportPapers('markdown', [paper])).toContain(`Maldacena, Edward Witten · ${expected}`);
  });
});

describe('TeX maths in Markdown titles', () => {
  it('goes out as it is, for notes apps that typeset it; the text around it is escaped', () => {
    expect(markdownTitle('Sparse $\\ell_1$ recovery')).toBe('Sparse $\\ell_1$ recovery');
    expect(markdownTitle('$k$-means_clustering of $O(n \\log n)$ *points*')).toBe(
      '$k$-means\\_clustering of $O(n \\log n)$ \\*points\\*',
    );
    expect(markdownTitle('Bound $$x^2 > 1$$ holds')).toBe('Bound $$x^2 > 1$$ holds');
    expect(markdownTitle('A set $\\{x\\}$, $p < 0.05$')).toBe('A set $\\{x\\}$, $p < 0.05$');
    expect(exportPapers('markdown', SHELF_PAPERS)).toContain(
      '[Neural Schrödinger Bridges with $\\ell_1$-Sparse Drift for LoRA Fine-Tuning](',
    );
  });

  it('leaves dollar signs that are not maths escaped', () => {
    expect(markdownTitle('From $1M to $10M')).toBe('From \\$1M to \\$10M');
    expect(markdownTitle('Shell \\$PATH and $x$')).toBe('Shell \\\\\\$PATH and $x$');
    expect(markdownTitle('A lone $ sign')).toBe('A lone \\$ sign');
    expect(markdownTitle('No maths at all <b>')).toBe(markdownText('No maths at all <b>'));
  });

  it('escapes whole any maths a reader without maths could take for a link, code or HTML', () => {
    for (const title of [
      'Interval $[0,1)$ bounds',
      'Code $`x`$ span',
      'Tag $<img src=x onerror=alert(1)>$ here',
      'Autolink $<https://evil.example>$',
      'Entity $&lt;$',
      'Dollar $a \\$ b$ inside',
    ]) {
      expect(markdownTitle(title), title).toBe(markdownText(title));
    }
    // A `<` before a space opens nothing.
    expect(markdownTitle('$a < b$')).toBe('$a < b$');
  });

  it('never makes HTML, code or another link of any title, for a reader without maths', () => {
    const mathPiece = fc.constantFrom('$', '$$', '\\', '\\$', '<', '< ', '[', ']', '(', ')');
    const piece = fc.oneof(mathPiece, fc.constantFrom('`', '&', '*', '_', 'x', ' ', 'img', ':'));
    const title = fc.array(piece, { maxLength: 16 }).map((pieces) => `T${pieces.join('')}`);
    fc.assert(
      fc.property(paperArbitrary, title, (paper, text) => {
        const rendered = render(exportPapers('markdown', [{ ...paper, title: text, tags: [] }]));
        const links = [...rendered.querySelectorAll('a')];
        expect(links.map((a) => a.getAttribute('href'))).toEqual([paper.url]);
        expect(rendered.querySelectorAll('img, code, script, h3, hr')).toHaveLength(0);
        expect(rendered.querySelectorAll('body > ul > li')).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });
});
