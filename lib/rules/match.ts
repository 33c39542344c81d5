/**
 * Auto-tag rules: keywords or a regular expression on a paper's title, abstract or authors.
 * Pure (no database), so the background, the options page and the tests share one matcher.
 *
 * Regex safety. Rules run on every save, in the background worker, and JavaScript has no regex
 * timeout: one catastrophic pattern would freeze saving in every tab. Running patterns in a
 * separate worker only to kill it on a timer is heavy and timing-dependent, so instead the worst
 * case is bounded before a pattern is accepted, by looking at its structure:
 *
 * - no backreferences (they make matching NP-hard);
 * - no repeated group that itself repeats or alternates (`(a+)+`, `(a|ab)*`): the exponential
 *   cases;
 * - a budget on how much any match attempt can backtrack: the product of every quantifier's
 *   range (`x{0,9}` counts 10, `?` 2, and `*`, `+`, `{n,}` the input cap), at most
 *   `MAX_BACKTRACK_PRODUCT`. That allows one unbounded repeat (`diffusion.*model`) or several
 *   bounded ones, and refuses `a.*b.*c`, which measured 5.8 s on 5,000 characters in V8;
 * - every field is cut to `RULE_INPUT_CAP` characters (arXiv abstracts stop at 1,920).
 *
 * The slowest accepted patterns measured (`\w*z`, `x{0,1999}z` on 2,000 x's) take ~15 ms per
 * field; anything a person would write to find a topic takes microseconds. Keyword rules are
 * escaped literals and need none of this.
 */
import type { AutoTagRule } from '../paper/schemas';

export const RULE_PATTERN_MAX_LENGTH = 200;
export const RULE_INPUT_CAP = 2_000;
export const MAX_BACKTRACK_PRODUCT = 2 * RULE_INPUT_CAP;

export const RULE_FIELD_NAMES: Record<AutoTagRule['field'], string> = {
  title: 'Title',
  abstract: 'Abstract',
  authors: 'Authors',
  any: 'Title, abstract or authors',
};

/** A pattern that cannot be used, with a message meant for the person who typed it. */
export class RulePatternError extends Error {
  override name = 'RulePatternError';
}

/** What a rule looks at. */
export interface RuleSubject {
  title: string;
  abstract?: string;
  authors: readonly string[];
}

export type RuleMatcher = (paper: RuleSubject) => boolean;

interface GroupFrame {
  hasQuantifier: boolean;
  hasAlternation: boolean;
}

/** What follows the `(` of a group that is not a plain capturing one. */
const GROUP_KIND = /^\?(?:[ims-]*:|[=!]|<[=!]|<[^>]*>)/;

/** `{n}`, `{n,}` or `{n,m}` at `index`, or undefined when the brace is a literal. */
function braceQuantifier(pattern: string, index: number) {
  const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(index));
  if (!match) return undefined;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
  return { length: match[0].length, max };
}

/**
 * Why `pattern` could backtrack catastrophically, or undefined when its worst case is bounded.
 * A conservative scan of the regex syntax; it assumes the pattern compiles.
 */
