// @vitest-environment happy-dom
/** OpenReview rules the fixtures cannot show one by one: namesakes, MathJax 3 titles. */
import { parsePage } from '../../../lib/sites';
import { TITLE_MATHJAX3_HTML } from '../../fixtures/sites/mathjax-output';

const groupUrl = new URL('https://openreview.net/group?id=ICLR.cc/2026/Conference');

function groupPage(title: string, authors: string): Document {
  return new DOMParser().parseFromString(
    `<div class="submissions-list"><ul class="list-unstyled list-paginated"><li><div class="note"><h4><a href="/forum?id=AbC123xYz">${title}</a></h4><div class="note-authors"><span>${authors}</span></div></div></li></ul></div>`,
    'text/html',
  );
}

function profile(id: string, name: string): string {
  return `<a href="/profile?id=${id}" title="${id}" data-toggle="tooltip" data-placement="top">${name}</a>`;
}

describe('OpenReview note authors', () => {
  it('keeps co-authors who share a name: their profiles tell them apart', () => {
    const doc = groupPage(
      'T',
      `${profile('~Wei_Wang1', 'Wei Wang')}, ${profile('~Wei_Wang2', 'Wei Wang')}, ${profile('~Ada_L1', 'Ada L')}`,
    );
    expect(parsePage(groupUrl, doc)[0]?.authors).toEqual(['Wei Wang', 'Wei Wang', 'Ada L']);
  });

  it('keeps namesakes without a profile, and drops the same profile shown twice', () => {
    const doc = groupPage(
      'T',
      `${profile('~Wei_Wang1', 'Wei Wang')}, <span>Li Na</span>, <span>Li Na</span>, ${profile('~Wei_Wang1', 'Wei Wang')}`,
    );
    expect(parsePage(groupUrl, doc)[0]?.authors).toEqual(['Wei Wang', 'Li Na', 'Li Na']);
  });

  it('tells namesakes apart on forum pages, where each author is wrapped with an institution', () => {
    const author = (id: string, sup: number) =>
      `<span class="note-author-with-institutions">${profile(id, 'Wei Wang')}<sup>${sup}</sup></span>`;
    const doc = new DOMParser().parseFromString(
      `<div class="forum-note"><div class="forum-title"><h2 class="citation_title">T</h2></div><div class="forum-authors mb-2"><h3><span>${author('~Wei_Wang1', 1)}, ${author('~Wei_Wang2', 2)}</span></h3></div></div>`,
      'text/html',
    );
    const [candidate] = parsePage(new URL('https://openreview.net/forum?id=AbC123xYz'), doc);
    expect(candidate?.authors).toEqual(['Wei Wang', 'Wei Wang']);
  });
});

describe('OpenReview titles typeset by MathJax 3', () => {
  it('reads the math once: MathJax 3 keeps no TeX, and draws its glyphs as CSS content', () => {
    const doc = groupPage(TITLE_MATHJAX3_HTML, profile('~Ada_L1', 'Ada L'));
    expect(parsePage(groupUrl, doc)[0]?.title).toBe('Bounds on ℓ1 Fixtures');
  });
});
