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
    const weight = (1 + Math.log(count)) * (model.idf.get(term) ?? model.unseenIdf);
    vector.set(term, weight);
    norm += weight * weight;
  }
  return scale(vector, norm > 0 ? 1 / Math.sqrt(norm) : 0);
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

function addInto(target: SparseVector, vector: SparseVector, factor = 1): void {
  for (const [term, weight] of vector) target.set(term, (target.get(term) ?? 0) + weight * factor);
}

function norm(vector: SparseVector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}

/** Cosine of a unit vector `x` with the sum `total` minus `x` (leave `x` out of the centroid). */
function leaveOneOutCosine(x: SparseVector, total: SparseVector, totalNorm: number): number {
  const xDotTotal = dot(x, total);
  // |total - x|² = |total|² - 2 x·total + |x|², and |x| = 1.
  const restNormSquared = totalNorm * totalNorm - 2 * xDotTotal + 1;
  if (restNormSquared <= 1e-12) return 0;
  return (xDotTotal - 1) / Math.sqrt(restNormSquared);
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
  for (const [index, cut] of sortedPositives.entries()) {
    const truePositives = index + 1;
    const falsePositives = sortedNegatives.filter((score) => score >= cut).length;
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

/** Learns a profile for every tag with enough examples. Cost: linear in the text of `papers`. */
export function trainSuggestionModel(
  papers: readonly TrainingPaper[],
  options: SuggestionOptions = SUGGESTION_DEFAULTS,
): SuggestionModel {
  const counts = papers.map((paper) => paper.counts ?? termCounts(paper.text));
  const documentFrequency = new Map<string, number>();
  for (const paperCounts of counts) {
    for (const term of paperCounts.keys()) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  // Smoothed idf (as scikit-learn's): never zero, so a term every paper shares still counts a bit.
  const idf = new Map<string, number>();
  for (const [term, frequency] of documentFrequency) {
    idf.set(term, Math.log((1 + papers.length) / (1 + frequency)) + 1);
  }
  const model: SuggestionModel = {
    idf,
    unseenIdf: Math.log(1 + papers.length) + 1,
    profiles: [],
  };
  const vectors = counts.map((paperCounts) => weigh(paperCounts, model));

  const members = new Map<string, number[]>();
  for (const [index, paper] of papers.entries()) {
    for (const tag of new Set(paper.tags)) members.set(tag, [...(members.get(tag) ?? []), index]);
  }
  for (const [tag, indices] of members) {
    if (indices.length < options.minExamples) continue;
    const total: SparseVector = new Map();
    for (const index of indices) addInto(total, vectors[index] as SparseVector);
    const totalNorm = norm(total);
    const memberSet = new Set(indices);
    const positives = indices.map((index) =>
      leaveOneOutCosine(vectors[index] as SparseVector, total, totalNorm),
    );
    const coherence = positives.reduce((sum, score) => sum + score, 0) / positives.length;
    if (coherence < options.minCoherence) continue;
    const negatives = vectors
      .filter((_, index) => !memberSet.has(index))
      .map((vector) => dot(vector, total) / totalNorm);
    model.profiles.push({
      tag,
      examples: indices.length,
      centroid: scale(new Map(total), 1 / totalNorm),
      threshold: calibrateThreshold(positives, negatives, options),
    });
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
