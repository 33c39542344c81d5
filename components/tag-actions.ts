/**
 * Tag and rule operations as the extension pages (options, popup) run them: the database write,
 * then the changed papers broadcast to open listing tabs so their cards follow. The background's
 * suggestion model sees the change by itself (entrypoints/background/suggestion-service.ts).
 */
import { changeOf } from '@/lib/db/papers';
import { addRule, applyRuleToSaved, type RuleInput } from '@/lib/db/rules';
import { deleteTag, mergeTags, renameTag } from '@/lib/db/tags';
import { broadcastPaperChanges } from '@/lib/messaging/broadcast';
import type { AutoTagRule, Paper } from '@/lib/paper/schemas';

async function tellListingTabs(papers: Paper[]): Promise<number> {
  try {
    await broadcastPaperChanges(papers.map((paper) => changeOf(paper, paper.aliases)));
  } catch (error) {
    // The shelf is already right; open tabs catch up on their next scan or when shown again.
    console.error('Paper Shelf: telling listing tabs failed', error);
  }
  return papers.length;
}

/** Each returns how many papers changed. */
export const tagActions = {
  rename: async (from: string, to: string) => tellListingTabs(await renameTag(from, to)),
  merge: async (sources: string[], target: string) =>
    tellListingTabs(await mergeTags(sources, target)),
  delete: async (name: string) => tellListingTabs(await deleteTag(name)),
  applyRule: async (id: string) => tellListingTabs(await applyRuleToSaved(id)),
  addRule: (input: RuleInput): Promise<AutoTagRule> => addRule(input),
};

/** A message for the user from whatever an action threw. */
export function problemText(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Something went wrong';
}
