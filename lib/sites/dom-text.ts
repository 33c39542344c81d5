/** Text helpers shared by the adapters: pages wrap, highlight and pad their text freely. */
import { arxivIdOf, canonicalId } from '../paper/paper-id';

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
