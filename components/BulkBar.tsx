/** Actions on the selected papers: status, tag, remove (export is the export menu's "Selected"). */
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { PAPER_STATUSES, type PaperStatus, STATUS_LABELS } from '@/lib/paper/schemas';
import { Choice } from './Choice';
import { countOf } from './format';

export interface BulkBarProps {
  count: number;
  tagNames: readonly string[];
  tagInputRef: Ref<HTMLInputElement>;
  onSetStatus(status: PaperStatus): void;
  onAddTag(tag: string): void;
  onRemove(): void;
  onClear(): void;
  /** Escape in the tag box: back to the list. */
  onDone(): void;
}

export function BulkBar(props: BulkBarProps) {
  const [tag, setTag] = useState('');
  return (
    <section class="bulk" aria-label="Selected papers">
      <span class="bulk-count">{countOf(props.count, 'paper')} selected</span>
      <Choice
        label="Set the status of the selected papers"
        value={undefined}
        any="Set status…"
        options={PAPER_STATUSES.map((status) => [status, STATUS_LABELS[status]])}
        onChange={(status) => status && props.onSetStatus(status)}
      />
      <form
        class="bulk-tag"
        onSubmit={(event) => {
          event.preventDefault();
          const name = tag.replace(/\s+/g, ' ').trim();
          if (!name) return;
          props.onAddTag(name);
          setTag('');
        }}
      >
        <input
          ref={props.tagInputRef}
          type="text"
          list="shelf-tag-names"
          aria-label="Tag the selected papers"
          aria-keyshortcuts="t"
          placeholder="Add tag…"
          maxLength={64}
          value={tag}
          onInput={(event) => setTag((event.target as HTMLInputElement).value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              props.onDone();
            }
          }}
        />
        <datalist id="shelf-tag-names">
          {props.tagNames.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <button type="submit">Tag</button>
      </form>
      <button type="button" class="danger" aria-keyshortcuts="Delete" onClick={props.onRemove}>
        Remove
      </button>
      <button type="button" aria-keyshortcuts="Escape" onClick={props.onClear}>
        Clear selection
      </button>
    </section>
  );
}
