/**
 * The tag manager of the options page: every tag with its colour and paper count; rename,
 * merge, recolour and delete. Merging and deleting say how many papers they touch and ask
 * first. Every operation is one transaction in lib/db/tags.ts, so papers stay consistent.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { listTagUsage, type TagUsage } from '@/lib/db/tags';
import { normalizeTagName } from '@/lib/paper/fields';
import { tagColor } from '@/lib/paper/tag-colors';
import { type FocusAfter, focusIsLost, useFocusAfterListUpdate } from './focus';
import { TagChip } from './TagChip';
import { problemText, tagActions } from './tag-actions';
import { useLiveQuery } from './use-live-query';

function papersText(count: number): string {
  return count === 1 ? '1 paper' : `${count} papers`;
}

export function TagManager() {
  const tags = useLiveQuery(listTagUsage, []);
  const [notice, setNotice] = useState<{ text: string; problem?: boolean }>();
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const moveFocus = useFocusAfterListUpdate({
    loaded: tags !== undefined,
    list,
    keyOf: (row) => row.dataset.tag,
    // A row's Rename button (a renamed row is a new row, found by its new name).
    control: (row) => row.querySelector<HTMLElement>('[data-action="rename"]'),
    heading,
  });

  const run = async (action: () => Promise<string>, then?: FocusAfter) => {
    const from = document.activeElement;
    try {
      const text = await action();
      if (then) moveFocus(then, from);
      setNotice({ text });
    } catch (error) {
      setNotice({ text: problemText(error), problem: true });
    }
  };

  return (
    <section class="tag-manager" aria-labelledby="tag-manager-title">
      <h2 id="tag-manager-title" tabIndex={-1} ref={heading}>
        Tags
      </h2>
      {notice && (
        <p
          class={notice.problem ? 'notice problem' : 'notice'}
          role={notice.problem ? 'alert' : 'status'}
        >
          {notice.text}
        </p>
      )}
      {tags === undefined ? (
        <p role="status">Loading tags…</p>
      ) : tags.length === 0 ? (
        <p class="empty">No tags yet. Tag papers from the Tag button on any listing card.</p>
      ) : (
        <ul class="tag-list" aria-label="Your tags" ref={list}>
          {tags.map((tag, index) => (
            <TagRow
              key={tag.name}
              tag={tag}
              index={index}
              others={tags.filter((t) => t !== tag)}
              run={run}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

type Mode = 'idle' | 'rename' | 'merge' | 'delete';

interface TagRowProps {
  tag: TagUsage;
  /** Its place in the list, where the focus goes (to the next row) once it is gone. */
  index: number;
  others: TagUsage[];
  run(action: () => Promise<string>, then?: FocusAfter): Promise<void>;
}

