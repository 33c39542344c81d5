/**
 * Full-text search over the shelf: title, authors, abstract, tags and note, with MiniSearch
 * (BM25 ranking, prefix and fuzzy matching, incremental add / discard).
 *
 * Scale: 10,000 papers carry ~11 MB of abstracts, about two seconds of indexing. So the index is
 * built in slices of a few milliseconds that yield to the page between them (the list paints and
 * answers keys meanwhile), newest papers first, and kept current afterwards by diffing on
 * `updatedAt` (only changed papers are re-indexed). Until it is complete, a search covers the
 * papers indexed so far, and `progress` says how many that is.
 *
 * Query cost is what a keystroke costs, so the query is shaped for it. The last term is the word
 * being typed: its first letters are not searched yet (one letter, or two after other words: they
 * would match nearly everything, or nothing), two letters alone match whole words only ("rl"),
 * three letters also start words of the title, authors, tags and note, and from four letters it
 * is a prefix everywhere ("pro" would otherwise expand to half the abstract vocabulary). Results
 * are kept for the last few queries, so a keystroke that only starts the next word is free.
 */
import MiniSearch, { type Query } from 'minisearch';
import type { Paper } from '../paper/schemas';
import { yieldToMainThread } from '../scheduling';

type SearchField = 'title' | 'authors' | 'abstract' | 'tags' | 'note';
const FIELDS: SearchField[] = ['title', 'authors', 'abstract', 'tags', 'note'];
const SHORT_FIELDS: SearchField[] = ['title', 'authors', 'tags', 'note'];
/** A title hit says more than an abstract hit; a tag or note is the user's own word for it. */
const BOOST: Partial<Record<SearchField, number>> = { title: 3, authors: 2, tags: 2, note: 2 };
/** The word being typed matches as a prefix from this length, within SHORT_FIELDS... */
const SHORT_PREFIX_LENGTH = 3;
/** ...and in every field from this length. */
const FULL_PREFIX_LENGTH = 4;
/** Queries whose results are kept (typing back and forth, deleting a letter). */
const CACHED_QUERIES = 16;
/** From this length a term also matches with one typo (MiniSearch: fuzzy 0.2 × length). */
const FUZZY_LENGTH = 5;

/**
 * English function words: in nearly every abstract, so they rank nothing and only cost time and
 * memory. Kept short on purpose: "learning" or "model" are words someone may search for.
 */
const STOP_WORDS = new Set(
  'a an and are as at be by for from has have in into is it its of on or our than that the their this to was we were which with'.split(
    ' ',
  ),
);

/** Lower case, and accents folded so that "schrodinger" finds "Schrödinger". */
export function normalizeTerm(term: string): string | null {
  const lower = term.toLowerCase();
  if (STOP_WORDS.has(lower)) return null;
  // normalize() is the slow part of indexing; ASCII (most terms) needs none.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, on purpose.
  return /[^\u0000-\u007f]/.test(lower)
    ? lower.normalize('NFD').replace(/\p{Diacritic}/gu, '')
    : lower;
}

/** The same word splitting as MiniSearch's default tokenizer, so queries split like documents. */
const WORD_SEPARATOR = /[\n\r\p{Z}\p{P}]+/u;

export function queryTerms(query: string): string[] {
  return query
    .split(WORD_SEPARATOR)
    .map((term) => (term ? normalizeTerm(term) : null))
    .filter((term): term is string => !!term);
}

/** The MiniSearch query for what the user typed; undefined when it has no searchable term. */
export function buildQuery(query: string): Query | undefined {
  const terms = queryTerms(query);
  // A trailing separator means the last word is finished.
  const typing = /[\p{Z}\p{P}]$/u.test(query) ? undefined : terms.pop();
  const queries: Query[] = terms.map((term) => ({
    queries: [term],
    prefix: term.length >= FULL_PREFIX_LENGTH,
    fuzzy: term.length >= FUZZY_LENGTH ? 0.2 : false,
  }));
  if (typing === undefined || typing.length < (terms.length > 0 ? 3 : 2)) {
    // The start of a word is not a search yet: "transformer di" is still "transformer".
  } else if (typing.length >= FULL_PREFIX_LENGTH) {
    queries.push({
      queries: [typing],
      prefix: true,
      fuzzy: typing.length >= FUZZY_LENGTH ? 0.2 : false,
    });
  } else if (typing.length >= SHORT_PREFIX_LENGTH) {
    // The exact word anywhere ("gan"), or a word of the title, authors, tags or note that
    // starts with what has been typed so far.
    queries.push({
      combineWith: 'OR',
      queries: [{ queries: [typing] }, { queries: [typing], prefix: true, fields: SHORT_FIELDS }],
    });
  } else {
    queries.push({ queries: [typing] });
  }
  return queries.length > 0 ? { combineWith: 'AND', queries } : undefined;
}

