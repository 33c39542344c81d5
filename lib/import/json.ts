/**
 * The JSON backup (lib/export/json.ts) read back: checked whole with its zod schema before
 * anything is used, so a backup with one bad paper is refused with that paper and field named.
 */
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, backupSchema } from '../export/json';
import { ImportError, lineLocator } from './errors';
import type { ParsedImport } from './types';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    throw new ImportError(`not valid JSON (${message.replace(/\s*\(line \d+ column \d+\)/, '')})`, {
      ...(position && { line: lineLocator(text)(Number(position)) }),
    });
  }
}

/** `papers[3] (arxiv:2403.01234)` for a path into the backup. */
function describeEntry(data: unknown, path: PropertyKey[]): string | undefined {
  const [collection, index] = path;
  if (typeof collection !== 'string' || typeof index !== 'number') return undefined;
  const item = (data as Record<string, unknown[]>)[collection]?.[index] as
    | Record<string, unknown>
    | undefined;
  const name = item?.id ?? item?.name;
  return `${collection}[${index}]${typeof name === 'string' ? ` (${name})` : ''}`;
}

export function parseBackup(text: string): ParsedImport {
  const data = parseJson(text.replace(/^\uFEFF/, ''));
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (record.format !== BACKUP_FORMAT) {
    throw new ImportError(
      `this JSON file is not a Paper Shelf backup (no "format": "${BACKUP_FORMAT}")`,
      {
        field: 'format',
      },
    );
  }
  const version = record.schemaVersion;
  if (typeof version === 'number' && version > BACKUP_SCHEMA_VERSION) {
    throw new ImportError(
      `this backup was written by a newer Paper Shelf (backup version ${version}); this one reads up to version ${BACKUP_SCHEMA_VERSION}`,
      { field: 'schemaVersion' },
    );
  }
  const checked = backupSchema.safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const path = issue?.path ?? [];
    const entry = describeEntry(data, path);
    const field = (entry ? path.slice(2) : path).join('.');
    throw new ImportError(issue?.message ?? 'invalid backup', {
      ...(entry && { entry }),
      ...(field && { field }),
    });
  }
  const { papers, tags, rules = [] } = checked.data;
  return { format: 'json', papers, tags, rules, skipped: [] };
}
