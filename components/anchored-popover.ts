/**
 * The card widget's menus (tag picker, reading status) open over the page, under the button that
 * opened them, instead of in the widget's flow: in flow, opening the picker grew the card by its
 * height, pushed the rest of the listing down (a 2,000-entry arXiv page relaid out), and on a
 * flex row (arXiv's restyled `dt`) pulled the entry's own text to the middle of the picker.
 *
 * In the top layer (the Popover API, `popover="manual"`), a menu is above every stacking context
 * and clip of the page, whatever its z-indexes and `overflow: hidden` cards, while it stays where
 * it is in the widget's shadow tree: focus, keys, accessibility and styles work as before. It is
 * placed from the button's box when opened and again, once a frame at most, as the page scrolls
 * or resizes. A click outside the widget closes it, as Escape does. Where the Popover API is
 * missing the `popover` attribute means nothing and the menu stays in flow, as it was.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/** Room between the button and the menu, and the least between the menu and the window's edge. */
const GAP = 4;

export function useAnchoredPopover(
  popover: RefObject<HTMLElement | null>,
  anchor: RefObject<HTMLElement | null>,
  onDismiss: () => void,
): void {
  useLayoutEffect(() => {
    const menu = popover.current;
    const button = anchor.current;
    if (!menu || !button) return;
    const view = menu.ownerDocument.defaultView ?? window;
    // The widget the menu belongs to (its parent): a click on its other buttons is no click
    // outside. The shadow root is open, so the path of a click holds the nodes inside it.
    const widget = menu.parentElement ?? menu;
    const dismissOutside = (event: Event) => {
      if (!event.composedPath().includes(widget)) onDismiss();
    };
    // Capture: a page's own handlers may stop the event from bubbling.
    view.addEventListener('pointerdown', dismissOutside, { capture: true });
    const stopPlacing = typeof menu.showPopover === 'function' ? showOver(menu, button) : undefined;
    return () => {
      view.removeEventListener('pointerdown', dismissOutside, { capture: true });
      stopPlacing?.();
    };
  }, []);
}

/** Shows `menu` in the top layer under `button`, following it; returns what hides it. */
function showOver(menu: HTMLElement, button: HTMLElement): () => void {
  const view = menu.ownerDocument.defaultView ?? window;
  menu.showPopover();
  const place = () => {
    const at = button.getBoundingClientRect();
    const { width, height } = menu.getBoundingClientRect();
    const below = at.bottom + GAP;
    const above = at.top - GAP - height;
    // Below the button, unless it would leave the window there and fits above.
    const top = below + height > view.innerHeight && above >= 0 ? above : below;
    const left = Math.max(GAP, Math.min(at.left, view.innerWidth - width - GAP));
    menu.style.setProperty('top', `${top}px`);
    menu.style.setProperty('left', `${left}px`);
  };
  place();
  let frame = 0;
  const placeSoon = () => {
    frame ||= view.requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  };
  // Capture: the scroll of any scroller moves the button.
  view.addEventListener('scroll', placeSoon, { capture: true, passive: true });
  view.addEventListener('resize', placeSoon, { passive: true });
  // The menu grows as it fills (the picker's options come as the user types): placed again
  // before that frame is painted, so it never runs out of the window. Moving it does not resize it.
  const resized = new ResizeObserver(place);
  resized.observe(menu);
  return () => {
    resized.disconnect();
    view.cancelAnimationFrame(frame);
    view.removeEventListener('scroll', placeSoon, { capture: true });
    view.removeEventListener('resize', placeSoon);
    if (menu.isConnected && menu.matches(':popover-open')) menu.hidePopover();
  };
}
