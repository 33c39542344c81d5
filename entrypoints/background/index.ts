import { defineBackground } from 'wxt/utils/define-background';
import { refreshBadge } from '@/lib/badge';
import { registerHandlers } from '@/lib/messaging/dispatch';
import { ForegroundWork } from '@/lib/scheduling';
import { annotateOpenTabsOnInstall } from './open-tabs';
import { paperHandlers } from './paper-handlers';
import { registerSaveLinkMenu } from './save-link-menu';
import { SuggestionService } from './suggestion-service';
import { createTagHandlers } from './tag-handlers';

export default defineBackground({
  type: 'module',
  main() {
    // Lookups and saves go ahead of the suggestions' training; the tag handlers are not counted,
    // as suggestTags waits for the training itself.
    const foreground = new ForegroundWork();
    registerHandlers(paperHandlers, foreground);
    const suggestions = new SuggestionService({ foreground });
    suggestions.start();
    registerHandlers(createTagHandlers(suggestions));
    annotateOpenTabsOnInstall();
    registerSaveLinkMenu();
    // The badge text survives worker restarts but not a browser restart.
    void refreshBadge().catch((error) => console.error('Paper Shelf: badge', error));
  },
});
