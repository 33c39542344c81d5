/**
 * A paper candidate from a bare link (the "Save to Paper Shelf" link context menu): the id comes
 * from the URL, the title from the link's text. A link's text is often no title at all (arXiv
 * listings show "arXiv:2403.01234", social sites a shortened URL, every site "pdf" or "Download
 * PDF"): then the id stands in as the title, which the real title replaces the next time a page
 * shows the paper (lib/db/papers.ts). Only the id stand-in is replaced there, so a label taken
 * for a title would stay for good: when in doubt, the id it is.
 */
import { arxivAbsUrl, arxivPdfUrl, normalizeSpace } from '../sites/dom-text';
import { findPaperLinkSite } from '../sites/index';
import { arxivIdOf, canonicalId, landingUrl } from './paper-id';
import { LIMITS, type PaperCandidate, paperCandidateSchema } from './schemas';

/** Text that only repeats an address or an id: "arxiv.org/abs/2403.0…", "arXiv:2403.01234". */
function isAddressLike(text: string): boolean {
  return (
    /^(https?:\/\/|www\.)/i.test(text) ||
    /^[\w.-]+\.[a-z]{2,}\/\S*$/i.test(text) ||
    canonicalId(text) !== undefined
  );
}

/**
 * The words of the labels sites put on links to a paper's files and pages: arXiv's "pdf", "html",
 * "other" and "HTML (experimental)", "View PDF" and "TeX Source"; the Anthology's "pdf", "bib",
 * "abs"; Scholar's "[PDF] arxiv.org"; dblp's "electronic edition @ arxiv.org (open access)";
 * Hugging Face's "View arXiv page"; OpenReview's "Download PDF"; Semantic Scholar's "[PDF]
 * Semantic Reader". Small words join them ("the", "via"): a text of these alone names no paper.
 */
const LABEL_WORDS = new Set(
  [
    // Formats and files.
    'pdf html htm bib bibtex abs abstract ps postscript dvi tex latex source src other formats',
    'format xml json ris endnote epub doc docx txt zip gz tar file files version versions',
    // What one does with them.
    'view download get read open show see click go visit save cite export',
    // What they lead to.
    'full text fulltext paper article preprint eprint publication page link here details',
    'citation slides video poster code supplementary material materials data dataset software',
    'electronic edition access experimental icon reader entry record external new tab free',
    // The sites themselves.
    'arxiv ar5iv alphaxiv openreview doi dblp semantic scholar google acl anthology hugging face',
    'huggingface',
    // Small words of labels ("View on arXiv", "Open in new tab"); "a" is not one of them.
    'the this via on at in from to and or',
  ]
    .join(' ')
    .split(' '),
);

/** A host name in a label ("arxiv.org" in Scholar's "[PDF] arxiv.org"). */
const HOST_WORD = /^(?:[\p{L}\p{N}]+\.)+\p{L}{2,}$/u;

/**
 * A label, not a title: made only of LABEL_WORDS, host names and numbers ("[1]", "v2"), or too
 * short to be a title (fewer than three letters: "→", "12").
 */
function isGenericLabel(text: string): boolean {
  if ((text.match(/\p{L}/gu)?.length ?? 0) < 3) return true;
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}.]+/u)
    .map((word) => word.replace(/^\.+|\.+$/g, ''))
    .every(
      (word) =>
        word === '' ||
        LABEL_WORDS.has(word) ||
        /^[\d.]+$|^v\d+$/.test(word) ||
        HOST_WORD.test(word),
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
  // A link to the PDF (OpenReview's /pdf?id=, an Anthology .pdf, a publisher's PDF of a DOI) is
  // the paper's PDF; its page is the id's landing page, as a card saved from a listing has it.
  const isPdf = /\.pdf$|^\/(?:pdf|attachment)\/?$/i.test(url.pathname);
  const pageUrl =
    arxivId && site === 'arxiv'
      ? arxivAbsUrl(arxivId)
      : isPdf
        ? (landingUrl(id) ?? url.href)
        : url.href;
  const pdfUrl = arxivId ? arxivPdfUrl(arxivId) : isPdf ? url.href : undefined;
  const parsed = paperCandidateSchema.safeParse({
    id,
    title: text && !isAddressLike(text) && !isGenericLabel(text) ? text : titleFromId(id),
    authors: [],
    url: pageUrl,
    site,
    ...(pdfUrl && { pdfUrl }),
  });
  return parsed.success ? parsed.data : undefined;
}
