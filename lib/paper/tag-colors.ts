/** Chip colours with enough contrast for white text in both themes (WCAG AA at 12px bold). */
export const TAG_PALETTE = [
  '#1d4ed8',
  '#6d28d9',
  '#be185d',
  '#b91c1c',
  '#9a3412',
  '#166534',
  '#115e59',
  '#374151',
] as const;

/** A stable colour per tag name, so a new tag looks the same in every tab before it is stored. */
export function defaultTagColor(name: string): string {
  let hash = 0;
  for (const char of name.toLowerCase()) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return TAG_PALETTE[hash % TAG_PALETTE.length] ?? TAG_PALETTE[0];
}

/**
 * The colour a new tag is given: of the palette colours the fewest tags have (`colorsInUse`), its
 * default if that is one of them, else the next one after it in the palette. So the first eight
 * tags of a shelf get eight colours, where the default alone makes two of them share one as
 * often as not; past eight, each colour serves as few tags as can be.
 */
export function newTagColor(name: string, colorsInUse: Iterable<string>): string {
  const uses = new Map<string, number>(TAG_PALETTE.map((color) => [color, 0]));
  for (const used of colorsInUse) {
    const color = used.toLowerCase();
    const count = uses.get(color);
    if (count !== undefined) uses.set(color, count + 1);
  }
  const fewest = Math.min(...uses.values());
  const palette: readonly string[] = TAG_PALETTE;
  const start = palette.indexOf(defaultTagColor(name));
  for (let offset = 0; offset < palette.length; offset++) {
    const color = palette[(start + offset) % palette.length] as string;
    if (uses.get(color) === fewest) return color;
  }
  return defaultTagColor(name); // Not reached: some colour has the fewest uses.
}

/** Colours for tags made together: each as newTagColor gives it, counting those given before. */
export function newTagColors(names: readonly string[], colorsInUse: Iterable<string>): string[] {
  const inUse = [...colorsInUse];
  return names.map((name) => {
    const color = newTagColor(name, inUse);
    inUse.push(color);
    return color;
  });
}

/** The colour a tag's chip shows: the one the user chose (stored on the tag), else its default. */
export function tagColor(name: string, chosen?: string): string {
  return chosen ?? defaultTagColor(name);
}
