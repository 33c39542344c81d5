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

/** The colour a tag's chip shows: the one the user chose (stored on the tag), else its default. */
export function tagColor(name: string, chosen?: string): string {
  return chosen ?? defaultTagColor(name);
}
