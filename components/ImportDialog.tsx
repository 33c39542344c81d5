/**
 * Import from a file: a Paper Shelf backup, BibTeX, RIS or a list of arXiv ids, DOIs and URLs.
 * The file is read and checked first; the user sees what would change (and, for a backup,
 * chooses between merging and replacing) before anything is written. Applying is one
 * transaction, then open listing tabs are told which papers changed.
 *
 * A replace removes what the file does not hold and cannot be undone: the preview says in words,
 * in the danger colour, what the shelf loses, and offers a backup of the shelf as it is, the same
 * file as the popup's "Back up now" (lib/backup/backup-file.ts), one click before replacing.
 *
 * Errors name the line or entry and the field; page- and file-derived text is rendered as text.
 */
import { useId, useState } from 'preact/hooks';
import { recordRestore } from '@/lib/backup/reminder';
import {
  applyImport,
  changesShelf,
  type ImportMode,
  type ImportResult,
  planImport,
} from '@/lib/db/import';
import { IMPORT_FORMAT_LABELS, type ParsedImport, parseImport } from '@/lib/import';
import { announceChanges } from '@/lib/messaging/announce';
import { backUpNow } from './back-up-now';
import { countOf } from './format';
import { type Outcome, StatusMessage } from './StatusMessage';
import { type PanelOpenState, ToolbarPanel } from './ToolbarPanel';

/** Far beyond any real shelf (a 10,000-paper backup is ~15 MB); stops a wrong file early. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface ImportDialogProps extends PanelOpenState {
  onImported?(result: ImportResult): void;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'working'; text: string }
  | { kind: 'error'; text: string }
  | {
      kind: 'preview';
      fileName: string;
      parsed: ParsedImport;
      mode: ImportMode;
      plan: ImportResult;
    }
  | { kind: 'done'; text: string };

const IDLE: Step = { kind: 'idle' };

/**
 * The user is in the middle of an import: a file being read or compared, a preview to confirm (a
 * replace among them) or the import running. Hiding the panel then loses nothing, its state stays,
 * but a click elsewhere is no decision about the import: it is the user looking at the list,
 * scrolling, checking a paper the preview counts, and the preview, or the news of what the import
 * did, must still be in sight after it. So such a click leaves the panel open; the Import button,
 * Escape or opening Export still close it (on purpose), and Cancel drops the preview.
 */
function holdsWork(step: Step): boolean {
  return step.kind === 'working' || step.kind === 'preview';
}

/**
 * "2 papers, 2 auto-tag rules and 1 tag" from [[2, 'paper'], [2, 'auto-tag rule'], [1, 'tag']],
 * leaving out the zeros; '' when all are.
 */
