import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { refreshBadge } from '@/lib/badge';
import { registerHandlers } from '@/lib/messaging/dispatch';
import { ForegroundWork } from '@/lib/scheduling';
import { SUGGESTION_MODEL_FORMAT } from '@/lib/suggest/model';
import { annotateOpenTabsOnInstall } from './open-tabs';
import { paperHandlers } from './paper-handlers';
import { registerSaveLinkMenu } from './save-link-menu';
import { SuggestionService, storedModels } from './suggestion-service';
import { createTagHandlers } from './tag-handlers';

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
    suggestions.start();
    registerHandlers(createTagHandlers(suggestions));
    annotateOpenTabsOnInstall();
    registerSaveLinkMenu();
    // The badge text survives worker restarts but not a browser restart.
    void refreshBadge().catch((error) => console.error('Paper Shelf: badge', error));
  },
});
