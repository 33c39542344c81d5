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

/** A `$…$` (or `$$…$$`) span: `tex` is what lies between the delimiters, never empty. */
export interface TexMath {
  tex: string;
  /** Written `$$…$$`, TeX's display maths (a title still shows it in the line). */
  display?: boolean;
}

/** The text in order, as runs of plain text and maths; a text without `$` is one run. */
export type TexParts = Array<string | TexMath>;

/** The maths as the text had it, delimiters included. */
export function texSource({ tex, display }: TexMath): string {
  const delimiter = display ? '$$' : '$';
  return `${delimiter}${tex}${delimiter}`;
}

/** A `\$` is a dollar sign, in maths or out: a `$` after an odd number of backslashes. */
function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  for (let at = index - 1; at >= 0 && text[at] === '\\'; at--) backslashes++;
  return backslashes % 2 === 1;
}

/** The next `$` at or after `from` that is not escaped, or -1. */
function nextDollar(text: string, from: number): number {
  let at = text.indexOf('$', from);
  while (at !== -1 && isEscaped(text, at)) at = text.indexOf('$', at + 1);
  return at;
}

/** The next unescaped `$$` at or after `from`, or -1. */
function nextDoubleDollar(text: string, from: number): number {
  for (let at = nextDollar(text, from); at !== -1; at = nextDollar(text, at + 1)) {
    if (text[at + 1] === '$') return at;
  }
  return -1;
}

/**
 * Splits text into plain runs and maths. Each unescaped `$` pairs with the next one, as in TeX,
 * and `$$` opens display maths that the next `$$` closes. An empty span or a pair of prices
 * leaves its first `$` as a dollar sign, and the second may still open maths (`$5 for $k$
 * tokens`). A lone `$` at the end is text.
 */
export function splitTexMath(text: string): TexParts {
  let open = nextDollar(text, 0);
  if (open === -1) return [text];
  const parts: TexParts = [];
  let last = 0;
  const take = (math: TexMath, end: number) => {
    if (open > last) parts.push(text.slice(last, open));
    parts.push(math);
    last = end;
    open = nextDollar(text, last);
  };
  while (open !== -1) {
    if (text[open + 1] === '$') {
      const close = nextDoubleDollar(text, open + 2);
      if (close > open + 2) {
        take({ tex: text.slice(open + 2, close), display: true }, close + 2);
        continue;
      }
    }
    const close = nextDollar(text, open + 1);
    if (close === -1) break;
    if (close === open + 1 || isPricePair(text, open, close)) {
      open = close;
      continue;
    }
    take({ tex: text.slice(open + 1, close) }, close + 1);
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
