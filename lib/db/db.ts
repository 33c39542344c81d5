/**
 * The one Dexie database. Every `version(n)` block ever shipped stays here, in order, so that a
 * browser holding any older database upgrades step by step (test/lib/db/migrations.test.ts).
 */
import { Dexie, type EntityTable } from 'dexie';
import type { AutoTagRule, Paper, Tag } from '../paper/schemas';
import { DATABASE_NAME } from './name';

export { DATABASE_NAME };

export class ShelfDatabase extends Dexie {
  papers!: EntityTable<Paper, 'id'>;
  tags!: EntityTable<Tag, 'name'>;
  rules!: EntityTable<AutoTagRule, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // v1: papers by canonical id; `*aliases` finds a paper by any id it was seen under;
    // `*tags` lists a tag's papers; savedAt orders the reading list.
    this.version(1).stores({
      papers: 'id, *aliases, *tags, status, site, savedAt, updatedAt',
      tags: 'name',
    });
    // v2: auto-tag rules, by id; `tag` finds the rules a rename, merge or delete must follow.
    // Existing papers and tags are untouched, so there is no upgrade function.
    this.version(2).stores({
      rules: 'id, tag',
    });
  }
}

export const db = new ShelfDatabase();
