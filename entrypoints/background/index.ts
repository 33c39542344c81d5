import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { showBadgeOncePerSession } from '@/lib/badge';
import { registerHandlers } from '@/lib/messaging/dispatch';
import { ForegroundWork } from '@/lib/scheduling';
import { SUGGESTION_MODEL_FORMAT } from '@/lib/suggest/model';
import { annotateOpenTabsOnInstall } from './open-tabs';
import { paperHandlers } from './paper-handlers';
import { registerSaveLinkMenu } from './save-link-menu';
import { SuggestionService, storedModels } from './suggestion-service';
import { createTagHandlers } from './tag-handlers';

/** After the worker starts, before it follows the shelf to retrain the suggestions. */
const FOLLOW_SHELF_AFTER_MS = 1_000;

export default defineBackground({
  type: 'module',
  main() {
    // Lookups and saves go ahead of the suggestions' training; the tag handlers are not counted,
    // as suggestTags waits for the training itself.
    const foreground = new ForegroundWork();
    registerHandlers(paperHandlers, foreground);
    // A model stored by another release is trained again, whatever SUGGESTION_MODEL_FORMAT says.
    const modelFormat = `${SUGGESTION_MODEL_FORMAT} ${browser.runtime.getManifest().version}`;
    const suggestions = new SuggestionService({ foreground, store: storedModels(modelFormat) });
    // A worker mostly wakes for a listing's saved states: following the shelf (two queries, then
    // perhaps the stored model to read) waits until those are answered.
    setTimeout(() => {
      void foreground.whenIdle().then(() => suggestions.start());
    }, FOLLOW_SHELF_AFTER_MS);
    registerHandlers(createTagHandlers(suggestions));
    annotateOpenTabsOnInstall();
    registerSaveLinkMenu();
    // The badge text outlives the worker, and every change to the shelf refreshes it
    // (lib/messaging/broadcast.ts): it needs setting when the browser or the extension starts,
    // re-enabled included (no event fires then), not at every wake, and after the messages that
    // woke the worker: its count on the shelf delayed their lookup.
    void foreground
      .whenIdle()
      .then(showBadgeOncePerSession)
      .catch((error) => console.error('Paper Shelf: badge', error));
  },
});
