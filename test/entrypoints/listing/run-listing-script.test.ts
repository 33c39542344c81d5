// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://huggingface.co/papers/date/2026-07-20"}
/**
 * When the content script renews its page session. WXT 0.21 fires `wxt:locationchange` from the
 * Navigation API's `navigate` event, before the navigation commits and for hash-only ones too
 * (node_modules/wxt/dist/utils/internal/location-watcher.mjs); the tests fire it the same way,
 * through a stand-in for the content script context, and the session only follows navigations
 * that changed the page's URL.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guardEveryWidget } from '@/entrypoints/listing/card-host';
import { PageSession } from '@/entrypoints/listing/page-session';
import { PageSuggestions } from '@/entrypoints/listing/page-suggestions';
import { runListingScript } from '@/entrypoints/listing/run-listing-script';
import { broadcastPaperChanges } from '@/lib/messaging/broadcast';
import { huggingfaceAdapter } from '@/lib/sites/huggingface';

const DAY = 'https://huggingface.co/papers/date/2026-07-20';
const WEEK = 'https://huggingface.co/papers/week/2026-W30';

let listeners: AbortController;
let locationChange: Array<(event: { newUrl: URL; oldUrl: URL }) => void>;
let invalidated: Array<() => void>;

function fakeContext(): ContentScriptContext {
  return {
    isInvalid: false,
    onInvalidated: (callback: () => void) => {
      invalidated.push(callback);
      return () => {};
    },
    addEventListener: (target: EventTarget, type: string, handler: EventListener) => {
      if (type === 'wxt:locationchange') locationChange.push(handler as never);
      else target.addEventListener(type, handler, { signal: listeners.signal });
    },
    setTimeout: (handler: () => void, timeout?: number) => setTimeout(handler, timeout),
  } as unknown as ContentScriptContext;
}

/** What WXT does on the Navigation API's `navigate` event: the URL has not changed yet. */
function navigateEvent(destination: string): void {
  const event = { newUrl: new URL(destination), oldUrl: new URL(location.href) };
  for (const handler of locationChange) handler(event);
}

/** pushState as a browser runs it: `navigate` first, then the new URL. */
function pushState(destination: string): void {
  navigateEvent(destination);
  history.pushState({}, '', destination);
}

/** The URL of every session started so far. */
let sessionUrls: string[];
const afterTasks = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeEach(() => {
  history.replaceState({}, '', DAY);
  listeners = new AbortController();
  locationChange = [];
  invalidated = [];
  sessionUrls = [];
  vi.spyOn(PageSession.prototype, 'start').mockImplementation(function (this: PageSession) {
    sessionUrls.push((this as unknown as { url: URL }).url.href);
    return Promise.resolve();
  });
  runListingScript(huggingfaceAdapter, fakeContext());
  expect(sessionUrls).toEqual([DAY]);
});
afterEach(() => {
  for (const callback of invalidated) callback();
  listeners.abort();
  vi.restoreAllMocks();
  guardEveryWidget(undefined);
});

describe('following client-side navigation', () => {
  it('keeps the session while a navigation has not changed the URL', async () => {
    const stop = vi.spyOn(PageSession.prototype, 'stop');
    // A download link, a 204, a navigation stopped: `navigate` fires, nothing commits.
    navigateEvent('https://huggingface.co/papers/2607.01234.pdf');
    navigateEvent(WEEK);
    await afterTasks();
    expect(sessionUrls).toEqual([DAY]);
    expect(stop).not.toHaveBeenCalled();
  });

  it('keeps the session when only the hash changes', async () => {
    pushState(`${DAY}#`);
    pushState(`${DAY}#comments`);
    await afterTasks();
    pushState(DAY);
    await afterTasks();
    expect(sessionUrls).toEqual([DAY]);
  });

  it('starts a session for the new page once pushState has changed the URL', async () => {
    pushState(WEEK);
    await afterTasks();
    expect(sessionUrls).toEqual([DAY, WEEK]);
    // A later hash link on the new page keeps its session.
    pushState(`${WEEK}#top`);
    await afterTasks();
    expect(sessionUrls).toEqual([DAY, WEEK]);
  });

  it('follows a navigation that commits later, on the next change or popstate', async () => {
    navigateEvent(WEEK);
    await afterTasks();
    // It commits after the task that followed `navigate` (a back or forward may), then
    // popstate fires.
    history.pushState({}, '', WEEK);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(sessionUrls).toEqual([DAY, WEEK]);
    pushState(DAY);
    await afterTasks();
    expect(sessionUrls).toEqual([DAY, WEEK, DAY]);
  });
});

describe('broadcasts', () => {
  beforeEach(() => {
    // This page is listing tab 7: what is sent to it reaches this script's onMessage.
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 }] as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tabId, message) =>
      fakeBrowser.runtime.sendMessage(message),
    );
  });

  it('asks for fresh suggestions when a tag was renamed, merged or deleted, not otherwise', async () => {
    const applyChanges = vi.spyOn(PageSession.prototype, 'applyChanges');
    const tagsChanged = vi.spyOn(PageSuggestions.prototype, 'tagsChanged');
    await broadcastPaperChanges([
      { ids: ['arxiv:2607.01234'], state: { saved: true, tags: ['graphs'] } },
    ]);
    expect(applyChanges).toHaveBeenCalledTimes(1);
    expect(tagsChanged).not.toHaveBeenCalled();
    // A tag deleted that no paper carried: no paper changed, the suggestions may have.
    await broadcastPaperChanges([], { tagsChanged: true });
    expect(applyChanges).toHaveBeenCalledTimes(2);
    expect(tagsChanged).toHaveBeenCalledTimes(1);
  });
});
