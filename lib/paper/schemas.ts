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
  PREPRINT_VENUE,
  PUBLISHED_DATE_PATTERN,
  SITE_IDS,
  VENUE_TYPES,
} from './fields';
import { byStrength, canonicalId, preferredId } from './paper-id';

export * from './fields';

export const siteIdSchema = z.enum(SITE_IDS);

/**
 * An id as records and backups hold it: the shape of a canonical id. Records written before the
 * background checked ids more closely may hold a form that is not canonical (`arxiv:…v2`); they
 * stay readable, and reading a backup canonicalises them (paperSchema).
 */
export const paperIdSchema = z
  .string()
  .check(z.maxLength(LIMITS.idLength), z.regex(PAPER_ID_PATTERN, 'not a canonical paper id'));

/**
 * An id as a message may name it: exactly its own canonical id (lib/paper/paper-id.ts). The
 * pattern alone lets `arxiv:2607.01234v2`, `doi:10.48550/arXiv.2607.01234` and
 * `doi:10.48550/ARXIV.2607.01234` through, and each would become a record of its own beside
 * `arxiv:2607.01234`: every lookup and merge goes by exact id. The message names the id to use.
 */
export const canonicalPaperIdSchema = paperIdSchema.check(
  z.refine((id) => canonicalId(id) === id, {
    error: (issue) => {
      const canonical = canonicalId(String(issue.input));
      return canonical
        ? `not a canonical paper id: this paper's id is ${canonical}`
        : 'not a canonical paper id: it names no paper';
    },
  }),
);

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
  /**
   * The journal or proceedings the paper appeared in, as the page or file names it ("Nature",
   * "Proceedings of the 62nd Annual Meeting of the ACL"). A preprint server (PREPRINT_VENUE: dblp's
   * "CoRR", Semantic Scholar's "arXiv.org") names none: it is dropped here, as ids are made
   * canonical, rather than in every content script, which would carry the pattern for nothing on
   * arXiv and Hugging Face (content script ≤ 25 KB gzip).
   */
  venue: z.optional(
    z.pipe(
      z.string().check(z.minLength(1), z.maxLength(LIMITS.venueLength)),
      z.transform((venue) => (PREPRINT_VENUE.test(venue) ? undefined : venue)),
    ),
  ),
  /**
   * Whether `venue` is a journal or proceedings, when the page or file says; without a venue it
   * says nothing (lib/paper/venue.ts).
   */
  venueType: z.optional(z.enum(VENUE_TYPES)),
});
export type PaperCandidate = z.infer<typeof paperCandidateSchema>;

/** A candidate as a message carries it: its id and aliases canonical (canonicalPaperIdSchema). */
export const canonicalCandidateSchema = z.extend(paperCandidateSchema, {
  id: canonicalPaperIdSchema,
  aliases: z.optional(z.array(canonicalPaperIdSchema).check(z.maxLength(LIMITS.aliases))),
});

export const paperStatusSchema = z.enum(PAPER_STATUSES);

/** A saved paper: the candidate, every id it is known by, and what the user added. */
const timestampSchema = z.int().check(z.nonnegative());

const paperRecordSchema = z.extend(paperCandidateSchema, {
  /** Every canonical id of this paper, `id` included: the multi-entry index lookups go through. */
  aliases: z.array(paperIdSchema).check(z.minLength(1), z.maxLength(LIMITS.aliases)),
  tags: z.array(tagNameSchema).check(z.maxLength(LIMITS.tagsPerPaper)),
  status: paperStatusSchema,
  note: z.string().check(z.maxLength(LIMITS.noteLength)),
  savedAt: timestampSchema,
  updatedAt: timestampSchema,
});
type PaperRecord = z.infer<typeof paperRecordSchema>;

/**
 * `paper` under the canonical form of each of its ids, keyed by the strongest (as mergePaper keys
 * a record); the same object when they are canonical already, as every record saved since the
 * background refused other forms is.
 */
function withCanonicalIds(paper: PaperRecord): PaperRecord {
  const canonical = (id: string) => canonicalId(id) ?? id;
  if (canonical(paper.id) === paper.id && paper.aliases.every((id) => canonical(id) === id)) {
    return paper;
  }
  const aliases = byStrength([paper.id, ...paper.aliases].map(canonical)).slice(0, LIMITS.aliases);
  return { ...paper, id: preferredId(aliases), aliases };
}

/**
 * A saved paper, as the shelf stores it and a backup carries it. An older backup may hold a
 * record under a form of its id that is not canonical (saved before messages were held to
 * canonical ids): it is read under the canonical ids rather than refused, so that the import
 * merges it with the record the shelf has under them (lib/db/import.ts).
 */
export const paperSchema = z.pipe(paperRecordSchema, z.transform(withCanonicalIds));
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
