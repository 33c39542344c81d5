import fc from 'fast-check';
import type { AutoTagRule } from '@/lib/paper/schemas';
import {
  compileRule,
  foldForKeywords,
  parseKeywords,
  RULE_INPUT_CAP,
  RULE_PATTERN_MAX_LENGTH,
  RulePatternError,
  type RuleSubject,
  rulePatternProblem,
  tagsFromRules,
  unsafeRegexReason,
} from '@/lib/rules/match';

const paper: RuleSubject = {
  title: 'Federated Fine-Tuning of Foundation Models with Heterogeneous Low-Rank Adapters',
  abstract: 'Clients train LoRA adapters of different ranks; the server aggregates them (FedAvg).',
  authors: ['Zoë Lee', 'Seo-yeon Yang'],
};

const keywords = (field: AutoTagRule['field'], pattern: string) =>
  compileRule({ field, pattern, isRegex: false })(paper);
const regex = (field: AutoTagRule['field'], pattern: string) =>
  compileRule({ field, pattern, isRegex: true })(paper);

describe('keyword rules', () => {
  it('match whole words and phrases, ignoring case, accents and hyphens', () => {
    expect(keywords('title', 'fine tuning')).toBe(true);
    expect(keywords('title', 'FINE-TUNING')).toBe(true);
    expect(keywords('abstract', 'lora')).toBe(true);
    expect(keywords('authors', 'zoe lee')).toBe(true);
    expect(keywords('title', 'federate')).toBe(false);
    expect(keywords('title', 'rank adapter')).toBe(false);
  });

  it('take a comma-separated list, any of which matches, and * for any ending', () => {
    expect(keywords('title', 'diffusion, federat*')).toBe(true);
    expect(keywords('title', 'diffusion, merging')).toBe(false);
    expect(keywords('abstract', 'aggregat*')).toBe(true);
  });

  it('look at the field asked for, or all of them', () => {
    expect(keywords('title', 'fedavg')).toBe(false);
    expect(keywords('any', 'fedavg')).toBe(true);
    expect(keywords('any', 'yang')).toBe(true);
  });

  it('treat regex characters as text', () => {
    expect(keywords('abstract', '(fedavg)')).toBe(true);
    expect(keywords('title', '.*')).toBe(false);
    expect(parseKeywords(' a, ,b , a ')).toEqual(['a', 'b']);
    expect(foldForKeywords('  Réseau_de  Neurones/Profonds ')).toBe('reseau de neurones profonds');
  });

  it('need at least one keyword', () => {
    expect(rulePatternProblem({ field: 'any', pattern: ' , * ,', isRegex: false })).toMatch(
      /keyword/,
    );
  });
});

describe('regex rules', () => {
  it('match case-insensitively on the field', () => {
    expect(regex('title', '\\bfine[- ]?tun(e|ing)\\b')).toBe(true);
    expect(regex('abstract', 'lora|low-rank')).toBe(true);
    expect(regex('title', '^federated')).toBe(true);
    expect(regex('authors', '^Seo')).toBe(false);
    expect(regex('authors', '; Seo')).toBe(true);
  });

  it('read only the first RULE_INPUT_CAP characters of a field', () => {
    const long = { ...paper, abstract: `${'x'.repeat(RULE_INPUT_CAP)} needle` };
    expect(compileRule({ field: 'abstract', pattern: 'needle', isRegex: true })(long)).toBe(false);
  });

  it('name the problem with a broken or overlong pattern', () => {
    expect(rulePatternProblem({ field: 'title', pattern: 'fine(-tun', isRegex: true })).toMatch(
      /^Not a valid regular expression/,
    );
    expect(
      rulePatternProblem({
        field: 'title',
        pattern: 'a'.repeat(RULE_PATTERN_MAX_LENGTH + 1),
        isRegex: true,
      }),
    ).toMatch(/under 200 characters/);
    expect(() => compileRule({ field: 'title', pattern: '(a+)+', isRegex: true })).toThrow(
      RulePatternError,
    );
    // It compiles, and would tag almost every paper.
    expect(rulePatternProblem({ field: 'title', pattern: ' ', isRegex: true })).toMatch(
      /spaces alone/,
    );
  });
});

