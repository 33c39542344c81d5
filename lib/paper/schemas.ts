/**
 * The shapes of everything Paper Shelf stores or sends, as zod schemas; the TypeScript types are
 * inferred from them so a type and its runtime check can never drift apart.
 *
 * The length bounds are generous for real papers (the longest arXiv abstracts are under 2,000
 * characters; ATLAS papers list ~3,000 authors) but keep one hostile page from filling the disk.
 */
// zod/mini: the same validator with a tree-shakable API. The content script validates every
// card with paperCandidateSchema, and classic zod alone would take 15 KB gzip of its budget.
import * as z from 'zod/mini';

export const SITE_IDS = [
  'huggingface',
  'arxiv',
  'openreview',
  'scholar',
  'semanticscholar',
  'acl',
  'dblp',
  // Not a listing: papers that came in from a BibTeX, RIS or id-list file with only a DOI or URL.
  'imported',
] as const;
export const siteIdSchema = z.enum(SITE_IDS);

export const SITE_NAMES: Record<(typeof SITE_IDS)[number], string> = {
  huggingface: 'Hugging Face',
  arxiv: 'arXiv',
  openreview: 'OpenReview',
  scholar: 'Google Scholar',
  semanticscholar: 'Semantic Scholar',
  acl: 'ACL Anthology',
  dblp: 'dblp',
  imported: 'Imported',
};
export type SiteId = z.infer<typeof siteIdSchema>;

export const LIMITS = {
  idLength: 512,
  aliases: 16,
  titleLength: 2_000,
  authors: 5_000,
  authorLength: 300,
  abstractLength: 20_000,
  urlLength: 4_096,
  tagLength: 64,
  tagsPerPaper: 64,
  noteLength: 100_000,
  idsPerLookup: 5_000,
  rulePatternLength: 1_000,
} as const;

export const paperIdSchema = z
  .string()
  .check(
    z.maxLength(LIMITS.idLength),
    z.regex(/^(arxiv|doi|openreview|acl|s2|dblp|url):\S+$/, 'not a canonical paper id'),
  );

const httpUrlSchema = z
  .string()
  .check(z.maxLength(LIMITS.urlLength), z.regex(/^https?:\/\//i, 'must be an http(s) URL'));

/** A tag name: trimmed, single-spaced, non-empty; case is kept as the user typed it. */
export const tagNameSchema = z.pipe(
  z.pipe(z.string(), z.transform(normalizeTagName)),
  z.string().check(z.minLength(1, 'a tag needs a name'), z.maxLength(LIMITS.tagLength)),
);

export function normalizeTagName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/** Tag names normalized, without repeats (case-insensitive, first spelling kept), capped. */
export function uniqueTags(tags: Iterable<string>): string[] {
  const byKey = new Map<string, string>();
  for (const tag of tags) {
    const name = normalizeTagName(tag);
    const key = name.toLowerCase();
    if (name && !byKey.has(key)) byKey.set(key, name);
  }
  return [...byKey.values()].slice(0, LIMITS.tagsPerPaper);
}

/** An arXiv category as arXiv spells it: `cs.LG`, `hep-th`, `astro-ph.CO`, `cond-mat.stat-mech`. */
export const ARXIV_CATEGORY = /^[a-z]+(?:-[a-z]+)?(?:\.[A-Za-z]+(?:-[a-z]+)?)?$/;

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
  published: z.optional(z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))),
  /** arXiv's primary category (`cs.LG`, `hep-th`): BibTeX's `primaryClass`. */
  primaryCategory: z.optional(z.string().check(z.maxLength(32), z.regex(ARXIV_CATEGORY))),
});
export type PaperCandidate = z.infer<typeof paperCandidateSchema>;

export const PAPER_STATUSES = ['to-read', 'reading', 'read'] as const;
export const paperStatusSchema = z.enum(PAPER_STATUSES);
export type PaperStatus = z.infer<typeof paperStatusSchema>;

export const STATUS_LABELS: Record<PaperStatus, string> = {
  'to-read': 'To read',
  reading: 'Reading',
  read: 'Read',
};

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

/** What a card needs to know about its paper. */
export interface SavedState {
  saved: boolean;
  tags: string[];
  /** The reading status, for a saved paper. */
  status?: PaperStatus;
  /** Orders states of the same paper: a tab keeps the latest (lib/messaging/revision.ts). */
  revision?: number;
}
