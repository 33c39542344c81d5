/**
 * How an action the user started ended (an export, a backup), in one line: read out at once when
 * it failed (`alert`), politely otherwise (`status`). Shared by the export menu, the import
 * dialog's backup offer and the backup reminder.
 */
export interface Outcome {
  kind: 'done' | 'error';
  /** What to tell the user. */
  text: string;
}

export function StatusMessage({ status, class: className }: { status?: Outcome; class: string }) {
  if (!status) return null;
  return (
    <p class={`${className} is-${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
      {status.text}
    </p>
  );
}
