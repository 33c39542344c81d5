/**
 * Full-text search over the shelf: title, authors, venue, abstract, tags and note, with MiniSearch
 * (BM25 ranking, prefix and fuzzy matching, incremental add / discard).
 *
 * Scale: 10,000 papers carry ~11 MB of abstracts, about two seconds of indexing. So the index is
 * built in slices of a few milliseconds that yield to the page between them (the list paints and
 * answers keys meanwhile), newest papers first, and kept current afterwards by diffing on
 * `updatedAt` (only changed papers are re-indexed). Until it is complete, a search covers the
 * papers indexed so far, and `progress` says how many that is.
 *
 * How a query is shaped for keystroke cost: lib/shelf/search-query.ts. Results are kept for the
 * last few queries, so a keystroke that only starts the next word is free.
 */
import MiniSearch, { type Query } from 'minisearch';
import type { Paper } from '../paper/schemas';
import { venueSearchText } from '../paper/venue';
import { yieldToMainThread } from '../scheduling';
import {
  BOOST,
  buildQuery,
  FIELDS,
  isWordStart,
  normalizeTerm,
  queryTerms,
  tokenize,
} from './search-query';

/** Queries whose results are kept (typing back and forth, deleting a letter). */
const CACHED_QUERIES = 16;
/** Titles whose words warm the search code up (see warmUp). */
const WARM_UP_TITLES = 30;

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
    // Also what MiniSearch splits queries with: the same words on both sides.
    tokenize,
    processTerm: normalizeTerm,
    extractField: (paper, field) => {
      // A venue also under its acronym: "acl" finds "Annual Meeting of the Association for…".
      if (field === 'venue') return paper.venue ? venueSearchText(paper.venue) : '';
      const value = paper[field as keyof Paper];
      return Array.isArray(value) ? value.join(' ') : ((value as string | undefined) ?? '');
    },
    searchOptions: { boost: BOOST, combineWith: 'AND' },
  });
  /** updatedAt of every indexed paper, by id: what the next sync compares against. */
  private readonly indexed = new Map<string, number>();
  private generation = 0;
  private warmedUp = false;
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
    if (!this.warmedUp) {
      this.warmedUp = true;
      await this.warmUp(papers, generation);
    }
  }

  /**
   * Runs searches of each shape a keystroke makes (two letters, three, a prefix, a prefix with
   * typos: search-query.ts) on words of the newest titles, a few per task, results thrown away.
   * A search shape's first runs are in the interpreter, at several times the cost of later ones;
   * the popup opens fresh every time, so without this the user's first keystrokes would pay it.
   */
  private async warmUp(papers: readonly Paper[], generation: number): Promise<void> {
    const words = new Set(
      papers
        .slice(0, WARM_UP_TITLES)
        .flatMap((paper) => queryTerms(paper.title))
        .filter((term) => term.length >= 6),
    );
    let sliceStart = performance.now();
    for (const word of words) {
      for (let length = 2; length <= word.length; length++) {
        const built = buildQuery(word.slice(0, length));
        if (built) this.index.search(built);
      }
      if (performance.now() - sliceStart > this.sliceMs) {
        await yieldToMainThread();
        if (generation !== this.generation) return;
        sliceStart = performance.now();
      }
    }
  }

  /** Stops any sync under way (the page is closing). */
  cancel(): void {
    this.generation++;
  }

  /**
   * Ids of the papers that match every term of `query`, with their relevance, best first;
   * undefined when the query has no searchable term (show everything).
   */
  search(query: string): ReadonlyMap<string, number> | undefined {
    const built = buildQuery(query);
    if (!built) return undefined;
    const scores = this.cachedSearch(built);
    // Two letters that are no paper's word are the start of a longer one: no search yet, so the
    // list does not empty and fill again on the way to "diffusion".
    return scores.size === 0 && isWordStart(query) ? undefined : scores;
  }

  private cachedSearch(built: Query): Map<string, number> {
    const key = JSON.stringify(built);
    const cached = this.cache.get(key);
    if (cached) {
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    // Best first (MiniSearch sorts its results), which applyShelfQuery's sort finds in order.
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
