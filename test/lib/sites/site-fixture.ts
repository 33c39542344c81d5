/**
 * The committed site fixtures (test/fixtures/sites/<site>/<page>.html, at the URL their
 * expected.json names) for the adapters' own tests, which look at one rule across a real page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PaperCandidate } from '../../../lib/paper/schemas';
import { parsePage } from '../../../lib/sites';

const FIXTURES_DIR = join(import.meta.dirname, '../../fixtures/sites');

/** The fixture's page as the browser parses it, and its URL. */
export function loadFixture(site: string, page: string): { url: URL; doc: Document } {
  const folder = join(FIXTURES_DIR, site);
  const { url } = JSON.parse(readFileSync(join(folder, `${page}.expected.json`), 'utf8'));
  const html = readFileSync(join(folder, `${page}.html`), 'utf8');
  return { url: new URL(url), doc: new DOMParser().parseFromString(html, 'text/html') };
}

type Venue = Pick<PaperCandidate, 'venue' | 'venueType'>;
const venuesOfFixtures = new Map<string, Map<string, Venue>>();

/** The venue and its type the adapter reads off each card of the fixture, by the card's id. */
export function fixtureVenues(site: string, page: string): Map<string, Venue> {
  const key = `${site}/${page}`;
  let venues = venuesOfFixtures.get(key);
  if (!venues) {
    const { url, doc } = loadFixture(site, page);
    venues = new Map(
      parsePage(url, doc).map(({ id, venue, venueType }) => [id, { venue, venueType }]),
    );
    venuesOfFixtures.set(key, venues);
  }
  return venues;
}
