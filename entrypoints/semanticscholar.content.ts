import { defineContentScript } from 'wxt/utils/define-content-script';
import { semanticscholarAdapter } from '@/lib/sites/semanticscholar';
import { fillDetailsOfSavedCards } from './listing/fill-details';
import { runListingScript } from './listing/run-listing-script';
import { listingScriptOptions } from './listing/script-options';

export default defineContentScript({
  ...listingScriptOptions(semanticscholarAdapter),
  main: (ctx) => runListingScript(semanticscholarAdapter, ctx, fillDetailsOfSavedCards),
});
