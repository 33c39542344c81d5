/** The zod schema of every message payload; the background checks each one before acting. */
import { z } from 'zod';
import {
  LIMITS,
  paperCandidateSchema,
  paperIdSchema,
  paperStatusSchema,
  tagNameSchema,
} from '../paper/schemas';

export const messageSchemas = {
  getSavedStates: z.object({
    ids: z.array(paperIdSchema).max(LIMITS.idsPerLookup),
  }),
  savePaper: z.object({ candidate: paperCandidateSchema }),
  removePaper: z.object({ id: paperIdSchema }),
  editPaperTags: z.object({
    candidate: paperCandidateSchema,
    add: z.array(tagNameSchema).max(LIMITS.tagsPerPaper).default([]),
    remove: z.array(tagNameSchema).max(LIMITS.tagsPerPaper).default([]),
  }),
  setPaperStatus: z.object({ id: paperIdSchema, status: paperStatusSchema }),
  setPaperNote: z.object({ id: paperIdSchema, note: z.string().max(LIMITS.noteLength) }),
  listTagNames: z.object({}),
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
    candidates: z.array(paperCandidateSchema).min(1).max(LIMITS.idsPerLookup),
    tag: tagNameSchema,
  }),
  undoTagPapers: z.object({ undoToken: z.string().min(1).max(64) }),
  savedStatesChanged: z.object({
    changes: z.array(
      z.object({
        ids: z.array(paperIdSchema),
        state: z.object({
          saved: z.boolean(),
          tags: z.array(z.string()),
          status: z.optional(paperStatusSchema),
          revision: z.number().optional(),
        }),
      }),
    ),
  }),
} as const;
