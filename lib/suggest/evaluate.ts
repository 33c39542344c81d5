/**
 * Offline evaluation of tag suggestions on a labeled corpus (test/fixtures/suggest/corpus.json):
 * the user is simulated as having tagged `k` papers per topic, the model is trained on those,
 * and its suggestions for every other paper are compared with the paper's true topics.
 * Used by the unit tests (quality floors) and bench/suggest-eval.ts (the figures).
 */
import {
  paperText,
  type SuggestionModel,
  suggestTags,
  type TrainingPaper,
  trainSuggestionModel,
} from './model';

export interface LabeledPaper {
  id: string;
  title: string;
  abstract: string;
  topics: string[];
}

/** Anything that learns from tagged papers and suggests tags for a text. */
export type Suggester = (training: readonly TrainingPaper[]) => (text: string) => string[];

export const centroidSuggester: Suggester = (training) => {
  const model: SuggestionModel = trainSuggestionModel(training);
  return (text) => suggestTags(model, text).map((suggestion) => suggestion.tag);
};

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface EvaluationResult extends Counts {
  k: number;
  runs: number;
  precision: number;
  recall: number;
  f1: number;
  /** Papers with no topic at all (distractors): how many were scored, how many got a suggestion. */
  offTopic: { evaluated: number; suggested: number };
  perTopic: Record<string, Counts & { precision: number; recall: number }>;
}

/** Deterministic PRNG (mulberry32) so every run of the evaluation gives the same figures. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

function withRates<T extends Counts>(counts: T) {
  return {
    ...counts,
    precision: ratio(counts.truePositives, counts.truePositives + counts.falsePositives),
    recall: ratio(counts.truePositives, counts.truePositives + counts.falseNegatives),
  };
}

/**
 * Micro-averaged precision and recall over (paper, topic) pairs of the held-out papers, summed
 * over `runs` random draws of the `k` training papers per topic. A training paper keeps all its
 * topics (a user tagging a paper on federated fine-tuning tags both), so a topic may end up with
 * a few more than `k` examples.
 */
export function evaluateSuggestions(
  corpus: readonly LabeledPaper[],
  options: { k: number; runs?: number; seed?: number; suggester?: Suggester },
): EvaluationResult {
  const { k, runs = 20, seed = 1, suggester = centroidSuggester } = options;
  const topics = [...new Set(corpus.flatMap((paper) => paper.topics))].sort();
  const total: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  const perTopic = new Map<string, Counts>(
    topics.map((topic) => [topic, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]),
  );
  const offTopic = { evaluated: 0, suggested: 0 };
  const random = seededRandom(seed);

  for (let run = 0; run < runs; run += 1) {
    const training = new Set<LabeledPaper>();
    for (const topic of topics) {
      const members = corpus.filter((paper) => paper.topics.includes(topic));
      for (const paper of shuffled(members, random).slice(0, k)) training.add(paper);
    }
    const suggest = suggester(
      [...training].map((paper) => ({ text: paperText(paper), tags: paper.topics })),
    );
    for (const paper of corpus) {
      if (training.has(paper)) continue;
      const suggested = new Set(suggest(paperText(paper)));
      if (paper.topics.length === 0) {
        offTopic.evaluated += 1;
        if (suggested.size > 0) offTopic.suggested += 1;
      }
      for (const topic of topics) {
        const counts = perTopic.get(topic) as Counts;
        const actual = paper.topics.includes(topic);
        const predicted = suggested.has(topic);
        const key =
          actual && predicted
            ? 'truePositives'
            : predicted
              ? 'falsePositives'
              : actual
                ? 'falseNegatives'
                : undefined;
        if (!key) continue;
        counts[key] += 1;
        total[key] += 1;
      }
    }
  }

  const rates = withRates(total);
  return {
    k,
    runs,
    ...rates,
    f1: ratio(2 * rates.precision * rates.recall, rates.precision + rates.recall),
    offTopic,
    perTopic: Object.fromEntries(
      [...perTopic].map(([topic, counts]) => [topic, withRates(counts)]),
    ),
  };
}
