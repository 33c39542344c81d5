/**
 * The one Dexie database. Every `version(n)` block ever shipped stays here, in order, so that a
 * browser holding any older database upgrades step by step (test/lib/db/migrations.test.ts).
 */
import { Dexie, type EntityTable } from 'dexie';
import type { AutoTagRule, Paper, Tag } from '../paper/schemas';
import { DATABASE_NAME } from './name';

export { DATABASE_NAME };

/**
 * Something computed from the shelf and kept so as not to compute it again (the trained tag
 * suggestions): valid while the shelf's `fingerprint` and the code's `format` are unchanged.
 * Never exported or imported; dropping a row only costs the time to compute it again.
 */
export interface DerivedRecord {
  name: string;
  format: string;
  fingerprint: string;
  value: unknown;
}

/**
 * When a part of the shelf that keeps no date of its own last changed (lib/db/change-marks.ts):
 * papers carry an indexed `updatedAt`, rules and tags do not, and a deleted one leaves no record
 * that could. Never exported or imported.
 */
export interface ChangeMark {
  part: 'rules-and-tags';
  changedAt: number;
}

export class ShelfDatabase extends Dexie {
  papers!: EntityTable<Paper, 'id'>;
  tags!: EntityTable<Tag, 'name'>;
  rules!: EntityTable<AutoTagRule, 'id'>;
  derived!: EntityTable<DerivedRecord, 'name'>;
  changeMarks!: EntityTable<ChangeMark, 'part'>;

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
    // v3: `derived`, data computed from the shelf (lib/db/derived.ts), by name. A new table, so
    // there is no upgrade function.
    this.version(3).stores({
      derived: 'name',
    });
    // v4: `changeMarks`, when the rules or tags last changed, by part (the backup reminder). A new
    // table, so there is no upgrade function: a shelf upgraded from v3 has no mark until its
    // rules or tags next change (earlier changes were never dated, and stay unknown).
    this.version(4).stores({
      changeMarks: 'part',
    });
  }
}

export const db = new ShelfDatabase();
