import {
  defaultTagColor,
  newTagColor,
  newTagColors,
  TAG_PALETTE,
  tagColor,
} from '@/lib/paper/tag-colors';

describe('newTagColor', () => {
  it("is the tag's default colour on an empty shelf, and while that is among the least used", () => {
    expect(newTagColor('diffusion', [])).toBe(defaultTagColor('diffusion'));
    const others = TAG_PALETTE.filter((color) => color !== defaultTagColor('diffusion'));
    expect(newTagColor('diffusion', others)).toBe(defaultTagColor('diffusion'));
  });

  it('moves on from a default another tag has to the next unused colour of the palette', () => {
    const taken = defaultTagColor('diffusion');
    const palette: readonly string[] = TAG_PALETTE;
    const next = palette[(palette.indexOf(taken) + 1) % palette.length];
    expect(newTagColor('diffusion', [taken.toUpperCase()])).toBe(next);
  });

  it('counts colours outside the palette as nothing, and a chosen one in any case', () => {
    expect(newTagColor('diffusion', ['#123456'])).toBe(defaultTagColor('diffusion'));
  });
});

describe('newTagColors', () => {
  it('gives tags made together different colours, counting those given before', () => {
    const names = TAG_PALETTE.map((_, index) => `tag ${index}`);
    expect(new Set(newTagColors(names, [])).size).toBe(TAG_PALETTE.length);
    // Past the palette: every colour twice before any thrice.
    const twice = newTagColors([...names, ...names.map((name) => `${name}'`)], []);
    for (const color of TAG_PALETTE) expect(twice.filter((c) => c === color)).toHaveLength(2);
  });
});

describe('tagColor', () => {
  it('is the chosen colour, else the default', () => {
    expect(tagColor('nlp', '#0f766e')).toBe('#0f766e');
    expect(tagColor('nlp')).toBe(defaultTagColor('nlp'));
  });
});
