/**
 * Page text clamped to the stored bounds: never longer than the limit, never a control character
 * or half a surrogate pair, never a cut emoji; right-to-left text and emoji kept as they are.
 */
import fc from 'fast-check';
import {
  clampCandidate,
  clampText,
  cleanControlCharacters,
  ELLIPSIS,
  storableCandidate,
} from '@/lib/paper/sanitize';
import { LIMITS, PREPRINT_VENUE, paperCandidateSchema } from '@/lib/paper/schemas';
import { candidate } from '../../fixtures/papers';

// biome-ignore lint/suspicious/noControlCharactersInRegex: what must never come out.
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATE_GLOBAL = new RegExp(LONE_SURROGATE.source, 'g');

const graphemes = (text: string) =>
  [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map(
    (s) => s.segment,
  );

/** Text built from pieces that break naive truncation and storage. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.constantFrom(
        '👨‍👩‍👧‍👦',
        '🇯🇵🇫🇷',
        '🏳️‍🌈',
        'e\u0301',
        'שלום עולם',
        'مرحبا بالعالم',
        '\u202Etxt.exe',
        '\u200F',
        '\u0000',
        '\r\n',
        '\u000B',
        '\u0085',
        '\uD83D',
        '\uDE00',
        '<img src=x onerror=alert(1)>',
        '<script>alert(1)</script>',
      ),
    ),
    { maxLength: 40 },
  )
  .map((pieces) => pieces.join(''));

describe('clampText', () => {
  it('never exceeds the limit, never keeps a control character or a lone surrogate', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 1, max: 60 }), (text, max) => {
        const clamped = clampText(text, max);
        expect(clamped.length).toBeLessThanOrEqual(max);
        expect(clamped).not.toMatch(FORBIDDEN);
        expect(clamped).not.toMatch(LONE_SURROGATE);
      }),
      { numRuns: 500 },
    );
  });

  it('skips the cleaning only for text the cleaning would leave as it is', () => {
    // The four replaces cleanControlCharacters runs whenever the text holds anything to clean.
    const fullCleaning = (text: string) =>
      text
        .replace(LONE_SURROGATE_GLOBAL, '')
        .replace(/\r\n?/g, '\n')
        // biome-ignore lint/suspicious/noControlCharactersInRegex: as in the module.
        .replace(/[\u000B\u000C]/g, ' ')
        // biome-ignore lint/suspicious/noControlCharactersInRegex: as in the module.
        .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g, '');
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.string({ unit: 'binary' })), (text) => {
        expect(cleanControlCharacters(text)).toBe(fullCleaning(text));
      }),
      { numRuns: 2_000 },
    );
  });

  it('is idempotent, and leaves clean text within the limit untouched', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 1, max: 60 }), (text, max) => {
        const clamped = clampText(text, max);
        expect(clampText(clamped, max)).toBe(clamped);
        const clean = cleanControlCharacters(text);
        if (clean.length <= max) expect(clamped).toBe(clean);
      }),
      { numRuns: 500 },
    );
  });

  it('cuts between whole characters of the cleaned text and marks the cut', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 2, max: 60 }), (text, max) => {
        const clean = cleanControlCharacters(text);
        fc.pre(clean.length > max);
        const clamped = clampText(text, max);
        expect(clamped.endsWith(ELLIPSIS)).toBe(true);
        const kept = graphemes(clamped.slice(0, -ELLIPSIS.length));
        const original = graphemes(clean);
        // Every kept character is the same whole character of the original, in order (the cut
        // may only drop trailing white space before the ellipsis).
        kept.forEach((character, index) => {
          expect(character).toBe(original[index]);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('keeps right-to-left text, emoji sequences and bidi marks as they are', () => {
    for (const text of [
      'שלום עולם: a Hebrew title',
      'مرحبا بالعالم',
      'Family 👨‍👩‍👧‍👦 flags 🇯🇵🇫🇷 and 🏳️‍🌈',
      'Caf\u00e9 and cafe\u0301',
      'mixed \u200Fמימין\u200F text',
    ]) {
      expect(clampText(text, 200)).toBe(text);
    }
  });

  it('never splits an emoji sequence or a flag at the cut', () => {
    const family = '👨‍👩‍👧‍👦';
    const text = `ab${family}${family}`;
    for (let max = 3; max < text.length; max += 1) {
      const clamped = clampText(text, max);
      expect(clamped).toMatch(new RegExp(`^ab(${family})*${ELLIPSIS}$`, 'u'));
    }
    expect(clampText('🇯🇵🇫🇷🇩🇪', 9)).toBe('🇯🇵🇫🇷…');
    expect(clampText('🇯🇵🇫🇷🇩🇪', 8)).toBe('🇯🇵…');
  });

  it('turns line breaks into \\n, page-breaking controls into spaces, and drops the rest', () => {
    expect(clampText('a\r\nb\rc\nd\te', 100)).toBe('a\nb\nc\nd\te');
    expect(clampText('word\u000Bword\u000Cword', 100)).toBe('word word word');
    expect(clampText('N\u0000U\u0007L\u001B[31mL\u0085', 100)).toBe('NUL[31mL');
    expect(clampText('half \uD83D emoji \uDE00', 100)).toBe('half  emoji ');
  });

  it('keeps markup as the text it is: escaping is the renderer’s job', () => {
    const markup = '<img src=x onerror="window.pwned=1">';
    expect(clampText(markup, 100)).toBe(markup);
  });
});

describe('clampCandidate', () => {
  it('fits a candidate with 100,000-character fields and 6,000 authors into the schema', () => {
    const huge = 'Ω'.repeat(100_000);
    const clamped = clampCandidate(
      candidate({
        title: huge,
        abstract: `${'مرحبا '.repeat(20_000)}`,
        authors: Array.from({ length: 6_000 }, (_, i) => `Author ${i} ${'x'.repeat(i % 500)}`),
        aliases: Array.from({ length: 30 }, (_, i) => `doi:10.1000/${i}`),
        pdfUrl: `https://arxiv.org/pdf/${'9'.repeat(5_000)}`,
      }),
    );
    const checked = paperCandidateSchema.safeParse(clamped);
    expect(checked.success).toBe(true);
    expect(clamped.title).toHaveLength(LIMITS.titleLength);
    expect(clamped.title.endsWith(ELLIPSIS)).toBe(true);
    expect(clamped.abstract?.length).toBeLessThanOrEqual(LIMITS.abstractLength);
    expect(clamped.authors).toHaveLength(LIMITS.authors);
    expect(clamped.aliases).toHaveLength(LIMITS.aliases);
    expect(clamped.pdfUrl).toBeUndefined();
    expect(clamped.id).toBe(candidate().id);
    expect(clamped.url).toBe(candidate().url);
  });

  it('makes any hostile text storable when the card has an id, a title and a link', () => {
    fc.assert(
      fc.property(
        hostileText,
        fc.array(hostileText, { maxLength: 5 }),
        fc.option(hostileText, { nil: undefined }),
        (title, authors, abstract) => {
          const clamped = clampCandidate(candidate({ title, authors, abstract }));
          const checked = paperCandidateSchema.safeParse(clamped);
          // Only an empty title (nothing but controls, say) is a card the schema may refuse.
          expect(checked.success || clamped.title === '').toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps titles and author names on one line, abstracts with their line breaks', () => {
    const clamped = clampCandidate(
      candidate({
        title: 'Flags \u0007 and\r\n  tabs\t here',
        authors: [' Ada\u0000 Lovelace\n'],
        abstract: 'First paragraph.\r\n\r\nSecond\u0007 one.',
      }),
    );
    expect(clamped.title).toBe('Flags and tabs here');
    expect(clamped.authors).toEqual(['Ada Lovelace']);
    expect(clamped.abstract).toBe('First paragraph.\n\nSecond one.');
  });

  it('leaves fields of the wrong type for the schema to reject', () => {
    const bogus = { ...candidate(), title: 42, authors: 'Ada' } as unknown as Parameters<
      typeof clampCandidate
    >[0];
    expect(paperCandidateSchema.safeParse(clampCandidate(bogus)).success).toBe(false);
  });
});

describe('storableCandidate', () => {
  /** Anything an adapter could hand over: right and wrong types, hostile text, odd ids and URLs. */
  const anyValue = fc.oneof(
    hostileText,
    fc.constantFrom(
      'arxiv:2607.01234',
      'doi:10.1145/3600006',
      'arxiv: spaced',
      'https://arxiv.org/abs/2607.01234',
      'javascript:alert(1)',
      'HTTP://EXAMPLE.ORG',
      '2026-07-14',
      '2026-7',
      'cs.LG',
      'Machine Learning',
      'arxiv',
      'imported',
      'twitter',
      '',
    ),
    fc.integer(),
    fc.constant(null),
    fc.constant(undefined),
  );
  /** Mostly right, sometimes anything: so that both kept and skipped cards come up often. */
  const mostly = <T>(right: fc.Arbitrary<T>) =>
    fc.oneof({ arbitrary: right, weight: 4 }, { arbitrary: anyValue, weight: 1 });
  const anyCandidate = fc.record(
    {
      id: mostly(fc.constantFrom('arxiv:2607.01234', 'doi:10.1145/3600006', 'url:https://a.org/p')),
      aliases: mostly(
        fc.array(fc.constantFrom('arxiv:2607.01234', 'doi:10.1/x'), { maxLength: 3 }),
      ),
      title: mostly(hostileText),
      authors: mostly(fc.array(hostileText, { maxLength: 4 })),
      url: mostly(fc.constantFrom('https://arxiv.org/abs/2607.01234', 'http://example.org/p')),
      site: mostly(fc.constantFrom('arxiv', 'dblp', 'imported')),
      abstract: mostly(hostileText),
      pdfUrl: mostly(fc.constant('https://arxiv.org/pdf/2607.01234')),
      published: mostly(fc.constantFrom('2026', '2026-07', '2026-07-14')),
      primaryCategory: mostly(fc.constantFrom('cs.LG', 'hep-th', 'astro-ph.CO')),
      // No preprint server ('CoRR'): the schema drops it (see below), so the output differs.
      venue: mostly(fc.constantFrom('Nature', ' ACL\n 2024 ', 'x'.repeat(600))),
      venueType: mostly(fc.constantFrom('journal', 'conference')),
      extra: anyValue,
    },
    { requiredKeys: [] },
  ) as unknown as fc.Arbitrary<Parameters<typeof storableCandidate>[0]>;

  /** The schema drops a preprint server named as the venue; the content script leaves it. */
  const asTheSchemaReadsIt = <T extends { venue?: string } | undefined>(candidate: T): T =>
    candidate && PREPRINT_VENUE.test(candidate.venue ?? '')
      ? { ...candidate, venue: undefined }
      : candidate;

  it('returns only candidates the schema accepts as they are (but for a preprint server as venue)', () => {
    fc.assert(
      fc.property(anyCandidate, (input) => {
        const storable = storableCandidate(input);
        if (storable === undefined) return;
        const checked = paperCandidateSchema.safeParse(storable);
        expect(checked.success).toBe(true);
        expect(checked.data).toEqual(asTheSchemaReadsIt(storable));
      }),
      { numRuns: 2_000 },
    );
  });

  it('keeps every card the schema accepted once clamped, unchanged', () => {
    let accepted = 0;
    fc.assert(
      fc.property(anyCandidate, (input) => {
        const checked = paperCandidateSchema.safeParse(clampCandidate(input));
        if (!checked.success) return;
        accepted += 1;
        expect(asTheSchemaReadsIt(storableCandidate(input))).toEqual(checked.data);
      }),
      { numRuns: 4_000 },
    );
    // The property says something only if the schema accepted a fair share of the cards.
    expect(accepted).toBeGreaterThan(150);
  });

  it('keeps a venue on one line with its type; the schema drops a preprint server as a venue', () => {
    const card = candidate();
    expect(
      storableCandidate({
        ...card,
        venue: ' Proceedings of\n  ACL\u0000 2024 ',
        venueType: 'conference',
      }),
    ).toMatchObject({ venue: 'Proceedings of ACL 2024', venueType: 'conference' });
    for (const preprint of [
      'CoRR',
      'ArXiv',
      'arXiv.org',
      'arXiv preprint arXiv:2401.01234',
      'bioRxiv',
      'TechRxiv',
      'PsyArXiv',
      'engrXiv',
      'OSF Preprints',
      'Preprints.org',
    ]) {
      // Not the content script's work: the pattern would weigh on every site's script.
      const storable = storableCandidate({ ...card, venue: preprint });
      expect(storable).toHaveProperty('venue', preprint);
      expect(paperCandidateSchema.parse(storable).venue).toBeUndefined();
    }
    // An unknown type is left out, the venue kept.
    expect(
      storableCandidate({ ...card, venue: 'Nature', venueType: 'book' as never }),
    ).toMatchObject({ venue: 'Nature' });
    expect(
      storableCandidate({ ...card, venue: 'x'.repeat(LIMITS.venueLength * 2) })?.venue,
    ).toHaveLength(LIMITS.venueLength);
  });

  it('never skips a card for its optional fields, whatever they hold', () => {
    const kept = fc
      .sample(anyCandidate, 2_000)
      .map((input) => ({
        ...input,
        id: 'arxiv:2607.01234',
        title: 'A title',
        url: 'https://arxiv.org/abs/2607.01234',
        site: 'arxiv' as const,
      }))
      .filter((input) => storableCandidate(input) !== undefined);
    expect(kept).toHaveLength(2_000);
  });
});
