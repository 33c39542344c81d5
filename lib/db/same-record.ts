/**
 * Whether a write would change a record: a merge or an import that adds nothing writes nothing
 * (and announces nothing to open tabs).
 */
import type { Paper } from '../paper/schemas';

/** Two records with the same values, whatever the order of their keys, `ignored` keys aside. */
export function sameRecord<Entry extends object>(
  a: Entry,
  b: Entry,
  ignored: ReadonlyArray<keyof Entry> = [],
): boolean {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((key) => !ignored.includes(key as keyof Entry))
    .sort() as Array<keyof Entry>;
  const comparable = (record: Entry) => JSON.stringify(keys.map((key) => record[key]));
  return comparable(a) === comparable(b);
}

/** The same paper apart from when it was last touched and the order of its aliases. */
export function samePaper(a: Paper, b: Paper): boolean {
  const withSortedAliases = (paper: Paper) => ({ ...paper, aliases: [...paper.aliases].sort() });
  return sameRecord(withSortedAliases(a), withSortedAliases(b), ['updatedAt']);
}
