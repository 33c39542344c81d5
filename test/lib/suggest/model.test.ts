import fc from 'fast-check';
import { queueTask, runInSlices } from '@/lib/scheduling';
import { evaluateSuggestions, type LabeledPaper } from '@/lib/suggest/evaluate';
import {
  calibrateThreshold,
  dot,
  paperText,
  SUGGESTION_DEFAULTS,
  suggestTags,
  type TrainingPaper,
  trainingSteps,
  trainSuggestionModel,
  vectorize,
} from '@/lib/suggest/model';
import { loadCorpus } from '../../fixtures/suggest/corpus';

const corpus = loadCorpus();

const byId = (id: string) => corpus.find((paper) => paper.id === id) as LabeledPaper;
const training = (ids: string[]): TrainingPaper[] =>
  ids.map((id) => ({ text: paperText(byId(id)), tags: byId(id).topics }));

describe('the labeled corpus', () => {
  it('is big enough to mean something: ≥ 60 papers, ≥ 5 topics with ≥ 12 papers each', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    const topics = new Map<string, number>();
    for (const paper of corpus) {
      expect(paper.title.length).toBeGreaterThan(10);
      expect(paper.abstract.split(/\s+/).length).toBeGreaterThan(40);
      for (const topic of paper.topics) topics.set(topic, (topics.get(topic) ?? 0) + 1);
    }
    expect(topics.size).toBeGreaterThanOrEqual(5);
    for (const [topic, count] of topics) expect(count, topic).toBeGreaterThanOrEqual(12);
    expect(new Set(corpus.map((paper) => paper.id)).size).toBe(corpus.length);
  });
});

describe('trainSuggestionModel + suggestTags', () => {
  const model = trainSuggestionModel(
    training(['fl-01', 'fl-02', 'fl-03', 'mm-01', 'mm-02', 'mm-03', 'df-01', 'df-02', 'df-03']),
  );

  it('learns one profile per tag, with a threshold no lower than the floor', () => {
    expect(model.profiles.map((profile) => profile.tag).sort()).toEqual([
      'diffusion',
      'federated learning',
      'model merging',
    ]);
    for (const profile of model.profiles) {
      expect(profile.examples).toBe(3);
      expect(profile.threshold).toBeGreaterThanOrEqual(SUGGESTION_DEFAULTS.minThreshold);
    }
  });

  it('suggests the topic of unseen papers and nothing for an off-topic one', () => {
    const tagsFor = (id: string) => suggestTags(model, paperText(byId(id))).map((s) => s.tag);
    expect(tagsFor('fl-07')).toEqual(['federated learning']);
    expect(tagsFor('mm-06')).toEqual(['model merging']);
    expect(tagsFor('df-05')).toEqual(['diffusion']);
    expect(tagsFor('ot-03')).toEqual([]);
  });

  it('leaves out tags the paper already has, and orders by confidence', () => {
    const text = paperText(byId('mx-05'));
    const all = suggestTags(model, text);
    expect(all.map((s) => s.tag)).toContain('federated learning');
    for (const [index, suggestion] of all.entries()) {
      expect(suggestion.confidence).toBeGreaterThanOrEqual(1);
      if (index > 0) expect(suggestion.confidence).toBeLessThanOrEqual(all[index - 1]!.confidence);
    }
    expect(suggestTags(model, text, ['Federated Learning']).map((s) => s.tag)).not.toContain(
      'federated learning',
    );
  });

  it('needs two examples before it suggests a tag, and copes with an empty shelf', () => {
    expect(trainSuggestionModel(training(['fl-01'])).profiles).toEqual([]);
    expect(suggestTags(trainSuggestionModel([]), 'anything')).toEqual([]);
    const untitled = trainSuggestionModel([
      { text: '', tags: ['x'] },
      { text: '', tags: ['x'] },
    ]);
    expect(suggestTags(untitled, '')).toEqual([]);
  });

  it('keeps a tag whose papers share nothing from being suggested everywhere', () => {
    // "to read" on papers of five unrelated topics.
    const mixed = trainSuggestionModel(
      training(['fl-01', 'mm-01', 'df-01', 'rl-01', 'rag-01', 'fl-02', 'mm-02']).map(
        (paper, index) => ({ ...paper, tags: index < 5 ? ['to read'] : paper.tags }),
      ),
    );
    const offered = corpus
      .slice(0, 60)
      .filter((paper) =>
        suggestTags(mixed, paperText(paper)).some((suggestion) => suggestion.tag === 'to read'),
      );
    expect(offered.length).toBeLessThan(6);
  });
});

