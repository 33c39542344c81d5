/** Text helpers shared by the adapters: pages wrap, highlight and pad their text freely. */
import { arxivIdOf, canonicalId, canonicalIds } from '../paper/paper-id';
import { LIMITS, type PaperCandidate } from '../paper/schemas';

/** textContent with every run of whitespace (newlines from arXiv's wrapping too) as one space. */
export function cleanText(node: Node | null | undefined): string {
  return normalizeSpace(node?.textContent ?? '');
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** textContent of `node` without the children that match `skipSelector` (arXiv's "Title:"). */
export function textWithout(node: Element | null | undefined, skipSelector: string): string {
  if (!node) return '';
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === 1 && (child as Element).matches(skipSelector)) continue;
    text += child.textContent ?? '';
  }
  return normalizeSpace(text);
}

/** Absolute http(s) URL of `href` against the page, or undefined. */
export function absoluteUrl(href: string | null | undefined, base: URL): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Distinct non-empty strings, first seen first. */
export function uniqueNonEmpty(values: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const value of values) {
    const text = normalizeSpace(value);
    if (text) seen.add(text);
  }
  return [...seen];
}

/*
 * arXiv links. Several sites list arXiv papers (Hugging Face keys its paper pages by arXiv id),
 * so the id grammar lives in one place: canonicalId knows every URL form.
 */

/** The arXiv id (no `arxiv:`, no version) an href points to, or undefined for anything else. */
export function arxivIdOfHref(href: string | null | undefined, base: URL): string | undefined {
  const url = absoluteUrl(href, base);
  const id = url ? canonicalId(url) : undefined;
  return id ? arxivIdOf(id) : undefined;
}

export function arxivAbsUrl(arxivId: string): string {
  return `https://arxiv.org/abs/${arxivId}`;
}

/** Unversioned, so it always opens the latest version. */
export function arxivPdfUrl(arxivId: string): string {
  return `https://arxiv.org/pdf/${arxivId}`;
}

/**
 * A card's `id` and `aliases` from everything on it that names its paper, in the order given
 * (adapters list the strongest first, as the database keys records: arXiv, DOI, then the site's
 * own id). Inputs that name no paper and repeats are dropped; undefined when none is left.
 */
export function cardIdentity(
  inputs: Iterable<string | undefined | null>,
): Pick<PaperCandidate, 'id' | 'aliases'> | undefined {
  const [id, ...aliases] = canonicalIds(inputs);
  if (!id) return undefined;
  return aliases.length ? { id, aliases: aliases.slice(0, LIMITS.aliases) } : { id };
}

/*
 * Highwire Press `citation_*` meta tags: what Google Scholar (and Zotero) read on a paper page,
 * so paper pages of every site carry them with the same names and date formats.
 * https://scholar.google.com/intl/en/scholar/inclusion.html#indexing
 */

/** What a paper page says about itself in its `citation_*` meta tags; absent or empty: undefined. */
export interface CitationMeta {
  title?: string;
  /** In page order, as written (some sites write "Last, First"). */
  authors: string[];
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  published?: string;
  abstract?: string;
  pdfUrl?: string;
  doi?: string;
  arxivId?: string;
}

/** The page's `citation_*` meta tags, read once per scan; `base` resolves a relative PDF URL. */
export function readCitationMeta(root: ParentNode, base: URL): CitationMeta {
  const values = new Map<string, string[]>();
  for (const meta of root.querySelectorAll('meta[name^="citation_"]')) {
    const name = meta.getAttribute('name')?.toLowerCase() ?? '';
    const content = normalizeSpace(meta.getAttribute('content') ?? '');
    if (!content) continue;
    values.set(name, [...(values.get(name) ?? []), content]);
  }
  const first = (...names: string[]) => names.map((name) => values.get(name)?.[0]).find(Boolean);
  return {
    title: first('citation_title'),
    authors: uniqueNonEmpty(values.get('citation_author') ?? []),
    published: citationDate(
      first('citation_publication_date', 'citation_date', 'citation_online_date') ?? '',
    ),
    abstract: first('citation_abstract'),
    pdfUrl: absoluteUrl(first('citation_pdf_url'), base),
    doi: first('citation_doi'),
    arxivId: first('citation_arxiv_id'),
  };
}

/**
 * `2017/06/12`, `2024/8`, `2024-08-01`, `2024` to YYYY-MM-DD, YYYY-MM or YYYY; undefined for
 * anything else (a month 13 is a typo, not a date to store).
 */
export function citationDate(text: string): string | undefined {
  const match = /^(\d{4})(?:[/-](\d{1,2})(?:[/-](\d{1,2}))?)?$/.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (!month) return year;
  if (Number(month) < 1 || Number(month) > 12) return undefined;
  const yearMonth = `${year}-${month.padStart(2, '0')}`;
  if (!day) return yearMonth;
  if (Number(day) < 1 || Number(day) > 31) return undefined;
  return `${yearMonth}-${day.padStart(2, '0')}`;
}
