import { defineContentScript } from 'wxt/utils/define-content-script';
import { aclAdapter } from '@/lib/sites/acl';
import { fillDetailsOfSavedCards } from './listing/fill-details';
import { runListingScript } from './listing/run-listing-script';
import { listingScriptOptions } from './listing/script-options';

export default defineContentScript({
  ...listingScriptOptions(aclAdapter),
  main: (ctx) => runListingScript(aclAdapter, ctx, fillDetailsOfSavedCards),
});
