// @vitest-environment happy-dom
/** One bad card never costs the others: throwing or invalid cards are skipped, the rest kept. */
import { LIMITS } from '../../../lib/paper/schemas';
import { parseCardSafely } from '../../../lib/sites';
import { defineSiteAdapter } from '../../../lib/sites/types';

const url = new URL('https://example.org/list');

/** Reads `data-*` off `li` cards; `data-behaviour` makes a card misbehave in a chosen way. */
const toyAdapter = defineSiteAdapter<undefined>({
  id: 'arxiv',
  name: 'Toy',
  matches: [],
  pageTypes: {},
  findCards: (root) => [...root.querySelectorAll('li')],
  parseCard(card) {
    const behaviour = card.getAttribute('data-behaviour');
    if (behaviour === 'throw')
      throw new TypeError("Cannot read properties of null (reading 'textContent')");
    if (behaviour === 'undefined') return undefined;
    return {
      id: behaviour === 'bad-id' ? 'not a canonical id' : `arxiv:${card.getAttribute('data-id')}`,
      title: behaviour === 'empty-title' ? '' : (card.textContent ?? ''),
      authors: behaviour === 'bad-authors' ? (['ok', 42] as unknown as string[]) : ['Ada Lovelace'],
      url:
        behaviour === 'bad-url'
          ? 'javascript:alert(1)'
          : `https://arxiv.org/abs/${card.getAttribute('data-id')}`,
      site: 'arxiv',
    };
  },
  mountPoint: (card) => ({ parent: card }),
});

function cards(html: string): Element[] {
  const doc = new DOMParser().parseFromString(`<ul>${html}</ul>`, 'text/html');
  return toyAdapter.findCards(doc, url);
}

describe('parseCardSafely', () => {
  it('keeps good cards and skips ones that throw, return nothing or cannot be stored', () => {
    const list = cards(`
      <li data-id="2607.00001">First</li>
      <li data-id="2607.00002" data-behaviour="throw">Throws</li>
      <li data-id="2607.00003" data-behaviour="undefined">Unreadable</li>
      <li data-id="2607.00004" data-behaviour="empty-title">Empty title</li>
      <li data-id="2607.00005" data-behaviour="bad-id">Bad id</li>
      <li data-id="2607.00006" data-behaviour="bad-url">Bad url</li>
      <li data-id="2607.00007" data-behaviour="bad-authors">Bad authors</li>
      <li data-id="2607.00008">Last</li>`);
    const parsed = list.map((card) => parseCardSafely(toyAdapter, card, undefined, url));
    expect(parsed.map((candidate) => candidate?.id)).toEqual([
      'arxiv:2607.00001',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      // An author that is not text costs that author, not the card.
      'arxiv:2607.00007',
      'arxiv:2607.00008',
    ]);
    expect(parsed[6]?.authors).toEqual(['ok']);
  });

  it('leaves out optional fields it cannot store instead of skipping the card', () => {
    const [card] = cards('<li data-id="2607.00001">First</li>');
    const adapter = defineSiteAdapter<undefined>({
      ...toyAdapter,
      parseCard: () => ({
        id: 'arxiv:2607.00001',
        aliases: ['arxiv:2607.00001', 'not an id', 'doi:10.1145/3600006'],
        title: 'First',
        authors: [],
        url: 'https://arxiv.org/abs/2607.00001',
        site: 'arxiv',
        pdfUrl: 'javascript:alert(1)',
        published: 'July 2026',
        primaryCategory: 'Machine Learning',
        ...({ injected: '<img onerror=alert(1)>' } as object),
      }),
    });
    expect(parseCardSafely(adapter, card as Element, undefined, url)).toEqual({
      id: 'arxiv:2607.00001',
      aliases: ['arxiv:2607.00001', 'doi:10.1145/3600006'],
      title: 'First',
      authors: [],
      url: 'https://arxiv.org/abs/2607.00001',
      site: 'arxiv',
    });
  });

  it('returns the schema-checked candidate', () => {
    const [card] = cards('<li data-id="2607.00001">First</li>');
    expect(parseCardSafely(toyAdapter, card as Element, undefined, url)).toEqual({
      id: 'arxiv:2607.00001',
      title: 'First',
      authors: ['Ada Lovelace'],
      url: 'https://arxiv.org/abs/2607.00001',
      site: 'arxiv',
    });
  });

  it('clamps a hostile card to the stored bounds instead of skipping it', () => {
    const [card] = cards('<li data-id="2607.00009"></li>');
    const hostileTitle = `\u202E<img src=x onerror=alert(1)> שלום 👨‍👩‍👧‍👦\u0000${'x'.repeat(100_000)}`;
    (card as Element).textContent = hostileTitle;
    const parsed = parseCardSafely(toyAdapter, card as Element, undefined, url);
    expect(parsed?.id).toBe('arxiv:2607.00009');
    expect(parsed?.title).toHaveLength(LIMITS.titleLength);
    expect(parsed?.title.startsWith('\u202E<img src=x onerror=alert(1)> שלום 👨‍👩‍👧‍👦x')).toBe(
      true,
    );
    expect(parsed?.title.endsWith('…')).toBe(true);
  });
});
