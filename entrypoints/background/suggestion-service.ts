/**
 * Keeps the tag-suggestion model of the shelf as it is now, in the background worker.
 *
 * The model is trained from every saved paper (title + abstract + tags) and cached with a
 * fingerprint of the shelf (paper count and the latest update). Any write, from a listing tab
 * through this worker or from the popup and options page directly, changes the fingerprint: a
 * liveQuery on it schedules a retraining (debounced, so tagging ten papers in a row trains once),
 * and a request that arrives first trains right away. Term counts are kept per paper text, so
 * a retraining after a tag change tokenizes nothing again. Training runs in slices, so that the
 * worker goes on answering messages meanwhile.
 *
 * Each model trained is also stored with its fingerprint (`ModelStore`): Chromium stops an idle
 * worker after 30 s, and a worker woken by the next listing would otherwise read the whole shelf
 * and train again (1-4 s of CPU on 10,000 papers) though nothing had changed.
 */
import { liveQuery, type Subscription } from 'dexie';
import { db } from '@/lib/db/db';
import { readDerived, writeDerived } from '@/lib/db/derived';
import { listPapersInPages } from '@/lib/db/papers';
import type { Paper } from '@/lib/paper/schemas';
import {
  type ForegroundWork,
  runInSlices,
  WORKER_SLICE_MS,
  yieldToOtherWork,
} from '@/lib/scheduling';
import {
  paperText,
  SUGGESTION_DEFAULTS,
  type SuggestionModel,
  suggestionModelSchema,
  type TrainingPaper,
  termCounts,
  trainingSteps,
} from '@/lib/suggest/model';

export const RETRAIN_DELAY_MS = 1_500;
/** Papers per read when training: ~1.5 MB, a few tens of ms to deserialize. */
const TRAINING_READ_PAGE = 1_000;

/**
 * Changes whenever a paper is added, removed or updated: every write of lib/db marks what it
 * adds or changes updated now (tag edits and merge imports included), so a removal lowers the
 * count and anything else moves the newest update. Only an undo and a backup restore write old
 * dates, and both put back papers exactly as they were.
 */
async function shelfFingerprint(): Promise<string> {
  const [count, latest] = await Promise.all([
    db.papers.count(),
    db.papers.orderBy('updatedAt').last(),
  ]);
  return `${count}:${latest?.updatedAt ?? 0}:${latest?.id ?? ''}`;
}

/** Where trained models outlive the worker, by the fingerprint of the shelf they were trained on. */
export interface ModelStore {
  /** The model trained on the shelf with this fingerprint, if one was stored. */
  load(fingerprint: string): Promise<SuggestionModel | undefined>;
  save(fingerprint: string, model: SuggestionModel): Promise<void>;
}

const STORED_MODEL_NAME = 'suggestion-model';

/**
 * Models kept in IndexedDB (lib/db/derived.ts). `format` names the code that trained them: a
 * model stored by another version of the extension is not used.
 */
export function storedModels(format: string): ModelStore {
  return {
    async load(fingerprint) {
      const stored = await readDerived(STORED_MODEL_NAME, format, fingerprint);
      const parsed = suggestionModelSchema.safeParse(stored);
      return parsed.success ? parsed.data : undefined;
    },
    save: (fingerprint, model) =>
      writeDerived({ name: STORED_MODEL_NAME, format, fingerprint, value: model }),
  };
}

/** Thrown inside a training that a newer one has replaced; never leaves the service. */
class SupersededTraining extends Error {
  override name = 'SupersededTraining';
}

export class SuggestionService {
  private cached: { fingerprint: string; model: Promise<SuggestionModel> } | undefined;
  private readonly countsCache = new Map<string, { text: string; counts: Map<string, number> }>();
  private retrainTimer: ReturnType<typeof setTimeout> | undefined;
  private subscription: Subscription | undefined;

  private readonly retrainDelayMs: number;
  private readonly sliceMs: number;
  private readonly foreground: ForegroundWork | undefined;
  private readonly store: ModelStore | undefined;
  /** Whether this worker has looked in the store yet (storedModel). */
  private storeRead = false;

  /**
   * `foreground`: the messages training lets finish before it goes on (the saved-state lookups
   * and saves); never a message that waits for the model itself. `store`: where models are kept
   * for the next worker.
   */
  constructor(
    options: {
      retrainDelayMs?: number;
      sliceMs?: number;
      foreground?: ForegroundWork;
      store?: ModelStore;
    } = {},
  ) {
    this.retrainDelayMs = options.retrainDelayMs ?? RETRAIN_DELAY_MS;
    this.sliceMs = options.sliceMs ?? WORKER_SLICE_MS;
    this.foreground = options.foreground;
    this.store = options.store;
  }

