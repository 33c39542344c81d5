/**
 * One page view of a supported listing: finds the cards, mounts a widget on each, asks the
 * background for their saved states with ONE message per scan, and follows the page as it
 * changes (islands re-rendering, tabs swapping the list, client-side pagination, lists that
 * reuse a card element for another paper).
 *
 * Work is done in slices of a few milliseconds with yields between them, and widgets go in the
 * page a frame's worth at a time, so that annotating a 2,000-entry arXiv listing never blocks
 * the page for a long task (> 50 ms).
 */

import type { PaperChangeMessage } from '@/lib/messaging/protocol';
import { isOlderState } from '@/lib/messaging/revision';
import { candidateIds } from '@/lib/paper/paper-id';
import type { PaperCandidate, PaperStatus, SavedState } from '@/lib/paper/schemas';
import { delay, yieldToMainThread } from '@/lib/scheduling';
import { type AdapterMatch, parseCardSafely } from '@/lib/sites/adapter-match';
import { type CardActions, CardHost, HOST_TAG } from './card-host';
import { insertFrameByFrame, viewportFirst } from './frame-insertion';

/** How long one slice of work may run before yielding to the page. */
export const SLICE_MS = 8;
/**
 * How long built widgets wait for the saved states before going in the page showing "loading":
 * the reply takes ~5-50 ms when the service worker is awake, ~70-150 ms when it must start first
 * (bench/JOURNAL.md, sixteenth round), more on a busy machine.
 */
const REPLY_GRACE_MS = 100;
/** Mutations are batched: a re-rendering island fires hundreds at once. */
const RESCAN_DELAY_MS = 120;

/** What the session needs from the extension; the content script entry wires it to messaging. */
export interface ShelfClient {
  getSavedStates(ids: string[]): Promise<Record<string, SavedState>>;
  savePaper(candidate: PaperCandidate): Promise<SavedState>;
  removePaper(id: string): Promise<SavedState>;
  editPaperTags(
    candidate: PaperCandidate,
    edit: { add?: string[]; remove?: string[] },
  ): Promise<SavedState>;
  setPaperStatus(id: string, status: PaperStatus): Promise<SavedState>;
  listTagNames(): Promise<string[]>;
}

/** Follows the cards of the page: the tag suggestions and the listing toolbar (./tagging.ts). */
export interface SessionObserver {
  /** A scan mounted these cards; their saved states are applied when the reply came. */
  cardsAdded?(hosts: readonly CardHost[]): void;
  /** The saved states of these cards changed (this tab's actions or a broadcast). */
  statesChanged?(hosts: readonly CardHost[]): void;
  /**
   * These cards lost their widget: the page removed them, or reused them for something else
   * (a card that now shows no paper gets no new widget, and must not stay dimmed or hidden).
   */
  cardsRemoved?(hosts: readonly CardHost[]): void;
}

/** Cuts a loop into slices of SLICE_MS: call next() after each step of work. */
class Slices {
  private sliceStart = performance.now();

  constructor(private readonly signal: AbortSignal) {}

  /**
   * True when the slice is used up: then `await next()`. Checked first, so that a loop over
   * 2,000 cards awaits a few dozen times rather than 2,000 (each await costs microtask turns).
   */
  get due(): boolean {
    return performance.now() - this.sliceStart > SLICE_MS;
  }

  /** Yields when the slice is used up; false once the page view has ended. */
  async next(): Promise<boolean> {
    if (this.due) {
      await yieldToMainThread();
      this.sliceStart = performance.now();
    }
    return !this.signal.aborted;
  }
}

/**
 * Microtask turns that a message just asked for takes to reach the browser. The messaging library
 * hands it to `runtime.sendMessage` after an `await` of its own (one turn; the rest is margin), so
 * a lookup asked for in the middle of synchronous work would leave only at the scan's next
 * `await`, a slice of building later: on a Hugging Face page the worker then had it 10-20 ms later
 * (bench/JOURNAL.md, nineteenth round).
 */
const SEND_TURNS = 3;

/** Lets the messages asked for so far leave before more synchronous work starts. */
async function letMessagesLeave(): Promise<void> {
  for (let turn = 0; turn < SEND_TURNS; turn++) await undefined;
}