describe('training over term numbers', () => {
  it('gives the centroids and thresholds of the plain arithmetic over term maps', () => {
    // Tags overlap, one has a single example, and texts share and repeat terms.
    const papers = corpus.slice(0, 40).map((paper, index) => ({
      text: paperText(paper),
      tags:
        index === 39 ? ['lonely'] : [...paper.topics, ...(index % 3 === 0 ? ['every third'] : [])],
    }));
    const model = trainSuggestionModel(papers, { ...SUGGESTION_DEFAULTS, minCoherence: 0 });
    const vectors = papers.map((paper) => vectorize(model, paper.text));
    const tags = [...new Set(papers.flatMap((paper) => paper.tags))].filter(
      (tag) => papers.filter((paper) => paper.tags.includes(tag)).length >= 2,
    );
    expect(model.profiles.map((profile) => profile.tag).sort()).toEqual(tags.sort());
    for (const profile of model.profiles) {
      const members = papers.flatMap((paper, index) =>
        paper.tags.includes(profile.tag) ? [index] : [],
      );
      // The mean of the members' vectors, scaled to unit length.
      const total = new Map<string, number>();
      for (const index of members) {
        for (const [term, weight] of vectors[index] ?? []) {
          total.set(term, (total.get(term) ?? 0) + weight);
        }
      }
      const length = Math.sqrt([...total.values()].reduce((sum, w) => sum + w * w, 0));
      expect([...profile.centroid.keys()].sort()).toEqual([...total.keys()].sort());
      for (const [term, weight] of total) {
        expect(profile.centroid.get(term)).toBeCloseTo(weight / length, 12);
      }
      // Its threshold, calibrated on leave-one-out cosines and the other papers' cosines.
      const positives = members.map((index) => {
        const vector = vectors[index] as Map<string, number>;
        const rest = new Map(total);
        for (const [term, weight] of vector) rest.set(term, (rest.get(term) ?? 0) - weight);
        const restLength = Math.sqrt([...rest.values()].reduce((sum, w) => sum + w * w, 0));
        return restLength <= 1e-6 ? 0 : dot(vector, rest) / restLength;
      });
      const negatives = vectors
        .filter((_, index) => !members.includes(index))
        .map((vector) => dot(vector, total) / length);
      expect(profile.threshold).toBeCloseTo(calibrateThreshold(positives, negatives), 9);
    }
  });
});

describe('trainingSteps in slices', () => {
  it('learns the model of training in one go, pausing for queued tasks in between', async () => {
    const papers = corpus.map((paper, index) => ({
      text: paperText(paper),
      tags: [...paper.topics, ...(index % 4 === 0 ? ['every fourth'] : [])],
    }));
    const log: string[] = [];
    const sliced = runInSlices(trainingSteps(papers, SUGGESTION_DEFAULTS), 0).then((model) => {
      log.push('trained');
      return model;
    });
    queueTask(() => log.push('queued task'));
    const model = await sliced;
    expect(log).toEqual(['queued task', 'trained']);
    expect(model).toEqual(trainSuggestionModel(papers));
    expect(model.profiles.length).toBeGreaterThanOrEqual(5);
  });
});

describe('calibrateThreshold', () => {
  it('counts the papers over each cut as a plain filter would', () => {
    /** The F-beta search written plainly: every cut counts its false positives afresh. */
    const plain = (positives: number[], negatives: number[]) => {
      const beta2 = SUGGESTION_DEFAULTS.beta ** 2;
      const sorted = [...positives].sort((a, b) => b - a);
      let best = { score: -1, cut: sorted.at(-1) ?? 1 };
      for (const [index, cut] of sorted.entries()) {
        const precision = (index + 1) / (index + 1 + negatives.filter((n) => n >= cut).length);
        const recall = (index + 1) / sorted.length;
        const score = ((1 + beta2) * precision * recall) / (beta2 * precision + recall);
        if (score >= best.score) best = { score, cut };
      }
      const below = [...negatives].sort((a, b) => b - a).find((n) => n < best.cut);
      const threshold =
        below === undefined
          ? best.cut * SUGGESTION_DEFAULTS.looseFactor
          : (best.cut + Math.max(below, 0)) / 2;
      return Math.max(threshold, SUGGESTION_DEFAULTS.minThreshold);
    };
    // Scores on a coarse grid, so that ties between positives and negatives are common.
    const score = fc.integer({ min: -4, max: 20 }).map((n) => n / 20);
    fc.assert(
      fc.property(
        fc.array(score, { minLength: 1, maxLength: 30 }),
        fc.array(score, { maxLength: 60 }),
        (positives, negatives) => {
          expect(calibrateThreshold(positives, negatives)).toBe(plain(positives, negatives));
        },
      ),
    );
  });

  it('separates the examples from the other papers', () => {
    expect(calibrateThreshold([0.3, 0.25, 0.2], [0.1, 0.05])).toBeCloseTo(0.15);
  });

  it('accepts a bit less than the least typical example when nothing else is saved', () => {
    expect(calibrateThreshold([0.4, 0.3], [])).toBeCloseTo(0.3 * SUGGESTION_DEFAULTS.looseFactor);
  });

  it('never goes under the floor', () => {
    expect(calibrateThreshold([0.05, 0.04], [0.01])).toBe(SUGGESTION_DEFAULTS.minThreshold);
  });
});

describe('evaluation on the labeled corpus (figures: npx tsx bench/suggest-eval.ts)', () => {
  // Floors a few points under the measured figures, so that a change which makes suggestions
  // clearly worse fails here; the bench prints the exact numbers.
  it.each([
    { k: 3, precision: 0.85, recall: 0.7 },
    { k: 5, precision: 0.9, recall: 0.75 },
    { k: 10, precision: 0.93, recall: 0.83 },
  ])('k = $k examples per tag: precision ≥ $precision, recall ≥ $recall', (floor) => {
    const result = evaluateSuggestions(corpus, { k: floor.k, runs: 10 });
    console.info(
      `suggestions, k=${floor.k}: precision ${(result.precision * 100).toFixed(1)}%, ` +
        `recall ${(result.recall * 100).toFixed(1)}%`,
    );
    expect(result.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(result.recall).toBeGreaterThanOrEqual(floor.recall);
    expect(result.offTopic.suggested / result.offTopic.evaluated).toBeLessThan(0.05);
  });
});
