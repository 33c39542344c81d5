/**
 * A plain list of papers: arXiv ids, DOIs or URLs, one or more per line, as people paste them
 * (bullets and numbering, commas, `#` comments allowed). Each becomes a paper titled by its id
 * until a listing shows the real title (lib/db/papers.ts fills it in then).
 */
import { arxivIdOf, canonicalId } from '../paper/paper-id';
import type { Paper } from '../paper/schemas';
import { ImportError } from './errors';
import { importedPaper } from './imported-paper';
import type { ParsedImport } from './types';

/** A short, readable stand-in title: `arXiv:2403.01234`, the DOI, or what was written. */
function standInTitle(id: string, written: string): string {
  const arxivId = arxivIdOf(id);
  if (arxivId) return `arXiv:${arxivId}`;
  if (id.startsWith('doi:')) return id.slice('doi:'.length);
  return written;
}

export function parseIdList(text: string, now: number): ParsedImport {
  const papers = new Map<string, Paper>();
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const line = index + 1;
      const content = raw
        .replace(/(^|\s)#.*$/, '')
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
        .trim();
      // A `;` separates ids only before a space or the end: SICI-style DOIs hold one
      // (`10.1175/1520-0469(1963)020<0130:DNF>2.0.CO;2`).
      for (const token of content.split(/[\s,]+|;(?=\s|$)/).filter(Boolean)) {
        const written = token.replace(/^[<("']+|[>)"'.]+$/g, '');
        const id = canonicalId(written);
        if (!id) {
          throw new ImportError(`"${token.slice(0, 80)}" is not an arXiv id, DOI or URL`, { line });
        }
        if (papers.has(id)) continue;
        papers.set(
          id,
          importedPaper(
            { ids: [id], title: standInTitle(id, written), authors: [], url: written },
            now,
            { line },
          ),
        );
      }
    });
  if (papers.size === 0) throw new ImportError('the file names no papers');
  return {
    format: 'ids',
    papers: [...papers.values()],
    tags: [],
    rules: [],
    skipped: [],
    warnings: [],
  };
}
