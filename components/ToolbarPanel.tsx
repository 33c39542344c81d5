/**
 * A toolbar button that opens a panel below it (the export menu, the import dialog): the button
 * says whether the panel is open, and the panel is a named region screen readers can jump to.
 */
import type { ComponentChildren } from 'preact';
import './transfer.css';

export interface ToolbarPanelProps {
  /** The button's text: "Export". */
  label: string;
  /** The panel's accessible name: "Export papers". */
  panelLabel: string;
  /** The panel element's id, for aria-controls. */
  id: string;
  open: boolean;
  onToggle(): void;
  children: ComponentChildren;
}

export function ToolbarPanel({
  label,
  panelLabel,
  id,
  open,
  onToggle,
  children,
}: ToolbarPanelProps) {
  return (
    <div class="transfer">
      <button
        type="button"
        class="transfer-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={onToggle}
      >
        {label}
      </button>
      {open && (
        <section id={id} class="transfer-panel" aria-label={panelLabel}>
          {children}
        </section>
      )}
    </div>
  );
}
