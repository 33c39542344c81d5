import { defineBackground } from 'wxt/utils/define-background';
import { registerHandlers } from '@/lib/messaging/dispatch';
import { annotateOpenTabsOnInstall } from './open-tabs';
import { paperHandlers } from './paper-handlers';
import { SuggestionService } from './suggestion-service';
import { createTagHandlers } from './tag-handlers';

export default defineBackground({
  type: 'module',
  main() {
    registerHandlers(paperHandlers);
    const suggestions = new SuggestionService();
    suggestions.start();
    registerHandlers(createTagHandlers(suggestions));
    annotateOpenTabsOnInstall();
  },
});
