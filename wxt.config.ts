import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { CONTENT_MATCHES } from './lib/sites';

// https://wxt.dev/api/config.html
export default defineConfig({
  manifest: {
    name: 'Paper Shelf',
    description:
      'Save and tag papers on Hugging Face, arXiv, OpenReview, Scholar, Semantic Scholar, ACL and dblp listings; a local reading list.',
    // Only what the extension uses: IndexedDB needs no permission; host permissions are the
    // listing sites the content script annotates (also used to find those tabs for updates).
    permissions: [],
    host_permissions: CONTENT_MATCHES,
    action: { default_title: 'Paper Shelf' },
    browser_specific_settings: {
      gecko: { id: 'paper-shelf@paper-shelf.dev', strict_min_version: '128.0' },
    },
  },
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
});
