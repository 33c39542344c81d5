/**
 * Chrome runs manifest content scripts only in pages loaded after the extension was installed or
 * updated: after an update (Chrome applies them on its own, in the background) every open
 * listing tab would keep a dead widget until reloaded. So on install and update the content
 * script is injected into the listing tabs that are open; the old, orphaned copy hears the new
 * one start (WXT's ContentScriptContext) and removes its widgets.
 *
 * Firefox injects declared content scripts into open tabs by itself, hence MV3 only. Needs the
 * "scripting" permission; no extra host access: the tabs are the listing sites already granted.
 */
import { browser } from 'wxt/browser';
import { CONTENT_MATCHES } from '@/lib/sites';

export async function injectIntoOpenListings(): Promise<number> {
  const manifest = browser.runtime.getManifest();
  if (manifest.manifest_version !== 3 || !browser.scripting) return 0;
  // Discarded tabs run the content script when they load again, like any page.
  const tabs = await browser.tabs.query({ url: CONTENT_MATCHES, discarded: false });
  const injected = await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return false;
      try {
        // The built file of entrypoints/listing.content (a typo here is a type error).
        await browser.scripting.executeScript({
          target: { tabId: tab.id },
          files: ['/content-scripts/listing.js'],
        });
        return true;
      } catch {
        // A tab that navigated away meanwhile, an error page, a page a policy protects.
        return false;
      }
    }),
  );
  return injected.filter(Boolean).length;
}

export function annotateOpenTabsOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install' && reason !== 'update') return;
    void injectIntoOpenListings().catch((error) => {
      console.error('Paper Shelf: could not annotate open tabs', error);
    });
  });
}