export interface IndexProgress {
  indexed: number;
  total: number;
}

export interface PaperSearchIndexOptions {
  /** How long one slice of indexing may run before yielding, in ms. */
  sliceMs?: number;
  /** Called after each slice that changed the index and once when it is up to date. */
  onProgress?(progress: IndexProgress): void;
}

export class PaperSearchIndex {
  private readonly index = new MiniSearch<Paper>({
    fields: FIELDS,
    storeFields: [],
    processTerm: normalizeTerm,
    extractField: (paper, field) => {
      const value = paper[field as keyof Paper];
      return Array.isArray(value) ? value.join(' ') : ((value as string | undefined) ?? '');
    },
    searchOptions: { boost: BOOST, combineWith: 'AND' },
  });
  /** updatedAt of every indexed paper, by id: what the next sync compares against. */
  private readonly indexed = new Map<string, number>();
  private generation = 0;
  private total = 0;
  private pendingCount = 0;
  /** Results by query (as built), most recent last; emptied whenever the index changes. */
  private readonly cache = new Map<string, Map<string, number>>();
  private readonly sliceMs: number;
  private readonly onProgress: ((progress: IndexProgress) => void) | undefined;

  constructor(options: PaperSearchIndexOptions = {}) {
    this.sliceMs = options.sliceMs ?? 6;
    this.onProgress = options.onProgress;
  }

  get progress(): IndexProgress {
    return { indexed: this.indexed.size, total: this.total };
  }

  get isComplete(): boolean {
    return this.pendingCount === 0;
  }

  /**
   * Brings the index up to date with `papers` (in the order given: the first ones become
   * searchable first). A newer call supersedes one still running; the promise of the older one
   * resolves when it stops.
   */
  async sync(papers: readonly Paper[]): Promise<void> {
    const generation = ++this.generation;
    const current = new Set<string>();
    const stale: Paper[] = [];
    for (const paper of papers) {
      current.add(paper.id);
      if (this.indexed.get(paper.id) !== paper.updatedAt) stale.push(paper);
    }
    for (const id of this.indexed.keys()) {
      if (!current.has(id)) this.forget(id);
    }
    this.total = current.size;
    this.pendingCount = stale.length;
    if (stale.length === 0) {
      this.onProgress?.(this.progress);
      return;
    }

    let sliceStart = performance.now();
    for (let position = 0; position < stale.length; position++) {
      const paper = stale[position] as Paper;
      this.put(paper);
      this.pendingCount = stale.length - position - 1;
      if (performance.now() - sliceStart > this.sliceMs && this.pendingCount > 0) {
        this.onProgress?.(this.progress);
        await yieldToMainThread();
        if (generation !== this.generation) return;
        sliceStart = performance.now();
      }
    }
    this.onProgress?.(this.progress);
  }

  /** Stops any sync under way (the page is closing). */
  cancel(): void {
    this.generation++;
  }

  /**
   * Ids of the papers that match every term of `query`, with their relevance; undefined when the
   * query has no searchable term (show everything).
   */
  search(query: string): ReadonlyMap<string, number> | undefined {
    const built = buildQuery(query);
    if (!built) return undefined;
    const key = JSON.stringify(built);
    const cached = this.cache.get(key);
    if (cached) {
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const scores = new Map<string, number>();
    for (const result of this.index.search(built)) scores.set(result.id as string, result.score);
    this.cache.set(key, scores);
    if (this.cache.size > CACHED_QUERIES)
      this.cache.delete(this.cache.keys().next().value as string);
    return scores;
  }

  private put(paper: Paper): void {
    this.cache.clear();
    if (this.indexed.has(paper.id)) this.index.discard(paper.id);
    this.index.add(paper);
    this.indexed.set(paper.id, paper.updatedAt);
  }

  private forget(id: string): void {
    this.cache.clear();
    this.index.discard(id);
    this.indexed.delete(id);
  }
}
