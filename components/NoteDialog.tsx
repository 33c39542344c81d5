/** Edits the note of one paper in a modal dialog (native <dialog>: focus trap and Escape for free). */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { LIMITS, type Paper } from '@/lib/paper/schemas';

export interface NoteDialogProps {
  paper: Paper;
  onSave(note: string): void;
  /** Closed without saving (Cancel, Escape) or after saving. */
  onClose(): void;
}

export function NoteDialog({ paper, onSave, onClose }: NoteDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [note, setNote] = useState(paper.note);
  useLayoutEffect(() => {
    // showModal() returns the focus to the row that opened the dialog when it closes.
    dialog.current?.showModal();
  }, []);
  const save = () => {
    onSave(note);
    dialog.current?.close();
  };
  return (
    <dialog ref={dialog} class="note-dialog" aria-labelledby="note-dialog-title" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <h2 id="note-dialog-title">Note</h2>
        <p class="note-dialog-paper">{paper.title}</p>
        <textarea
          aria-label={`Note on "${paper.title}"`}
          aria-keyshortcuts="Control+Enter"
          rows={8}
          maxLength={LIMITS.noteLength}
          value={note}
          autoFocus
          onInput={(event) => setNote((event.target as HTMLTextAreaElement).value)}
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
