/**
 * Edits the note of one paper in a modal dialog (native <dialog>: focus trap and Escape for free).
 * What is typed is kept as a draft until Save, Cancel or Escape (./note-draft.ts): a popup that
 * closes mid-sentence gives it back the next time this paper's note is opened.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { LIMITS, type Paper } from '@/lib/paper/schemas';
import { dropNoteDraft, keepNoteDraft, noteDraftFor } from './note-draft';
import { TexText } from './TexText';

export interface NoteDialogProps {
  paper: Paper;
  onSave(note: string): void;
  /** Closed without saving (Cancel, Escape) or after saving. */
  onClose(): void;
}

export function NoteDialog({ paper, onSave, onClose }: NoteDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft] = useState(() => {
    const text = noteDraftFor(paper.id);
    return text !== undefined && text !== paper.note ? text : undefined;
  });
  const [note, setNote] = useState(draft ?? paper.note);
  const [draftShown, setDraftShown] = useState(draft !== undefined);
  useLayoutEffect(() => {
    // showModal() returns the focus to the row that opened the dialog when it closes.
    dialog.current?.showModal();
  }, []);
  const save = () => {
    onSave(note);
    dialog.current?.close();
  };
  return (
    <dialog
      ref={dialog}
      class="note-dialog"
      aria-labelledby="note-dialog-title"
      onClose={() => {
        // Closed by the user's choice (Save, Cancel, Escape), never by the popup going away.
        dropNoteDraft(paper.id);
        onClose();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <h2 id="note-dialog-title">Note</h2>
        <p class="note-dialog-paper">
          <TexText text={paper.title} />
        </p>
        {draftShown && (
          <p class="note-draft" role="status">
            Restored what you were writing: not saved yet.
            <button
              type="button"
              onClick={() => {
                dropNoteDraft(paper.id);
                setNote(paper.note);
                setDraftShown(false);
              }}
            >
              Discard draft
            </button>
          </p>
        )}
        <textarea
          aria-label={`Note on "${paper.title}"`}
          aria-keyshortcuts="Control+Enter"
          rows={8}
          maxLength={LIMITS.noteLength}
          value={note}
          autoFocus
          onInput={(event) => {
            const text = (event.target as HTMLTextAreaElement).value;
            setNote(text);
            keepNoteDraft(paper.id, text);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              save();
            }
          }}
        />
        <div class="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" class="primary">
            Save note
          </button>
        </div>
      </form>
    </dialog>
  );
}
