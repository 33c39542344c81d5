/**
 * Export of 10,000 papers to every format and import of a 10,000-paper backup, through the
 * public modules of shared/DESIGN.md ("Public modules"): exportPapers(format, papers, tags) from
 * lib/export/index.ts and parseImport(text, format?) from lib/import/index.ts. They are pure, so
 * they run here in Node (the same V8 as Chromium) on the same shelf the browser benches store.
 * Until a module exists, its section says the feature is missing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_DIR } from '../test/e2e/harness';
import { shelfForListings } from './annotation';
import { atMost, type Figure, type Section, unavailable } from './lib/report';
import type { Shelf } from './lib/shelf-data';
import { median, timeRuns } from './lib/stats';

/** The formats DESIGN.md lists, used when the module does not export its own list. */
const DESIGN_FORMATS = ['bibtex', 'csl-json', 'ris', 'csv', 'markdown', 'json'];
/** The format of a full backup (papers, tags, notes): what an import reads back. */
const BACKUP_FORMAT = 'json';

type ExportPapers = (format: string, papers: Shelf['papers'], tags?: Shelf['tags']) => string;
type ParseImport = (text: string, format?: string) => { papers: unknown[]; tags: unknown[] };

/** The module's exports, or why it cannot be used. */
async function loadModule(path: string): Promise<Record<string, unknown> | string> {
  const file = join(PROJECT_DIR, path);
  if (!existsSync(file)) return `not available yet (feature missing): no ${path}`;
  try {
    return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    return `${path} could not be loaded: ${(error as Error).message}`;
  }
}

const KB = 1024;

export async function benchExportImport(runs: number): Promise<Section[]> {
  const shelf = shelfForListings();
  const count = shelf.papers.length.toLocaleString('en');
  const exportModule = await loadModule('lib/export/index.ts');
  const importModule = await loadModule('lib/import/index.ts');
  const sections: Section[] = [];

  let backup: string | undefined;
  if (typeof exportModule === 'string' || typeof exportModule.exportPapers !== 'function') {
    const why =
      typeof exportModule === 'string' ? exportModule : 'lib/export/index.ts has no exportPapers';
    sections.push(unavailable('export', `Export of ${count} papers`, why));
  } else {
    const exportPapers = exportModule.exportPapers as ExportPapers;
    const listed = exportModule.EXPORT_FORMATS;
    const formats = Array.isArray(listed) ? (listed as string[]) : DESIGN_FORMATS;
    const figures: Figure[] = [];
    for (const format of formats) {
      let output = '';
      try {
        const times = await timeRuns(
          () => {
            output = exportPapers(format, shelf.papers, shelf.tags);
          },
          { runs },
        );
        if (format === BACKUP_FORMAT) backup = output;
        const ms = median(times);
        figures.push({
          label: `${format} (${(output.length / KB / KB).toFixed(1)} MB of text)`,
          unit: 'ms',
          value: ms,
          samples: times,
          target: atMost(ms, 300, '≤ 300 ms'),
        });
      } catch (error) {
        figures.push({
          label: `${format}: failed, ${(error as Error).message}`,
          unit: 'ms',
          value: Number.NaN,
        });
      }
    }
    sections.push({
      id: 'export',
      title: `Export of ${count} papers (Node ${process.version}, ${runs} runs)`,
      method: `exportPapers(format, papers, tags) from lib/export/index.ts on the benches' shelf (${shelf.tags.length} tags); one warm-up, median.`,
      figures,
    });
  }

  const importTitle = `Import of a ${count}-paper backup`;
  if (typeof importModule === 'string' || typeof importModule.parseImport !== 'function') {
    const why =
      typeof importModule === 'string' ? importModule : 'lib/import/index.ts has no parseImport';
    sections.push(unavailable('import', importTitle, why));
  } else if (!backup) {
    sections.push(
      unavailable('import', importTitle, `needs a ${BACKUP_FORMAT} backup from exportPapers first`),
    );
  } else {
    const parseImport = importModule.parseImport as ParseImport;
    const text = backup;
    let imported = 0;
    const times = await timeRuns(
      () => {
        imported = parseImport(text, BACKUP_FORMAT).papers.length;
      },
      { runs },
    );
    if (imported !== shelf.papers.length) {
      throw new Error(`parseImport read ${imported} papers of ${shelf.papers.length}`);
    }
    sections.push({
      id: 'import',
      title: `${importTitle} (Node ${process.version}, ${runs} runs)`,
      method: `parseImport(text, '${BACKUP_FORMAT}') from lib/import/index.ts on exportPapers('${BACKUP_FORMAT}') of the same shelf (${(text.length / KB / KB).toFixed(1)} MB), checked to give back every paper; one warm-up, median.`,
      figures: [
        { label: `${BACKUP_FORMAT} backup`, unit: 'ms', value: median(times), samples: times },
      ],
    });
  }
  return sections;
}
