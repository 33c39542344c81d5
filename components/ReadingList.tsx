/**
 * The reading list: a virtualized list (only the rows in view, plus a few, are in the DOM, so
 * 10,000 papers scroll like 20) driven by the keyboard.
 *
 * Keys act on the active row, which holds the focus (roving tabindex: it is the one row in the
 * Tab order). The active row is always rendered, even scrolled out of view, so focus is never
 * lost to a recycled row. Moving is handled here (it needs the viewport); every other command
 * goes up to the owner of the data.
 */
import { defaultRangeExtractor } from '@tanstack/virtual-core';
import type { ComponentChildren, TargetedFocusEvent, TargetedKeyboardEvent } from 'preact';
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { Paper } from '@/lib/paper/schemas';
import { type ListCommand, listCommandFor } from '@/lib/shelf/keyboard';
import { ESTIMATED_ROW_HEIGHT, PaperRow, type PaperRowActions, rowElementId } from './PaperRow';
import { useVirtualizer } from './use-virtualizer';

export interface ReadingListProps {
  papers: readonly Paper[];
  /** The whole shelf is there (not only its first page): a small one is rendered in full. */
  complete: boolean;
  /** Changes with the search, filters and sort: a new view starts at the top. */
  viewKey: string;
  tagColors: ReadonlyMap<string, string>;
  activeId: string | undefined;
  selected: ReadonlySet<string>;
  /** Incremented by the owner when the active row should take the focus (after a delete, say). */
  focusRequest: number;
  rowActions: PaperRowActions;
  /** `focus`: move the focus along (keyboard), or only mark the row (mouse, search). */
  onActivate(paper: Paper, focus: boolean): void;
  /** Shift+arrow: both papers join the selection. */
  onExtendSelection(from: Paper, to: Paper): void;
  /** Every other command, for the active paper. */
  onCommand(command: Exclude<ListCommand, { type: 'move' | 'extend' }>, paper: Paper): void;
  /**
   * Shown instead of rows when `papers` is empty. The list stays mounted meanwhile: typing a
   * search often passes through no match ("di" on the way to "diffusion"), and mounting it
   * again costs a layout and every row.
   */
  empty?: ComponentChildren;
}

/** Rows rendered beyond the viewport on each side: enough for a key press or a wheel notch. */
const OVERSCAN = 3;
/**
 * Up to this many papers every row is rendered: cheap at that size, and the browser's find in
 * page (and anything else that reads the page) sees the whole list, as DESIGN.md's contract says.
 */
const RENDER_ALL_UP_TO = 60;

