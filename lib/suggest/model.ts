/**
 * Tag suggestions learned from the user's own tagged papers, on the device.
 *
 * The model is a tf-idf nearest-centroid classifier (Rocchio) with one calibrated threshold per
 * tag. Why not a per-tag linear model (arxiv-sanity-lite trained an SVM per tag)? That worked
 * there because every tag had tens of thousands of untagged arXiv papers as negatives. Here the
 * only negatives are the user's other saved papers: often none at all (one tag, everything saved
 * is tagged with it) and a handful at best. With 3–10 positives a discriminative model mostly
 * learns the accidents of those few abstracts, while a centroid keeps what they share. Training
 * is one pass of averaging, and each threshold is calibrated by leave-one-out on the tag's own
 * examples against the other saved papers, and a tag whose papers have nothing in common (say
 * "to read") is not learned at all. bench/suggest-eval.ts compares both on the labeled corpus.
 */
import * as z from 'zod/mini';
import { runToEnd } from '../scheduling';
import { terms } from './tokenize';

export type SparseVector = Map<string, number>;

export interface TrainingPaper {
  /** Title and abstract, as the user saved them. */
  text: string;
  tags: readonly string[];
  /** termCounts(text), when the caller keeps them between trainings. */
  counts?: Map<string, number>;
}

export interface TagProfile {
  tag: string;
  /** How many saved papers carry the tag. */
  examples: number;
  /** Unit-length mean of the examples' vectors. */
  centroid: SparseVector;
  /** Cosine similarity above which a paper is suggested for the tag. */
  threshold: number;
}

export interface SuggestionModel {
  idf: Map<string, number>;
  /** Weight of a term no training paper contains: the rarest there can be. */
  unseenIdf: number;
  profiles: TagProfile[];
}

export interface Suggestion {
  tag: string;
  /** Cosine similarity to the tag's centroid. */
  score: number;
  /** score / threshold: how clearly the paper clears the tag's bar; orders the suggestions. */
  confidence: number;
}

export const SUGGESTION_DEFAULTS = {
  /** A tag needs this many examples before it is suggested: one paper is not a topic. */
  minExamples: 2,
  /** No suggestion below this similarity, however loose a tag's own papers are. */
  minThreshold: 0.1,
  /**
   * With no other saved paper to compare against, accept papers a bit less similar than the
   * least typical example (leave-one-out similarities underestimate fresh ones).
   */
  looseFactor: 0.8,
  /**
   * A tag is learned only when its papers resemble each other: mean leave-one-out similarity of
   * its examples at least this. Topics measure 0.08–0.16 on the labeled corpus with 3–10
   * examples; a workflow tag such as "to read" on unrelated papers about 0.03–0.05.
   */
  minCoherence: 0.06,
  /** F-beta used to place the threshold; < 1 favours precision: a wrong suggestion is noise. */
  beta: 0.5,
  /** Suggestions shown per card, best first. */
  maxSuggestions: 3,
};
export type SuggestionOptions = typeof SUGGESTION_DEFAULTS;

/**
 * Names what a stored model was trained by (entrypoints/background/suggestion-service.ts keeps
 * the model across worker restarts): raise the number whenever tokenizing or training changes
 * what a model means. The options are part of it, so changing one retrains.
 */
export const SUGGESTION_MODEL_FORMAT = `suggestions-1 ${JSON.stringify(SUGGESTION_DEFAULTS)}`;

const termWeights = z.custom<SparseVector>((value) => value instanceof Map);

/**
 * A model's shape, checked on a copy read back from storage. The Maps are checked as Maps, not
 * entry by entry: they are this code's own writes, and the check must cost nothing beside
 * training.
 */
export const suggestionModelSchema = z.object({
  idf: termWeights,
  unseenIdf: z.number(),
  profiles: z.array(
    z.object({
      tag: z.string(),
      examples: z.number(),
      centroid: termWeights,
      threshold: z.number(),
    }),
  ),
});

/** What the model reads of a paper: its title and, when known, its abstract. */
export function paperText(paper: { title: string; abstract?: string }): string {
  return paper.abstract ? `${paper.title}\n${paper.abstract}` : paper.title;
}

/** How often each term occurs in `text`: the costly part of training, worth keeping. */
export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** Sublinear tf times idf, scaled to unit length; terms never seen in training get `unseenIdf`. */
function weigh(counts: Map<string, number>, model: Pick<SuggestionModel, 'idf' | 'unseenIdf'>) {
  const vector: SparseVector = new Map();
  let norm = 0;
  for (const [term, count] of counts) {
    const weight = tfIdf(count, model.idf.get(term) ?? model.unseenIdf);
    vector.set(term, weight);
    norm += weight * weight;
  }
  return scale(vector, toUnitLength(norm));
}

