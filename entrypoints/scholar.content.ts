import { defineContentScript } from 'wxt/utils/define-content-script';
import { scholarAdapter } from '@/lib/sites/scholar';
import { fillDetailsOfSavedCards } from './listing/fill-details';
import { runListingScript } from './listing/run-listing-script';
import { listingScriptOptions } from './listing/script-options';

export default defineContentScript({
  ...listingScriptOptions(scholarAdapter),
  main: (ctx) => runListingScript(scholarAdapter, ctx, fillDetailsOfSavedCards),
});
