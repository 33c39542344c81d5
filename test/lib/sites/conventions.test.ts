/**
 * Keeps the registry honest (design convention 5): every adapter file in lib/sites/ is
 * registered, named after its id, declares test URLs for each page type, has a fixture for each
 * page type, and its match patterns reach the manifest through a content script of its own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_MATCHES, findAdapter, SITE_ADAPTERS, type SiteAdapter } from '../../../lib/sites';
import { TEST_URLS } from '../../fixtures/sites/test-urls';

const SITES_DIR = join(import.meta.dirname, '../../../lib/sites');
const FIXTURES_DIR = join(import.meta.dirname, '../../fixtures/sites');
const ENTRYPOINTS_DIR = join(import.meta.dirname, '../../../entrypoints');

/** Files in lib/sites/ that are not adapters: the registry, the interface, shared helpers. */
const NON_ADAPTER_FILES = new Set(['index.ts', 'types.ts', 'dom-text.ts', 'adapter-match.ts']);

const adapterFiles = readdirSync(SITES_DIR)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !NON_ADAPTER_FILES.has(file))
  .sort();

function isAdapter(value: unknown): value is SiteAdapter {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as SiteAdapter).id === 'string' &&
    typeof (value as SiteAdapter).parseCard === 'function'
  );
}

const modules = await Promise.all(
  adapterFiles.map(async (file) => ({
    file,
    siteId: file.replace(/\.ts$/, ''),
    exports: (await import(join(SITES_DIR, file))) as Record<string, unknown>,
  })),
);

/** The `url` of every fixture of a site, from its expected.json files. */
function fixtureUrls(siteId: string): string[] {
  const dir = join(FIXTURES_DIR, siteId);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { url: string }).url);
}

describe('site adapter conventions', () => {
  it('finds the adapter files', () => {
    expect(adapterFiles.length).toBeGreaterThan(0);
  });

  it('registers exactly the adapters that have a file, each once', () => {
    const ids = SITE_ADAPTERS.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(modules.map((module) => module.siteId).sort());
  });

  describe.each(modules)('lib/sites/$file', ({ siteId, exports }) => {
    const exportedAdapters = Object.values(exports).filter(isAdapter);
    const adapter = exportedAdapters[0] as SiteAdapter;

    it('exports one adapter, named after its id, with the id of its file name', () => {
      expect(exportedAdapters).toHaveLength(1);
      expect(adapter.id).toBe(siteId);
      const camelId = siteId.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
      expect(exports[`${camelId}Adapter`]).toBe(adapter);
    });

    it('is the instance in SITE_ADAPTERS', () => {
      expect(SITE_ADAPTERS).toContain(adapter);
    });

    it('has its match patterns in CONTENT_MATCHES (the manifest)', () => {
      expect(adapter.matches.length).toBeGreaterThan(0);
      expect(CONTENT_MATCHES).toEqual(expect.arrayContaining(adapter.matches));
    });

    it('has a content script of its own, which runs this adapter', () => {
      const file = join(ENTRYPOINTS_DIR, `${siteId}.content.ts`);
      expect(existsSync(file)).toBe(true);
      const camelId = siteId.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
      const source = readFileSync(file, 'utf8');
      expect(source).toContain(`import { ${camelId}Adapter } from '@/lib/sites/${siteId}';`);
      expect(source).toContain(`listingScriptOptions(${camelId}Adapter)`);
      // The sites that name venues also fill in saved papers' details (listing/fill-details.ts).
      expect(source).toMatch(
        new RegExp(`runListingScript\\(${camelId}Adapter, ctx(, fillDetailsOfSavedCards)?\\)`),
      );
    });

    it('declares test URLs for every page type, and none for unknown ones', () => {
      const pageTypes = Object.keys(adapter.pageTypes);
      expect(pageTypes.length).toBeGreaterThan(0);
      const testUrls = TEST_URLS[adapter.id] ?? {};
      expect(Object.keys(testUrls).sort()).toEqual([...pageTypes].sort());
      for (const pageType of pageTypes) {
        expect(testUrls[pageType]?.length, pageType).toBeGreaterThan(0);
      }
    });

    it(`has a fixture in test/fixtures/sites/${siteId}/ for every page type`, () => {
      const covered = new Set(
        fixtureUrls(siteId).map((url) => {
          const match = findAdapter(new URL(url));
          expect(match?.adapter, `${url} belongs to another adapter`).toBe(adapter);
          return match?.pageType;
        }),
      );
      const missing = Object.keys(adapter.pageTypes).filter((pageType) => !covered.has(pageType));
      expect(missing, 'page types without a fixture').toEqual([]);
    });

    it('has an HTML file for every expected.json and the reverse', () => {
      const dir = join(FIXTURES_DIR, siteId);
      const files = existsSync(dir) ? readdirSync(dir) : [];
      const pages = (suffix: string) =>
        files.filter((file) => file.endsWith(suffix)).map((file) => file.slice(0, -suffix.length));
      expect(pages('.html').sort()).toEqual(pages('.expected.json').sort());
    });
  });
});