/** One term's weight: sublinear tf times idf. Training and suggesting must weigh alike. */
function tfIdf(count: number, idf: number): number {
  return (1 + Math.log(count)) * idf;
}

/** The factor that scales a vector whose squared length is `normSquared` to unit length. */
function toUnitLength(normSquared: number): number {
  return normSquared > 0 ? 1 / Math.sqrt(normSquared) : 0;
}

function scale(vector: SparseVector, factor: number): SparseVector {
  for (const [term, weight] of vector) vector.set(term, weight * factor);
  return vector;
}

export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}

/**
 * Cosine of a unit vector `x` with the sum `total` minus `x` (leave `x` out of the centroid),
 * from x · total and |total|.
 */
function leaveOneOutCosine(xDotTotal: number, totalNorm: number): number {
  // |total - x|² = |total|² - 2 x·total + |x|², and |x| = 1.
  const restNormSquared = totalNorm * totalNorm - 2 * xDotTotal + 1;
  if (restNormSquared <= 1e-12) return 0;
  return (xDotTotal - 1) / Math.sqrt(restNormSquared);
}

/** A sparse vector over term numbers: what training multiplies many times. */
interface IndexedVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** weigh(), over the paper's term numbers (in `counts` order): training never needs Maps. */
function weighIndexed(
  counts: Map<string, number>,
  ids: Int32Array,
  idfById: readonly number[],
): IndexedVector {
  const weights = new Float64Array(ids.length);
  let norm = 0;
  let at = 0;
  for (const count of counts.values()) {
    const weight = tfIdf(count, idfById[ids[at] as number] as number);
    weights[at++] = weight;
    norm += weight * weight;
  }
  const factor = toUnitLength(norm);
  for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) * factor;
  return { ids, weights };
}

function dotIndexed(vector: IndexedVector, dense: Float64Array): number {
  let sum = 0;
  for (let at = 0; at < vector.ids.length; at++) {
    sum += (vector.weights[at] as number) * (dense[vector.ids[at] as number] as number);
  }
  return sum;
}

/** Adds `vector` into `dense`, noting in `touched` each term it makes non-zero (weights are > 0). */
function addIndexed(dense: Float64Array, vector: IndexedVector, touched: number[]): void {
  for (let at = 0; at < vector.ids.length; at++) {
    const id = vector.ids[at] as number;
    const before = dense[id] as number;
    if (before === 0) touched.push(id);
    dense[id] = before + (vector.weights[at] as number);
  }
}

/**
 * The threshold that best separates a tag's examples (scored leave-one-out) from the other saved
 * papers, by F-beta; placed halfway between the lowest accepted example and the highest paper
 * below it, so that fresh papers a little less typical than the examples still pass.
 */
