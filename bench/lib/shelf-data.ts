/**
 * A realistic shelf of 10,000 papers for the benchmarks, and the way to put it in the real
 * extension's IndexedDB. Every record is checked against paperSchema first, so the benches never
 * measure data the extension could not have written itself.
 */
import type { Page } from 'playwright-core';
import { DATABASE_NAME } from '../../lib/db/db';
import { type Paper, paperSchema, SITE_IDS, type Tag, tagSchema } from '../../lib/paper/schemas';
import { defaultTagColor } from '../../lib/paper/tag-colors';
import { authorName, pick, plainTitle } from '../../test/fixtures/sites/synthetic-papers';

const TAG_NAMES = [
  'to-read',
  'RLHF',
  'diffusion',
  'agents',
  'theory',
  'reading group',
  'fine-tuning',
  'benchmarks',
  'vision',
  'speech',
  'optimization',
  'robotics',
  'interpretability',
  'efficiency',
  'datasets',
  'safety',
  'graph learning',
  'retrieval',
  'cite in thesis',
  'maybe',
];

/**
 * Where two papers in five appeared, as the sites name venues: typed (dblp, the ACL Anthology,
 * files) or not (Semantic Scholar, Scholar), so exports also read a type from the words.
 */
const VENUES: ReadonlyArray<Pick<Paper, 'venue' | 'venueType'>> = [
  { venue: 'Advances in Neural Information Processing Systems' },
  { venue: 'International Conference on Learning Representations', venueType: 'conference' },
  {
    venue:
      'Proceedings of the 62nd Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)',
    venueType: 'conference',
  },
  { venue: 'J. Mach. Learn. Res.', venueType: 'journal' },
  { venue: 'Transactions on Machine Learning Research' },
  { venue: 'ICML', venueType: 'conference' },
];

const DAY_MS = 86_400_000;
/** Fixed, so the same shelf always has the same bytes. */
const NEWEST_SAVE = Date.UTC(2026, 6, 14, 9, 0, 0);

/** A synthetic arXiv id (2015-2025) that never collides with the generated listings' 2606/2607. */
function archiveId(index: number): string {
  const year = 15 + (index % 11);
  const month = String(1 + ((index * 7) % 12)).padStart(2, '0');
  return `${year}${month}.${String(index).padStart(5, '0')}`;
}

function paperAt(index: number, arxivId: string, site: Paper['site']): Paper {
  const authorCount = 1 + ((index * 5) % 8);
  const authors = Array.from({ length: authorCount }, (_, j) => {
    const { first, last } = authorName(index + 11, j);
    return `${first} ${last}`;
  });
  const tagCount = index % 4;
  const tags = Array.from({ length: tagCount }, (_, j) => pick(TAG_NAMES, index * 3 + j * 7));
  const id = `arxiv:${arxivId}`;
  const doi = index % 9 === 4 ? `doi:10.1000/bench.${index}` : undefined;
  const savedAt = NEWEST_SAVE - index * Math.round(DAY_MS / 7);
  return {
    id,
    aliases: doi ? [id, doi] : [id],
    title: index % 13 === 3 ? `${plainTitle(index)} with $\\ell_1$ Penalties` : plainTitle(index),
    authors,
    url:
      site === 'huggingface'
        ? `https://huggingface.co/papers/${arxivId}`
        : `https://arxiv.org/abs/${arxivId}`,
    site,
    abstract: `We study ${plainTitle(index * 3).toLowerCase()}. Across ${3 + (index % 9)} benchmarks the method improves accuracy by ${(1 + (index % 40) / 10).toFixed(1)} points while using less compute.`,
    pdfUrl: `https://arxiv.org/pdf/${arxivId}`,
    ...(index % 3 === 0 && { published: `20${arxivId.slice(0, 2)}-${arxivId.slice(2, 4)}-15` }),
    ...(index % 5 < 2 && pick(VENUES, index * 7)),
    tags: [...new Set(tags)],
    status: index % 10 === 0 ? 'read' : index % 10 === 1 ? 'reading' : 'to-read',
    note:
      index % 25 === 0 ? 'Compare with the baseline in section 4; the ablation looks thin.' : '',
    savedAt,
    updatedAt: savedAt + (index % 5) * 3_600_000,
  };
}

export interface Shelf {
  papers: Paper[];
  tags: Tag[];
}

/**
 * `count` papers, newest first. `listedIds` (bare arXiv ids from the listings the benches open)
 * are spread through the shelf, so those listings show some cards as saved, as they would for a
 * real reader.
 */
export function makeShelf(count: number, listedIds: readonly string[] = []): Shelf {
  const sites = SITE_IDS.filter((site) => site === 'arxiv' || site === 'huggingface');
  const papers: Paper[] = [];
  for (let index = 0; index < count; index++) {
    const listed = index % 5 === 2 ? listedIds[Math.floor(index / 5)] : undefined;
    papers.push(paperSchema.parse(paperAt(index, listed ?? archiveId(index), pick(sites, index))));
  }
  const tags = TAG_NAMES.map((name, index) =>
    tagSchema.parse({
      name,
      color: defaultTagColor(name),
      createdAt: NEWEST_SAVE - index * DAY_MS,
    }),
  );
  return { papers, tags };
}

/**
 * Writes the shelf into the extension's database from one of its pages. The page must be an
 * extension page whose own code opens the database (the popup does, through Dexie), so the
 * schema is the app's own; the records then go in with plain IndexedDB, in one transaction.
 */
export async function seedShelf(extensionPage: Page, shelf: Shelf): Promise<void> {
  await extensionPage.waitForFunction(
    async (name) => (await indexedDB.databases()).some((db) => db.name === name),
    DATABASE_NAME,
  );
  await extensionPage.evaluate(
    ({ name, papers, tags }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['papers', 'tags'], 'readwrite');
          const paperStore = tx.objectStore('papers');
          const tagStore = tx.objectStore('tags');
          paperStore.clear();
          tagStore.clear();
          for (const paper of papers) paperStore.put(paper);
          for (const tag of tags) tagStore.put(tag);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: DATABASE_NAME, papers: shelf.papers, tags: shelf.tags },
  );
}
