/**
 * Every database any shipped version left behind opens with today's ShelfDatabase, nothing lost
 * (design convention 7). For each version of test/fixtures/db/schema-history.ts a database is
 * created with Dexie declaring only the versions up to it, filled with the rows that version
 * wrote, closed, and opened again with ShelfDatabase: every row is there (as the later upgrades
 * transform it), passes today's zod schema, and every index of today's schema finds it.
 *
 * Adding a schema version is one entry in the history; the first test fails until it is added.
 */
import { Dexie, type IndexSpec, type Table } from 'dexie';
import { ShelfDatabase } from '@/lib/db/db';
import { autoTagRuleSchema, paperSchema, tagSchema } from '@/lib/paper/schemas';
import { SCHEMA_HISTORY, type ShippedSchema } from '../../fixtures/db/schema-history';

type Rows = Record<string, Array<Record<string, unknown>>>;

/** Today's zod schema of the tables that have one: old rows must still pass it. */
const RECORD_SCHEMAS: Record<string, { safeParse(value: unknown): { success: boolean } }> = {
  papers: paperSchema,
  tags: tagSchema,
  rules: autoTagRuleSchema,
};

const LATEST = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1] as ShippedSchema;

let counter = 0;
const opened: Dexie[] = [];
const names: string[] = [];

function freshName(): string {
  counter += 1;
  const name = `migration-test-${counter}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A Dexie instance that knows only the history up to `version` (and `extra` after it). */
function historicalDatabase(name: string, version: number, extra: ShippedSchema[] = []): Dexie {
  const db = new Dexie(name);
  for (const shipped of [...SCHEMA_HISTORY.filter((s) => s.version <= version), ...extra]) {
    db.version(shipped.version).stores(shipped.stores);
  }
  opened.push(db);
  return db;
}

const clone = (rows: Rows): Rows => structuredClone(rows);

/** The rows of a database as `version` left it: earlier rows upgraded, then its own added. */
function rowsAt(version: number): Rows {
  let rows: Rows = {};
  for (const shipped of SCHEMA_HISTORY.filter((s) => s.version <= version)) {
    rows = shipped.upgrade ? shipped.upgrade(clone(rows)) : clone(rows);
    for (const [table, records] of Object.entries(shipped.records)) {
      rows[table] = [...(rows[table] ?? []), ...structuredClone(records)];
    }
  }
  return rows;
}

/** What those rows become once today's code has run the upgrades after `version`. */
function upgradedFrom(version: number, rows: Rows): Rows {
  let upgraded = clone(rows);
  for (const shipped of SCHEMA_HISTORY.filter((s) => s.version > version)) {
    if (shipped.upgrade) upgraded = shipped.upgrade(upgraded);
  }
  return upgraded;
}

function valueAt(row: Record<string, unknown>, keyPath: string): unknown {
  return keyPath.split('.').reduce<unknown>((value, key) => {
    return value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }, row);
}

/** The keys an index holds for a row: one, several (multi-entry), or none. */
function indexKeys(row: Record<string, unknown>, index: IndexSpec): unknown[] {
  const { keyPath } = index;
  if (Array.isArray(keyPath)) {
    const parts = keyPath.map((path) => valueAt(row, path));
    return parts.some((part) => part === undefined) ? [] : [parts];
  }
  const value = keyPath ? valueAt(row, keyPath) : undefined;
  if (value === undefined) return [];
  return index.multi && Array.isArray(value) ? value : [value];
}

async function expectRowsAndIndexes(table: Table, expected: Array<Record<string, unknown>>) {
  const { primKey, indexes } = table.schema;
  const keyOf = (row: Record<string, unknown>) => valueAt(row, primKey.keyPath as string);
  expect(await table.count()).toBe(expected.length);
  expect(await table.bulkGet(expected.map(keyOf) as never[])).toEqual(expected);
  const recordSchema = RECORD_SCHEMAS[table.name];
  for (const row of expected) {
    if (recordSchema) expect(recordSchema.safeParse(row).success, `${table.name} row`).toBe(true);
    for (const index of indexes) {
      for (const key of indexKeys(row, index)) {
        const found = await table
          .where(index.name)
          .equals(key as never)
          .primaryKeys();
        expect(found, `${table.name}.${index.name} = ${JSON.stringify(key)}`).toContainEqual(
          keyOf(row),
        );
      }
    }
  }
}

function describeSchema(db: Dexie): Record<string, string[]> {
  return Object.fromEntries(
    db.tables.map((table) => [
      table.name,
      [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src).sort()],
    ]),
  );
}

describe('the schema history', () => {
  it('is complete: its last version declares exactly the schema ShelfDatabase opens', async () => {
    const current = new ShelfDatabase(freshName());
    opened.push(current);
    await current.open();
    const fromHistory = historicalDatabase(freshName(), LATEST.version);
    await fromHistory.open();
    // A new db.version() in lib/db/db.ts needs its entry in test/fixtures/db/schema-history.ts.
    expect(current.verno).toBe(LATEST.version);
    expect(describeSchema(current)).toEqual(describeSchema(fromHistory));
  });

  it('holds every version in order, each with rows to migrate', () => {
    expect(SCHEMA_HISTORY.map((s) => s.version)).toEqual(SCHEMA_HISTORY.map((_, i) => i + 1));
    for (const shipped of SCHEMA_HISTORY) {
      expect(Object.values(shipped.records).flat().length).toBeGreaterThan(0);
    }
  });
});

describe.each(SCHEMA_HISTORY.map((s) => s.version))(
  'a database created by version %i',
  (version) => {
    it('opens with ShelfDatabase with every row kept and found by every index', async () => {
      const name = freshName();
      const old = historicalDatabase(name, version);
      const rows = rowsAt(version);
      await old.transaction('rw', old.tables, async () => {
        for (const [table, records] of Object.entries(rows))
          await old.table(table).bulkAdd(records);
      });
      old.close();

      const db = new ShelfDatabase(name);
      opened.push(db);
      await db.open();
      expect(db.verno).toBe(LATEST.version);
      const expected = upgradedFrom(version, rows);
      for (const table of db.tables) await expectRowsAndIndexes(table, expected[table.name] ?? []);

      // And the upgraded database takes new writes in every table.
      await db.transaction('rw', db.tables, async () => {
        for (const table of db.tables) {
          const [first] = expected[table.name] ?? [];
          if (first) await table.put(first);
        }
      });
    });
  },
);

describe('a database from a newer version (the user went back to an older build)', () => {
  it('still opens with every paper, rather than failing with a VersionError', async () => {
    const name = freshName();
    const future: ShippedSchema = {
      version: LATEST.version + 1,
      stores: {
        papers: 'id, *aliases, *tags, status, site, savedAt, updatedAt, readAt',
        later: 'id',
      },
      records: {},
    };
    const newer = historicalDatabase(name, LATEST.version, [future]);
    const rows = rowsAt(LATEST.version);
    await newer.transaction('rw', newer.tables, async () => {
      for (const [table, records] of Object.entries(rows))
        await newer.table(table).bulkAdd(records);
      await newer.table('later').add({ id: 'kept' });
    });
    newer.close();

    const db = new ShelfDatabase(name);
    opened.push(db);
    await db.open();
    for (const [table, records] of Object.entries(rows)) {
      expect(await db.table(table).toArray()).toHaveLength(records.length);
    }
    expect(await db.papers.where('aliases').equals('doi:10.1000/xyz-123').count()).toBe(1);
    db.close();

    // Nothing the newer version stored was dropped either.
    const again = historicalDatabase(name, LATEST.version, [future]);
    expect(await again.table('later').count()).toBe(1);
  });
});
