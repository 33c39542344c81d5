import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { CONTENT_MATCHES } from './lib/sites';

// https://wxt.dev/api/config.html
export default defineConfig({
  manifest: ({ manifestVersion }) => ({
    name: 'Paper Shelf',
    description:
      'Save and tag papers on Hugging Face, arXiv, OpenReview, Scholar, Semantic Scholar, ACL and dblp listings; a local reading list.',
    // Only what the extension uses: IndexedDB needs no permission; host permissions are the
    // listing sites the content script annotates (also used to find those tabs for updates).
    // "contextMenus": the "Save to Paper Shelf" item on paper links. "activeTab" + "scripting":
    // read that link's text in the page the user right-clicked, at that moment only (Chrome
    // does not pass it). None of the three shows a warning at install.
    permissions: ['contextMenus', 'activeTab', 'scripting'],
    host_permissions: CONTENT_MATCHES,
    action: { default_title: 'Paper Shelf' },
    commands: {
      // The popup from the keyboard; users can change the key at chrome://extensions/shortcuts.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Open the reading list',
      },
    },
    browser_specific_settings: {
      gecko: { id: 'paper-shelf@paper-shelf.dev', strict_min_version: '128.0' },
    },
  }),
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
});
