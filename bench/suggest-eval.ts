/**
 * Evaluation of tag suggestions on the labeled corpus, runnable on its own:
 *
 *   npx tsx bench/suggest-eval.ts
 *
 * For k = 3, 5 and 10 tagged papers per topic (20 random draws each), prints micro-averaged
 * precision and recall of the suggestions on the held-out papers, per topic for k = 5, how often
 * an off-topic paper gets any suggestion, the same figures for a per-tag logistic regression on
 * the same features (the alternative lib/suggest/model.ts argues against), and how long training
 * and scoring take at shelf and listing sizes.
 */
import {
  type EvaluationResult,
  evaluateSuggestions,
  type LabeledPaper,
  type Suggester,
} from '../lib/suggest/evaluate';
import {
  paperText,
  type SparseVector,
  suggestTags,
  type TrainingPaper,
  trainSuggestionModel,
  vectorize,
} from '../lib/suggest/model';
import { loadCorpus } from '../test/fixtures/suggest/corpus';

const corpus = loadCorpus();
const K_VALUES = [3, 5, 10];
const RUNS = 20;

/**
 * The baseline: one L2-regularized logistic regression per tag on the same tf-idf vectors,
 * positives against the other tagged papers, classes weighted to balance, suggested at p ≥ 0.5.
 */
const logisticSuggester: Suggester = (training) => {
  const features = trainSuggestionModel(training);
  const vectors = training.map((paper) => vectorize(features, paper.text));
  const tags = [...new Set(training.flatMap((paper) => paper.tags))];
  const classifiers = tags.flatMap((tag) => {
    const labels = training.map((paper) => (paper.tags.includes(tag) ? 1 : 0));
    const positives = labels.filter(Boolean).length;
    const negatives = labels.length - positives;
    if (positives < 2 || negatives === 0) return [];
    return [{ tag, ...fitLogistic(vectors, labels, positives, negatives) }];
  });
  return (text) => {
    const vector = vectorize(features, text);
    return classifiers
      .filter(({ weights, bias }) => sigmoid(dotWeights(weights, vector) + bias) >= 0.5)
      .map(({ tag }) => tag);
  };
};

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function dotWeights(weights: Map<string, number>, vector: SparseVector): number {
  let sum = 0;
  for (const [term, value] of vector) sum += (weights.get(term) ?? 0) * value;
  return sum;
}

function fitLogistic(
  vectors: SparseVector[],
  labels: number[],
  positives: number,
  negatives: number,
): { weights: Map<string, number>; bias: number } {
  const weights = new Map<string, number>();
  let bias = 0;
  const lambda = 1e-4;
  const learningRate = 10;
  const classWeight = [labels.length / (2 * negatives), labels.length / (2 * positives)];
  for (let epoch = 0; epoch < 150; epoch += 1) {
    const gradient = new Map<string, number>();
    let biasGradient = 0;
    for (const [index, vector] of vectors.entries()) {
      const label = labels[index] as number;
      const error =
        (sigmoid(dotWeights(weights, vector) + bias) - label) * (classWeight[label] as number);
      for (const [term, value] of vector) {
        gradient.set(term, (gradient.get(term) ?? 0) + error * value);
      }
      biasGradient += error;
    }
    for (const [term, value] of gradient) {
      const weight = weights.get(term) ?? 0;
      weights.set(term, weight - learningRate * (value / vectors.length + lambda * weight));
    }
    bias -= (learningRate * biasGradient) / vectors.length;
  }
  return { weights, bias };
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function summaryRow(result: EvaluationResult) {
  return {
    k: result.k,
    precision: percent(result.precision),
    recall: percent(result.recall),
    F1: percent(result.f1),
    'off-topic papers given a tag': percent(result.offTopic.suggested / result.offTopic.evaluated),
    'suggestions judged': result.truePositives + result.falsePositives,
  };
}

function timeIt(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Training and scoring cost at realistic sizes (corpus texts repeated under new tags). */
function timings() {
  const shelf: TrainingPaper[] = Array.from({ length: 1000 }, (_, index) => {
    const paper = corpus[index % corpus.length] as LabeledPaper;
    return { text: paperText(paper), tags: paper.topics.map((t) => `${t} ${index % 4}`) };
  });
  let model = trainSuggestionModel(shelf);
  const trainMs = timeIt(() => {
    model = trainSuggestionModel(shelf);
  });
  const listing = Array.from({ length: 2000 }, (_, index) =>
    paperText(corpus[index % corpus.length] as LabeledPaper),
  );
  const scoreMs = timeIt(() => {
    for (const text of listing) suggestTags(model, text);
  });
  return {
    'train on 1,000 saved papers, 24 tags': `${trainMs.toFixed(0)} ms`,
    'score a 2,000-card listing': `${scoreMs.toFixed(0)} ms (${((scoreMs / 2000) * 1000).toFixed(0)} µs per card)`,
  };
}

const topics = new Set(corpus.flatMap((paper) => paper.topics));
console.log(
  `Tag suggestions on ${corpus.length} labeled papers, ${topics.size} topics, ` +
    `${corpus.filter((p) => p.topics.length === 0).length} off-topic; ${RUNS} random draws per k.\n`,
);

const results = K_VALUES.map((k) => evaluateSuggestions(corpus, { k, runs: RUNS }));
console.log('Nearest centroid (tf-idf), the shipped model:');
console.table(results.map(summaryRow));

const atFive = results.find((result) => result.k === 5) as EvaluationResult;
console.log('Per topic, k = 5:');
console.table(
  Object.entries(atFive.perTopic).map(([topic, counts]) => ({
    topic,
    precision: percent(counts.precision),
    recall: percent(counts.recall),
  })),
);

console.log('Per-tag logistic regression on the same features (baseline):');
console.table(
  K_VALUES.map((k) =>
    summaryRow(evaluateSuggestions(corpus, { k, runs: RUNS, suggester: logisticSuggester })),
  ),
);

console.log('Cost (background service worker, never the page):');
console.table(timings());
