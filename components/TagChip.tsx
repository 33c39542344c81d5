import { tagColor } from '@/lib/paper/tag-colors';

export interface TagChipProps {
  name: string;
  color?: string;
  /** When given, the chip carries a remove button. */
  onRemove?(): void;
}

/** A tag as a coloured chip; the name is always rendered as text. */
export function TagChip({ name, color, onRemove }: TagChipProps) {
  return (
    <span class="chip" style={{ '--chip-color': tagColor(name, color) }}>
      <span class="chip-name">{name}</span>
      {onRemove && (
        <button
          type="button"
          class="chip-remove"
          aria-label={`Remove tag ${name}`}
          onClick={onRemove}
        >
          ×
        </button>
      )}
    </span>
  );
}
