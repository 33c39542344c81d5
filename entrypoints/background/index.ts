import { defineBackground } from 'wxt/utils/define-background';
import { registerHandlers } from '@/lib/messaging/dispatch';
import { annotateOpenTabsOnInstall } from './open-tabs';
import { paperHandlers } from './paper-handlers';

export default defineBackground({
  type: 'module',
  main() {
    registerHandlers(paperHandlers);
    annotateOpenTabsOnInstall();
  },
});
