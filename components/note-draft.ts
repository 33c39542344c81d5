/**
 * The note being typed in the note dialog, kept until the user saves or cancels it: a popup
 * closes the moment the user clicks the page (to copy a quote for the note, say), and whatever
 * it held in memory goes with it.
 *
 * One draft at a time, in the extension's `localStorage`: it is read synchronously as the dialog
 * opens, so the dialog opens on the draft with no flash of the saved note, and a keystroke's
 * write is a few microseconds. That Firefox clears it with the browsing history costs nothing
 * that matters: a draft is never the only copy of a saved note.
 */
const DRAFT_KEY = 'paper-shelf:note-draft';

interface NoteDraft {
  paperId: string;
  text: string;
}

function readDraft(): NoteDraft | undefined {
  try {
    const draft: unknown = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null');
    if (
      typeof draft === 'object' &&
      draft !== null &&
      'paperId' in draft &&
      'text' in draft &&
      typeof draft.paperId === 'string' &&
      typeof draft.text === 'string'
    ) {
      return { paperId: draft.paperId, text: draft.text };
    }
  } catch {
    // Storage unavailable or a value from elsewhere: no draft.
  }
  return undefined;
}

/** The unsaved text typed for this paper's note, if any. */
export function noteDraftFor(paperId: string): string | undefined {
  const draft = readDraft();
  return draft?.paperId === paperId ? draft.text : undefined;
}

export function keepNoteDraft(paperId: string, text: string): void {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ paperId, text } satisfies NoteDraft));
  } catch {
    // Storage full or unavailable: the dialog still works, only without the safety net.
  }
}

/** Forgets this paper's draft (saved or cancelled); another paper's draft is left alone. */
export function dropNoteDraft(paperId: string): void {
  try {
    if (readDraft()?.paperId === paperId) localStorage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to forget.
  }
}
