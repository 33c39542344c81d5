/**
 * Light or dark widgets to match the page they sit on, not the OS setting: arXiv stays white
 * under a dark OS theme, and Hugging Face's theme is chosen on the site. Dark widgets on a white
 * page (what `prefers-color-scheme` gave) were black pills whose saved star hardly showed.
 *
 * The page counts as dark when its own background (the body's, else the root's) is dark; a
 * transparent page shows the browser's canvas, dark only under a dark `color-scheme`. Hosts carry
 * `data-theme="dark"` then (components/card-widget.css, components/listing-toolbar.css). Read
 * once at start, and again when the root or the body changes its class, style or theme attribute
 * (a site's theme switch) or the OS theme changes (a page that follows it).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

let dark = false;

/** Whether new widgets should be dark: the page's theme as last read. */
export function pageLooksDark(): boolean {
  return dark;
}

/** Sets `data-theme` on a widget's host to the page's theme. */
export function markTheme(host: HTMLElement): void {
  if (dark) host.dataset.theme = 'dark';
  else delete host.dataset.theme;
}

/** Relative luminance of a CSS colour (any syntax the page uses), and its alpha; 0-1 both. */
function luminanceOf(color: string, canvas: CanvasRenderingContext2D): [number, number] {
  // The canvas reads every colour syntax (rgb, oklch, color(), named), as the page's CSS does.
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = color;
  canvas.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = canvas.getImageData(0, 0, 1, 1).data;
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return [0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b), a / 255];
}

function readPageTheme(doc: Document): boolean {
  const canvas = doc
    .createElement('canvas')
    .getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D | null;
  for (const element of [doc.body, doc.documentElement]) {
    if (!element || !canvas) continue;
    const [luminance, alpha] = luminanceOf(getComputedStyle(element).backgroundColor, canvas);
    // Mid-grey (#767676) and darker: white text reads better on it than black.
    if (alpha >= 0.5) return luminance < 0.18;
  }
  const scheme = getComputedStyle(doc.documentElement).colorScheme;
  if (!/\bdark\b/.test(scheme)) return false;
  return !/\blight\b/.test(scheme) || matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Reads the page's theme now, and re-marks the widget hosts (`hosts`, a selector) when it changes. */
export function followPageTheme(
  ctx: ContentScriptContext,
  hosts: string,
  doc: Document = document,
): void {
  const update = () => {
    let now: boolean;
    try {
      now = readPageTheme(doc);
    } catch {
      return;
    }
    if (now === dark) return;
    dark = now;
    for (const host of doc.querySelectorAll<HTMLElement>(hosts)) {
      markTheme(host);
    }
  };
  update();
  let frame = 0;
  const updateSoon = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      update();
    });
  };
  const observer = new MutationObserver(updateSoon);
  const watched = { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] };
  observer.observe(doc.documentElement, watched);
  if (doc.body) observer.observe(doc.body, watched);
  const scheme = matchMedia('(prefers-color-scheme: dark)');
  scheme.addEventListener('change', updateSoon);
  ctx.onInvalidated(() => {
    cancelAnimationFrame(frame);
    observer.disconnect();
    scheme.removeEventListener('change', updateSoon);
  });
}
