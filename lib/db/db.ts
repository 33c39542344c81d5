/**
 * The one Dexie database. Every `version(n)` block ever shipped stays here, in order, so that a
 * browser holding any older database upgrades step by step (test/lib/db/migrations.test.ts).
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Paper, Tag } from '../paper/schemas';

export const DATABASE_NAME = 'paper-shelf';

export class ShelfDatabase extends Dexie {
  papers!: EntityTable<Paper, 'id'>;
  tags!: EntityTable<Tag, 'name'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // v1: papers by canonical id; `*aliases` finds a paper by any id it was seen under;
    // `*tags` lists a tag's papers; savedAt orders the reading list.
    this.version(1).stores({
      papers: 'id, *aliases, *tags, status, site, savedAt, updatedAt',
      tags: 'name',
    });
  }
}

export const db = new ShelfDatabase();
