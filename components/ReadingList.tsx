import type { Paper, Tag } from '@/lib/paper/schemas';
import { PaperRow } from './PaperRow';

export interface ReadingListProps {
  papers: Paper[] | undefined;
  tags: Tag[] | undefined;
  onRemove(paper: Paper): void;
}

export function ReadingList({ papers, tags, onRemove }: ReadingListProps) {
  if (papers === undefined) {
    return (
      <p class="status" role="status">
        Loading your shelf…
      </p>
    );
  }
  if (papers.length === 0) return <EmptyShelf />;
  const tagColors = new Map(
    (tags ?? []).flatMap((tag) => (tag.color ? [[tag.name, tag.color]] : [])),
  );
  return (
    <ul class="papers" aria-label="Saved papers">
      {papers.map((paper) => (
        <PaperRow key={paper.id} paper={paper} tagColors={tagColors} onRemove={onRemove} />
      ))}
    </ul>
  );
}

function EmptyShelf() {
  return (
    <div class="empty">
      <p class="empty-title">Your shelf is empty</p>
      <p>
        Open a listing such as{' '}
        <a href="https://huggingface.co/papers" target="_blank" rel="noopener noreferrer">
          Hugging Face Papers
        </a>{' '}
        or{' '}
        <a href="https://arxiv.org/list/cs.LG/new" target="_blank" rel="noopener noreferrer">
          arXiv cs.LG
        </a>{' '}
        and press <strong>☆ Save</strong> on any paper. Saved papers show up here, newest first.
      </p>
    </div>
  );
}
