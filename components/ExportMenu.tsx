/**
 * Export papers in any format, as a download or to the clipboard. The caller decides what can be
 * exported (the whole list, the current filter, the selection) and passes each as a scope.
 *
 * Downloads use an `<a download>` on a Blob URL: no `downloads` permission, and it works the same
 * in the popup, the options page and Firefox.
 */
import { useState } from 'preact/hooks';
import { recordBackup } from '@/lib/backup/reminder';
import {
  EXPORT_FORMAT_IDS,
  EXPORT_FORMATS,
  type ExportFormat,
  exportFileName,
  exportPapers,
} from '@/lib/export';
import type { AutoTagRule, Paper, Tag } from '@/lib/paper/schemas';
import { type Outcome, StatusMessage } from './StatusMessage';
import { type PanelOpenState, ToolbarPanel } from './ToolbarPanel';

export interface ExportScope {
  id: string;
  /** "All papers", "Current filter", "Selection": the count is added here. */
  label: string;
  papers: readonly Paper[];
  /**
   * The papers are still being read (the popup shows its first page before the rest): exporting
   * now would write a part of the shelf, and a backup of a part would reset the reminder.
   */
  loading?: boolean;
}

export interface ExportMenuProps extends PanelOpenState {
  scopes: readonly ExportScope[];
  /** Every tag, with colours (the JSON backup carries them). */
  tags: readonly Tag[];
  /** Every auto-tag rule (the JSON backup carries them too). */
  rules?: readonly AutoTagRule[];
}

function countText(n: number): string {
  return n === 1 ? '1 paper' : `${n} papers`;
}

export function downloadText(text: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download (Firefox); a minute is plenty for it to start.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function ExportMenu({ scopes, tags, rules, open, onOpenChange }: ExportMenuProps) {
  const [scopeId, setScopeId] = useState(scopes[0]?.id);
  const [status, setStatus] = useState<Outcome>();
  const scope = scopes.find((s) => s.id === scopeId) ?? scopes[0];
  const papers = scope?.papers ?? [];
  const unavailable = papers.length === 0 || scope?.loading === true;

  const run = async (format: ExportFormat, destination: 'download' | 'clipboard') => {
    const { label, mimeType } = EXPORT_FORMATS[format];
    try {
      const text = exportPapers(format, papers, tags, { rules });
      if (destination === 'download') {
        const fileName = exportFileName(format, new Date());
        downloadText(text, fileName, mimeType);
        // A backup file of the whole shelf resets the backup reminder (components/BackupReminder).
        if (format === 'json' && scope?.id === 'all') void recordBackup().catch(console.error);
        setStatus({ kind: 'done', text: `Saved ${countText(papers.length)} as ${fileName}` });
      } else {
        await navigator.clipboard.writeText(text);
        setStatus({ kind: 'done', text: `Copied ${countText(papers.length)} as ${label}` });
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setStatus({ kind: 'error', text: `${label} export failed: ${reason}` });
    }
  };

  return (
    <ToolbarPanel
      label="Export"
      panelLabel="Export papers"
      id="paper-shelf-export"
      open={open}
      onOpenChange={onOpenChange}
      // Opened again, it says nothing of an export made before.
      onClosed={() => setStatus(undefined)}
    >
      {scopes.length > 1 && (
        <fieldset class="transfer-choice">
          <legend>Papers to export</legend>
          {scopes.map((s) => (
            <label key={s.id}>
              <input
                type="radio"
                name="export-scope"
                checked={s.id === scope?.id}
                onChange={() => setScopeId(s.id)}
              />
              {s.label} ({s.loading ? 'loading…' : s.papers.length})
            </label>
          ))}
        </fieldset>
      )}
      {scopes.length === 1 && (
        <p class="transfer-summary">
          {scope?.label}: {scope?.loading ? 'loading…' : countText(papers.length)}
        </p>
      )}
      <ul class="transfer-formats">
        {EXPORT_FORMAT_IDS.map((format) => {
          const { label, description } = EXPORT_FORMATS[format];
          return (
            <li key={format} data-format={format}>
              <span class="transfer-format">
                <strong>{label}</strong> <span class="transfer-hint">{description}</span>
              </span>
              <button
                type="button"
                disabled={unavailable}
                aria-label={`Download ${label}`}
                onClick={() => void run(format, 'download')}
              >
                Download
              </button>
              <button
                type="button"
                disabled={unavailable}
                aria-label={`Copy ${label}`}
                onClick={() => void run(format, 'clipboard')}
              >
                Copy
              </button>
            </li>
          );
        })}
      </ul>
      <StatusMessage status={status} class="transfer-status" />
    </ToolbarPanel>
  );
}
