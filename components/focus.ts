/**
 * Where the keyboard focus goes once an action has removed the control that had it (a closed form,
 * a removed row, a disabled button): left alone it falls to <body>, and a keyboard user starts
 * again from the top of the page. Shared by the options page's lists (TagManager, RuleEditor) and
 * the listing toolbar, which lives in a shadow root; no import, so the content scripts carry only
 * these few lines.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Whether the focus is lost, so that an action that just ended may put it somewhere: on nothing or
 * <body>, or still on `from`, the control that started the action. A user who went elsewhere
 * meanwhile keeps their place. `within`: a node of a shadow tree, whose own focused element is
 * read; nothing focused there and something focused in the page means the user went to the page.
 */
export function focusIsLost(from?: Element | null, within?: Node): boolean {
  const doc = within?.ownerDocument ?? document;
  const root = (within?.getRootNode() ?? doc) as Document | ShadowRoot;
  const active = root.activeElement ?? (root === doc ? null : doc.activeElement);
  return !active || active === doc.body || (!!from && active === from);
}

/** Where the focus goes in a list once it shows an action's result. */
export type FocusAfter =
  /** A control of the row with this key (a renamed or new row, once the list has caught up). */
  | { row: string }
  /** Once the row `gone` has left the list: the row now at `index`, else the last, else the heading. */
  | { gone: string; index: number };

export interface ListFocus {
  /** False while the list is still being read: no row is known gone then. */
  loaded: boolean;
  list: RefObject<HTMLElement | null>;
  /** The key of a row of `list` (its tag name, its rule id). */
  keyOf(row: HTMLElement): string | undefined;
  /** The control of a row that takes the focus. */
  control(row: HTMLElement): HTMLElement | null;
  /** Where the focus goes when the list is empty (a heading with tabindex -1). */
  heading: RefObject<HTMLElement | null>;
}

/**
 * For a list that follows the database (a live query), a little after an action resolves: returns
 * `moveFocus(target, from)`, to call as the action succeeds with the element that had the focus
 * when it started. The move waits, render after render, until the list shows the result.
 */
export function useFocusAfterListUpdate(options: ListFocus) {
  const pending = useRef<{ target: FocusAfter; from: Element | null } | undefined>(undefined);
  useLayoutEffect(() => {
    const move = pending.current;
    if (!move || !options.loaded) return;
    const { target, from } = move;
    const rows = [...(options.list.current?.children ?? [])] as HTMLElement[];
    let next: HTMLElement | null | undefined;
    if ('row' in target) {
      const row = rows.find((element) => options.keyOf(element) === target.row);
      if (!row) return;
      next = options.control(row);
    } else {
      if (rows.some((element) => options.keyOf(element) === target.gone)) return;
      const row = rows[Math.min(target.index, rows.length - 1)];
      next = row ? options.control(row) : options.heading.current;
    }
    pending.current = undefined;
    // Unless the user has gone somewhere else meanwhile.
    if (next && focusIsLost(from)) next.focus();
  });
  return (target: FocusAfter, from: Element | null) => {
    pending.current = { target, from };
  };
}
