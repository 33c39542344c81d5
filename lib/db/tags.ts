/**
 * Every write to the tags table. A tag record holds what is shared by all its papers (colour);
 * papers list their tags by name. Renaming, merging and deleting therefore touch the tag records,
 * every paper carrying the tag and the rules that produce it, in ONE transaction each, so the
 * shelf is never seen half-renamed and a failure changes nothing.
 */
import { type Paper, type SavedState, type Tag, tagNameSchema } from '../paper/schemas';
import { newTagColors, tagColor } from '../paper/tag-colors';
import { markRulesAndTagsChanged } from './change-marks';
import { db } from './db';

/** A tag operation that cannot be done as asked; the message is meant for the user. */
export class TagError extends Error {
  override name = 'TagError';
}

/**
 * How `existing` tag names spell a name, ignoring case: the name itself when it is one of them,
 * else the one that differs only in case (the first, when records made before this rule differ
 * only in case), else undefined.
 */
export function knownTagSpelling(existing: Iterable<string>): (name: string) => string | undefined {
  const exact = new Set(existing);
  const byKey = new Map<string, string>();
  for (const name of exact) {
    const key = name.toLowerCase();
    if (!byKey.has(key)) byKey.set(key, name);
  }
  return (name) => (exact.has(name) ? name : byKey.get(name.toLowerCase()));
}

/**
 * Each of `names` as the shelf spells it: a name that differs from an existing tag only in case
 * is that tag ("ml" when "ML" exists), as a paper's own tags already are (uniqueTags) and as
 * renameTag sees a clash; a new name keeps the first spelling given. Writers respell names before
 * storing them, so a paper never carries a spelling that has no tag record. Call inside a
 * transaction that includes tags.
 */
export async function spellTags(names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  // Only the keys: a shelf has tens or hundreds of tags, and every tagged save comes here.
  const known = knownTagSpelling((await db.tags.toCollection().primaryKeys()) as string[]);
  const firstSpelling = new Map<string, string>();
  return names.map((name) => {
    const spelled = known(name);
    if (spelled !== undefined) return spelled;
    const key = name.toLowerCase();
    if (!firstSpelling.has(key)) firstSpelling.set(key, name);
    return firstSpelling.get(key) as string;
  });
}

/**
 * Creates the tag records that do not exist yet (by exact name: respell the names with spellTags
 * first); call inside a transaction that includes tags.
 */
export async function ensureTags(names: readonly string[], now = Date.now()): Promise<void> {
  if (names.length === 0) return;
  const existing = await db.tags.bulkGet([...names]);
  const missing = names.filter((_, index) => existing[index] === undefined);
  if (missing.length === 0) return;
  // Each new tag takes a colour few others have (newTagColor): read them all, tens or hundreds,
  // only when a tag is new.
  const colorsInUse = (await db.tags.toArray()).map((tag) => tagColor(tag.name, tag.color));
  const colors = newTagColors(missing, colorsInUse);
  await db.tags.bulkPut(
    missing.map((name, index): Tag => ({ name, color: colors[index], createdAt: now })),
  );
}

/**
 * `states` as cards show them: each with its tags' colours as stored (SavedState.tagColors). One
 * read of the tags they name, however many states; a state without tags is passed on as it is.
 */
export async function withTagColors<State extends SavedState>(
  states: readonly State[],
): Promise<State[]> {
  const names = [...new Set(states.flatMap((state) => state.tags))];
  if (names.length === 0) return [...states];
  const tags = await db.tags.bulkGet(names);
  const colors = new Map(names.map((name, index) => [name, tagColor(name, tags[index]?.color)]));
  return states.map((state) =>
    state.tags.length === 0
      ? state
      : {
          ...state,
          tagColors: Object.fromEntries(state.tags.map((tag) => [tag, colors.get(tag) as string])),
        },
  );
}

/** All tags by name. */
export async function listTags(): Promise<Tag[]> {
  return db.tags.orderBy('name').toArray();
}

export interface TagUsage extends Tag {
  /** How many saved papers carry the tag. */
  papers: number;
}

/** Every tag with the number of papers that carry it, alphabetically (ignoring case). */
export async function listTagUsage(): Promise<TagUsage[]> {
  return db.transaction('r', db.tags, db.papers, async () => {
    const tags = await listTags();
    const counts = await Promise.all(
      tags.map((tag) => db.papers.where('tags').equals(tag.name).count()),
    );
    return tags
      .map((tag, index) => ({ ...tag, papers: counts[index] ?? 0 }))
      .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
  });
}

function validName(name: string): string {
  const parsed = tagNameSchema.safeParse(name);
  if (!parsed.success) {
    throw new TagError(parsed.error.issues[0]?.message ?? 'Not a valid tag name');
  }
  return parsed.data;
}

