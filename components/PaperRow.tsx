import { type Paper, SITE_NAMES } from '@/lib/paper/schemas';
import { TagChip } from './TagChip';

const MAX_AUTHORS_SHOWN = 3;

export function formatAuthors(authors: readonly string[]): string {
  if (authors.length <= MAX_AUTHORS_SHOWN) return authors.join(', ');
  return `${authors.slice(0, MAX_AUTHORS_SHOWN).join(', ')} et al.`;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export interface PaperRowProps {
  paper: Paper;
  tagColors: ReadonlyMap<string, string>;
  onRemove(paper: Paper): void;
}

/** One paper of the reading list; every page-derived string is rendered as text. */
export function PaperRow({ paper, tagColors, onRemove }: PaperRowProps) {
  return (
    <li class="paper" data-paper-id={paper.id}>
      <div class="paper-main">
        <a class="paper-title" href={paper.url} target="_blank" rel="noopener noreferrer">
          {paper.title}
        </a>
        {paper.authors.length > 0 && (
          <div class="paper-authors">{formatAuthors(paper.authors)}</div>
        )}
        <div class="paper-meta">
          <span class="paper-site">{SITE_NAMES[paper.site]}</span>
          <span aria-hidden="true">·</span>
          <time dateTime={new Date(paper.savedAt).toISOString()}>
            saved {dateFormat.format(paper.savedAt)}
          </time>
          {paper.tags.map((tag) => (
            <TagChip key={tag} name={tag} color={tagColors.get(tag)} />
          ))}
        </div>
      </div>
      <button
        type="button"
        class="paper-remove"
        aria-label={`Remove "${paper.title}" from the shelf`}
        title="Remove from the shelf"
        onClick={() => onRemove(paper)}
      >
        ×
      </button>
    </li>
  );
}
