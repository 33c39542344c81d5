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
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

export async function injectIntoOpenListings(): Promise<number> {
  const manifest = browser.runtime.getManifest();
  if (manifest.manifest_version !== 3 || !browser.scripting) return 0;
  // Each site has its own script (entrypoints/<site>.content.ts): each goes into the open tabs
  // its manifest entry matches, as Chrome would have put it in a page loaded now.
  const injected = await Promise.all(
    (manifest.content_scripts ?? []).map(async ({ matches, js }) => {
      if (!matches?.length || !js?.length) return 0;
      // Discarded tabs run the content script when they load again, like any page.
      const tabs = await browser.tabs.query({ url: matches, discarded: false });
      // The manifest's own file names, as Chrome loads them: paths from the extension's root.
      const files = js.map((file) => `/${file.replace(/^\//, '')}` as ScriptPublicPath);
      const results = await Promise.all(tabs.map((tab) => injectInto(tab.id, files)));
      return results.filter(Boolean).length;
    }),
  );
  return injected.reduce((total, count) => total + count, 0);
}

async function injectInto(tabId: number | undefined, files: ScriptPublicPath[]): Promise<boolean> {
  if (tabId === undefined) return false;
  try {
    await browser.scripting.executeScript({ target: { tabId }, files });
    return true;
  } catch {
    // A tab that navigated away meanwhile, an error page, a page a policy protects.
    return false;
  }
}

export function annotateOpenTabsOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install' && reason !== 'update') return;
    void injectIntoOpenListings().catch((error) => {
      console.error('Paper Shelf: could not annotate open tabs', error);
    });
  });
}
