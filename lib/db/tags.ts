/** Every write to the tags table. A tag record holds what is shared by all its papers (colour). */
import type { Tag } from '../paper/schemas';
import { defaultTagColor } from '../paper/tag-colors';
import { db } from './db';

/** Creates the tag records that do not exist yet; call inside a transaction that includes tags. */
export async function ensureTags(names: readonly string[], now = Date.now()): Promise<void> {
  if (names.length === 0) return;
  const existing = await db.tags.bulkGet([...names]);
  const missing: Tag[] = names
    .filter((_, index) => existing[index] === undefined)
    .map((name) => ({ name, color: defaultTagColor(name), createdAt: now }));
  if (missing.length) await db.tags.bulkPut(missing);
}

/** All tags by name. */
export async function listTags(): Promise<Tag[]> {
  return db.tags.orderBy('name').toArray();
}