/** The ids the adapter reads from the card without parsing it; none when it cannot. */
function cheapIdsOf(adapter: AdapterMatch['adapter'], card: Element, url: URL): string[] {
  try {
    return adapter.cardIds?.(card, url) ?? [];
  } catch {
    return [];
  }
}

/**
 * What the session watches: cards coming and going, and the attributes the adapters read a card's
 * ids from (lib/sites/*: title link hrefs, dblp's entry id). A list re-rendered in place (an
 * unkeyed Svelte or React list, an infinite scroll recycling its rows) changes those, and adds or
 * removes no node, when it shows another paper in the same card element.
 */
const OBSERVED_CHANGES: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['href', 'id'],
};

/** False for the mutations our own widgets cause, so mounting never triggers a rescan loop. */
function changesPageContent(record: MutationRecord): boolean {
  // No widget of ours sets an observed attribute.
  if (record.type === 'attributes') return true;
  const isHost = (node: Node) => node.nodeName === HOST_TAG.toUpperCase();
  for (const node of record.addedNodes) if (!isHost(node)) return true;
  for (const node of record.removedNodes) if (!isHost(node)) return true;
  return false;
}

/** Same ids in the same order: the card still names the paper its widget was built for. */
function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

export class PageSession {
  private readonly controller = new AbortController();
  private readonly hosts = new Map<Element, CardHost>();
  private readonly hostsById = new Map<string, Set<CardHost>>();
  private readonly states = new Map<string, SavedState>();
  /**
   * Where the page changed since the last scan (the targets of its mutations): the scan reads
   * again only the cards that hold one of them. Resolved to cards then, not in the observer's
   * callback, which runs in the page's own rendering work.
   */
  private readonly changedNodes = new Set<Node>();
  private observer: MutationObserver | undefined;
  private rescanTimer: ReturnType<typeof setTimeout> | undefined;
  private scanning: Promise<void> | undefined;
  private rescanRequested = false;
  private readonly actions: CardActions;
  private readonly observers = new Set<SessionObserver>();

