/**
 * The JSON backup (lib/export/json.ts) read back: checked whole with its zod schema before
 * anything is used, so a backup with one bad paper is refused with that paper, field and line named.
 */
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, backupSchema } from '../export/json';
import { describeIssue, ImportError, lineLocator } from './errors';
import type { ParsedImport } from './types';

/** The offset of the character a JSON.parse error is about, or undefined when it is the end. */
function errorOffset(text: string, message: string): number | undefined {
  // V8 (Node 20, Chromium) names the position of most errors.
  const position = /position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return Number(position);
  if (/end of (JSON )?(input|data)/i.test(message)) return undefined;
  // V8's "Unexpected token ',', ..."[1,,2]"... is not valid JSON" quotes the text around the
  // token, which may occur more than once. The token is the first character no JSON can follow
  // with: the longest prefix that fails only for ending too soon stops just before it.
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (failsBefore(text.slice(0, middle))) high = middle - 1;
    else low = middle;
  }
  return low;
}

/** Whether `prefix` holds a JSON error that more text could not fix. */
function failsBefore(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/end of (JSON )?(input|data)/i.test(message)) return false;
    // "Unterminated string in JSON at position 4" on `"abc`: the end again.
    const position = /position (\d+)/.exec(message)?.[1];
    return position === undefined || Number(position) < prefix.length;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Newer Chromium adds "(line 1 column 2)", Firefox says "at line 1 column 2" of every error.
    const lineColumn = /line (\d+) column \d+/.exec(message)?.[1];
    // A file cut short (a truncated download) is wrong at its end, which V8 reports as the end
    // of input or as the position past its trailing blank lines: its last line with text.
    const lastText = Math.max(0, text.trimEnd().length - 1);
    const line =
      lineColumn !== undefined
        ? Number(lineColumn)
        : lineLocator(text)(Math.min(errorOffset(text, message) ?? lastText, lastText));
    const problem = message
      .replace(/\s*\(line \d+ column \d+\)/, '')
      // V8 quotes the text around the error; the line number says where it is.
      .replace(/, (\.\.\.)?"[\s\S]*"(\.\.\.)? is not valid JSON$/, '');
    throw new ImportError(`not valid JSON (${problem})`, { line });
  }
}

/**
 * The offset in `json`, text JSON.parse has read, of the value at `path`; of the innermost value
 * on the path the text holds when the path goes past it (a missing field: its object). As
 * JSON.parse keeps the last of two equal keys, so does this. It walks the text without recursion,
 * since values it steps over (anything a hand-edited backup holds) may nest to any depth.
 */
function offsetOfJsonPath(json: string, path: readonly PropertyKey[]): number {
  let position = 0;
  const atEnd = () => position >= json.length;
  const skipSpace = () => {
    while (/\s/.test(json[position] ?? '')) position++;
  };
  const skipString = () => {
    for (position++; !atEnd() && json[position] !== '"'; position++) {
      if (json[position] === '\\') position++;
    }
    position++;
  };
  /** Past one value: a string, a number or literal, or a whole object or array. */
  const skipValue = () => {
    let depth = 0;
    do {
      const char = json[position];
      if (char === '"') skipString();
      else if (char === '{' || char === '[' || char === '}' || char === ']') {
        depth += char === '{' || char === '[' ? 1 : -1;
        position++;
      } else if (depth > 0) position++;
      else while (!atEnd() && !/[\s,\]}]/.test(json[position] as string)) position++;
    } while (depth > 0 && !atEnd());
  };
  skipSpace();
  let found = position;
  for (const key of path) {
    const container = json[position];
    if (container !== '{' && container !== '[') break;
    position++;
    let match: number | undefined;
    for (let index = 0; ; index++) {
      skipSpace();
      if (atEnd() || json[position] === '}' || json[position] === ']') break;
      let name: unknown = index;
      if (container === '{') {
        const start = position;
        skipString();
        name = JSON.parse(json.slice(start, position));
        skipSpace();
        position++; // the colon
        skipSpace();
      }
      if (String(name) === String(key)) match = position;
      skipValue();
      skipSpace();
      if (json[position] !== ',') break;
      position++;
    }
    if (match === undefined) break;
    position = found = match;
  }
  return found;
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
  const json = text.replace(/^\uFEFF/, '');
  const data = parseJson(json);
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
  const checked = backupSchema.safeParse(data, { error: describeIssue });
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const path = issue?.path ?? [];
    const entry = describeEntry(data, path);
    const field = (entry ? path.slice(2) : path).join('.');
    throw new ImportError(issue?.message ?? 'invalid backup', {
      line: lineLocator(json)(offsetOfJsonPath(json, path)),
      ...(entry && { entry }),
      ...(field && { field }),
    });
  }
  const { papers, tags, rules = [] } = checked.data;
  return { format: 'json', papers, tags, rules, skipped: [], warnings: [] };
}
