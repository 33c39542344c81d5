/*
 * The benchmark floor: the least work any annotator of these listings must do. It finds the
 * paper cards with the same selectors as Paper Shelf's adapters (lib/sites/arxiv.ts,
 * lib/sites/huggingface.ts), and gives each one host element with an open shadow root holding
 * one plain <button>, at the same mount point. Nothing else: no parsing of titles or authors,
 * no validation, no styles, no messages to a background, no saved state, no observers. It runs
 * in one synchronous pass, as a naive annotator would.
 *
 * The chunked floor (bench/annotation.ts makes it from this file) sets
 * `PAPER_SHELF_FLOOR_FRAME_BATCH` first: then that many cards go in at once, and each next batch
 * in the next animation frame, so that no frame is a long task. It is the least an annotator
 * must do under the "no task over 50 ms" target: fixed batches, nothing measured.
 *
 * Plain JS on purpose: it imports nothing from the project, so it cannot inherit its costs.
 */
(() => {
  const SITES = {
    'arxiv.org': {
      cards: '#dlpage dl dt',
      mustContain: 'a[title="Abstract"]',
      // arXiv: inside the `dt`, after the [pdf, html, other] links.
      mount: (card, host) => card.append(host),
    },
    'huggingface.co': {
      cards: 'article',
      mustContain: 'h3 a[href^="/papers/"]',
      // Hugging Face: right after the title's `h3`.
      mount: (card, host) => card.querySelector('h3 a[href^="/papers/"]').closest('h3').after(host),
    },
  };

  const site = SITES[location.hostname];
  if (!site) return;
  const cards = document.querySelectorAll(site.cards);
  const batch = globalThis.PAPER_SHELF_FLOOR_FRAME_BATCH ?? cards.length;
  let next = 0;
  const insertBatch = () => {
    for (const end = Math.min(cards.length, next + batch); next < end; next++) {
      const card = cards[next];
      if (!card.querySelector(site.mustContain)) continue;
      const host = document.createElement('paper-shelf-floor');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = 'Save';
      host.attachShadow({ mode: 'open' }).append(button);
      site.mount(card, host);
    }
    if (next < cards.length) requestAnimationFrame(insertBatch);
  };
  insertBatch();
})();
