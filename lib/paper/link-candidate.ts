/**
 * A paper candidate from a bare link (the "Save to Paper Shelf" link context menu): the id comes
 * from the URL, the title from the link's text. A link's text is often no title at all (arXiv
 * listings show "arXiv:2403.01234", social sites a shortened URL): then the id stands in as the
 * title, which the real title replaces the next time a page shows the paper (lib/db/papers.ts).
 */
import { arxivAbsUrl, arxivPdfUrl, normalizeSpace } from '../sites/dom-text';
import { findPaperLinkSite } from '../sites/index';
import { arxivIdOf, canonicalId } from './paper-id';
import { LIMITS, type PaperCandidate, paperCandidateSchema } from './schemas';

/** Text that only repeats an address or an id: "arxiv.org/abs/2403.0…", "arXiv:2403.01234". */
function isAddressLike(text: string): boolean {
  return (
    /^(https?:\/\/|www\.)/i.test(text) ||
    /^[\w.-]+\.[a-z]{2,}\/\S*$/i.test(text) ||
    canonicalId(text) !== undefined
  );
}

/** What to call a paper known only by its id. */
function titleFromId(id: string): string {
  const arxivId = arxivIdOf(id);
  return arxivId ? `arXiv:${arxivId}` : id;
}

/** The candidate a link to a paper of a supported site names; undefined for any other link. */
export function candidateFromLink(
  linkUrl: string,
  linkText: string | undefined,
): PaperCandidate | undefined {
  const site = findPaperLinkSite(linkUrl);
  const id = canonicalId(linkUrl);
  if (!site || !id || id.startsWith('url:')) return undefined;
  const text = normalizeSpace(linkText ?? '').slice(0, LIMITS.titleLength);
  const arxivId = arxivIdOf(id);
  const url = new URL(linkUrl);
  url.hash = '';
  const parsed = paperCandidateSchema.safeParse({
    id,
    title: text && !isAddressLike(text) ? text : titleFromId(id),
    authors: [],
    url: arxivId && site === 'arxiv' ? arxivAbsUrl(arxivId) : url.href,
    site,
    ...(arxivId ? { pdfUrl: arxivPdfUrl(arxivId) } : {}),
  });
  return parsed.success ? parsed.data : undefined;
}