  /** Follows the shelf, retraining in the background after changes. */
  start(): void {
    this.subscription = liveQuery(shelfFingerprint).subscribe({
      next: (fingerprint) => {
        if (fingerprint !== this.cached?.fingerprint) this.scheduleRetrain();
      },
      error: () => {
        // Requests still train on demand.
      },
    });
  }

  stop(): void {
    this.subscription?.unsubscribe();
    clearTimeout(this.retrainTimer);
  }

  /** The shelf state the cached model was (or is being) trained on. */
  get trainedFingerprint(): string | undefined {
    return this.cached?.fingerprint;
  }

  /** The model for the shelf as it is now. */
  async model(): Promise<SuggestionModel> {
    const fingerprint = await shelfFingerprint();
    if (this.cached?.fingerprint !== fingerprint) {
      const model = this.train(fingerprint).catch((error: unknown) => {
        // The shelf changed meanwhile and a newer training began: its model is the answer.
        if (error instanceof SupersededTraining) return this.model();
        throw error;
      });
      this.cached = { fingerprint, model };
      // A failed training is not cached: the next request tries again.
      model.catch(() => {
        if (this.cached?.model === model) this.cached = undefined;
      });
    }
    return this.cached.model;
  }

  private scheduleRetrain(): void {
    clearTimeout(this.retrainTimer);
    this.retrainTimer = setTimeout(() => {
      this.model().catch(() => {});
    }, this.retrainDelayMs);
  }

  /**
   * Trains in slices (lib/scheduling.ts): on 10,000 papers the counting and training are seconds
   * of work, and messages from listings and the popup are answered between the slices.
   */
  private async train(fingerprint: string): Promise<SuggestionModel> {
    const stored = await this.storedModel(fingerprint);
    if (stored) return stored;
    const pause = () => this.pause(fingerprint);
    // In pages, pausing between them: one read of 10,000 papers (15 MB) held up every lookup.
    const papers = await listPapersInPages(TRAINING_READ_PAGE, pause);
    const model = await runInSlices(this.countingAndTraining(papers), this.sliceMs, pause);
    // Not awaited: the model is the answer now; a failed write only means training again later.
    this.store?.save(fingerprint, model).catch(() => {});
    return model;
  }

  /**
   * The stored model for this shelf; none when the store has none, or fails. Read in a worker's
   * first training only: after it, the store holds what this worker trained, for a shelf that has
   * changed since, and reading it back (the whole model) would be for nothing.
   */
  private async storedModel(fingerprint: string): Promise<SuggestionModel | undefined> {
    if (this.storeRead) return undefined;
    this.storeRead = true;
    try {
      return await this.store?.load(fingerprint);
    } catch {
      return undefined;
    }
  }

  /** Counting the papers' terms, then training on them, as one run of steps. */
  private *countingAndTraining(papers: readonly Paper[]): Generator<void, SuggestionModel> {
    const training = yield* this.trainingPapers(papers);
    return yield* trainingSteps(training, SUGGESTION_DEFAULTS);
  }

  /**
   * Between two slices: whatever is queued goes first, and any foreground message ends first. A
   * training for a shelf state that a newer training has replaced stops here.
   */
  private async pause(fingerprint: string): Promise<void> {
    await yieldToOtherWork();
    await this.foreground?.whenIdle();
    if (this.cached?.fingerprint !== fingerprint) throw new SupersededTraining();
  }

  /** Each paper's tags and term counts (tokenizing only texts not seen before), one paper a step. */
  private *trainingPapers(papers: readonly Paper[]): Generator<void, TrainingPaper[]> {
    const live = new Set<string>();
    const training: TrainingPaper[] = [];
    for (const paper of papers) {
      live.add(paper.id);
      training.push({ text: '', tags: paper.tags, counts: this.countsOf(paper) });
      yield;
    }
    for (const id of this.countsCache.keys()) if (!live.has(id)) this.countsCache.delete(id);
    return training;
  }

  private countsOf(paper: Paper): Map<string, number> {
    const text = paperText(paper);
    const cached = this.countsCache.get(paper.id);
    if (cached?.text === text) return cached.counts;
    const counts = termCounts(text);
    this.countsCache.set(paper.id, { text, counts });
    return counts;
  }
}