function TagRow({ tag, index, others, run }: TagRowProps) {
  const [mode, setMode] = useState<Mode>('idle');
  const [newName, setNewName] = useState(tag.name);
  const [target, setTarget] = useState('');
  const color = tagColor(tag.name, tag.color);
  const openers = {
    rename: useRef<HTMLButtonElement>(null),
    merge: useRef<HTMLButtonElement>(null),
    delete: useRef<HTMLButtonElement>(null),
  };
  /** The button that opened the form being closed, to take the focus the form had. */
  const refocus = useRef<HTMLButtonElement | null>(null);
  /** Closes the form with nothing done (Cancel, Escape, an unchanged name). */
  const cancel = () => {
    if (mode === 'idle') return;
    refocus.current = openers[mode].current;
    setMode('idle');
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') cancel();
  };
  const targetTag = others.find((other) => other.name === target);
  const nameInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (mode === 'rename') nameInput.current?.select();
  }, [mode]);
  useLayoutEffect(() => {
    const opener = refocus.current;
    refocus.current = null;
    // Only when the focus was in the form, and went down with it.
    if (opener && mode === 'idle' && focusIsLost()) opener.focus();
  }, [mode]);

  return (
    <li class="tag-row" data-tag={tag.name} onKeyDown={onKeyDown}>
      <div class="tag-row-main">
        <TagChip name={tag.name} color={color} />
        <span class="tag-count">{papersText(tag.papers)}</span>
        <label class="tag-color">
          <span class="visually-hidden">Colour of {tag.name}</span>
          <input
            type="color"
            value={color}
            onChange={(event) => {
              const value = (event.target as HTMLInputElement).value;
              void run(async () => {
                await tagActions.recolor(tag.name, value);
                return `“${tag.name}” recoloured.`;
              });
            }}
          />
        </label>
        <button
          type="button"
          ref={openers.rename}
          data-action="rename"
          onClick={() => {
            setNewName(tag.name);
            setMode('rename');
          }}
          aria-label={`Rename ${tag.name}`}
        >
          Rename
        </button>
        <button
          type="button"
          ref={openers.merge}
          onClick={() => setMode('merge')}
          disabled={others.length === 0}
          aria-label={`Merge ${tag.name} into another tag`}
        >
          Merge…
        </button>
        <button
          type="button"
          class="danger"
          ref={openers.delete}
          onClick={() => setMode('delete')}
          aria-label={`Delete ${tag.name}`}
        >
          Delete
        </button>
      </div>

      {mode === 'rename' && (
        <form
          class="tag-row-form"
          onSubmit={(event) => {
            event.preventDefault();
            // As renameTag compares: spaces trimmed and collapsed, case kept (a change of case
            // alone is a rename). The same name is nothing to do, and nothing to report.
            const to = normalizeTagName(newName);
            if (to === tag.name) {
              cancel();
              return;
            }
            void run(
              async () => {
                const changed = await tagActions.rename(tag.name, to);
                setMode('idle');
                return `Renamed “${tag.name}” to “${to}” on ${papersText(changed)}.`;
              },
              { row: to },
            );
          }}
        >
          <label>
            New name
            <input
              type="text"
              value={newName}
              maxLength={64}
              ref={nameInput}
              onInput={(event) => setNewName((event.target as HTMLInputElement).value)}
            />
          </label>
          <button type="submit">Save name</button>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </form>
      )}

      {mode === 'merge' && (
        <form
          class="tag-row-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!targetTag) return;
            void run(
              async () => {
                const changed = await tagActions.merge([tag.name], targetTag.name);
                setMode('idle');
                return `Merged “${tag.name}” into “${targetTag.name}” (${papersText(changed)} changed).`;
              },
              { gone: tag.name, index },
            );
          }}
        >
          <label>
            Merge into
            <select
              value={target}
              onChange={(event) => setTarget((event.target as HTMLSelectElement).value)}
            >
              <option value="">Choose a tag…</option>
              {others.map((other) => (
                <option key={other.name} value={other.name}>
                  {other.name} ({papersText(other.papers)})
                </option>
              ))}
            </select>
          </label>
          {targetTag && (
            <p class="confirm-text">
              The {papersText(tag.papers)} tagged “{tag.name}” will be tagged “{targetTag.name}”
              instead, and “{tag.name}” will be gone. Its rules will give “{targetTag.name}”.
            </p>
          )}
          <button type="submit" disabled={!targetTag}>
            Merge
          </button>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </form>
      )}

      {mode === 'delete' && (
        <fieldset class="tag-row-form" aria-label={`Confirm deleting ${tag.name}`}>
          <p class="confirm-text">
            Delete “{tag.name}”? It will be removed from {papersText(tag.papers)}; the papers stay
            on your shelf. Rules that give this tag are deleted too.
          </p>
          <button
            type="button"
            class="danger"
            onClick={() =>
              void run(
                async () => {
                  const changed = await tagActions.delete(tag.name);
                  return `Deleted “${tag.name}” from ${papersText(changed)}.`;
                },
                { gone: tag.name, index },
              )
            }
          >
            Delete tag
          </button>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </fieldset>
      )}
    </li>
  );
}