async function requireTag(name: string): Promise<Tag> {
  const tag = await db.tags.get(name);
  if (!tag) throw new TagError(`There is no tag named "${name}"`);
  return tag;
}

/**
 * Replaces the tags in `from` by `to` on every paper carrying any of them (in place, so the
 * order of a paper's tags is kept; once per paper, ignoring case), or removes them when `to` is
 * undefined. Call inside a transaction over papers. Returns the papers it changed.
 */
async function retagPapers(
  from: readonly string[],
  to: string | undefined,
  now: number,
): Promise<Paper[]> {
  const replaced = new Set(from);
  const papers = await db.papers
    .where('tags')
    .anyOf([...from])
    .distinct()
    .toArray();
  for (const paper of papers) {
    const seen = new Set<string>();
    paper.tags = paper.tags.flatMap((tag) => {
      const next = replaced.has(tag) ? to : tag;
      if (next === undefined || seen.has(next.toLowerCase())) return [];
      seen.add(next.toLowerCase());
      return [next];
    });
    paper.updatedAt = now;
  }
  await db.papers.bulkPut(papers);
  return papers;
}

/**
 * Renames a tag on every paper and rule. Renaming onto another existing tag is a merge and is
 * refused here (the UI offers mergeTags); changing only the case of a name is a rename.
 * Returns the papers that changed.
 */
export async function renameTag(from: string, to: string, now = Date.now()): Promise<Paper[]> {
  const name = validName(to);
  return db.transaction('rw', db.tags, db.papers, db.rules, db.changeMarks, async () => {
    const tag = await requireTag(from);
    if (name === from) return [];
    const clash = await db.tags
      .filter((other) => other.name !== from && other.name.toLowerCase() === name.toLowerCase())
      .first();
    if (clash) {
      throw new TagError(`A tag named "${clash.name}" already exists: merge the two instead`);
    }
    const papers = await retagPapers([from], name, now);
    await db.tags.delete(from);
    await db.tags.put({ ...tag, name });
    await db.rules.where('tag').equals(from).modify({ tag: name });
    await markRulesAndTagsChanged(now);
    return papers;
  });
}

/**
 * Merges `sources` into `target` (an existing tag, or a new one): every paper carrying a source
 * carries the target instead, rules follow, the source tags are gone. The target keeps its
 * colour. Returns the papers that changed.
 */
export async function mergeTags(
  sources: readonly string[],
  target: string,
  now = Date.now(),
): Promise<Paper[]> {
  const typed = validName(target);
  const unique = [...new Set(sources)];
  if (unique.every((source) => source === typed)) {
    throw new TagError('Choose at least one other tag to merge');
  }
  return db.transaction('rw', db.tags, db.papers, db.rules, db.changeMarks, async () => {
    // A target that is another existing tag but for case is that tag; one that is a source but
    // for case ("ml" and "Ml" into "ML") is the spelling the user chose.
    const other = await db.tags
      .filter((tag) => !unique.includes(tag.name) && tag.name.toLowerCase() === typed.toLowerCase())
      .first();
    const name = other?.name ?? typed;
    const merged = unique.filter((source) => source !== name);
    if (merged.length === 0) throw new TagError('Choose at least one other tag to merge');
    for (const source of merged) await requireTag(source);
    const papers = await retagPapers(merged, name, now);
    await db.tags.bulkDelete(merged);
    await ensureTags([name], now);
    await db.rules.where('tag').anyOf(merged).modify({ tag: name });
    await markRulesAndTagsChanged(now);
    return papers;
  });
}

/**
 * Sets the colour of a tag's chips (`#rrggbb`); returns the papers that carry it, whose cards in
 * open listings then show the new colour.
 */
export async function recolorTag(name: string, color: string, now = Date.now()): Promise<Paper[]> {
  if (!/^#[0-9a-f]{6}$/i.test(color)) throw new TagError(`"${color}" is not a #rrggbb colour`);
  return db.transaction('rw', db.tags, db.papers, db.changeMarks, async () => {
    await requireTag(name);
    await db.tags.update(name, { color: color.toLowerCase() });
    await markRulesAndTagsChanged(now);
    return db.papers.where('tags').equals(name).toArray();
  });
}

/**
 * Deletes a tag: it leaves every paper (the papers stay on the shelf) and its rules go too, or
 * they would bring it back on the next save. Returns the papers that changed.
 */
export async function deleteTag(name: string, now = Date.now()): Promise<Paper[]> {
  return db.transaction('rw', db.tags, db.papers, db.rules, db.changeMarks, async () => {
    await requireTag(name);
    const papers = await retagPapers([name], undefined, now);
    await db.tags.delete(name);
    await db.rules.where('tag').equals(name).delete();
    await markRulesAndTagsChanged(now);
    return papers;
  });
}
