/** Author names split into parts, whatever the whitespace in them. */
import fc from 'fast-check';
import { splitName } from '@/lib/export/paper-fields';

const tidy = (name: string) => name.replace(/\s+/g, ' ').trim();

describe('splitName', () => {
  it('splits given name, particle, family name and suffix', () => {
    expect(splitName('Ada Lovelace')).toEqual({ given: 'Ada', family: 'Lovelace' });
    expect(splitName('Ada de')).toEqual({ given: 'Ada', family: 'de' });
    expect(splitName('Ada')).toEqual({ literal: 'Ada' });
    expect(splitName('Ludwig van der Waals')).toEqual({
      given: 'Ludwig',
      family: 'Waals',
      particle: 'van der',
    });
    expect(splitName('Martin Luther King Jr.')).toEqual({
      given: 'Martin Luther',
      family: 'King',
      suffix: 'Jr.',
    });
    expect(splitName('Lovelace, Ada')).toEqual({ given: 'Ada', family: 'Lovelace' });
    expect(splitName('The ATLAS Collaboration')).toEqual({ literal: 'The ATLAS Collaboration' });
  });

  it('reads any whitespace run as one space, as a tidy name would split', () => {
    expect(splitName(' Ludwig\u00A0van\t der\n\nWaals ')).toEqual(
      splitName('Ludwig van der Waals'),
    );
    const piece = fc.constantFrom('Ada', 'van', 'de', 'Jr.', 'IV', 'Łukasz', ',', 'Team', 'x');
    const space = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00A0', '\u2003', '\uFEFF', '');
    const name = fc
      .array(fc.tuple(space, piece), { maxLength: 6 })
      .chain((pairs) => space.map((end) => pairs.flat().join('') + end));
    fc.assert(
      fc.property(name, (text) => {
        expect(splitName(text)).toEqual(splitName(tidy(text)));
      }),
      { numRuns: 1000 },
    );
  });
});
