/**
 * The tag manager of the options page: every tag with its colour and paper count; rename,
 * merge, recolour and delete. Merging and deleting say how many papers they touch and ask
 * first. Every operation is one transaction in lib/db/tags.ts, so papers stay consistent.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { listTagUsage, recolorTag, type TagUsage } from '@/lib/db/tags';
import { defaultTagColor } from '@/lib/paper/tag-colors';
import { TagChip } from './TagChip';
import { problemText, tagActions } from './tag-actions';
import { useLiveQuery } from './use-live-query';

function papersText(count: number): string {
  return count === 1 ? '1 paper' : `${count} papers`;
}

export function TagManager() {
  const tags = useLiveQuery(listTagUsage, []);
  const [notice, setNotice] = useState<{ text: string; problem?: boolean }>();

  const run = async (action: () => Promise<string>) => {
    try {
      setNotice({ text: await action() });
    } catch (error) {
      setNotice({ text: problemText(error), problem: true });
    }
  };

  return (
    <section class="tag-manager" aria-labelledby="tag-manager-title">
      <h2 id="tag-manager-title">Tags</h2>
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
        <ul class="tag-list" aria-label="Your tags">
          {tags.map((tag) => (
            <TagRow key={tag.name} tag={tag} others={tags.filter((t) => t !== tag)} run={run} />
          ))}
        </ul>
      )}
    </section>
  );
}

type Mode = 'idle' | 'rename' | 'merge' | 'delete';

interface TagRowProps {
  tag: TagUsage;
  others: TagUsage[];
  run(action: () => Promise<string>): Promise<void>;
}

function TagRow({ tag, others, run }: TagRowProps) {
  const [mode, setMode] = useState<Mode>('idle');
  const [newName, setNewName] = useState(tag.name);
  const [target, setTarget] = useState('');
  const color = tag.color ?? defaultTagColor(tag.name);
  const cancel = () => setMode('idle');
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') cancel();
  };
  const targetTag = others.find((other) => other.name === target);
  const nameInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (mode === 'rename') nameInput.current?.select();
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
                await recolorTag(tag.name, value);
                return `“${tag.name}” recoloured.`;
              });
            }}
          />
        </label>
        <button
          type="button"
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
          onClick={() => setMode('merge')}
          disabled={others.length === 0}
          aria-label={`Merge ${tag.name} into another tag`}
        >
          Merge…
        </button>
        <button
          type="button"
          class="danger"
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
            void run(async () => {
              const changed = await tagActions.rename(tag.name, newName);
              setMode('idle');
              return `Renamed “${tag.name}” to “${newName.trim()}” on ${papersText(changed)}.`;
            });
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
            void run(async () => {
              const changed = await tagActions.merge([tag.name], targetTag.name);
              setMode('idle');
              return `Merged “${tag.name}” into “${targetTag.name}” (${papersText(changed)} changed).`;
            });
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
              void run(async () => {
                const changed = await tagActions.delete(tag.name);
                return `Deleted “${tag.name}” from ${papersText(changed)}.`;
              })
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