export function ReadingList(props: ReadingListProps) {
  const { papers, activeId, selected } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const pendingFocus = useRef(false);
  const lastFocusRequest = useRef(props.focusRequest);

  const lastActiveIndex = useRef(0);
  const activeIndex = activeId === undefined ? 0 : papers.findIndex((p) => p.id === activeId);
  // No active row yet: the first. The active paper just left the list (removed, filtered out):
  // the row now at its place, as in a mail client.
  const focusIndex =
    activeIndex === -1
      ? Math.max(0, Math.min(lastActiveIndex.current, papers.length - 1))
      : activeIndex;
  lastActiveIndex.current = focusIndex;

  // Measured heights are kept by paper, so a new search or sort finds them still right (kept by
  // place, they belonged to other papers after it, and scrolling up jumped as they were
  // corrected). A new key function makes the virtualizer lay out every item again (10,000 of
  // them): only when the papers change, not on each render.
  const getItemKey = useMemo(() => (index: number) => papers[index]?.id ?? index, [papers]);
  // One object for the list's life: the rows' memoized content (PaperRow) would render again for
  // the owner's new object on every render. Each call goes to the owner's latest actions.
  const latestActions = useRef(props.rowActions);
  latestActions.current = props.rowActions;
  const rowActions = useMemo<PaperRowActions>(
    () => ({
      onToggleSelect: (paper, range) => latestActions.current.onToggleSelect(paper, range),
      onSetStatus: (paper, status) => latestActions.current.onSetStatus(paper, status),
      onEditNote: (paper) => latestActions.current.onEditNote(paper),
      onRemove: (paper) => latestActions.current.onRemove(paper),
      onActivate: (paper) => latestActions.current.onActivate(paper),
    }),
    [],
  );

  const virtualList = useVirtualizer({
    count: papers.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    getItemKey,
    overscan: props.complete && papers.length <= RENDER_ALL_UP_TO ? papers.length : OVERSCAN,
    // The popup's size is known before layout; rows then render on the very first paint.
    initialRect: { width: 0, height: 480 },
    // Keep the active row mounted wherever the user scrolled.
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      if (focusIndex < papers.length && !indexes.includes(focusIndex)) {
        indexes.push(focusIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
  });
  const { virtualizer } = virtualList;
  // Rows drawn for the first time are measured as they mount (the ResizeObserver watches them
  // from then on); the layout effect below places them.
  const measureRow = useMemo(
    () => (row: HTMLLIElement | null) =>
      virtualList.withoutRender(() => virtualizer.measureElement(row)),
    [],
  );

  const items = virtualizer.getVirtualItems();
  const totalSize = virtualizer.getTotalSize();
  // A new view starts at the top, scrolled there before the frame is drawn: the scroll event
  // then comes before the frame too, and the virtualizer renders the view's first rows into it.
  // Scrolled later (an effect runs after the frame), one frame showed the top of the list with the
  // rows still placed for the old place, the view nearly empty. Only when scrolled: scrolling to
  // where the list already is still costs a layout and a second render, on every keystroke of a
  // search.
  useLayoutEffect(() => {
    if (scrollRef.current?.scrollTop) virtualizer.scrollToOffset(0);
  }, [props.viewKey]);

  // Rows are keyed by place and patched with other papers (a keystroke of a search, a removal).
  // Here, before the frame is drawn, each rendered row is measured for the paper it now shows and
  // placed: the virtualizer placed the rows below a paper not drawn before by a guessed height.
  // Placing them here, not by rendering again, spares a search keystroke a second render and a
  // second layout (bench/JOURNAL.md, twenty-sixth round). The ResizeObserver behind
  // measureElement catches what no render causes (the TeX of a title typeset late, a wider
  // window); it alone would miss a row whose new paper is as tall as the old one.
  useLayoutEffect(() => {
    const list = listRef.current;
    const scroller = scrollRef.current;
    if (!list || !scroller) return;
    const rows = [...list.children].filter(
      (row): row is HTMLElement => row instanceof HTMLElement && row.dataset.index !== undefined,
    );
    // Every height is read before any row moves: one layout for all of them.
    const heights = rows.map((row) => row.offsetHeight);
    const itemAt = new Map(items.map((item) => [item.index, item]));
    const viewTop = scroller.scrollTop;
    const viewBottom = viewTop + scroller.clientHeight;
    let shift = 0;
    // Whether rows one after another fill the view (the active row, kept rendered, may be far
    // above or below it).
    let viewFilled = rows.length === 0;
    let runFrom = 0;
    let previousIndex = Number.NaN;
    // The virtualizer learns each height without asking for a render: the rows are placed here.
    virtualList.withoutRender(() =>
      rows.forEach((row, position) => {
        const index = Number(row.dataset.index);
        const item = itemAt.get(index);
        if (!item) return;
        const height = heights[position] as number;
        const start = item.start + shift;
        row.style.transform = `translateY(${start}px)`;
        if (index !== previousIndex + 1) runFrom = start;
        previousIndex = index;
        const end = start + height;
        if (runFrom <= viewTop && (end >= viewBottom || index === papers.length - 1)) {
          viewFilled = true;
        }
        shift += height - item.size;
        virtualizer.resizeItem(index, height);
      }),
    );
    list.style.height = `${totalSize + shift}px`;
    // Rows shorter than guessed may leave the bottom of the view empty: only then is the range
    // worked out again, and rendered if it changed (the rows beyond the view are a margin,
    // brought up to date by the next scroll or search).
    if (!viewFilled) {
      const range = virtualizer.getVirtualItems();
      if (
        range.length !== items.length ||
        range.some((item, at) => item.index !== items[at]?.index)
      ) {
        virtualList.render();
      }
    }
  });

  if (props.focusRequest !== lastFocusRequest.current) {
    lastFocusRequest.current = props.focusRequest;
    pendingFocus.current = true;
  }

  useLayoutEffect(() => {
    if (!pendingFocus.current) return;
    const paper = papers[focusIndex];
    const row = paper && listRef.current?.querySelector<HTMLElement>(`#${rowElementId(paper.id)}`);
    if (!row) return;
    pendingFocus.current = false;
    if (document.activeElement !== row) row.focus({ preventScroll: true });
    // The row now at the place of a deleted one, or one scrolled to while its height was a
    // guess, may be taller than the room left for it: the whole of it comes into view.
    const view = scrollRef.current?.getBoundingClientRect();
    const box = row.getBoundingClientRect();
    if (view && (box.top < view.top || box.bottom > view.bottom)) {
      virtualizer.scrollToIndex(focusIndex, { align: 'auto' });
    }
  });

  const moveTo = (index: number) => {
    const paper = papers[Math.max(0, Math.min(index, papers.length - 1))];
    if (!paper) return;
    virtualizer.scrollToIndex(papers.indexOf(paper), { align: 'auto' });
    pendingFocus.current = true;
    props.onActivate(paper, true);
  };

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLUListElement>) => {
    // Keys typed into a row's controls (its status menu, say) are theirs.
    const row = event.target as HTMLElement;
    if (!row.matches('li.paper')) return;
    const command = listCommandFor(event);
    if (!command) return;
    event.preventDefault();
    // Keys act on the row that has the focus, whatever was marked active before.
    const index = papers.findIndex((p) => p.id === row.dataset.paperId);
    if (index === -1) return;
    const pageRows = Math.max(1, rowsInView());
    if (command.type === 'move') {
      const steps = {
        next: index + 1,
        previous: index - 1,
        first: 0,
        last: papers.length - 1,
        'page-down': index + pageRows,
        'page-up': index - pageRows,
      };
      moveTo(steps[command.to]);
      return;
    }
    const paper = papers[index] as Paper;
    if (index !== focusIndex) props.onActivate(paper, false);
    if (command.type === 'extend') {
      const targetIndex = index + (command.to === 'next' ? 1 : -1);
      const target = papers[targetIndex];
      if (!target) return;
      props.onExtendSelection(paper, target);
      moveTo(targetIndex);
      return;
    }
    props.onCommand(command, paper);
  };

  /** Rows wholly in view: how far Page Up and Page Down go, as rows differ in height. */
  const rowsInView = () => {
    const top = scrollRef.current?.scrollTop ?? 0;
    const bottom = top + (scrollRef.current?.clientHeight ?? 0);
    return virtualizer.getVirtualItems().filter((item) => item.start >= top && item.end <= bottom)
      .length;
  };

  const onFocus = (event: TargetedFocusEvent<HTMLUListElement>) => {
    // Tabbing into the list (or clicking a row's control) makes that row the active one.
    const row = (event.target as Element).closest<HTMLElement>('li.paper');
    const paper = row && papers.find((p) => p.id === row.dataset.paperId);
    if (paper && paper.id !== activeId) props.onActivate(paper, false);
  };

  return (
    <div class="papers" ref={scrollRef}>
      {papers.length === 0 && props.empty}
      <ul ref={listRef} aria-label="Saved papers" onKeyDown={onKeyDown} onFocusIn={onFocus}>
        {items.map((item) => {
          const paper = papers[item.index];
          if (!paper) return null;
          return (
            <PaperRow
              key={item.index}
              paper={paper}
              tagColors={props.tagColors}
              actions={rowActions}
              active={item.index === focusIndex}
              selected={selected.has(paper.id)}
              position={item.index + 1}
              setSize={papers.length}
              index={item.index}
              measureRef={measureRow}
            />
          );
        })}
      </ul>
    </div>
  );
}
