/**
 * "Save to Paper Shelf" in the context menu of links to papers of supported sites (an arXiv
 * abstract or PDF, a Hugging Face paper page), wherever the link is: a blog, a feed, a chat.
 *
 * Permissions: "contextMenus" for the item itself. The title comes from the link's text: Firefox
 * passes it with the click; Chrome does not, so the text is read from the link in the page with
 * "scripting", which "activeTab" allows for that tab only, and only because the user just chose
 * the item (neither permission shows a warning at install, nor reaches any page otherwise).
 */
import { browser } from 'wxt/browser';
import { changeOf, savePaper } from '@/lib/db/papers';
import { broadcastPaperChanges } from '@/lib/messaging/broadcast';
import { candidateFromLink } from '@/lib/paper/link-candidate';
import { PAPER_LINK_MATCHES } from '@/lib/sites';

export const SAVE_LINK_MENU_ID = 'save-paper-link';

interface LinkClick {
  menuItemId: string | number;
  linkUrl?: string;
  /** Firefox only. */
  linkText?: string;
  selectionText?: string;
  frameId?: number;
}

/** Runs in the page (serialized by executeScript): the text of the link that was clicked. */
function textOfLink(href: string): string | undefined {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const text = link.href === href ? link.textContent?.replace(/\s+/g, ' ').trim() : '';
    if (text) return text;
  }
  return undefined;
}

async function linkTextOf(
  click: LinkClick,
  tabId: number | undefined,
): Promise<string | undefined> {
  if (click.linkText) return click.linkText;
  if (tabId !== undefined && click.linkUrl) {
    try {
      const [result] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [click.frameId ?? 0] },
        func: textOfLink,
        args: [click.linkUrl],
      });
      if (typeof result?.result === 'string') return result.result;
    } catch {
      // A page that takes no script (the PDF viewer, the Web Store): the id stands in.
    }
  }
  return click.selectionText;
}

/** Saves the paper a clicked link names; undefined when the link names none. */
export async function saveLinkedPaper(click: LinkClick, tabId: number | undefined) {
  if (click.menuItemId !== SAVE_LINK_MENU_ID || !click.linkUrl) return undefined;
  const candidate = candidateFromLink(click.linkUrl, await linkTextOf(click, tabId));
  if (!candidate) return undefined;
  const paper = await savePaper(candidate);
  await broadcastPaperChanges([changeOf(paper, [candidate.id])]);
  return paper;
}

/**
 * contextMenus.create returns the item's id, not a promise, in Chrome and in Firefox alike (WXT's
 * `browser` is the browser's own namespace, no polyfill): a failure is reported only through
 * runtime.lastError in the callback, and Chrome logs it as unchecked when nothing reads it there.
 */
function createMenuItem(properties: Parameters<typeof browser.contextMenus.create>[0]) {
  return new Promise<void>((resolve, reject) => {
    browser.contextMenus.create(properties, () => {
      const error = browser.runtime.lastError;
      if (error) reject(new Error(error.message ?? 'unknown error'));
      else resolve();
    });
  });
}

export function registerSaveLinkMenu(): void {
  // Created afresh at every start: menus of an MV3 worker persist, an MV2 page's do not, and
  // removeAll first keeps the id unique either way.
  void browser.contextMenus
    .removeAll()
    .then(() =>
      createMenuItem({
        id: SAVE_LINK_MENU_ID,
        title: 'Save to Paper Shelf',
        contexts: ['link'],
        targetUrlPatterns: PAPER_LINK_MATCHES,
      }),
    )
    .catch((error) => console.error('Paper Shelf: the link menu could not be created', error));
  browser.contextMenus.onClicked.addListener((click, tab) => {
    void saveLinkedPaper(click as LinkClick, tab?.id).catch((error) =>
      console.error('Paper Shelf: saving the link failed', error),
    );
  });
}