export function calibrateThreshold(
  positives: readonly number[],
  negatives: readonly number[],
  options: SuggestionOptions = SUGGESTION_DEFAULTS,
): number {
  const sortedPositives = [...positives].sort((a, b) => b - a);
  const sortedNegatives = [...negatives].sort((a, b) => b - a);
  const betaSquared = options.beta * options.beta;
  let best = { score: -1, cut: sortedPositives.at(-1) ?? 1 };
  // The cut only goes down, so the negatives at or above it only grow: one pass over each list.
  let falsePositives = 0;
  for (const [index, cut] of sortedPositives.entries()) {
    const truePositives = index + 1;
    while (
      falsePositives < sortedNegatives.length &&
      (sortedNegatives[falsePositives] as number) >= cut
    ) {
      falsePositives++;
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / sortedPositives.length;
    const fScore = ((1 + betaSquared) * precision * recall) / (betaSquared * precision + recall);
    // Ties go to the lower cut: as precise, and it catches more.
    if (fScore >= best.score) best = { score: fScore, cut };
  }
  const below = sortedNegatives.find((score) => score < best.cut);
  const threshold =
    below === undefined ? best.cut * options.looseFactor : (best.cut + Math.max(below, 0)) / 2;
  return Math.max(threshold, options.minThreshold);
}

/**
 * Learns a profile for every tag with enough examples. Cost: the text of `papers` once, then each
 * tag's papers, and each learned tag against every paper (its negatives).
 */
export function trainSuggestionModel(
  papers: readonly TrainingPaper[],
  options: SuggestionOptions = SUGGESTION_DEFAULTS,
): SuggestionModel {
  return runToEnd(trainingSteps(papers, options));
}

/** How many papers a training loop handles between two points where it may pause. */
const PAPERS_PER_STEP = 256;

/**
 * The training, as steps: it yields wherever it may pause, and returns the model. The background
 * worker runs it in slices (runInSlices, lib/scheduling.ts): 10,000 papers are seconds of work,
 * and a worker that trains in one task answers no message (a listing's saved states, a save)
 * until it is done.
 */
export function* trainingSteps(
  papers: readonly TrainingPaper[],
  options: SuggestionOptions,
): Generator<void, SuggestionModel> {
  // Every paper is scored against every tag's centroid (the negatives below): 10,000 papers and
  // 20 tags are 200,000 dot products. Training works on term numbers and typed arrays, and looks
  // each paper's terms up once: over Maps keyed by term, 10,000 generated papers took 11-12 s in
  // Node, now 3.6 s (bench/JOURNAL.md, fourteenth round).
  const counts: Array<Map<string, number>> = [];
  const termList: string[] = [];
  const termIds = new Map<string, number>();
  const documentFrequency: number[] = [];
  const paperTermIds: Int32Array[] = [];
  for (const [index, paper] of papers.entries()) {
    const paperCounts = paper.counts ?? termCounts(paper.text);
    const ids = new Int32Array(paperCounts.size);
    let at = 0;
    for (const term of paperCounts.keys()) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = termList.push(term) - 1;
        termIds.set(term, id);
        documentFrequency.push(0);
      }
      documentFrequency[id] = (documentFrequency[id] as number) + 1;
      ids[at++] = id;
    }
    counts.push(paperCounts);
    paperTermIds.push(ids);
    if (index % PAPERS_PER_STEP === PAPERS_PER_STEP - 1) yield;
  }
  // Smoothed idf (as scikit-learn's): never zero, so a term every paper shares still counts a bit.
  const idfById = documentFrequency.map(
    (frequency) => Math.log((1 + papers.length) / (1 + frequency)) + 1,
  );
  const model: SuggestionModel = {
    idf: new Map(termList.map((term, id) => [term, idfById[id] as number])),
    unseenIdf: Math.log(1 + papers.length) + 1,
    profiles: [],
  };
  const vectors: IndexedVector[] = [];
  for (const [index, paperCounts] of counts.entries()) {
    vectors.push(weighIndexed(paperCounts, paperTermIds[index] as Int32Array, idfById));
    if (index % PAPERS_PER_STEP === PAPERS_PER_STEP - 1) yield;
  }
  /** The tag's sum of vectors, dense; only the terms in `touched` are non-zero. */
  const total = new Float64Array(termList.length);

  const members = new Map<string, number[]>();
  for (const [index, paper] of papers.entries()) {
    for (const tag of new Set(paper.tags)) {
      const indices = members.get(tag);
      if (indices) indices.push(index);
      else members.set(tag, [index]);
    }
  }
  for (const [tag, indices] of members) {
    if (indices.length < options.minExamples) continue;
    const touched: number[] = [];
    for (const index of indices) addIndexed(total, vectors[index] as IndexedVector, touched);
    let totalNormSquared = 0;
    for (const id of touched) totalNormSquared += (total[id] as number) ** 2;
    const totalNorm = Math.sqrt(totalNormSquared);
    const positives = indices.map((index) =>
      leaveOneOutCosine(dotIndexed(vectors[index] as IndexedVector, total), totalNorm),
    );
    const coherence = positives.reduce((sum, score) => sum + score, 0) / positives.length;
    if (coherence >= options.minCoherence) {
      const memberSet = new Set(indices);
      const negatives: number[] = [];
      for (const [index, vector] of vectors.entries()) {
        if (!memberSet.has(index)) negatives.push(dotIndexed(vector, total) / totalNorm);
        if (index % PAPERS_PER_STEP === PAPERS_PER_STEP - 1) yield;
      }
      const centroid: SparseVector = new Map();
      for (const id of touched) {
        centroid.set(termList[id] as string, (total[id] as number) / totalNorm);
      }
      model.profiles.push({
        tag,
        examples: indices.length,
        centroid,
        threshold: calibrateThreshold(positives, negatives, options),
      });
    }
    // Back to all zeros for the next tag, touching only what this one set.
    for (const id of touched) total[id] = 0;
    yield;
  }
  return model;
}

/** The paper's vector in the model's term space. */
export function vectorize(model: SuggestionModel, text: string): SparseVector {
  return weigh(termCounts(text), model);
}

/** Tags the paper likely belongs to, most confident first; `exclude` holds tags it already has. */
export function suggestTags(
  model: SuggestionModel,
  text: string,
  exclude: readonly string[] = [],
  options: SuggestionOptions = SUGGESTION_DEFAULTS,
): Suggestion[] {
  if (model.profiles.length === 0) return [];
  const vector = vectorize(model, text);
  const excluded = new Set(exclude.map((tag) => tag.toLowerCase()));
  const suggestions: Suggestion[] = [];
  for (const profile of model.profiles) {
    if (excluded.has(profile.tag.toLowerCase())) continue;
    const score = dot(vector, profile.centroid);
    if (score >= profile.threshold) {
      suggestions.push({ tag: profile.tag, score, confidence: score / profile.threshold });
    }
  }
  return suggestions.sort((a, b) => b.confidence - a.confidence).slice(0, options.maxSuggestions);
}
