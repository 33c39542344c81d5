import type { Paper } from '@/lib/paper/schemas';
import { PaperSearchIndex } from '@/lib/shelf/search-index';
import { buildQuery, normalizeTerm, queryTerms, tokenize } from '@/lib/shelf/search-query';
import { generateShelf } from '../../fixtures/shelf';

function paper(n: number, overrides: Partial<Paper> = {}): Paper {
  const id = `arxiv:2607.${String(n).padStart(5, '0')}`;
  return {
    id,
    aliases: [id],
    title: `Untitled ${n}`,
    authors: [],
    url: `https://arxiv.org/abs/2607.${n}`,
    site: 'arxiv',
    tags: [],
    status: 'to-read',
    note: '',
    savedAt: n,
    updatedAt: n,
    ...overrides,
  };
}

const shelf = [
  paper(1, {
    title: 'Diffusion Policy: Visuomotor Policy Learning',
    authors: ['Cheng Chi', 'Shuran Song'],
    abstract: 'We introduce a new way of generating robot behavior.',
  }),
  paper(2, {
    title: 'Bounds on $\\ell_1$ Fixtures for Schrödinger Tests',
    authors: ['Ada Lovelace'],
    tags: ['to-cite'],
  }),
  paper(3, {
    title: 'Attention Is All You Need',
    note: 'Read §3 before the reading group',
    venue: 'Advances in Neural Information Processing Systems',
  }),
  paper(4, { title: 'Proximal Policy Optimization', tags: ['rl'] }),
];

async function indexOf(papers: Paper[]): Promise<PaperSearchIndex> {
  const index = new PaperSearchIndex();
  await index.sync(papers);
  return index;
}

const found = (index: PaperSearchIndex, query: string) =>
  [...(index.search(query)?.keys() ?? [])].map((id) => Number(id.slice(-5))).sort();