export function unsafeRegexReason(pattern: string): string | undefined {
  const stack: GroupFrame[] = [{ hasQuantifier: false, hasAlternation: false }];
  let lastGroup: GroupFrame | undefined;
  let product = 1;
  let index = 0;
  while (index < pattern.length) {
    const char = pattern[index] as string;
    const frame = stack.at(-1) as GroupFrame;
    let quantifier: { length: number; max: number } | undefined;
    if (char === '*' || char === '+') quantifier = { length: 1, max: Infinity };
    else if (char === '?') quantifier = { length: 1, max: 1 };
    else if (char === '{') quantifier = braceQuantifier(pattern, index);

    if (quantifier) {
      if (lastGroup && quantifier.max > 1) {
        if (lastGroup.hasQuantifier) {
          return 'a repeated group contains another repeat, as in (a+)+; remove the inner one';
        }
        if (lastGroup.hasAlternation) {
          return 'a repeated group contains alternatives, as in (a|ab)+; list the words without repeating the group';
        }
      }
      frame.hasQuantifier = true;
      product *= quantifier.max === Infinity ? RULE_INPUT_CAP : quantifier.max + 1;
      if (product > MAX_BACKTRACK_PRODUCT) {
        return 'too many repeats: use at most one * or + (bounded ones like .{0,20} are fine)';
      }
      index += quantifier.length;
      if (pattern[index] === '?') index += 1; // lazy: same cost
      lastGroup = undefined;
      continue;
    }

    lastGroup = undefined;
    if (char === '\\') {
      const next = pattern[index + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k')
        return 'backreferences (\\1, \\k<name>) are not allowed';
      index += 2;
    } else if (char === '[') {
      index += 1;
      if (pattern[index] === '^') index += 1;
      if (pattern[index] === ']') index += 1; // a leading ] is a literal
      while (index < pattern.length && pattern[index] !== ']') {
        index += pattern[index] === '\\' ? 2 : 1;
      }
      index += 1;
    } else if (char === '(') {
      stack.push({ hasQuantifier: false, hasAlternation: false });
      // The `?` of `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!`, `(?<name>` (and `(?i:`) says what kind
      // of group this is, not how often it repeats: read as a quantifier, it made
      // `(?:large )+` a repeat of a repeat and a dozen plain groups "too many repeats".
      index += 1 + (GROUP_KIND.exec(pattern.slice(index + 1))?.[0].length ?? 0);
    } else if (char === ')') {
      const group = stack.length > 1 ? (stack.pop() as GroupFrame) : frame;
      const parent = stack.at(-1) as GroupFrame;
      parent.hasQuantifier ||= group.hasQuantifier;
      parent.hasAlternation ||= group.hasAlternation;
      lastGroup = group;
      index += 1;
    } else {
      if (char === '|') frame.hasAlternation = true;
      index += 1;
    }
  }
  return undefined;
}

/** Lower-cased, accents and hyphens folded, so "Fine-Tuning" and "fine tuning" are one phrase. */
export function foldForKeywords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[-_/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Comma-separated keywords or phrases; a trailing * matches any ending ("federat*"). */
export function parseKeywords(pattern: string): string[] {
  return [
    ...new Set(
      pattern
        .split(',')
        .map((keyword) => foldForKeywords(keyword))
        .filter((keyword) => keyword.replace(/\*/g, '').length > 0),
    ),
  ];
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function keywordRegex(pattern: string): RegExp {
  const keywords = parseKeywords(pattern);
  if (keywords.length === 0) throw new RulePatternError('Type at least one keyword');
  const alternatives = keywords.map((keyword) => {
    const prefix = keyword.endsWith('*');
    const body = escapeRegex(keyword.replace(/\*+$/, ''));
    return prefix ? `${body}[\\p{L}\\p{N}]*` : body;
  });
  // Whole words only: "rl" must not match "world". Literal alternatives cannot backtrack badly.
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

function userRegex(pattern: string): RegExp {
  // `' '` compiles, and tags almost every paper: never what a rule means.
  if (!pattern.trim()) {
    throw new RulePatternError('Type a pattern: spaces alone would match almost every paper');
  }
  if (pattern.length > RULE_PATTERN_MAX_LENGTH) {
    throw new RulePatternError(`Keep the pattern under ${RULE_PATTERN_MAX_LENGTH} characters`);
  }
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'i');
  } catch (error) {
    const detail = (error as Error).message.replace(/^Invalid regular expression: /, '');
    throw new RulePatternError(`Not a valid regular expression: ${detail}`);
  }
  const reason = unsafeRegexReason(pattern);
  if (reason) throw new RulePatternError(`This pattern could freeze saving: ${reason}`);
  return regex;
}

function fieldText(paper: RuleSubject, field: AutoTagRule['field']): string[] {
  const authors = paper.authors.join('; ');
  const texts =
    field === 'title'
      ? [paper.title]
      : field === 'abstract'
        ? [paper.abstract ?? '']
        : field === 'authors'
          ? [authors]
          : [paper.title, paper.abstract ?? '', authors];
  return texts.map((text) => text.slice(0, RULE_INPUT_CAP));
}

/** Checks a rule's pattern and returns its matcher; throws RulePatternError naming the problem. */
export function compileRule(rule: Pick<AutoTagRule, 'field' | 'pattern' | 'isRegex'>): RuleMatcher {
  const { field } = rule;
  if (rule.isRegex) {
    const regex = userRegex(rule.pattern);
    return (paper) => fieldText(paper, field).some((text) => regex.test(text));
  }
  const regex = keywordRegex(rule.pattern);
  return (paper) => fieldText(paper, field).some((text) => regex.test(foldForKeywords(text)));
}

/** The problem with a rule's pattern, or undefined when it can be saved. */
export function rulePatternProblem(
  rule: Pick<AutoTagRule, 'field' | 'pattern' | 'isRegex'>,
): string | undefined {
  try {
    compileRule(rule);
    return undefined;
  } catch (error) {
    if (error instanceof RulePatternError) return error.message;
    throw error;
  }
}

/** Tags the enabled `rules` give `paper`. A rule that no longer compiles is skipped. */
export function tagsFromRules(rules: readonly AutoTagRule[], paper: RuleSubject): string[] {
  const tags: string[] = [];
  for (const rule of rules) {
    if (!rule.enabled) continue;
    try {
      if (compileRule(rule)(paper)) tags.push(rule.tag);
    } catch {
      // Stored by an older version with looser checks, or imported: it never blocks a save.
    }
  }
  return tags;
}
