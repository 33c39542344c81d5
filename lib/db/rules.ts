/**
 * Every write to the rules table, and applying rules to papers: on save (lib/db/papers.ts calls
 * `autoTagsFor` for a paper new to the shelf) and, after a preview, to papers already saved.
 */
import { type AutoTagRule, LIMITS, type Paper, tagNameSchema } from '../paper/schemas';
import { compileRule, RulePatternError, tagsFromRules } from '../rules/match';
import { markRulesAndTagsChanged } from './change-marks';
import { db } from './db';
import { ensureTags, spellTags, TagError } from './tags';

export type RuleInput = Pick<AutoTagRule, 'tag' | 'field' | 'pattern' | 'isRegex'> & {
  enabled?: boolean;
};

/** Rules in the order they were made. */
export async function listRules(): Promise<AutoTagRule[]> {
  const rules = await db.rules.toArray();
  return rules.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

function checkedTag(tag: string): string {
  const checked = tagNameSchema.safeParse(tag);
  if (!checked.success) {
    throw new TagError(checked.error.issues[0]?.message ?? 'Not a valid tag name');
  }
  return checked.data;
}

/** The pattern as stored (keywords trimmed); throws RulePatternError when it cannot be used. */
function checkedPattern(rule: Pick<RuleInput, 'field' | 'pattern' | 'isRegex'>): string {
  const pattern = rule.isRegex ? rule.pattern : rule.pattern.trim();
  if (!pattern) throw new RulePatternError('Type a keyword or a pattern');
  // It also refuses a regex of spaces alone, which would tag almost every paper.
  compileRule({ ...rule, pattern });
  return pattern;
}

/** Normalizes the tag and checks the pattern; throws TagError or RulePatternError. */
function checkedRule(input: RuleInput): RuleInput {
  return { ...input, tag: checkedTag(input.tag), pattern: checkedPattern(input) };
}

export async function addRule(input: RuleInput, now = Date.now()): Promise<AutoTagRule> {
  const checked = checkedRule(input);
  const rule: AutoTagRule = {
    id: crypto.randomUUID(),
    tag: checked.tag,
    field: checked.field,
    pattern: checked.pattern,
    isRegex: checked.isRegex,
    enabled: checked.enabled ?? true,
    createdAt: now,
  };
  await db.transaction('rw', db.rules, db.tags, db.changeMarks, async () => {
    // A rule for "ml" gives papers the "ML" tag the shelf already has (spellTags).
    rule.tag = (await spellTags([rule.tag]))[0] ?? rule.tag;
    await db.rules.add(rule);
    // The rule's tag is offered by the type-ahead and listed in the tag manager from now on.
    await ensureTags([rule.tag], now);
    await markRulesAndTagsChanged(now);
  });
  return rule;
}

/**
 * Changes a rule. Its pattern is checked again only when what it matches changes, or when it is
 * turned on: a rule stored by an older version or imported from a backup may hold a pattern this
 * version refuses (it never runs: tagsFromRules skips it), and it must still be possible to turn
 * it off or retag it.
 */
export async function updateRule(
  id: string,
  changes: Partial<RuleInput>,
  now = Date.now(),
): Promise<AutoTagRule> {
  return db.transaction('rw', db.rules, db.tags, db.changeMarks, async () => {
    const stored = await db.rules.get(id);
    if (!stored) throw new TagError('This rule no longer exists');
    const given = Object.fromEntries(
      Object.entries(changes).filter(([, value]) => value !== undefined),
    ) as Partial<RuleInput>;
    const rule: AutoTagRule = { ...stored, ...given };
    rule.tag = checkedTag(rule.tag);
    const matchChanged = (['pattern', 'isRegex', 'field'] as const).some(
      (key) => key in given && given[key] !== stored[key],
    );
    if (matchChanged || (rule.enabled && !stored.enabled)) rule.pattern = checkedPattern(rule);
    rule.tag = (await spellTags([rule.tag]))[0] ?? rule.tag;
    await db.rules.put(rule);
    await ensureTags([rule.tag], now);
    await markRulesAndTagsChanged(now);
    return rule;
  });
}

export async function deleteRule(id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.rules, db.changeMarks, async () => {
    // A rule already gone (deleted in another page) changes nothing since the last backup.
    const deleted = await db.rules.where('id').equals(id).delete();
    if (deleted > 0) await markRulesAndTagsChanged(now);
  });
}

/**
 * Tags the enabled rules give a paper that is new to the shelf. Call inside the saving
 * transaction (it reads the rules table).
 */
export async function autoTagsFor(paper: Paper): Promise<string[]> {
  return tagsFromRules(await listRules(), paper);
}

/** Saved papers the rule matches that do not carry its tag yet, newest first. */
export async function previewRule(
  rule: Pick<AutoTagRule, 'tag' | 'field' | 'pattern' | 'isRegex'>,
): Promise<Paper[]> {
  const matches = compileRule(rule);
  const tag = rule.tag.toLowerCase();
  const papers = await db.papers.orderBy('savedAt').reverse().toArray();
  return papers.filter(
    (paper) =>
      paper.tags.length < LIMITS.tagsPerPaper &&
      !paper.tags.some((name) => name.toLowerCase() === tag) &&
      matches(paper),
  );
}

/**
 * Adds the rule's tag to the saved papers it matches, in one transaction; the papers are chosen
 * again inside it, so the result is what the preview showed unless the shelf changed meanwhile.
 * Returns the papers that changed.
 */
export async function applyRuleToSaved(id: string, now = Date.now()): Promise<Paper[]> {
  return db.transaction('rw', db.rules, db.papers, db.tags, async () => {
    const rule = await db.rules.get(id);
    if (!rule) throw new TagError('This rule no longer exists');
    const papers = await previewRule(rule);
    for (const paper of papers) {
      paper.tags = [...paper.tags, rule.tag];
      paper.updatedAt = now;
    }
    await db.papers.bulkPut(papers);
    await ensureTags([rule.tag], now);
    return papers;
  });
}
