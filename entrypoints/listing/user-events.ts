/**
 * Only the user's own input reaches the widgets. Their shadow roots are open (the test contract
 * in shared/DESIGN.md), so a page script can reach the buttons: `button.click()` on "Saved"
 * would remove a paper from the user's shelf, a synthetic Enter in the tag input would tag
 * one, and a `change` on the listing toolbar's <select> then a click on "Save all" would tag
 * every card suggested for a tag. Events a script makes are not trusted (`isTrusted` is false):
 * each widget's shadow root (the cards' and the toolbar's) stops them on their way down, before
 * they reach a button or a form control. (At the document they could not all be caught: an event
 * dispatched without `composed` never leaves the shadow tree.) A widget that is still a copy of
 * still markup (card-host.ts) has no handler yet: it is guarded from the moment it gets them, and
 * only a trusted event gives them to it. Unit tests that drive widgets with synthetic events
 * simply do not install this.
 */
import { guardEveryWidget } from './card-host';

/**
 * The event types the widgets' handlers listen to (CardWidget, TagChip, ListingToolbar): a
 * handler of a new type needs its type here. Only these, since each is a listener on every one of
 * up to 2,000 shadow roots. `change` is what the toolbar's <select> and radios act on: a script
 * can set a value and dispatch one without any click.
 */
const USER_EVENTS = [
  'click',
  'mousedown',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'change',
] as const;

/** Only `true` is the user's: anything else (a DOM that cannot tell) is refused. */
function isUserEvent(event: Event): boolean {
  return event.isTrusted === true;
}

function stopSynthetic(event: Event): void {
  if (!isUserEvent(event)) {
    event.stopImmediatePropagation();
    event.preventDefault();
  }
}

/** Stops synthetic input inside `root`, before it reaches anything there. */
export function acceptOnlyUserEvents(root: ShadowRoot): void {
  for (const type of USER_EVENTS) root.addEventListener(type, stopSynthetic, { capture: true });
}

/**
 * Every widget's shadow root from now on: the cards', and the toolbar's (card-host.ts guardWidget).
 */
export function acceptOnlyUserEventsInWidgets(): void {
  guardEveryWidget({ guard: acceptOnlyUserEvents, accepts: isUserEvent });
}
