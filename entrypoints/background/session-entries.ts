/**
 * Short-lived entries the background keeps in storage.session, not in the worker's memory: Chrome
 * stops a worker idle for 30 s, and the next message woke one that had never heard of them. The
 * session area outlives the worker (not a browser restart or an update of the extension) and is
 * not readable by content scripts.
 *
 * All entries sit under one key, and each change reads, edits and writes them back before the
 * next begins: two tabs acting at once would each store what it had read, and the later write
 * would drop the other's entry.
 */
import { browser } from 'wxt/browser';

interface Stored<Entry> {
  entry: Entry;
  expires: number;
}

export interface SessionEntries<Entry> {
  /** Keeps `entry` under `key` for the lifetime, dropping the oldest beyond `maxEntries`. */
  put(key: string, entry: Entry): Promise<void>;
  /** Every unexpired entry `matches` accepts (by key and entry), removed: each taken once. */
  take(matches: (key: string, entry: Entry) => boolean): Promise<Entry[]>;
}

export function sessionEntries<Entry>(
  storageKey: string,
  { lifetimeMs, maxEntries }: { lifetimeMs: number; maxEntries: number },
): SessionEntries<Entry> {
  let queue: Promise<unknown> = Promise.resolve();
  /** Runs `edit` on the entries not expired yet, and stores what it leaves. */
  const update = <Result>(
    edit: (entries: Map<string, Stored<Entry>>) => Result,
  ): Promise<Result> => {
    const run = queue.then(async () => {
      const stored = (await browser.storage.session.get(storageKey))[storageKey] as
        | Record<string, Stored<Entry>>
        | undefined;
      const now = Date.now();
      const entries = new Map(
        Object.entries(stored ?? {}).filter(([, kept]) => kept.expires >= now),
      );
      const result = edit(entries);
      await browser.storage.session.set({ [storageKey]: Object.fromEntries(entries) });
      return result;
    });
    queue = run.catch(() => {});
    return run;
  };

  return {
    put: (key, entry) =>
      update((entries) => {
        entries.delete(key);
        const oldestFirst = [...entries].sort(([, a], [, b]) => a.expires - b.expires);
        const excess = Math.max(0, entries.size - maxEntries + 1);
        for (const [old] of oldestFirst.slice(0, excess)) entries.delete(old);
        entries.set(key, { entry, expires: Date.now() + lifetimeMs });
      }),
    take: (matches) =>
      update((entries) => {
        const taken: Entry[] = [];
        for (const [key, kept] of entries) {
          if (!matches(key, kept.entry)) continue;
          entries.delete(key);
          taken.push(kept.entry);
        }
        return taken;
      }),
  };
}
