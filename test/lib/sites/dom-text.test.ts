// @vitest-environment happy-dom
/** The text helpers every adapter leans on: page metadata, names and dates as sites print them. */
import { isoDateIn, metaContents, personNameFromCitation } from '../../../lib/sites/dom-text';

describe('personNameFromCitation', () => {
  it.each([
    ['Lovelace, Ada', 'Ada Lovelace'],
    ['  Martínez,   Lena ', 'Lena Martínez'],
    ['van der Berg, Jan', 'Jan van der Berg'],
    ["O'Neill, Siobhán", "Siobhán O'Neill"],
    ['King, Jr., Martin', 'Martin King Jr.'],
    ['King, Martin Luther, Jr.', 'Martin Luther King Jr.'],
    ['ATLAS Collaboration', 'ATLAS Collaboration'],
    ['Plato', 'Plato'],
    ['A, B, C, D', 'A, B, C, D'],
  ])('%j -> %j', (written, expected) => {
    expect(personNameFromCitation(written)).toBe(expected);
  });
});

describe('isoDateIn', () => {
  it.each([
    ['2026/07/13', '2026-07-13'],
    ['2026-07-13T14:05:37.000Z', '2026-07-13'],
    ['Submitted 13 July, 2026;', '2026-07-13'],
    ['Published: 22 Jan 2026, Last Modified: 01 Mar 2026', '2026-01-22'],
    ['9 Sep 2003 (modified: 01 Mar 2004)', '2003-09-09'],
    ['2026/02/30', undefined],
    ['31 Juneteenth 2026', undefined],
    ['Published: 2026', undefined],
    ['', undefined],
  ])('%j -> %j', (text, expected) => {
    expect(isoDateIn(text)).toBe(expected);
  });
});

describe('metaContents', () => {
  it('reads every tag of a name in order, whitespace-normalised, skipping blanks', () => {
    const doc = new DOMParser().parseFromString(
      `<head>
        <meta name="citation_author" content="Mbeki, Dmitri">
        <meta name="citation_title" content="A  Title
          on two lines">
        <meta name="citation_author" content="   ">
        <meta name="citation_author" content="Kim, Ming">
        <meta property="citation_author" content="Not a name tag">
      </head>`,
      'text/html',
    );
    expect(metaContents(doc, 'citation_author')).toEqual(['Mbeki, Dmitri', 'Kim, Ming']);
    expect(metaContents(doc, 'citation_title')).toEqual(['A Title on two lines']);
    expect(metaContents(doc, 'citation_doi')).toEqual([]);
  });
});
