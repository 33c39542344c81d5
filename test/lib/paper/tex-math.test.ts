import fc from 'fast-check';
import { splitTexMath, texSource } from '@/lib/paper/tex-math';

describe('splitTexMath', () => {
  it('gives a text without dollar signs back as one run', () => {
    expect(splitTexMath('Plain title')).toEqual(['Plain title']);
  });

  it.each([
    ['Bounds on $\\ell_1$ Fixtures', ['Bounds on ', { tex: '\\ell_1' }, ' Fixtures']],
    ['$k$-means', [{ tex: 'k' }, '-means']],
    ['Spin-$1/2$ chains', ['Spin-', { tex: '1/2' }, ' chains']],
    ['by $\\sim$30%', ['by ', { tex: '\\sim' }, '30%']],
    ['2$\\times$2 grids', ['2', { tex: '\\times' }, '2 grids']],
    ['A $ x + y $ bound', ['A ', { tex: ' x + y ' }, ' bound']],
    ['$O(n)$ and $O(n^2)$', [{ tex: 'O(n)' }, ' and ', { tex: 'O(n^2)' }]],
  ])('reads the maths of %j', (text, parts) => {
    expect(splitTexMath(text)).toEqual(parts);
  });

  it.each([
    'Scaling from $1M to $10M budgets',
    'Costs $5/$10 a month',
    'From US$2,000 to US$30,000',
    'A lone $ sign',
    'Empty $$ pair',
  ])('leaves prices and stray dollar signs as text: %j', (text) => {
    expect(splitTexMath(text)).toEqual([text]);
  });

  it('reads an escaped dollar as a dollar sign, in maths or out', () => {
    expect(splitTexMath(String.raw`Shell \$PATH and $\lambda$-calculus`)).toEqual([
      String.raw`Shell \$PATH and `,
      { tex: String.raw`\lambda` },
      '-calculus',
    ]);
    expect(splitTexMath(String.raw`$a \$ b$ c`)).toEqual([{ tex: String.raw`a \$ b` }, ' c']);
    // Two backslashes are a backslash: the `$` after them is a delimiter.
    expect(splitTexMath(String.raw`$x\\$y`)).toEqual([{ tex: String.raw`x\\` }, 'y']);
  });

  it('reads `$$…$$` as one span of display maths', () => {
    expect(splitTexMath('Bound $$x^2$$ holds')).toEqual([
      'Bound ',
      { tex: 'x^2', display: true },
      ' holds',
    ]);
    expect(splitTexMath('$5 and $$x$$')).toEqual(['$5 and ', { tex: 'x', display: true }]);
  });

  it('lets the second dollar of a price open maths', () => {
    expect(splitTexMath('$5 for $k$ tokens')).toEqual(['$5 for ', { tex: 'k' }, ' tokens']);
  });

  it('loses nothing: the runs join back into the text, and no maths is empty', () => {
    const dollarHeavy = fc.string({
      unit: fc.constantFrom('$', '$', '1', 'k', ' ', '\\', '{', 'M'),
    });
    fc.assert(
      fc.property(dollarHeavy, (text) => {
        const parts = splitTexMath(text);
        const joined = parts
          .map((part) => (typeof part === 'string' ? part : texSource(part)))
          .join('');
        expect(joined).toBe(text);
        for (const part of parts) if (typeof part !== 'string') expect(part.tex).not.toBe('');
      }),
    );
  });
});
