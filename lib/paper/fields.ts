/**
 * The plain facts the schemas of ./schemas.ts are built from: site ids, statuses, length bounds
 * and field patterns. No zod here, on purpose: the content script needs these on every listing
 * page and must stay small (content script ≤ 25 KB gzip, bench/README.md), so it imports this
 * module and ./sanitize.ts, never the schemas; every message it sends is checked with the zod
 * schemas in the background.
 *
 * The length bounds are generous for real papers (the longest arXiv abstracts are under 2,000
 * characters; ATLAS papers list ~3,000 authors) but keep one hostile page from filling the disk.
 */
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
export type SiteId = (typeof SITE_IDS)[number];

export const SITE_NAMES: Record<SiteId, string> = {
  huggingface: 'Hugging Face',
  arxiv: 'arXiv',
  openreview: 'OpenReview',
  scholar: 'Google Scholar',
  semanticscholar: 'Semantic Scholar',
  acl: 'ACL Anthology',
  dblp: 'dblp',
  imported: 'Imported',
};

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
  venueLength: 500,
} as const;

/** `arxiv:2607.01234`, `doi:10.1145/...`: the canonical ids of shared/DESIGN.md. */
export const PAPER_ID_PATTERN = /^(arxiv|doi|openreview|acl|s2|dblp|url):\S+$/;
export const HTTP_URL_PATTERN = /^https?:\/\//i;
/** Publication dates as YYYY-MM-DD, YYYY-MM or YYYY. */
export const PUBLISHED_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** An arXiv category as arXiv spells it: `cs.LG`, `hep-th`, `astro-ph.CO`, `cond-mat.stat-mech`. */
export const ARXIV_CATEGORY = /^[a-z]+(?:-[a-z]+)?(?:\.[A-Za-z]+(?:-[a-z]+)?)?$/;
export const ARXIV_CATEGORY_MAX_LENGTH = 32;

/**
 * Where a paper appeared, as far as a page or a file says: a journal, or the proceedings of a
 * conference or workshop. Exports pick the entry type from it (BibTeX `@article` or
 * `@inproceedings`, CSL `article-journal` or `paper-conference`, RIS `JOUR` or `CPAPER`).
 */
export const VENUE_TYPES = ['journal', 'conference'] as const;
export type VenueType = (typeof VENUE_TYPES)[number];

/**
 * Venues that only say "a preprint": arXiv itself (dblp's CoRR, Semantic Scholar's "ArXiv",
 * Scholar's "arXiv preprint arXiv:2401.01234") and the other preprint servers: every "…rxiv"
 * (bioRxiv, TechRxiv, PsyArXiv, engrXiv), SSRN, Research Square, OSF Preprints, Preprints.org. The
 * paper's ids say that already; as a journal they would make a preprint look published. Names that
 * only start alike are journals ("Corrosion", "Preprints of the IFAC World Congress").
 */
export const PREPRINT_VENUE =
  /^(?:\w*rxiv\b|corr$|ssrn\b|research square\b|(?:osf )?preprints(?:\.org\b|$))/i;

export const PAPER_STATUSES = ['to-read', 'reading', 'read'] as const;
export type PaperStatus = (typeof PAPER_STATUSES)[number];

export const STATUS_LABELS: Record<PaperStatus, string> = {
  'to-read': 'To read',
  reading: 'Reading',
  read: 'Read',
};

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

/** What a card needs to know about its paper. */
export interface SavedState {
  saved: boolean;
  tags: string[];
  /** The reading status, for a saved paper. */
  status?: PaperStatus;
  /**
   * Each tag's colour as the shelf stores it (chosen in the options page, or given when the tag
   * was made), so a card's chips look like the reading list's. The background fills it in as a
   * state leaves it (withTagColors in lib/db/tags.ts); a chip without one shows its default.
   */
  tagColors?: Record<string, string>;
  /** Orders states of the same paper: a tab keeps the latest (lib/messaging/revision.ts). */
  revision?: number;
}
