/**
 * The zod schema of every message payload; the background checks each one before acting. A
 * paper is named by its canonical id only (canonicalPaperIdSchema): the shelf looks records up
 * by exact id, so another form of it would be a second record of the same paper.
 */
import { z } from 'zod';
import {
  canonicalCandidateSchema,
  canonicalPaperIdSchema,
  LIMITS,
  paperIdSchema,
  paperStatusSchema,
  tagNameSchema,
} from '../paper/schemas';

/**
 * Bounds of an announcement (announceChanges) that no real write comes near. A replace import
 * removes one shelf and writes another (removePapers takes up to 100,000 ids); a change names
 * every id of the records it merged; a paper's tag count is only checked per edit.
 */
const ANNOUNCEMENT_LIMITS = { changes: 200_000, idsPerChange: 1_000, tagsPerState: 1_000 } as const;

export const messageSchemas = {
  // Reads take any id of the right shape: an odd form can only come back unsaved, while refusing
  // it would fail the lookup of every other card of the page with it.
  getSavedStates: z.object({
    ids: z.array(paperIdSchema).max(LIMITS.idsPerLookup),
  }),
  savePaper: z.object({ candidate: canonicalCandidateSchema }),
  removePaper: z.object({ id: canonicalPaperIdSchema }),
  editPaperTags: z.object({
    candidate: canonicalCandidateSchema,
    add: z.array(tagNameSchema).max(LIMITS.tagsPerPaper).default([]),
    remove: z.array(tagNameSchema).max(LIMITS.tagsPerPaper).default([]),
  }),
  setPaperStatus: z.object({ id: canonicalPaperIdSchema, status: paperStatusSchema }),
  setPaperNote: z.object({ id: canonicalPaperIdSchema, note: z.string().max(LIMITS.noteLength) }),
  listTagNames: z.object({}),
  // The ids of records on the shelf, sent by its own pages (privileged): a record stored under
  // an older, looser form must still be removable, and a removal never makes a record.
  removePapers: z.object({ ids: z.array(paperIdSchema).min(1).max(100_000) }),
  suggestTags: z.object({
    papers: z
      .array(
        z.object({
          id: paperIdSchema,
          title: z.string().max(LIMITS.titleLength),
          abstract: z.string().max(LIMITS.abstractLength).optional(),
        }),
      )
      .max(LIMITS.idsPerLookup),
  }),
  tagPapers: z.object({
    candidates: z.array(canonicalCandidateSchema).min(1).max(LIMITS.idsPerLookup),
    tag: tagNameSchema,
  }),
  fillPaperDetails: z.object({
    candidates: z.array(canonicalCandidateSchema).min(1).max(LIMITS.idsPerLookup),
  }),
  undoTagPapers: z.object({ undoToken: z.string().min(1).max(64) }),
  // What an extension page wrote, for the background to tell listing tabs (privileged: tabs show
  // these states as they are). Ids as records hold them, which may predate the canonical check.
  // Every state carries the revision the page stamped as its write resolved: one stamped on
  // arrival could be later than a tab's own, later write (lib/messaging/revision.ts).
  announceChanges: z.object({
    changes: z
      .array(
        z.object({
          ids: z.array(paperIdSchema).max(ANNOUNCEMENT_LIMITS.idsPerChange),
          state: z.object({
            saved: z.boolean(),
            tags: z.array(z.string().max(LIMITS.tagLength)).max(ANNOUNCEMENT_LIMITS.tagsPerState),
            status: z.optional(paperStatusSchema),
            revision: z.number().int().positive(),
          }),
        }),
      )
      .max(ANNOUNCEMENT_LIMITS.changes),
    tagsChanged: z.boolean().optional(),
  }),
  savedStatesChanged: z.object({
    changes: z.array(
      z.object({
        // Every alias of a stored record, which may predate the canonical check.
        ids: z.array(paperIdSchema),
        state: z.object({
          saved: z.boolean(),
          tags: z.array(z.string()),
          status: z.optional(paperStatusSchema),
          revision: z.number().optional(),
          tagColors: z.optional(z.record(z.string(), z.string())),
        }),
      }),
    ),
    tagsChanged: z.boolean().optional(),
  }),
} as const;
