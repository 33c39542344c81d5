import { stem, terms, words } from '@/lib/suggest/tokenize';

describe('words', () => {
  it('lower-cases, folds accents, drops stopwords, numbers and single letters', () => {
    expect(words('We propose Schrödinger Bridges for 3 tasks, a new $\\ell_1$ drift')).toEqual([
      'schrodinger',
      'bridg',
      'task',
      'ell',
      'drift',
    ]);
  });

  it('splits on hyphens so "Fine-Tuning" and "fine tuning" are the same words', () => {
    expect(words('Fine-Tuning')).toEqual(words('fine tuning'));
  });
});

describe('stem', () => {
  it('makes one term of the forms of a word', () => {
    expect(new Set(['merging', 'merged', 'merge', 'merges'].map(stem))).toEqual(new Set(['merg']));
    expect(new Set(['learning', 'learned', 'learn'].map(stem))).toEqual(new Set(['learn']));
    expect(stem('policies')).toBe('policy');
    expect(stem('models')).toBe('model');
  });

  it('leaves short words and -ss/-us/-is endings alone', () => {
    expect(stem('loss')).toBe('loss');
    expect(stem('corpus')).toBe('corpus');
    expect(stem('analysis')).toBe('analysis');
    expect(stem('rl')).toBe('rl');
  });
});

describe('terms', () => {
  it('adds the bigrams of neighbouring kept words', () => {
    expect(terms('Federated Learning with Model Merging')).toEqual([
      'federat',
      'learn',
      'model',
      'merg',
      'federat learn',
      'learn model',
      'model merg',
    ]);
  });

  it('gives nothing for empty or stopword-only text', () => {
    expect(terms('')).toEqual([]);
    expect(terms('We show that this is the')).toEqual([]);
  });
});
