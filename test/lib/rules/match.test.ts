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
          rule({ tag: 'no match', pattern: 'diffusion' }),
          rule({ tag: 'federated learning', isRegex: true, pattern: 'fed(erated|avg)' }),
        ],
        paper,
      ),
    ).toEqual(['fine-tuning', 'federated learning']);
  });
});
