/**
 * Tag suggestions for the cards of one page view. The model lives in the background worker:
 * this side only sends the text of the cards it has not asked about yet, in one `suggestTags`
 * message per scan (per SUGGESTION_BATCH papers on a long listing), and puts the answers on the
 * cards. Nothing is computed on the page.
 *
 * When the user's tags change (a tag applied on this page, a rename in the options page) the
 * model changes too, so the page asks again once things settle.
 */
import type { PaperChangeMessage } from '@/lib/messaging/protocol';
import type { PaperCandidate } from '@/lib/paper/schemas';
import { yieldToMainThread } from '@/lib/scheduling';
import type { CardHost } from './card-host';
import { type PageSession, type SessionObserver, SLICE_MS } from './page-session';

/** The abstract is cut here before it is sent: enough for the model, bounded for the message. */
export const SUGGESTION_TEXT_CAP = 2_000;
/** Papers per suggestTags message: a 2,000-entry listing asks in five. */
export const SUGGESTION_BATCH = 400;
/** Quiet time after the last tag change before the page asks for fresh suggestions. */
export const SUGGESTION_REFRESH_DELAY_MS = 2_000;

export interface TaggingClient {
  suggestTags(
    papers: Array<{ id: string; title: string; abstract?: string }>,
  ): Promise<Record<string, string[]>>;
  tagPapers(
    candidates: PaperCandidate[],
    tag: string,
  ): Promise<{ changes: PaperChangeMessage[]; undoToken: string }>;
  undoTagPapers(undoToken: string): Promise<{ changes: PaperChangeMessage[] }>;
}

export class PageSuggestions implements SessionObserver {
  /** Suggested tags by paper id, as the background last answered. */
  private readonly byId = new Map<string, string[]>();
  /** The tags each card had when last seen, to tell a tag change from a first state. */
  private readonly seenTags = new WeakMap<CardHost, string>();
  private readonly listeners = new Set<() => void>();
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly session: PageSession,
    private readonly client: TaggingClient,
  ) {
    session.signal.addEventListener('abort', () => clearTimeout(this.refreshTimer));
  }

  /** Called after every change to the suggestions shown. */
  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  cardsAdded(hosts: readonly CardHost[]): void {
    const unknown: CardHost[] = [];
    for (const host of hosts) {
      this.seenTags.set(host, host.currentState?.tags.join(',') ?? '');
      const known = this.byId.get(host.candidate.id);
      if (known) host.setSuggestions(known);
      else unknown.push(host);
    }
    if (unknown.length) void this.request(unknown);
    else if (hosts.length) this.emit();
  }

  statesChanged(hosts: readonly CardHost[]): void {
    let tagsChanged = false;
    for (const host of hosts) {
      const tags = host.currentState?.tags.join(',') ?? '';
      const before = this.seenTags.get(host);
      if (before !== undefined && before !== tags) tagsChanged = true;
      this.seenTags.set(host, tags);
    }
    if (tagsChanged) this.scheduleRefresh();
    this.emit();
  }

  /**
   * A tag was renamed, merged or deleted elsewhere (the options page). statesChanged sees only
   * this page's cards, and the papers that carried the tag are seldom among them: without this,
   * the page went on offering the old name, and accepting it created that tag again.
   */
  tagsChanged(): void {
    this.scheduleRefresh();
  }

  /** Cards that offer `tag`, in page order. */
  cardsSuggestedFor(tag: string): CardHost[] {
    return this.session.cardHosts.filter((host) => host.suggestedTags.includes(tag));
  }

  /** Every tag suggested on the page, with how many cards offer it, most offered first. */
  tagCounts(): Array<{ tag: string; cards: number }> {
    const counts = new Map<string, number>();
    for (const host of this.session.cardHosts) {
      for (const tag of host.suggestedTags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
    // Ties in code-unit order, not localeCompare: the page's first localeCompare loads ICU's
    // collation data, 15 ms inside the task that annotates the listing.
    return [...counts]
      .map(([tag, cards]) => ({ tag, cards }))
      .sort((a, b) => b.cards - a.cards || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  }

  private scheduleRefresh(): void {
    if (this.session.signal.aborted) return;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(
      () => void this.request(this.session.cardHosts),
      SUGGESTION_REFRESH_DELAY_MS,
    );
  }

  /**
   * The cards' text in batches of SUGGESTION_BATCH papers, each sent in a task of its own: one
   * message with all 2,000 cards of an arXiv page (~3 MB of text) took 35 ms to serialize in one
   * go, part of a long task. The answers go on the cards together. A failure leaves those
   * cards without suggestions.
   */
  private async request(hosts: readonly CardHost[]): Promise<void> {
    const papers = new Map<string, { id: string; title: string; abstract?: string }>();
    for (const { candidate } of hosts) {
      if (papers.has(candidate.id)) continue;
      const abstract = candidate.abstract?.slice(0, SUGGESTION_TEXT_CAP);
      papers.set(candidate.id, {
        id: candidate.id,
        title: candidate.title,
        ...(abstract && { abstract }),
      });
    }
    const all = [...papers.values()];
    const answered = new Set<string>();
    for (let start = 0; start < all.length; start += SUGGESTION_BATCH) {
      if (start > 0) await yieldToMainThread();
      if (this.session.signal.aborted) return;
      const batch = all.slice(start, start + SUGGESTION_BATCH);
      try {
        const reply = await this.client.suggestTags(batch);
        for (const [id, tags] of Object.entries(reply)) this.byId.set(id, tags);
        for (const paper of batch) answered.add(paper.id);
      } catch {
        // Suggestions are a convenience: the cards work without them.
      }
      if (this.session.signal.aborted) return;
    }
    // All at once, once every batch is in: chips change the cards' size, and each change of the
    // listing's layout costs a relayout of all of it (bench/JOURNAL.md), so one, not five.
    await this.showSuggestions(answered);
    this.emit();
  }

  /**
   * Every card of these papers, including ones a re-render mounted while the reply was on its
   * way; in slices, as the session mounts them, so a large page never gets a long task.
   */
  private async showSuggestions(ids: ReadonlySet<string>): Promise<void> {
    let sliceStart = performance.now();
    for (const host of this.session.cardHosts) {
      const tags = this.byId.get(host.candidate.id);
      if (tags && ids.has(host.candidate.id)) host.setSuggestions(tags);
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToMainThread();
        if (this.session.signal.aborted) return;
        sliceStart = performance.now();
      }
    }
  }

  private emit(): void {
    for (const listener of this.listeners) {
      try {
        listener();
      } catch {
        // A listener's failure never stops the others.
      }
    }
  }
}
