/**
 * Where a page-derived string holds TeX maths. Pages deliver maths as TeX source (arXiv titles
 * and abstracts: `$\ell_1$`, `$O(n \log n)$`, `$k$-means`) and prices as plain text (`from $1M
 * to $10M`). One rule for both places that care: the BibTeX export (maths goes through verbatim,
 * dollar signs of prices are escaped) and the reading list (maths is typeset).
 */

const DIGIT = /[0-9]/;
const WHITESPACE = /\s/;

/**
 * Whether the `$` at `open` and the next `$`, at `close`, are the signs of two amounts of money
 * rather than the delimiters of TeX maths. The pair is prices when the opening `$` starts an
 * amount (a digit follows it) and the closing `$`
 * - runs straight into a digit, the next amount (`$1M to $10M`, `$5/$10`, `US$2,000 to
 *   US$30,000`): maths that starts on a number does not end right before another one. Pandoc's
 *   rule for `$` maths in Markdown (tex_math_dollars) is that a closing `$` is never followed by
 *   a digit, so that "$20,000 and $30,000" stays text; here only for a span that starts on a
 *   digit, since `$\sim$30%`, `$>$10` and `2$\times$2` are common maths in arXiv abstracts;
 * - or comes after a space (`$5 for $k$ tokens`): maths does not end on a space (Pandoc's other
 *   rule), again only after an amount, since `$ x + y $` is maths to TeX and to MathJax, which
 *   typesets arXiv's pages.
 * Anything else stays maths, `$1/2$` and `$5$` included: in TeX source those are maths.
 */
function isPricePair(text: string, open: number, close: number): boolean {
  return (
    DIGIT.test(text[open + 1] ?? '') &&
    (DIGIT.test(text[close + 1] ?? '') || WHITESPACE.test(text[close - 1] ?? ''))
  );
}

/** A `$…$` span: `tex` is what lies between the two dollar signs, never empty. */
export interface TexMath {
  tex: string;
}

/** The text in order, as runs of plain text and maths; a text without `$` is one run. */
export type TexParts = Array<string | TexMath>;

/**
 * Splits text into plain runs and `$…$` maths. Each `$` pairs with the next one, as in TeX; an
 * empty span (`$$`) or a pair of prices leaves its first `$` as a dollar sign, and the second may
 * still open maths (`$5 for $k$ tokens`). A lone `$` at the end is text.
 */
export function splitTexMath(text: string): TexParts {
  let open = text.indexOf('$');
  if (open === -1) return [text];
  const parts: TexParts = [];
  let last = 0;
  while (open !== -1) {
    const close = text.indexOf('$', open + 1);
    if (close === -1) break;
    if (close === open + 1 || isPricePair(text, open, close)) {
      open = close;
      continue;
    }
    if (open > last) parts.push(text.slice(last, open));
    parts.push({ tex: text.slice(open + 1, close) });
    last = close + 1;
    open = text.indexOf('$', last);
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
