/*
 * The benchmark floor: the least work any annotator of these listings must do. It finds the
 * paper cards with the same selectors as Paper Shelf's adapters (lib/sites/arxiv.ts,
 * lib/sites/huggingface.ts), and gives each one host element with an open shadow root holding
 * one plain <button>, at the same mount point. Nothing else: no parsing of titles or authors,
 * no validation, no styles, no messages to a background, no saved state, no observers, no
 * chunking. It runs in one synchronous pass, as a naive annotator would.
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
  for (const card of document.querySelectorAll(site.cards)) {
    if (!card.querySelector(site.mustContain)) continue;
    const host = document.createElement('paper-shelf-floor');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Save';
    host.attachShadow({ mode: 'open' }).append(button);
    site.mount(card, host);
  }
})();
