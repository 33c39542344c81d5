/**
 * The reading list's data in an extension page: the papers (newest first) and tags, live, and a
 * search index kept in step with them.
 *
 * First paint is what the user waits for, so it does not wait for the whole shelf: the newest
 * page of papers is read on its own (a read started before this code loaded) and shown at once,
 * the full list (10,000 papers are ~15 MB to read and deserialize) replaces it when it arrives,
 * and the index builds after that, in slices.
 * Later changes, from this page or any other, are read alone (ShelfMirror).
 */
import { liveQuery } from 'dexie';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { FIRST_PAGE_SIZE, takeFirstPageRead } from '@/lib/db/first-page';
import { listPapers } from '@/lib/db/papers';
import { listTags } from '@/lib/db/tags';
import type { Paper, Tag } from '@/lib/paper/schemas';
import { ShelfMirror } from '@/lib/shelf/mirror';
import type { IndexProgress, PaperSearchIndex } from '@/lib/shelf/search-index';
import { buildQuery } from '@/lib/shelf/search-query';
import { useLiveQuery } from './use-live-query';

/** How often indexing progress re-renders the list (each render re-runs an active search). */
const PROGRESS_INTERVAL_MS = 250;

export interface ShelfData {
  /** Newest saved first; undefined until the first page is read. */
  papers: Paper[] | undefined;
  /** False while `papers` is only the newest page. */
  complete: boolean;
  tags: Tag[] | undefined;
  /** Shows what this page just wrote, without waiting to read it back (lib/db's results). */
  absorb(written: readonly Paper[], removedIds?: readonly string[]): void;
  /** Reads the whole shelf again (after an import replaced it). */
  reload(): void;
}

export function useShelfData(): ShelfData {
  const [firstPage, setFirstPage] = useState<Paper[]>();
  const [readAll, setReadAll] = useState(false);
  // A layout effect: the read starts right after the first render, not after its paint.
  useLayoutEffect(() => {
    let live = true;
    readFirstPage()
      .then((papers) => {
        if (!live) return;
        setFirstPage(papers);
        // The full read starts once the first page is on screen: IndexedDB answers one request
        // at a time, and 15 MB would otherwise hold the first page back.
        afterNextPaint(() => live && setReadAll(true));
      })
      .catch((error) => console.error('Paper Shelf: reading the shelf failed', error));
    return () => {
      live = false;
    };
  }, []);
  const { papers: all, absorb, reload } = useMirroredShelf(readAll);
  const tags = useLiveQuery(listTags, []);
  return { papers: all ?? firstPage, complete: all !== undefined, tags, absorb, reload };
}

/**
 * The newest page: the read the page's early script started before these modules loaded
 * (lib/db/first-page.ts); through Dexie when there was none, or it found no database to read.
 */
async function readFirstPage(): Promise<Paper[]> {
  const early = await takeFirstPageRead();
  return early ?? listPapers({ limit: FIRST_PAGE_SIZE });
}

/** The whole shelf once `enabled`, following every change (lib/shelf/mirror.ts). */
function useMirroredShelf(enabled: boolean) {
  const [papers, setPapers] = useState<Paper[]>();
  const mirror = useMemo(() => new ShelfMirror(), []);
  useEffect(() => {
    if (!enabled) return;
    const subscription = liveQuery(mirror.read).subscribe({
      next: (read) => {
        if (mirror.apply(read)) setPapers(mirror.papers);
      },
      error: (error) => console.error('Paper Shelf: reading the shelf failed', error),
    });
    return () => subscription.unsubscribe();
  }, [mirror, enabled]);
  const absorb = useCallback(
    (written: readonly Paper[], removedIds: readonly string[] = []) => {
      if (mirror.absorb(written, removedIds)) setPapers(mirror.papers);
    },
    [mirror],
  );
  const reload = useCallback(() => {
    mirror.invalidate();
    mirror
      .read()
      .then((read) => {
        if (mirror.apply(read)) setPapers(mirror.papers);
      })
      .catch((error) => console.error('Paper Shelf: reading the shelf failed', error));
  }, [mirror]);
  return { papers, absorb, reload };
}

export function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}

/** A module loaded after the page's first paint: code that paint does not need. */
export function useModuleAfterPaint<Module>(load: () => Promise<Module>): Module | undefined {
  const [loaded, setLoaded] = useState<Module>();
  useEffect(() => {
    let live = true;
    afterNextPaint(() => {
      load()
        .then((module) => live && setLoaded(module))
        .catch((error) => console.error('Paper Shelf: loading part of the page failed', error));
    });
    return () => {
      live = false;
    };
  }, []);
  return loaded;
}

export interface ShelfSearch {
  /** Relevance by paper id; undefined when `query` has nothing to search for. */
  matches: ReadonlyMap<string, number> | undefined;
  progress: IndexProgress;
}

export function useShelfSearch(
  papers: Paper[] | undefined,
  complete: boolean,
  query: string,
): ShelfSearch {
  const [progress, setProgress] = useState<IndexProgress>({ indexed: 0, total: 0 });
  const [index, setIndex] = useState<PaperSearchIndex>();
  // MiniSearch loads once the whole shelf is there: nothing of it is needed to show the list.
  useEffect(() => {
    if (!complete || index) return;
    let live = true;
    import('@/lib/shelf/search-index')
      .then(({ PaperSearchIndex }) => {
        let lastReport = 0;
        const onProgress = (next: IndexProgress) => {
          const now = performance.now();
          if (next.indexed === next.total || now - lastReport > PROGRESS_INTERVAL_MS) {
            lastReport = now;
            setProgress(next);
          }
        };
        if (live) setIndex(new PaperSearchIndex({ onProgress }));
      })
      .catch((error) => console.error('Paper Shelf: loading search failed', error));
    return () => {
      live = false;
    };
  }, [complete, index]);
  useEffect(() => () => index?.cancel(), [index]);
  useEffect(() => {
    if (!index || !papers || !complete) return;
    // After the full list has painted: indexing never delays what the user sees first.
    let cancelled = false;
    afterNextPaint(() => {
      if (!cancelled) void index.sync(papers);
    });
    return () => {
      cancelled = true;
    };
  }, [index, papers, complete]);

  // Runs on the keystroke itself (no debounce): the index answers in milliseconds. Before it
  // exists, a query that searches something finds nothing yet (and the page says so).
  const matches = useMemo(
    () => (index ? index.search(query) : buildQuery(query) ? NOTHING_INDEXED : undefined),
    [index, query, progress],
  );
  return { matches, progress };
}

const NOTHING_INDEXED: ReadonlyMap<string, number> = new Map();
