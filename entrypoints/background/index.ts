import { defineBackground } from 'wxt/utils/define-background';
import { refreshBadge } from '@/lib/badge';
import { registerHandlers } from '@/lib/messaging/dispatch';
import { paperHandlers } from './paper-handlers';
import { registerSaveLinkMenu } from './save-link-menu';

export default defineBackground({
  type: 'module',
  main() {
    registerHandlers(paperHandlers);
    registerSaveLinkMenu();
    // The badge text survives worker restarts but not a browser restart.
    void refreshBadge().catch((error) => console.error('Paper Shelf: badge', error));
  },
});
