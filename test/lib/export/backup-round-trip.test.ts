/**
 * The JSON backup is lossless: for any shelf the database can hold (any text: unicode, TeX,
 * quotes, braces, line breaks, lone surrogates), importing the export gives back exactly the same
 * papers, tags and rules.
 */
import fc from 'fast-check';
import { exportPapers } from '@/lib/export';
import { BACKUP_SCHEMA_VERSION } from '@/lib/export/json';
import { parseImport } from '@/lib/import';
import { type AutoTagRule, autoTagRuleSchema, type Paper } from '@/lib/paper/schemas';
import { nastyText, shelfArbitrary, tagArbitrary } from '../../fixtures/export/arbitraries';
import { SHELF_PAPERS, SHELF_TAGS } from '../../fixtures/export/shelf';

const ruleArbitrary: fc.Arbitrary<AutoTagRule> = fc
  .record({
    id: fc.uuid(),
    tag: nastyText(3).filter((text) => text.trim().length > 0 && text.trim().length <= 64),
    field: fc.constantFrom('title', 'abstract', 'authors', 'any'),
    pattern: nastyText(6).filter((text) => text.length > 0),
    isRegex: fc.boolean(),
    enabled: fc.boolean(),
    createdAt: fc.nat(),
  })
  .map((rule) => autoTagRuleSchema.parse(rule));

describe('JSON backup', () => {
  it('is lossless for any shelf', () => {
    fc.assert(
      fc.property(
        shelfArbitrary(),
        fc.array(tagArbitrary, { maxLength: 6 }),
        fc.array(ruleArbitrary, { maxLength: 3 }),
        (papers, tags, rules) => {
          const backup = exportPapers('json', papers, tags, { rules });
          const restored = parseImport(backup);
          expect(restored.format).toBe('json');
          // toEqual: an optional field left undefined and one left out are the same record.
          expect(restored.papers).toEqual(papers);
          expect(restored.tags).toEqual(tags);
          expect(restored.rules).toEqual(rules);
          expect(restored.skipped).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('carries schemaVersion, papers, tags with colours and rules', () => {
    const backup = JSON.parse(exportPapers('json', SHELF_PAPERS, SHELF_TAGS));
    expect(backup).toMatchObject({
      format: 'paper-shelf-backup',
      schemaVersion: BACKUP_SCHEMA_VERSION,
      rules: [],
    });
    expect(backup.papers).toHaveLength(SHELF_PAPERS.length);
    expect(backup.tags).toContainEqual({
      name: 'nlp',
      color: '#166534',
      createdAt: expect.any(Number),
    });
  });

  it('keeps the venue and venue type of published papers, a stated type or none', () => {
    const { papers } = parseImport(exportPapers('json', SHELF_PAPERS, SHELF_TAGS));
    const venues = (shelf: readonly Paper[]) =>
      shelf.map(({ venue, venueType }) => ({ venue, venueType }));
    expect(venues(papers)).toEqual(venues(SHELF_PAPERS));
    expect(venues(papers)).toContainEqual({ venue: 'Physics Reports', venueType: undefined });
    expect(papers.filter((paper) => paper.venueType)).toHaveLength(2);
  });
});