function countsInWords(counts: ReadonlyArray<readonly [number, string]>): string {
  const words = counts.filter(([n]) => n > 0).map(([n, word]) => countOf(n, word));
  const last = words.pop();
  return words.length > 0 ? `${words.join(', ')} and ${last}` : (last ?? '');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type BackupStatus = Outcome | undefined;

export function ImportDialog({ onImported, open, onOpenChange }: ImportDialogProps) {
  const [step, setStep] = useState<Step>(IDLE);

  const preview = async (fileName: string, parsed: ParsedImport, mode: ImportMode) => {
    setStep({ kind: 'working', text: 'Comparing with your shelf…' });
    try {
      setStep({ kind: 'preview', fileName, parsed, mode, plan: await planImport(parsed, mode) });
    } catch (error) {
      setStep({ kind: 'error', text: messageOf(error) });
    }
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setStep({ kind: 'error', text: `${file.name} is too large to be a reading list.` });
      return;
    }
    setStep({ kind: 'working', text: `Reading ${file.name}…` });
    try {
      const parsed = parseImport(await file.text());
      await preview(file.name, parsed, 'merge');
    } catch (error) {
      setStep({ kind: 'error', text: `${file.name}: ${messageOf(error)}` });
    }
  };

  const apply = async (parsed: ParsedImport, mode: ImportMode) => {
    setStep({ kind: 'working', text: 'Importing…' });
    let result: ImportResult;
    try {
      result = await applyImport(parsed, mode);
    } catch (error) {
      setStep({ kind: 'error', text: `Nothing was imported: ${messageOf(error)}` });
      return;
    }
    // Cards in open listing tabs follow. Told first, and by the background, as the page may be
    // closed right after (lib/messaging/announce.ts); a tab that misses it re-reads on its next
    // scan. A replace that took tags away makes tabs drop suggestions that name them.
    void announceChanges(result.changes, { tagsChanged: result.tagsRemoved > 0 });
    if (mode === 'replace') void recordRestore();
    const summary = [
      `${countOf(result.added, 'paper')} added`,
      `${result.updated} updated`,
      ...(result.removed ? [`${result.removed} removed`] : []),
    ].join(', ');
    setStep({ kind: 'done', text: `Imported: ${summary}.` });
    onImported?.(result);
  };

  return (
    <ToolbarPanel
      label="Import"
      panelLabel="Import papers"
      id="paper-shelf-import"
      open={open}
      onOpenChange={onOpenChange}
      keepOpenOnOutsidePointer={holdsWork(step)}
      // An import's outcome, once seen, is gone the next time; an import still running (its
      // outcome not seen yet) or a preview waiting for a choice stays.
      onClosed={() => setStep((current) => (holdsWork(current) ? current : IDLE))}
    >
      <label class="transfer-file">
        <span>Backup, BibTeX, RIS, or a list of arXiv ids, DOIs and URLs</span>
        <input
          type="file"
          aria-label="Import file"
          accept=".json,.bib,.bibtex,.ris,.txt,.md,application/json,text/plain"
          onChange={(event) => {
            const input = event.currentTarget;
            void readFile(input.files?.[0]);
            // Choosing the same file again (after fixing it) must fire a change again.
            input.value = '';
          }}
        />
      </label>
      {step.kind === 'working' && (
        <p class="transfer-status" role="status">
          {step.text}
        </p>
      )}
      {step.kind === 'error' && (
        <p class="transfer-status is-error" role="alert">
          {step.text}
        </p>
      )}
      {step.kind === 'done' && (
        <p class="transfer-status is-done" role="status">
          {step.text}
        </p>
      )}
      {step.kind === 'preview' && (
        <ImportPreview
          step={step}
          onMode={(mode) => void preview(step.fileName, step.parsed, mode)}
          onApply={() => void apply(step.parsed, step.mode)}
          onCancel={() => setStep(IDLE)}
        />
      )}
    </ToolbarPanel>
  );
}

interface ImportPreviewProps {
  step: Extract<Step, { kind: 'preview' }>;
  onMode(mode: ImportMode): void;
  onApply(): void;
  onCancel(): void;
}

interface FileRemark {
  line?: number;
  text: string;
}

/** Entries left out, or guesses the import made: a folded list, each line first when known. */
function FileRemarks({ summary, remarks }: { summary: string; remarks: FileRemark[] }) {
  if (remarks.length === 0) return null;
  return (
    <details class="transfer-remarks">
      <summary>{summary}</summary>
      <ul>
        {remarks.map(({ line, text }) => (
          <li key={`${line}:${text}`}>
            {line !== undefined && `Line ${line}, `}
            {text}
          </li>
        ))}
      </ul>
    </details>
  );
}