describe('PaperSearchIndex', () => {
  it('searches title, authors, venue, abstract, tags and note', async () => {
    const index = await indexOf(shelf);
    expect(found(index, 'neural information')).toEqual([3]);
    expect(found(index, 'neu')).toEqual([3]);
    // A known venue is found by its acronym too, and an abbreviated one by its full name.
    expect(found(index, 'neurips')).toEqual([3]);
    const jmlr = await indexOf([paper(9, { venue: 'J. Mach. Learn. Res.' })]);
    expect(found(jmlr, 'journal machine learning')).toEqual([9]);
    expect(found(jmlr, 'jmlr')).toEqual([9]);
    expect(found(index, 'attention')).toEqual([3]);
    expect(found(index, 'lovelace')).toEqual([2]);
    expect(found(index, 'robot')).toEqual([1]);
    expect(found(index, 'to-cite')).toEqual([2]);
    expect(found(index, 'reading group')).toEqual([3]);
  });

  it('requires every word, ranks title matches first, and forgives accents and one typo', async () => {
    const index = await indexOf(shelf);
    expect(found(index, 'policy optimization')).toEqual([4]);
    const scores = index.search('policy')!;
    expect([...scores.keys()].sort()).toEqual(['arxiv:2607.00001', 'arxiv:2607.00004']);
    expect(found(index, 'schrodinger')).toEqual([2]);
    expect(found(index, 'atention')).toEqual([3]);
  });

  it('matches the word being typed as a prefix, once it says enough', async () => {
    const index = await indexOf(shelf);
    // Three letters start a title or author word; four start any word.
    expect(found(index, 'dif')).toEqual([1]);
    expect(found(index, 'beha')).toEqual([1]);
    expect(found(index, 'beh')).toEqual([]);
    // Two letters alone are a whole word ("rl"), one letter is no search yet...
    expect(found(index, 'rl')).toEqual([4]);
    expect(index.search('d')).toBeUndefined();
    // ...nor two that are no paper's word: they start a longer one, the list stays as it was.
    expect(index.search('di')).toBeUndefined();
    expect(index.search('di ')?.size).toBe(0);
    // After other words, the first letters of the next one change nothing yet...
    expect(found(index, 'policy op')).toEqual([1, 4]);
    // ...and a finished short word counts.
    expect(found(index, 'policy rl ')).toEqual([4]);
  });

  it('finds the words of titles written in TeX, typed plainly or as the title has them', async () => {
    const index = await indexOf([
      paper(1, { title: 'Heegaard splittings of $3$-manifolds and the curve complex' }),
      paper(2, { title: 'On the Sample Complexity of Pairwise Comparisons with $K$ Arms' }),
      paper(3, { title: 'Fast $k$-means clustering' }),
      paper(4, { title: 'Learning $\\mathcal{H}_\\infty$ Controllers via $x^2+y=z$' }),
    ]);
    expect(found(index, '3-manifolds')).toEqual([1]);
    expect(found(index, 'K arms')).toEqual([2]);
    expect(found(index, 'comparisons k arms')).toEqual([2]);
    expect(found(index, 'k-means')).toEqual([3]);
    expect(found(index, '$k$-means')).toEqual([3]);
    expect(found(index, 'infty controllers')).toEqual([4]);
    expect(found(index, 'y z')).toEqual([4]);
  });

  it('has nothing to search in a query of stop words and punctuation', async () => {
    const index = await indexOf(shelf);
    expect(index.search('')).toBeUndefined();
    expect(index.search('  the, of ')).toBeUndefined();
  });

  it('follows the shelf: changed papers are re-indexed, removed ones forgotten', async () => {
    const index = await indexOf(shelf);
    expect(found(index, 'attention')).toEqual([3]);
    const [first, second, third, fourth] = shelf as [Paper, Paper, Paper, Paper];
    const renamed = { ...third, title: 'Transformers', updatedAt: 99 };
    await index.sync([first, renamed, fourth]);
    expect(found(index, 'attention')).toEqual([]);
    expect(found(index, 'transformers')).toEqual([3]);
    expect(found(index, 'lovelace')).toEqual([]);
    expect(index.progress).toEqual({ indexed: 3, total: 3 });
    await index.sync([second]);
    expect(found(index, 'lovelace')).toEqual([2]);
    expect(found(index, 'transformers')).toEqual([]);
  });

  it('indexes in slices, newest first, reporting progress, and a newer sync takes over', async () => {
    const papers = generateShelf({ count: 300 });
    const reports: number[] = [];
    const index = new PaperSearchIndex({
      sliceMs: 0,
      onProgress: ({ indexed }) => reports.push(indexed),
    });
    const first = index.sync(papers);
    // While the first sync yields, a change arrives: the newer sync finishes the job.
    const second = index.sync(papers.slice(0, 200));
    await Promise.all([first, second]);
    expect(index.progress).toEqual({ indexed: 200, total: 200 });
    expect(index.isComplete).toBe(true);
    expect(reports.length).toBeGreaterThan(10);
    expect(reports.at(-1)).toBe(200);
  });

  it('answers a repeated query from its cache until the index changes', async () => {
    const index = await indexOf(shelf);
    const once = index.search('policy');
    expect(index.search('policy ')).toBe(once);
    await index.sync([...shelf, paper(5, { title: 'Policy gradients', updatedAt: 5 })]);
    expect(index.search('policy')).not.toBe(once);
    expect(found(index, 'policy')).toEqual([1, 4, 5]);
  });
});

describe('query shaping', () => {
  it('splits on spaces and punctuation, lowercases, folds accents, drops stop words', () => {
    expect(queryTerms('The Schrödinger-bridge, of RL')).toEqual(['schrodinger', 'bridge', 'rl']);
    expect(normalizeTerm('Ångström')).toBe('angstrom');
    // TeX's symbols part words too, in the index and in queries: one tokenizer for both.
    expect(tokenize('$K$ Arms, $\\ell_1$-norm, a^b~c|d<e>f=g+h`i')).toEqual([
      '',
      'K',
      'Arms',
      'ell',
      '1',
      'norm',
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
      'h',
      'i',
    ]);
    expect(queryTerms('$3$-manifolds')).toEqual(['3', 'manifolds']);
    // A symbol ends the word being typed, as a space does.
    expect(buildQuery('$K$')).toEqual(buildQuery('K '));
    expect(normalizeTerm('the')).toBeNull();
  });

  it('makes a cheap query for each stage of a word being typed', () => {
    expect(buildQuery('p')).toBeUndefined();
    expect(buildQuery('gan')).toEqual({
      combineWith: 'AND',
      queries: [
        {
          combineWith: 'OR',
          queries: [
            { queries: ['gan'] },
            {
              queries: ['gan'],
              prefix: true,
              fields: ['title', 'authors', 'venue', 'tags', 'note'],
            },
          ],
        },
      ],
    });
    expect(buildQuery('diffusion')).toEqual({
      combineWith: 'AND',
      queries: [{ queries: ['diffusion'], prefix: true, fuzzy: 0.2 }],
    });
    expect(buildQuery('diffusion p')).toEqual(buildQuery('diffusion '));
  });
});
