/**
 * The shapes of everything Paper Shelf stores or sends, as zod schemas; the TypeScript types are
 * inferred from them so a type and its runtime check can never drift apart. The bounds and
 * patterns they check come from ./fields.ts (re-exported here), which the content script uses
 * without zod.
 */
// zod/mini: the same validator with a tree-shakable API, for the extension pages' bundles.
import * as z from 'zod/mini';
import {
  ARXIV_CATEGORY,
  ARXIV_CATEGORY_MAX_LENGTH,
  HTTP_URL_PATTERN,
  LIMITS,
  normalizeTagName,
  PAPER_ID_PATTERN,
  PAPER_STATUSES,
  PUBLISHED_DATE_PATTERN,
  SITE_IDS,
} from './fields';

export * from './fields';

export const siteIdSchema = z.enum(SITE_IDS);

export const paperIdSchema = z
  .string()
  .check(z.maxLength(LIMITS.idLength), z.regex(PAPER_ID_PATTERN, 'not a canonical paper id'));

const httpUrlSchema = z
  .string()
  .check(z.maxLength(LIMITS.urlLength), z.regex(HTTP_URL_PATTERN, 'must be an http(s) URL'));

/** A tag name: trimmed, single-spaced, non-empty; case is kept as the user typed it. */
export const tagNameSchema = z.pipe(
  z.pipe(z.string(), z.transform(normalizeTagName)),
  z.string().check(z.minLength(1, 'a tag needs a name'), z.maxLength(LIMITS.tagLength)),
);

/** What an adapter reads off one card of a listing. */
export const paperCandidateSchema = z.object({
  id: paperIdSchema,
  /** Other canonical ids the same card shows (a publisher DOI next to an arXiv link). */
  aliases: z.optional(z.array(paperIdSchema).check(z.maxLength(LIMITS.aliases))),
  title: z.string().check(z.minLength(1), z.maxLength(LIMITS.titleLength)),
  authors: z
    .array(z.string().check(z.maxLength(LIMITS.authorLength)))
    .check(z.maxLength(LIMITS.authors)),
  url: httpUrlSchema,
  site: siteIdSchema,
  abstract: z.optional(z.string().check(z.maxLength(LIMITS.abstractLength))),
  pdfUrl: z.optional(httpUrlSchema),
  /** Publication date as YYYY-MM-DD (or YYYY-MM, YYYY) when the page shows it. */
  published: z.optional(z.string().check(z.regex(PUBLISHED_DATE_PATTERN))),
  /** arXiv's primary category (`cs.LG`, `hep-th`): BibTeX's `primaryClass`. */
  primaryCategory: z.optional(
    z.string().check(z.maxLength(ARXIV_CATEGORY_MAX_LENGTH), z.regex(ARXIV_CATEGORY)),
  ),
});
export type PaperCandidate = z.infer<typeof paperCandidateSchema>;

export const paperStatusSchema = z.enum(PAPER_STATUSES);

/** A saved paper: the candidate, every id it is known by, and what the user added. */
const timestampSchema = z.int().check(z.nonnegative());

export const paperSchema = z.extend(paperCandidateSchema, {
  /** Every canonical id of this paper, `id` included: the multi-entry index lookups go through. */
  aliases: z.array(paperIdSchema).check(z.minLength(1), z.maxLength(LIMITS.aliases)),
  tags: z.array(tagNameSchema).check(z.maxLength(LIMITS.tagsPerPaper)),
  status: paperStatusSchema,
  note: z.string().check(z.maxLength(LIMITS.noteLength)),
  savedAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Paper = z.infer<typeof paperSchema>;

export const tagSchema = z.object({
  name: tagNameSchema,
  /** A CSS hex colour for chips. */
  color: z.optional(z.string().check(z.regex(/^#[0-9a-f]{6}$/i))),
  createdAt: timestampSchema,
});
export type Tag = z.infer<typeof tagSchema>;

export const RULE_FIELDS = ['title', 'abstract', 'authors', 'any'] as const;

/**
 * An auto-tag rule: papers whose `field` matches `pattern` (comma-separated keywords, or a
 * regular expression when `isRegex`) get `tag` when saved. Backups carry them. Patterns are
 * checked for safety by lib/rules/match.ts before they are stored; the schema bounds their size.
 */
export const autoTagRuleSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(LIMITS.idLength)),
  tag: tagNameSchema,
  field: z.enum(RULE_FIELDS),
  pattern: z.string().check(z.minLength(1), z.maxLength(LIMITS.rulePatternLength)),
  isRegex: z.boolean(),
  enabled: z.boolean(),
  createdAt: timestampSchema,
});
export type AutoTagRule = z.infer<typeof autoTagRuleSchema>;