function ImportPreview({ step, onMode, onApply, onCancel }: ImportPreviewProps) {
  const { fileName, parsed, mode, plan } = step;
  const [backup, setBackup] = useState<BackupStatus>();
  const [backingUp, setBackingUp] = useState(false);
  const lossId = useId();
  const noUndoId = useId();
  // Rules and tags count too: a backup may bring only new rules, or a replace take only tags or
  // put back only an edited rule.
  const nothingToDo = !changesShelf(plan);
  // What a replace takes off the shelf, said in words: a count among the others reads as news.
  const lostCount = plan.removed + plan.rulesRemoved + plan.tagsRemoved;
  const lost = countsInWords([
    [plan.removed, 'paper'],
    [plan.rulesRemoved, 'auto-tag rule'],
    [plan.tagsRemoved, 'tag'],
  ]);
  const changedByReplace = countsInWords([
    [plan.rulesUpdated, 'auto-tag rule'],
    [plan.tagsRecolored, 'tag colour'],
  ]);
  // A replace that removes or overwrites anything of the shelf has no undo: the way back is a
  // backup file of the shelf as it is, offered here before anything is written.
  const replaceLoses =
    mode === 'replace' && lostCount + plan.updated + plan.rulesUpdated + plan.tagsRecolored > 0;
  const backUp = async () => {
    setBackingUp(true);
    setBackup(await backUpNow());
    setBackingUp(false);
  };
  return (
    <section class="transfer-preview" aria-label="Import preview">
      <p class="transfer-summary">
        {fileName}: {IMPORT_FORMAT_LABELS[parsed.format]}, {countOf(parsed.papers.length, 'paper')}
      </p>
      {parsed.format === 'json' && (
        <fieldset class="transfer-choice">
          <legend>How to import</legend>
          <label>
            <input
              type="radio"
              name="import-mode"
              checked={mode === 'merge'}
              onChange={() => onMode('merge')}
            />
            Merge into my shelf
          </label>
          <label>
            <input
              type="radio"
              name="import-mode"
              checked={mode === 'replace'}
              onChange={() => onMode('replace')}
            />
            Replace my shelf with this backup
          </label>
        </fieldset>
      )}
      <ul class="transfer-counts" aria-label="What will change">
        <li data-count="added">{countOf(plan.added, 'new paper')}</li>
        <li data-count="updated">{plan.updated} updated</li>
        <li data-count="unchanged">{plan.unchanged} unchanged</li>
        {mode === 'replace' && (
          <li data-count="removed" class={plan.removed > 0 ? 'is-danger' : undefined}>
            {plan.removed} removed
          </li>
        )}
        {plan.tagsAdded > 0 && <li data-count="tags">{countOf(plan.tagsAdded, 'new tag')}</li>}
      </ul>
      <FileRemarks
        summary={`${countOf(parsed.skipped.length, 'entry', 'entries')} left out`}
        remarks={parsed.skipped.map(({ entry, line, reason }) => ({
          line,
          text: `${entry}: ${reason}`,
        }))}
      />
      <FileRemarks
        summary={countOf(parsed.warnings.length, 'warning')}
        remarks={parsed.warnings.map(({ line, message }) => ({ line, text: message }))}
      />
      {plan.rulesAdded > 0 && (
        <p class="transfer-hint">
          {countOf(plan.rulesAdded, 'auto-tag rule')} from this backup will be added.
        </p>
      )}
      {mode === 'replace' && lost && (
        <p class="transfer-loss" id={lossId} data-count="lost">
          {lost} on your shelf {lostCount === 1 ? 'is' : 'are'} not in this backup and will be
          removed.
        </p>
      )}
      {changedByReplace && (
        <p class="transfer-hint" data-count="rules-tags-changed">
          {changedByReplace} will be changed to match this backup.
        </p>
      )}
      {replaceLoses && (
        <div class="transfer-undo">
          <p class="transfer-hint" id={noUndoId}>
            Replacing cannot be undone. To keep a way back, download a backup of your shelf as it is
            now: importing it with Replace restores it.
          </p>
          <button type="button" disabled={backingUp} onClick={() => void backUp()}>
            Download a backup of my shelf first
          </button>
          <StatusMessage status={backup} class="transfer-status" />
        </div>
      )}
      <div class="transfer-actions">
        <button
          type="button"
          class={mode === 'replace' ? 'is-danger' : 'is-primary'}
          disabled={nothingToDo}
          aria-describedby={replaceLoses ? (lost ? `${lossId} ${noUndoId}` : noUndoId) : undefined}
          onClick={onApply}
        >
          {mode === 'replace' ? 'Replace shelf' : 'Apply import'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
