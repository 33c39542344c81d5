/**
 * What each entrypoint of the built extension makes the browser load, raw and gzip: the files
 * the manifest names (service worker, content scripts, popup and options pages), followed through
 * their HTML (scripts, module preloads, stylesheets) and their static imports. A chunk shared by
 * two entrypoints counts in both, since each of them loads it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, PROJECT_DIR } from '../test/e2e/harness';
import { atMost, type Figure, type Section } from './lib/report';

interface Manifest {
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
}

const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+\.m?js)["']/g;
const HTML_ASSET = /<(?:script|link)\b[^>]*?(?:src|href)=["']([^"']+)["'][^>]*>/g;

/** Every file `entry` loads, itself included, as paths relative to the extension root. */
function filesOf(root: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(root, file))) return;
    seen.add(file);
    const text = readFileSync(join(root, file), 'utf8');
    const pattern = file.endsWith('.html')
      ? HTML_ASSET
      : file.endsWith('.js')
        ? STATIC_IMPORT
        : undefined;
    if (!pattern) return;
    for (const [, reference] of text.matchAll(pattern)) {
      if (!reference || /^[a-z]+:/i.test(reference)) continue;
      const target = reference.startsWith('/')
        ? reference.slice(1)
        : normalize(join(dirname(file), reference));
      visit(relative('.', target));
    }
  };
  visit(entry);
  return [...seen];
}

function entrypoints(manifest: Manifest): Array<{ name: string; files: string[] }> {
  const entries: Array<{ name: string; files: string[] }> = [];
  const background = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  if (background) entries.push({ name: 'background', files: [background] });
  for (const script of manifest.content_scripts ?? []) {
    const files = [...(script.js ?? []), ...(script.css ?? [])];
    const name = files[0]?.replace(/\.js$/, '') ?? 'content script';
    entries.push({ name, files });
  }
  if (manifest.action?.default_popup)
    entries.push({ name: 'popup', files: [manifest.action.default_popup] });
  const options = manifest.options_ui?.page ?? manifest.options_page;
  if (options) entries.push({ name: 'options', files: [options] });
  return entries;
}

const KB = 1024;

export function benchBundleSize(root = EXTENSION_DIR): Section {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;
  const figures: Figure[] = [];
  const listing: string[] = [];
  for (const entry of entrypoints(manifest)) {
    const files = [...new Set(entry.files.flatMap((file) => filesOf(root, file)))];
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const bytes = readFileSync(join(root, file));
      raw += bytes.length;
      gzip += gzipSync(bytes).length;
    }
    const isContentScript = entry.name.startsWith('content-scripts/');
    figures.push({ label: `${entry.name}, raw`, unit: 'KB', value: raw / KB });
    figures.push({
      label: `${entry.name}, gzip`,
      unit: 'KB',
      value: gzip / KB,
      ...(isContentScript && { target: atMost(gzip / KB, 25, '≤ 25 KB') }),
    });
    listing.push(`${entry.name}: ${files.join(', ')}`);
  }
  return {
    id: 'bundle-size',
    title: `Bundle size of each entrypoint (${relative(PROJECT_DIR, root) || root})`,
    method: `Files each entrypoint loads, followed through HTML and static imports; gzip is zlib's default level per file. ${listing.join('; ')}.`,
    figures,
  };
}
