import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { CONTENT_MATCHES } from './lib/sites';

// https://wxt.dev/api/config.html
export default defineConfig({
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Paper Shelf',
    description:
      'Save and tag papers on Hugging Face, arXiv, OpenReview, Scholar, Semantic Scholar, ACL and dblp listings; a local reading list.',
    // Only what the extension uses: IndexedDB needs no permission; host permissions are the
    // listing sites the content script annotates (also used to find those tabs for updates).
    // "scripting": after an update, run the new content script in listing tabs already open
    // (entrypoints/background/open-tabs.ts); with "activeTab", read the text of a link the user
    // right-clicked for "Save to Paper Shelf", in that tab and at that moment only (Chrome does
    // not pass it). "contextMenus": that menu item, on paper links only. "storage": the backup
    // reminder's choice and last backup date (lib/backup/reminder.ts). None warns at install.
    permissions: ['scripting', 'storage', 'contextMenus', 'activeTab'],
    host_permissions: CONTENT_MATCHES,
    action: { default_title: 'Paper Shelf' },
    // light-dark() in the widgets' CSS (Chrome 123); the Popover API of their menus (114).
    ...(browser !== 'firefox' && { minimum_chrome_version: '123' }),
    commands: {
      // The popup from the keyboard; users can change the key at chrome://extensions/shortcuts.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Open the reading list',
      },
    },
    // Firefox's alone: Chrome lists an unknown key as an error of the unpacked extension.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'paper-shelf@paper-shelf.dev',
          // 140 is the supported ESR, and the first to know data_collection_permissions.
          strict_min_version: '140.0',
          // Firefox asks every extension to declare what it collects: nothing leaves the browser.
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  vite: () => ({
    plugins: [preact()],
    // CSS as these browsers read it, not lowered for older ones: lowering light-dark() ties it
    // to a color-scheme declared in the same stylesheet, and the widgets' colours follow the
    // page's inherited one (components/card-widget.css). Chrome 123 and Firefox 120 read it.
    build: { target: 'es2022', cssTarget: ['chrome123', 'firefox140'] },
  }),
  hooks: {
    // Terser with two compress passes makes each listing's content script ~0.2-0.3 KB gzip
    // smaller than Vite's own minifier (bench/README.md), and those scripts sit at the 25 KB
    // budget. Only them: it takes several times as long, and no other entrypoint has a size target.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      viteConfig.build = {
        ...viteConfig.build,
        minify: 'terser',
        terserOptions: { compress: { passes: 2 }, module: true, toplevel: true },
      };
    },
  },
});