describe('unsafeRegexReason', () => {
  it.each([
    '(a+)+$',
    '(a*)*b',
    '(\\w+\\s?)+$',
    '(x+x+)+y',
    '((ab)+c)+',
    '(a|ab)*c',
    '(a|a)+$',
    '(?:fine|tun)+ing',
    'a.*b.*c',
    '\\w+\\s+\\w+',
    '.{0,100}a.{0,100}b',
    '(a)\\1',
    '(?<w>a)\\k<w>',
  ])('refuses %s', (pattern) => {
    expect(unsafeRegexReason(pattern)).toBeDefined();
  });

  it.each([
    'federated',
    '\\bLoRA\\b',
    'fine[- ]?tun(e|ing)',
    'diffusion.*model',
    '(model|weight) (merging|averaging)',
    '(ab)+',
    '(a+)?',
    'merg(e|ing)?',
    'x{2,5}',
    '[(+*]+',
    '\\(a+\\)',
    '[a-z]{0,10}\\s?learn',
    'a{3}b{3}c{3}',
  ])('accepts %s', (pattern) => {
    expect(unsafeRegexReason(pattern)).toBeUndefined();
  });

  it.each([
    '(?:large )+language model',
    '(?:multi-)?agents?',
    '(?<w>foo)+',
    '(?:graph)(?:neural).*network',
    '(?:a)'.repeat(12),
    '(?<=\\bdeep )learning',
    '(?<!un)supervised',
    'diffusion(?= model)',
    'diffusion(?! model)',
  ])('reads the ? of a group kind as no repeat: accepts %s', (pattern) => {
    expect(rulePatternProblem({ field: 'title', pattern, isRegex: true })).toBeUndefined();
  });

  it.each(['((?:a+))+', '(?:a+)+$', '(?<w>a+)+$', '(?:a|ab)+c', '(?=a+)+b', '(?:(?:a)+)+'])(
    'still refuses nested repeats inside any kind of group: %s',
    (pattern) => {
      expect(unsafeRegexReason(pattern)).toBeDefined();
    },
  );

  // A group's kind changes what it captures or asserts, not how much it backtracks: the verdict
  // on a pattern must not change when its groups become non-capturing or named ones.
  it('gives the same verdict whatever kind its groups are', () => {
    const token = fc.constantFrom(
      'a',
      'b',
      '.',
      '\\w',
      '[ab]',
      '(',
      ')',
      '|',
      '*',
      '+',
      '?',
      '{0,3}',
    );
    const compiles = (pattern: string) => {
      try {
        new RegExp(pattern);
        return true;
      } catch {
        return false;
      }
    };
    const pattern = fc
      .array(token, { maxLength: 14 })
      .map((tokens) => tokens.join(''))
      .filter(compiles);
    fc.assert(
      fc.property(pattern, fc.constantFrom('(?:', '(?<g>'), (plain, kind) => {
        let named = 0;
        const regrouped = plain.replace(/\\.|\[[^\]]*\]|\(/g, (piece) =>
          piece !== '(' ? piece : kind === '(?:' ? kind : `(?<g${named++}>`,
        );
        expect(unsafeRegexReason(regrouped) === undefined).toBe(
          unsafeRegexReason(plain) === undefined,
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('tagsFromRules', () => {
  const rule = (overrides: Partial<AutoTagRule>): AutoTagRule => ({
    id: 'r',
    tag: 't',
    field: 'any',
    pattern: 'lora',
    isRegex: false,
    enabled: true,
    createdAt: 0,
    ...overrides,
  });

  it('gives the tag of every enabled matching rule, in order, skipping broken ones', () => {
    expect(
      tagsFromRules(
        [
          rule({ tag: 'fine-tuning' }),
          rule({ tag: 'off', enabled: false }),
          rule({ tag: 'broken', isRegex: true, pattern: '(a+)+' }),
          rule({ tag: 'blank', isRegex: true, pattern: ' ' }),
          rule({ tag: 'no match', pattern: 'diffusion' }),
          rule({ tag: 'federated learning', isRegex: true, pattern: 'fed(erated|avg)' }),
        ],
        paper,
      ),
    ).toEqual(['fine-tuning', 'federated learning']);
  });
});
