/**
 * Keyboard shortcuts of the reading list, as data: the list acts on the command a key names, and
 * the help the popup shows is rendered from the same table, so the two cannot drift apart.
 * Gmail's and Zotero's keys where they have one (j/k, x, /, Delete).
 */
import type { PaperStatus } from '../paper/schemas';

export type ListCommand =
  | { type: 'move'; to: 'next' | 'previous' | 'first' | 'last' | 'page-down' | 'page-up' }
  | { type: 'extend'; to: 'next' | 'previous' }
  | { type: 'open' }
  | { type: 'toggle-selection' }
  | { type: 'select-all' }
  | { type: 'set-status'; status: PaperStatus }
  | { type: 'delete' }
  | { type: 'edit-note' }
  | { type: 'tag' }
  | { type: 'escape' };

export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** Status keys: 1, 2, 3 in the order of PAPER_STATUSES. */
export const STATUS_KEYS: Record<string, PaperStatus> = {
  '1': 'to-read',
  '2': 'reading',
  '3': 'read',
};

/** The command a key press on a focused row of the list names; undefined for any other key. */
export function listCommandFor(press: KeyPress): ListCommand | undefined {
  const { key, shiftKey = false, altKey = false } = press;
  const command = press.ctrlKey || press.metaKey;
  if (altKey) return undefined;
  if (command) return key === 'a' || key === 'A' ? { type: 'select-all' } : undefined;
  if (shiftKey && (key === 'ArrowDown' || key === 'J')) return { type: 'extend', to: 'next' };
  if (shiftKey && (key === 'ArrowUp' || key === 'K')) return { type: 'extend', to: 'previous' };
  switch (key) {
    case 'ArrowDown':
    case 'j':
      return { type: 'move', to: 'next' };
    case 'ArrowUp':
    case 'k':
      return { type: 'move', to: 'previous' };
    case 'Home':
      return { type: 'move', to: 'first' };
    case 'End':
      return { type: 'move', to: 'last' };
    case 'PageDown':
      return { type: 'move', to: 'page-down' };
    case 'PageUp':
      return { type: 'move', to: 'page-up' };
    case 'Enter':
      return { type: 'open' };
    case ' ':
    case 'x':
      return { type: 'toggle-selection' };
    case 'Delete':
    case 'Backspace':
      return { type: 'delete' };
    case 'n':
      return { type: 'edit-note' };
    case 't':
      return { type: 'tag' };
    case 'Escape':
      return { type: 'escape' };
  }
  const status = STATUS_KEYS[key];
  return status ? { type: 'set-status', status } : undefined;
}

/** True for keys the browser or another control should keep: typing in a field, a menu. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** What the help lists, in order. */
export const SHORTCUT_HELP: ReadonlyArray<{ keys: string[]; action: string }> = [
  { keys: ['/'], action: 'Search' },
  { keys: ['↓', '↑'], action: 'Move (also j, k)' },
  { keys: ['Enter'], action: 'Open the paper in a new tab' },
  { keys: ['1', '2', '3'], action: 'Status: to read, reading, read' },
  { keys: ['x'], action: 'Select (Space too; Shift+↓ extends)' },
  { keys: ['t'], action: 'Tag the selection' },
  { keys: ['n'], action: 'Edit the note' },
  { keys: ['Delete'], action: 'Remove (z undoes)' },
  { keys: ['Esc'], action: 'Clear the selection' },
  { keys: ['?'], action: 'Show or hide these keys (Esc hides them too)' },
];
