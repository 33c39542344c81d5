import type { PaperCandidate, SiteId } from '../paper/schemas';

/**
 * One supported site. Adapters are pure: they read a URL and a DOM tree, never call `browser.*`,
 * and never throw on odd markup (a card they cannot read gives `undefined`).
 */
export interface SiteAdapter<Context = unknown> {
  /** Same as the file name in lib/sites/ and the `site` of every candidate it returns. */
  id: SiteId;
  /** Human name, for the UI. */
  name: string;
  /** Match patterns for the manifest (content script matches and host permissions). */
  matches: string[];
  /**
   * Match patterns of links that open one paper of this site: the link context menu "Save to
   * Paper Shelf" shows on these, and only these (not on listings or other pages of the site).
   */
  paperLinks?: string[];
  /** A predicate per page type; the first that accepts a URL names its page type. */
  pageTypes: Record<string, (url: URL) => boolean>;
  // Example URLs of each page type are test data: test/fixtures/sites/test-urls.ts.
  /**
   * Reads what is shared by every card of the page once per scan (a JSON island, say), so that
   * `parseCard` stays cheap on a 2,000-card page.
   */
  readPage?(url: URL, root: ParentNode): Context;
  /** The card elements of the page, in document order. */
  findCards(root: ParentNode, url: URL): Element[];
  parseCard(card: Element, context: Context, url: URL): PaperCandidate | undefined;
  /**
   * The ids `parseCard` gives the card (its id, then its aliases), read without the rest of it,
   * or undefined when they cannot be told apart from the rest. Optional: with it the saved-state
   * lookup is sent before the cards are parsed, and the reply is back by the time the widgets
   * are built (on a 100-card Hugging Face page, ~10 ms sooner); and the cards in view go in
   * before the others are parsed. Without it, every card is parsed before the lookup. The
   * fixture tests hold it to `parseCard`. It gets no page context: the lookup goes out before
   * `readPage` (on Hugging Face, reading the page's JSON island) has run.
   */
  cardIds?(card: Element, url: URL): string[] | undefined;
  /**
   * Every element the card occupies on screen, when it is more than `card` (arXiv's `dt` + `dd`):
   * what the listing toolbar dims, hides or highlights. Defaults to the card alone.
   */
  cardElements?(card: Element): Element[];
  /** Where the widget goes: appended to `parent`, or inserted before `before`. */
  mountPoint(card: Element): MountPoint | undefined;
}

export interface MountPoint {
  parent: Element;
  before?: Node | null;
  /**
   * The widget goes in a line of text (arXiv's list entry: "[1] arXiv:… [pdf, html, other]"),
   * so it flows at the end of that line. A block there would split the line's box in two, and
   * on a 2,000-entry listing laying out those boxes doubled the cost of the frame that puts the
   * widgets in.
   */
  inline?: boolean;
}

/** Declares an adapter with its context type checked against its own functions. */
export function defineSiteAdapter<Context>(adapter: SiteAdapter<Context>): SiteAdapter<Context> {
  return adapter;
}
