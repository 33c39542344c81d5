/**
 * A toolbar button that opens a panel below it (the export menu, the import dialog): the button
 * says whether the panel is open, and the panel is a named region screen readers can jump to.
 *
 * Whoever holds the toolbar holds `open` (TransferTools keeps one state for its two panels, so that
 * opening one closes the other: open together, the import panel covered the export's rows and
 * took their clicks). The panel closes as a disclosure menu does: its button, Escape (the focus
 * back on the button), or a pointer pressed anywhere else (the focus left where that press put it).
 *
 * A closed panel's content is not rendered (the export menu would be, hidden, on every keystroke
 * of a search); what it holds lives in its owner's state (ImportDialog keeps a preview that way),
 * so it is there again when the panel opens.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import './transfer.css';

/** Whether a panel is open, and the way to open or close it: given by whoever holds the toolbar. */
export interface PanelOpenState {
  open: boolean;
  onOpenChange(open: boolean): void;
}

export interface ToolbarPanelProps extends PanelOpenState {
  /** The button's text: "Export". */
  label: string;
  /** The panel's accessible name: "Export papers". */
  panelLabel: string;
  /** The panel element's id, for aria-controls. */
  id: string;
  /**
   * The panel holds work a stray click elsewhere must not hide (ImportDialog's preview): only
   * its button, Escape, or opening the other panel closes it then.
   */
  keepOpenOnOutsidePointer?: boolean;
  /** Called once the panel is closed, whatever closed it: to drop what it said about an action. */
  onClosed?(): void;
  children: ComponentChildren;
}

export function ToolbarPanel({
  label,
  panelLabel,
  id,
  open,
  onOpenChange,
  keepOpenOnOutsidePointer = false,
  onClosed,
  children,
}: ToolbarPanelProps) {
  const widget = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  // Follows `open` rather than the handlers below: the other panel opening closes this one
  // through whoever holds the state, without passing here.
  useEffect(() => {
    if (!open) onClosed?.();
  }, [open]);

  useEffect(() => {
    const element = widget.current;
    if (!open || keepOpenOnOutsidePointer || !element) return;
    // The button counts as inside: its own click toggles. Pressed on the other panel's button,
    // this one closes first and that one opens with the click.
    const closeOnPointerOutside = (event: Event) => {
      if (!event.composedPath().includes(element)) onOpenChange(false);
    };
    const doc = element.ownerDocument;
    // Capture: a control that stops its events from bubbling still takes the panel away.
    doc.addEventListener('pointerdown', closeOnPointerOutside, { capture: true });
    return () => doc.removeEventListener('pointerdown', closeOnPointerOutside, { capture: true });
  }, [open, keepOpenOnOutsidePointer, onOpenChange]);

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    // Only the panel closes: not the popup, nor ShelfView's own Escape (it skips a key whose
    // default is prevented).
    event.preventDefault();
    onOpenChange(false);
    toggle.current?.focus();
  };

  return (
    <div class="transfer" ref={widget}>
      <button
        type="button"
        class="transfer-toggle"
        ref={toggle}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => onOpenChange(!open)}
        onKeyDown={closeOnEscape}
      >
        {label}
      </button>
      {open && (
        <section id={id} class="transfer-panel" aria-label={panelLabel} onKeyDown={closeOnEscape}>
          {children}
        </section>
      )}
    </div>
  );
}
