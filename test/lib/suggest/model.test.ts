import { evaluateSuggestions, type LabeledPaper } from '@/lib/suggest/evaluate';
import {
  calibrateThreshold,
  paperText,
  SUGGESTION_DEFAULTS,
  suggestTags,
  type TrainingPaper,
  trainSuggestionModel,
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

describe('calibrateThreshold', () => {
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
