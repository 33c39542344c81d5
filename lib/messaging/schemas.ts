/** The zod schema of every message payload; the background checks each one before acting. */
import { z } from 'zod';
import { LIMITS, paperCandidateSchema, paperIdSchema, tagNameSchema } from '../paper/schemas';

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
  listTagNames: z.object({}),
  removePapers: z.object({ ids: z.array(paperIdSchema).min(1).max(100_000) }),
  savedStatesChanged: z.object({
    changes: z.array(
      z.object({
        ids: z.array(paperIdSchema),
        state: z.object({
          saved: z.boolean(),
          tags: z.array(z.string()),
          revision: z.number().optional(),
        }),
      }),
    ),
  }),
} as const;
