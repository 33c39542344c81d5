/**
 * Tag and rule operations as the extension pages (options, popup) run them: the database write,
 * then the changed papers handed to the background, which tells open listing tabs so their cards
 * follow (lib/messaging/announce.ts: the page may be closed right after). The background's
 * suggestion model sees the change by itself (entrypoints/background/suggestion-service.ts); a
 * rename, merge or delete also tells the tabs that the tags themselves changed, so that they ask
 * for suggestions again rather than go on offering a tag that is gone.
 */
import { changeOf } from '@/lib/db/papers';
import { addRule, applyRuleToSaved, type RuleInput } from '@/lib/db/rules';
import { deleteTag, mergeTags, recolorTag, renameTag } from '@/lib/db/tags';
import { announceChanges } from '@/lib/messaging/announce';
import type { AutoTagRule, Paper } from '@/lib/paper/schemas';

/**
 * Called as the write resolves: the announcement leaves at once, and is not waited for. A failure
 * is logged there; the shelf is already right, and open tabs catch up on their next scan.
 */
function tellListingTabs(papers: Paper[], tagsChanged = false): number {
  void announceChanges(
    papers.map((paper) => changeOf(paper, paper.aliases)),
    { tagsChanged },
  );
  return papers.length;
}

/** Each returns how many papers changed. */
export const tagActions = {
  rename: async (from: string, to: string) => tellListingTabs(await renameTag(from, to), true),
  merge: async (sources: string[], target: string) =>
    tellListingTabs(await mergeTags(sources, target), true),
  delete: async (name: string) => tellListingTabs(await deleteTag(name), true),
  // The papers' states are as they were; the background sends them with the new colour.
  recolor: async (name: string, color: string) => tellListingTabs(await recolorTag(name, color)),
  applyRule: async (id: string) => tellListingTabs(await applyRuleToSaved(id)),
  addRule: (input: RuleInput): Promise<AutoTagRule> => addRule(input),
};

/** A message for the user from whatever an action threw. */
export function problemText(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Something went wrong';
}
