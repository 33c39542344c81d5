import { defineContentScript } from 'wxt/utils/define-content-script';
import { openreviewAdapter } from '@/lib/sites/openreview';
import { fillDetailsOfSavedCards } from './listing/fill-details';
import { runListingScript } from './listing/run-listing-script';
import { listingScriptOptions } from './listing/script-options';

export default defineContentScript({
  ...listingScriptOptions(openreviewAdapter),
  main: (ctx) => runListingScript(openreviewAdapter, ctx, fillDetailsOfSavedCards),
});
