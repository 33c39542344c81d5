import { defineContentScript } from 'wxt/utils/define-content-script';
import { huggingfaceAdapter } from '@/lib/sites/huggingface';
import { runListingScript } from './listing/run-listing-script';
import { listingScriptOptions } from './listing/script-options';

export default defineContentScript({
  ...listingScriptOptions(huggingfaceAdapter),
  main: (ctx) => runListingScript(huggingfaceAdapter, ctx),
});
