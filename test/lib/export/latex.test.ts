/**
 * The shortcuts of lib/export/latex.ts. Plain text it hands back unescaped must be exactly
 * what the full escaper writes for it. Appending ` é` sends any text down the full path (é needs
 * an accent command) without changing how the text's own characters come out: the space keeps
 * words and ligature pairs apart, and an ASCII character never composes with a precomposed é.
 */
import fc from 'fast-check';
import { toLatex } from '@/lib/export/latex';
import { decodeLatex } from '@/lib/import/latex';

const TAIL = ' é';
const TAIL_LATEX = " {\\'e}";

function throughFullPath(text: string, protectCase: boolean): string {
  const out = toLatex(text + TAIL, { protectCase });
  expect(out.endsWith(TAIL_LATEX)).toBe(true);
  return out.slice(0, -TAIL_LATEX.length);
}

function expectSameAsFullPath(text: string): void {
  for (const protectCase of [false, true]) {
    expect(toLatex(text, { protectCase }), JSON.stringify(text)).toBe(
      throughFullPath(text, protectCase),
    );
  }
}

const ASCII = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));

describe('toLatex on plain text', () => {
  it('writes every ASCII character and pair as the full escaper does', () => {
    for (const first of ASCII) {
      expectSameAsFullPath(first);
      for (const second of ASCII) expectSameAsFullPath(first + second);
    }
  });

  it('writes any ASCII text as the full escaper does', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...ASCII), maxLength: 40 }), (text) =>
        expectSameAsFullPath(text),
      ),
      { numRuns: 2000 },
    );
  });

  it('copies text with nothing to escape as it is, braced only where case needs it', () => {
    const title = 'Sparse LoRA Adapters for Fine-Tuning (and "Scaling"?)';
    expect(toLatex(title)).toBe(title);
    expect(toLatex(title, { protectCase: true })).toBe(
      'Sparse {LoRA} Adapters for Fine-Tuning (and "Scaling"?)',
    );
  });
});

/**
 * The rule for case protection as the docs state it, per part: a capital after the first letter
 * of a part, a capital next to a digit, or a part whose one letter is a capital when the word has
 * several parts.
 */
function needsBraces(word: string): boolean {
  const parts = word.split(/[-/\u2010-\u2015]/);
  return (
    parts.some((part) => /^\P{L}*\p{L}.*\p{Lu}/su.test(part)) ||
    /\p{Lu}\p{Nd}|\p{Nd}\p{Lu}/u.test(word) ||
    (parts.length > 1 &&
      parts.some((part) => part.match(/\p{L}/gu)?.length === 1 && /\p{Lu}/u.test(part)))
  );
}

describe('toLatex case protection', () => {
  it.each([
    [
      '3D Gaussian Splatting for Real-Time Rendering',
      '{3D} Gaussian Splatting for Real-Time Rendering',
    ],
    ['Scaling to 70B Parameters', 'Scaling to {70B} Parameters'],
    ['A 4K Video Model', 'A {4K} Video Model'],
    ['T5 and GPT-4 Models', '{T5} and {GPT-4} Models'],
    ['Qwen2.5-VL Technical Report', '{Qwen2.5-VL} Technical Report'],
    ['U-Net: Convolutional Networks', '{U-Net:} Convolutional Networks'],
    ['X-ray and A/B Tests, Top-K', '{X-ray} and {A/B} Tests, {Top-K}'],
    // Title Case, plain or compound, is for the style to change.
    ['Llama 2: Fine-Tuned Chat Models', 'Llama 2: Fine-Tuned Chat Models'],
    ['Gauge/Gravity Duality in 2024', 'Gauge/Gravity Duality in 2024'],
    ['A Survey', 'A Survey'],
  ])('%s', (title, latex) => {
    expect(toLatex(title, { protectCase: true })).toBe(latex);
  });

  it('braces exactly the words the rule names, for any word', () => {
    const piece = fc.constantFrom(
      ...['a', 'B', 'é', 'Ö', 'ǅ', 'ß', '1', '-', '/', '\u2013', '.', '(', "'", '中', 'Σ', 'ς'],
    );
    const word = fc.array(piece, { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
        const out = toLatex(words.join(' '), { protectCase: true }).split(' ');
        const plain = words.map((w) => toLatex(w));
        expect(out).toEqual(plain.map((w, i) => (needsBraces(words[i] as string) ? `{${w}}` : w)));
      }),
      { numRuns: 3000 },
    );
  });
});

/**
 * The dollar rule of lib/export/latex.ts (isPricePair): `$...$` is TeX maths, as arXiv titles
 * carry it, unless it opens on an amount (a digit) and closes on another one or after a space.
 * Then its `$` signs are dollars, escaped.
 */
describe('toLatex on dollar signs', () => {
  it.each([
    ['Scaling from $1M to $10M budgets', String.raw`Scaling from \$1M to \$10M budgets`],
    ['From US$5 to US$10', String.raw`From US\$5 to US\$10`],
    ['$5/$10 per hour, $1M–$10M', String.raw`\$5/\$10 per hour, \$1M–\$10M`],
    ['$20,000 and $30,000', String.raw`\$20,000 and \$30,000`],
    // An amount, then maths: the `$` that is no amount's partner opens the maths.
    ['$5 for $x$ tokens', String.raw`\$5 for $x$ tokens`],
    ['$1M to $10M in $O(n)$ time', String.raw`\$1M to \$10M in $O(n)$ time`],
    // One dollar sign has no partner to be maths with.
    ['Costs $10', String.raw`Costs \$10`],
  ])('%s: the dollars are text', (text, latex) => {
    expect(toLatex(text)).toBe(latex);
  });

  it.each([
    String.raw`Bounds on $\ell_1$`,
    String.raw`$O(n \log n)$ sorting`,
    '$k$-means',
    'Spin-$1/2$ chains',
    '$5$-regular graphs',
    '$2^{10}$ and $3$',
    // Spaces inside maths are still maths to TeX and MathJax, which arXiv typesets titles with.
    'A $ x + y $ bound',
    // Maths that does not start on a digit may run into one.
    String.raw`Latency down by $\sim$30 ms, 2$\times$2 blocks, $>$10 steps`,
  ])('%s: maths stays maths', (text) => {
    expect(toLatex(text)).toBe(text);
  });

  it('braces amounts with capitals, as any word, for case protection', () => {
    expect(toLatex('Scaling from $1M to $10M budgets', { protectCase: true })).toBe(
      String.raw`Scaling from {\$1M} to {\$10M} budgets`,
    );
  });

  it('leaves no maths from one amount to the next, and decodes back, for any text', () => {
    const piece = fc.constantFrom('$', '1', '10M', 'x', ' ', '-', '/', 'US', '\\ell_1', '{', '}');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const latex = toLatex(text);
        const oneLine = text.replace(/\s+/g, ' ').trim();
        expect(decodeLatex(latex)).toBe(oneLine);
        expect(decodeLatex(toLatex(text, { protectCase: true }))).toBe(oneLine);
        // The `$` signs LaTeX reads as maths delimiters: those left unescaped, in pairs. An
        // escaped one, `\$`, becomes a letter: it still stands between a delimiter and a digit.
        const delimiters = latex.replaceAll('\\$', 'E');
        const signs = [...delimiters.matchAll(/\$/g)].map(({ index }) => index);
        for (let i = 0; i + 1 < signs.length; i += 2) {
          const [open, close] = [signs[i] as number, signs[i + 1] as number];
          expect(`${delimiters[open + 1]}${delimiters[close + 1] ?? ''}`).not.toMatch(/^\d\d/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
