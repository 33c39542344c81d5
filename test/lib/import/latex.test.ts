/** decodeLatex on what .bib files in the wild hold beyond what our exporter writes. */
import { decodeLatex } from '@/lib/import/latex';

describe('decodeLatex', () => {
  it.each([
    // Font switches and \relax, \protect print nothing.
    ['{\\em Bidirectional} Transformers', 'Bidirectional Transformers'],
    ['{\\bf Bold} and {\\it italic}, {\\sc Small} {\\sl x} {\\tt y}', 'Bold and italic, Small x y'],
    ['{\\itshape a} {\\bfseries b} {\\scshape c} {\\normalfont d} {\\upshape e}', 'a b c d e'],
    ['{\\relax Ch}ebyshev', 'Chebyshev'],
    ['\\protect\\textsc{Foo}', 'Foo'],
    // Text commands give their argument; \ensuremath's argument is math, kept as source.
    ['x\\textsuperscript{2} and x\\textsubscript{i}', 'x2 and xi'],
    ['\\ensuremath{\\alpha}-helix', '$\\alpha$-helix'],
    ['\\ensuremath\\beta', '$\\beta$'],
    // Logos, and commands nothing here knows, never glue to the next word.
    ['\\LaTeX{} and \\TeX', 'LaTeX and TeX'],
    ['Typesetting with \\LaTeX is easy', 'Typesetting with LaTeX is easy'],
    ['The \\alpha helix', 'The alpha helix'],
    ['\\ce{CO2} capture', 'CO2 capture'],
    // Letters and symbols keep TeX's rule: the space after the command is not text.
    ['Stra\\ss e', 'Straße'],
    // Display maths is one span, kept as source: its commands are not read as text.
    ['Bounds $$\\ell_1$$ and $x$', 'Bounds $$\\ell_1$$ and $x$'],
    ['$$a \\$ b$$ c', '$$a \\$ b$$ c'],
    ['$$\\ell_1$ open', '$$\\ell_1$ open'],
    ['$$', '$$'],
  ])('%s', (latex, text) => {
    expect(decodeLatex(latex)).toBe(text);
  });

  it.each([
    ['\\~{}', '~'],
    ['\\^{}', '^'],
    ['O(n\\^{}2)', 'O(n^2)'],
    ['http://example.org/\\~{}user', 'http://example.org/~user'],
    ["\\'{}", "'"],
    ['\\v{}', '\u02C7'],
  ])('an accent on nothing, %s, is the accent alone', (latex, text) => {
    expect(decodeLatex(latex)).toBe(text);
  });
});
