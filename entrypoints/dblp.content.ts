import { defineContentScript } from 'wxt/utils/define-content-script';
import { dblpAdapter } from '@/lib/sites/dblp';
import { fillDetailsOfSavedCards } from './listing/fill-details';
import { runListingScript } from './listing/run-listing-script';
import { listingScriptOptions } from './listing/script-options';

export default defineContentScript({
  ...listingScriptOptions(dblpAdapter),
  main: (ctx) => runListingScript(dblpAdapter, ctx, fillDetailsOfSavedCards),
});