  constructor(
    private readonly match: AdapterMatch,
    private readonly url: URL,
    private readonly client: ShelfClient,
    private readonly root: Document = document,
  ) {
    this.actions = {
      toggleSave: (host) => void this.toggleSave(host),
      addTag: (host, tag) => void this.editTags(host, { add: [tag] }),
      removeTag: (host, tag) => void this.editTags(host, { remove: [tag] }),
      setStatus: (host, status) => {
        const savedIds = this.savedIdsOf(host);
        void this.request(host, savedIds, () =>
          this.client.setPaperStatus(savedIds[0] as string, status),
        );
      },
      loadTagNames: () => this.client.listTagNames(),
    };
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Number of cards with a widget, for tests and the toolbar. */
  get cardCount(): number {
    return this.hosts.size;
  }

  /** Every card with a widget. */
  get cardHosts(): CardHost[] {
    return [...this.hosts.values()];
  }

  observe(observer: SessionObserver): void {
    this.observers.add(observer);
  }

  private notify(tell: (observer: SessionObserver) => void): void {
    for (const observer of this.observers) {
      try {
        tell(observer);
      } catch {
        // An observer's failure never stops the session.
      }
    }
  }

  start(): Promise<void> {
    this.observer = new MutationObserver((records) => {
      let changed = false;
      for (const record of records) {
        if (!changesPageContent(record)) continue;
        this.changedNodes.add(record.target);
        changed = true;
      }
      if (changed) this.scheduleRescan();
    });
    this.observer.observe(this.root.body ?? this.root.documentElement, OBSERVED_CHANGES);
    this.signal.addEventListener('abort', () => this.observer?.disconnect());
    return this.scan();
  }

  /** Ends the page view: observers stop, widgets go, late replies are ignored. */
  stop(): void {
    this.controller.abort();
    clearTimeout(this.rescanTimer);
    for (const host of this.hosts.values()) host.unmount();
    this.hosts.clear();
    this.hostsById.clear();
    this.changedNodes.clear();
  }

  /** Re-reads the states of every card (the tab became visible again, the worker restarted). */
  async refreshStates(): Promise<void> {
    const ids = [...this.hostsById.keys()];
    if (ids.length === 0 || this.signal.aborted) return;
    const states = await this.client.getSavedStates(ids);
    this.applyStates(states);
  }

  /** A change broadcast by the background (another tab, the popup). */
  applyChanges(changes: PaperChangeMessage[]): void {
    for (const change of changes) {
      const states: Record<string, SavedState> = {};
      for (const id of change.ids) states[id] = change.state;
      this.applyStates(states);
    }
  }

  private scheduleRescan(): void {
    if (this.signal.aborted) return;
    clearTimeout(this.rescanTimer);
    this.rescanTimer = setTimeout(() => void this.scan(), RESCAN_DELAY_MS);
  }

  /**
   * Idempotent: cards that already carry a live widget are left alone, unless the page made one
   * show another paper.
   */
  scan(): Promise<void> {
    if (this.scanning) {
      this.rescanRequested = true;
      return this.scanning;
    }
    this.scanning = this.runScan()
      .catch(() => {
        // Never into the page: a failed scan leaves the cards as they were; the next
        // mutation or navigation scans again.
      })
      .finally(() => {
        this.scanning = undefined;
        if (this.rescanRequested && !this.signal.aborted) {
          this.rescanRequested = false;
          this.scheduleRescan();
        }
      });
    return this.scanning;
  }

  private async runScan(): Promise<void> {
    // The first scan starts in the task that evaluated the content script: finding 2,000 cards
    // belongs in a task of its own.
    await yieldToMainThread();
    if (this.signal.aborted) return;
    const { adapter } = this.match;
    // Read once a scan, when first needed: after the lookup has left, unless a changed card can
    // only be told by a parse (forgetReusedCards).
    let pageContext: { value: unknown } | undefined;
    const readContext = () => {
      pageContext ??= { value: adapter.readPage?.(this.url, this.root) };
      return pageContext.value;
    };
    this.forgetDetachedHosts();
    // Forgotten, a reused card is found below as a new one: its widget is built like the others',
    // its state asked for in the same lookup.
    if (!(await this.forgetReusedCards(readContext))) return;
    // Hosts left by an earlier page view of the same DOM must go; on a page with none at all,
    // 2,000 per-card queries for them can be skipped.
    const mayHaveStaleHosts = this.root.querySelector(HOST_TAG) !== null;
    const cards = adapter
      .findCards(this.root, this.url)
      .filter((card) => !this.hosts.get(card)?.isMounted);
    if (cards.length === 0) return;
    // Started once the cards are found, so that the scan's first task is finding them (6-9 ms
    // on 2,000 arXiv entries) and one slice more, and so that on a page of 100 cards the lookup
    // leaves before any yield (one let a page frame in first, 20-30 ms).
    const slices = new Slices(this.signal);
    // 1. ONE message for the whole scan, sent as soon as the ids are known, so that the lookup
    // overlaps the parse and the build: from the ids the adapter reads without parsing the
    // cards (Adapter.cardIds), before the page context is even read; else after the parse. The
    // reply only records the states: widgets are rendered once their state is known.
    const lookups: Array<Promise<Record<string, SavedState> | undefined>> = [];
    const asked = new Set<string>();
    let pendingLookups = 0;
    const lookUp = (ids: Iterable<string>) => {
      const unknownIds = [...ids].filter((id) => !this.states.has(id) && !asked.has(id));
      if (unknownIds.length === 0) return;
      for (const id of unknownIds) asked.add(id);
      pendingLookups++;
      lookups.push(
        this.client
          .getSavedStates(unknownIds)
          .then(
            (states) => {
              if (!this.signal.aborted) this.rememberStates(states);
              return states;
            },
            () => undefined,
          )
          .finally(() => pendingLookups--),
      );
    };
    if (adapter.cardIds) {
      // In slices too: reading 2,000 arXiv entries' ids took 22-44 ms, which with finding the
      // cards made the scan's first task a long one (bench/JOURNAL.md, nineteenth round).
      const cheapIds: string[] = [];
      for (const card of cards) {
        for (const id of cheapIdsOf(adapter, card, this.url)) cheapIds.push(id);
        if (slices.due && !(await slices.next())) return;
      }
      lookUp(cheapIds);
      await letMessagesLeave();
    }
    const context = readContext();

    // Which cards are in view is read before anything changes the page: they are read and
    // built first, and go in the page before the others are even parsed (on 2,000 arXiv
    // entries, parsing them all first kept the reader waiting ~80 ms more).
    const order = viewportFirst(cards, (card) => card);

    // An adapter that cannot read ids without parsing has every card parsed first, so that its
    // lookup still overlaps the build.
    const parsed = new Map<Element, PaperCandidate | undefined>();
    const parse = (card: Element) =>
      parsed.has(card) ? parsed.get(card) : parseCardSafely(adapter, card, context, this.url);
    if (!adapter.cardIds) {
      for (const card of order.items) {
        parsed.set(card, parse(card));
        if (slices.due && !(await slices.next())) return;
      }
      lookUp(
        [...parsed.values()].flatMap((candidate) => (candidate ? candidateIds(candidate) : [])),
      );
      await letMessagesLeave();
    }
    /** The reply already gave every id of the host (every id asked for gets a state). */
    const knowsState = (host: CardHost) => host.ids.every((id) => this.states.has(id));

    // 2. Read and build each card off the page, a slice at a time, the cards in view first
    // (detached, hosts cost no style or layout). A widget is rendered as it is built when its
    // state is known; else once the reply comes: rendered "loading" first, it would be rendered
    // again then (on 2,000 cards, ~60 ms of work that delayed the cards in view). The cards in
    // view go in the page as soon as their states are known, while the others are still read.
    const inView: CardHost[] = [];
    const later: CardHost[] = [];
    const mounted: CardHost[] = [];
    let inViewMounted = false;
    const mountInView = async (lookupFailed: boolean): Promise<boolean> => {
      inViewMounted = true;
      if (!(await this.showStates(inView, lookupFailed, slices))) return false;
      for (const host of inView) if (host.attach()) mounted.push(host);
      return true;
    };
    for (const [index, card] of order.items.entries()) {
      const candidate = parse(card);
      if (candidate) {
        const host = this.buildHost(card, candidate, mayHaveStaleHosts);
        if (host) {
          if (knowsState(host)) host.prepare(this.stateFor(host));
          (index < order.inView ? inView : later).push(host);
        }
      }
      const inViewBuilt = index >= order.inView - 1;
      if (!inViewMounted && inViewBuilt && pendingLookups === 0 && inView.every(knowsState)) {
        if (!(await mountInView(false))) return;
      }
      if (slices.due && !(await slices.next())) return;
    }
    // Ids the adapter could not read before are looked up now (a second message only then: an
    // alias, a card of another kind; for an adapter without cardIds, this is the one message).
    lookUp([...inView, ...later].flatMap((host) => host.ids));
    const statesReply = Promise.all(lookups).then((replies) => !replies.includes(undefined));

    // 3. The reply is usually a few milliseconds away (it could not be read while the page was
    // busy building): waiting for it, briefly, puts every widget in the page in its real state,
    // instead of "loading" now and a second restyle of every card when it comes. The widgets
    // are rendered still off the page: the cards in view first, which then go in.
    if (pendingLookups > 0) await Promise.race([statesReply, delay(REPLY_GRACE_MS)]);
    const answered = pendingLookups === 0;
    const lookupFailed = answered && !(await statesReply);
    if (!inViewMounted && !(await mountInView(lookupFailed))) return;
    if (!(await this.showStates(later, lookupFailed, slices))) return;

    // 4. Then the others, as many a frame as fit the frame budget (./frame-insertion.ts): all
    // 2,000 of a long listing at once would make one frame of ~200 ms, a handful per frame
    // dozens of frames of the listing's fixed layout cost.
    await insertFrameByFrame(
      later,
      (host) => {
        if (host.attach()) mounted.push(host);
      },
      this.signal,
    );
    if (this.signal.aborted) return;

    // 5. Otherwise (the worker is slow to answer) they show "loading" until it comes.
    if (!answered) {
      const succeeded = await statesReply;
      if (this.signal.aborted) return;
      await this.showStates(mounted, !succeeded, slices);
    }
    // What follows the cards (suggestions, the toolbar) works in a task of its own: in the one
    // that put 2,000 widgets in the page it made a long task of it.
    await yieldToMainThread();
    if (this.signal.aborted) return;
    this.notify((observer) => observer.cardsAdded?.(mounted));
  }

  /**
   * Shows each host its known state (or the problem, when the lookup failed), a slice at a
   * time, rendering the widgets not rendered yet ("loading" while the reply has not come);
   * hosts that already show it are skipped. False once the page view has ended.
   */
  private async showStates(
    hosts: CardHost[],
    lookupFailed: boolean,
    slices: Slices,
  ): Promise<boolean> {
    for (const host of hosts) {
      if (lookupFailed) host.setProblem('Paper Shelf is unavailable: reload the page');
      // Built before the reply: its first render, "loading" when there is no reply yet.
      else if (!host.hasWidget) host.prepare(this.stateFor(host));
      else if (!this.showCurrentState(host)) continue;
      if (slices.due && !(await slices.next())) return false;
    }
    return !this.signal.aborted;
  }

  /**
   * A host for the card, not yet in the page, its widget not rendered yet; undefined if the
   * card can't take one.
   */
  private buildHost(
    card: Element,
    candidate: PaperCandidate,
    mayHaveStaleHosts: boolean,
  ): CardHost | undefined {
    try {
      // A stale host (from an earlier page view of the same DOM, or from the copy of this script
      // an extension update orphaned) must not make a duplicate. It goes before the mount point
      // is read: adapters mount after the title, so the point may be that very host.
      if (mayHaveStaleHosts) for (const stale of card.querySelectorAll(HOST_TAG)) stale.remove();
      const point = this.match.adapter.mountPoint(card);
      if (!point) return undefined;
      const host = new CardHost(card, candidate, this.actions, point);
      this.hosts.set(card, host);
      for (const id of host.ids) {
        const sameId = this.hostsById.get(id) ?? new Set<CardHost>();
        sameId.add(host);
        this.hostsById.set(id, sameId);
      }
      return host;
    } catch {
      // One card that cannot take a widget does not stop the others.
      return undefined;
    }
  }

  /** The state of a card: saved under any of its ids counts. */
  private stateFor(host: CardHost): SavedState | undefined {
    let unsaved: SavedState | undefined;
    for (const id of host.ids) {
      const state = this.states.get(id);
      if (state?.saved) return state;
      unsaved ??= state;
    }
    return unsaved;
  }

  private rememberStates(states: Record<string, SavedState>): Set<CardHost> {
    const touched = new Set<CardHost>();
    for (const [id, state] of Object.entries(states)) {
      // Replies and broadcasts of two tabs' edits arrive in any order: the latest one wins.
      if (isOlderState(state, this.states.get(id))) continue;
      this.states.set(id, state);
      for (const host of this.hostsById.get(id) ?? []) touched.add(host);
    }
    return touched;
  }

  private applyStates(states: Record<string, SavedState>): void {
    const touched = this.rememberStates(states);
    for (const host of touched) {
      const state = this.stateFor(host);
      if (state) host.setState(state);
    }
    if (touched.size) this.notify((observer) => observer.statesChanged?.([...touched]));
  }

  /** Renders the host's known state unless it already shows it; true when it rendered. */
  private showCurrentState(host: CardHost): boolean {
    const state = this.stateFor(host);
    if (!state || host.shows(state)) return false;
    host.setState(state);
    return true;
  }

  /** Cards the page removed (or whose widget an island re-render wiped) are forgotten. */
  private forgetDetachedHosts(): void {
    const forgotten: CardHost[] = [];
    for (const [card, host] of this.hosts) {
      if (!card.isConnected || !host.isMounted) forgotten.push(this.forget(card, host));
    }
    this.tellRemoved(forgotten);
  }

  private tellRemoved(hosts: readonly CardHost[]): void {
    if (hosts.length) this.notify((observer) => observer.cardsRemoved?.(hosts));
  }

  /**
   * Forgets the cards a page script reused for another paper (an unkeyed list re-rendered in
   * place, a recycled row): their widget would show the saved state of the paper the card used
   * to show, and save or tag that paper. Only cards the page changed since the last scan are read
   * again, by their ids alone where the adapter can (Adapter.cardIds), in slices. False once the
   * page view has ended.
   */
  private async forgetReusedCards(readContext: () => unknown): Promise<boolean> {
    if (this.changedNodes.size === 0) return true;
    const changedCards = this.cardsHolding(this.changedNodes);
    this.changedNodes.clear();
    const slices = new Slices(this.signal);
    const forgotten: CardHost[] = [];
    for (const card of changedCards) {
      const host = this.hosts.get(card);
      if (host && !sameIds(this.idsReadFrom(card, readContext), host.ids)) {
        forgotten.push(this.forget(card, host));
      }
      if (slices.due && !(await slices.next())) return false;
    }
    this.tellRemoved(forgotten);
    return !this.signal.aborted;
  }

  /**
   * The cards with a widget that are, or hold, any of `nodes`. Each node is climbed from once: a
   * re-render changes many nodes of one card, and MathJax thousands outside every card.
   */
  private cardsHolding(nodes: Iterable<Node>): Set<Element> {
    const cards = new Set<Element>();
    const climbed = new Set<Node>();
    for (const node of nodes) {
      for (let at: Node | null = node; at && !climbed.has(at); at = at.parentNode) {
        climbed.add(at);
        // Only elements are keys of `hosts`: any other node is simply not found.
        if (this.hosts.has(at as Element)) {
          cards.add(at as Element);
          break;
        }
      }
    }
    return cards;
  }

  /** The ids the card names now: read without a parse where the adapter can. */
  private idsReadFrom(card: Element, readContext: () => unknown): string[] {
    const { adapter } = this.match;
    const ids = cheapIdsOf(adapter, card, this.url);
    if (ids.length) return ids;
    const candidate = parseCardSafely(adapter, card, readContext(), this.url);
    return candidate ? candidateIds(candidate) : [];
  }

  /** Takes the card's widget away and stops following the card; returns its host. */
  private forget(card: Element, host: CardHost): CardHost {
    host.unmount();
    this.hosts.delete(card);
    for (const id of host.ids) {
      const sameId = this.hostsById.get(id);
      sameId?.delete(host);
      // An id no card shows any more is not asked about again (refreshStates).
      if (sameId?.size === 0) this.hostsById.delete(id);
    }
    return host;
  }

  /**
   * The ids the card's paper is saved under, or its own id when none is. A card is saved when any
   * of its ids is (stateFor), but removal and status go by id: a paper saved from dblp under its
   * DOI, shown on a Scholar card whose own id is arXiv, is found by the DOI only. The reply to
   * such a change is the state of that record, which these ids name as far as the card knows;
   * put on the card's other ids too, it would call the arXiv id saved, and the next removal would
   * again ask for a record that is not there.
   */
  private savedIdsOf(host: CardHost): string[] {
    const saved = host.ids.filter((id) => this.states.get(id)?.saved);
    return saved.length ? saved : [host.candidate.id];
  }

  private async toggleSave(host: CardHost): Promise<void> {
    if (!(host.currentState?.saved ?? false)) {
      // Saving merges every id of the card into one record: the reply holds for all of them.
      await this.request(host, host.ids, () => this.client.savePaper(host.candidate));
      return;
    }
    const savedIds = this.savedIdsOf(host);
    await this.request(host, savedIds, async () => {
      let state = await this.client.removePaper(savedIds[0] as string);
      for (const id of savedIds.slice(1)) {
        // Still saved after that removal, whose broadcast names every id of the record it took:
        // a second record of the paper (saved on two sites under two ids, never merged). Left,
        // it would bring the card back to Saved on the next load.
        if (this.states.get(id)?.saved) state = await this.client.removePaper(id);
      }
      return state;
    });
  }

  private async editTags(
    host: CardHost,
    edit: { add?: string[]; remove?: string[] },
  ): Promise<void> {
    // Like a save, a tag edit merges every id of the card into the record.
    await this.request(host, host.ids, () => this.client.editPaperTags(host.candidate, edit));
  }

  /** Runs one user action; its reply, the state under `ids`, updates every card of the paper. */
  private async request(
    host: CardHost,
    ids: readonly string[],
    send: () => Promise<SavedState>,
  ): Promise<void> {
    try {
      const state = await send();
      if (this.signal.aborted) return;
      const states: Record<string, SavedState> = {};
      for (const id of ids) states[id] = state;
      this.applyStates(states);
      host.setProblem(undefined);
    } catch {
      if (!this.signal.aborted) host.setProblem('Could not reach Paper Shelf: try again or reload');
    }
  }
}
