import { defineContentScript } from 'wxt/utils/define-content-script';
import { arxivAdapter } from '@/lib/sites/arxiv';
import { runListingScript } from './listing/run-listing-script';
import { listingScriptOptions } from './listing/script-options';

export default defineContentScript({
  ...listingScriptOptions(arxivAdapter),
  main: (ctx) => runListingScript(arxivAdapter, ctx),
});
