/**
 * Every schema version upgrades from the one before with the data intact (design convention 7):
 * a database is created with the old version's stores exactly as shipped, filled, closed, and
 * opened again with the current ShelfDatabase.
 */
import { Dexie } from 'dexie';
import { ShelfDatabase } from '@/lib/db/db';
import { type Paper, paperSchema, type Tag } from '@/lib/paper/schemas';
import { SCHEMA_HISTORY } from '../../fixtures/db/schema-history';

const LATEST_VERSION = SCHEMA_HISTORY.at(-1)?.version;

const storedPaper: Paper = {
  id: 'arxiv:2607.01234',
  aliases: ['arxiv:2607.01234', 'doi:10.1000/xyz'],
  title: 'Federated Fine-Tuning with Heterogeneous Adapters',
  authors: ['Ada Lovelace'],
  url: 'https://arxiv.org/abs/2607.01234',
  site: 'arxiv',
  abstract: 'Clients fine-tune adapters.',
  tags: ['federated learning', 'fine-tuning'],
  status: 'reading',
  note: 'read §3',
  savedAt: 1000,
  updatedAt: 2000,
};
const storedTags: Tag[] = [
  { name: 'federated learning', color: '#166534', createdAt: 1000 },
  { name: 'fine-tuning', color: '#1d4ed8', createdAt: 1000 },
];

let name: string;
let counter = 0;

beforeEach(() => {
  counter += 1;
  name = `migration-test-${counter}`;
});

afterEach(async () => {
  await Dexie.delete(name);
});

async function createVersion1(): Promise<void> {
  const v1 = new Dexie(name);
  // Exactly as shipped in version 1 of lib/db/db.ts.
  v1.version(1).stores({
    papers: 'id, *aliases, *tags, status, site, savedAt, updatedAt',
    tags: 'name',
  });
  await v1.table('papers').put(storedPaper);
  await v1.table('tags').bulkPut(storedTags);
  v1.close();
}

describe('version 1 → today (the rules table added in 2)', () => {
  it('keeps papers, tags and their indexes, and adds an empty rules table', async () => {
    await createVersion1();
    const db = new ShelfDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);

    const paper = await db.papers.get('arxiv:2607.01234');
    expect(paperSchema.parse(paper)).toEqual(storedPaper);
    expect(await db.tags.orderBy('name').toArray()).toEqual(storedTags);
    expect(await db.papers.where('aliases').equals('doi:10.1000/xyz').primaryKeys()).toEqual([
      'arxiv:2607.01234',
    ]);
    expect(await db.papers.where('tags').equals('fine-tuning').count()).toBe(1);

    expect(await db.rules.count()).toBe(0);
    await db.rules.add({
      id: 'rule-1',
      tag: 'fine-tuning',
      field: 'title',
      pattern: 'LoRA, adapter*',
      isRegex: false,
      enabled: true,
      createdAt: 3000,
    });
    expect(await db.rules.where('tag').equals('fine-tuning').count()).toBe(1);
    db.close();
  });

  it('opens a fresh database directly at the current version', async () => {
    const db = new ShelfDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'changeMarks',
      'derived',
      'papers',
      'rules',
      'tags',
    ]);
    db.close();
  });
});
