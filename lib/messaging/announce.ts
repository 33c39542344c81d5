/**
 * How an extension page (popup, options) tells listing tabs and the badge about a write it made:
 * it hands the changes to the background in one runtime message, and the background broadcasts
 * them (announceChanges, entrypoints/background/paper-handlers.ts). The popup closes on Escape or
 * a click on the page, and its scripts stop with it: a broadcast run in the popup itself (a tab
 * query, then one message per tab, then the badge) was cut short, and tabs kept showing a paper
 * removed in the popup as saved until reloaded. The runtime message leaves before anything is
 * awaited, so the page may close the moment after.
 *
 * Small on purpose: the popup loads it with the list, without the site registry or messaging.
 */
import { browser } from 'wxt/browser';
import type { PaperChange } from '../db/papers';
import { messageEnvelope } from './envelope';
import { stampedChange } from './revision';

/**
 * Call it as soon as the write resolves, before any other await: each state is stamped now, as
 * the background stamps its own writes (lib/messaging/revision.ts), and the message is sent
 * before this returns. The promise only says when the background has told the tabs, and never
 * rejects (a failure is logged): the shelf is right either way, and tabs catch up on their next
 * scan. `tagsChanged`: a tag was renamed, merged or deleted (lib/messaging/broadcast.ts).
 */
export function announceChanges(
  changes: readonly PaperChange[],
  { tagsChanged = false }: { tagsChanged?: boolean } = {},
): Promise<void> {
  if (changes.length === 0 && !tagsChanged) return Promise.resolve();
  const message = messageEnvelope('announceChanges', {
    changes: changes.map(stampedChange),
    ...(tagsChanged && { tagsChanged }),
  });
  let reply: Promise<unknown>;
  try {
    reply = browser.runtime.sendMessage(message);
  } catch (error) {
    reply = Promise.reject(error);
  }
  return reply.then(
    (answer) => {
      // The library's listener answers { res } or, when the handler threw, { err }.
      const refused = (answer as { err?: unknown } | undefined)?.err;
      if (refused) reportFailure(refused);
    },
    (error: unknown) => reportFailure(error),
  );
}

function reportFailure(error: unknown): void {
  console.error('Paper Shelf: telling open listing tabs about a change failed', error);
}
