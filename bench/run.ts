/**
 * `npm run bench` (after `wxt build`): measures Paper Shelf in Chromium and Node, side by side
 * with the floor extension where that means something, prints one table per measurement and
 * writes bench/results.json. Never part of `npm test`. Method and figures: bench/README.md.
 *
 *   npx tsx bench/run.ts [--runs 5] [--only annotation,chunking,lookup,popup,export,bundle]
 *                        [--extension-dir path/to/another/build] [--pages arxiv|huggingface]
 *                        [--markdown] [--no-write]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPath, EXTENSION_DIR, launchExtension, PROJECT_DIR } from '../test/e2e/harness';
import { benchAnnotation, shelfForListings } from './annotation';
import { benchBackgroundLookup } from './background-lookup';
import { benchBundleSize } from './bundle-size';
import { benchChunking } from './chunking';
import { benchExportImport } from './export-import';
import { allowBenchFunctionsIn } from './lib/in-page';
import { formatMarkdown, formatSections, type Section } from './lib/report';
import { seedShelf } from './lib/shelf-data';
import { benchPopup, extensionWithBlankPage } from './popup';

const BENCHES = ['bundle', 'export', 'lookup', 'popup', 'annotation', 'chunking'] as const;
type Bench = (typeof BENCHES)[number];

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    only: { type: 'string' },
    'extension-dir': { type: 'string' },
    /** The annotation listings whose id contains this, for a quicker before/after run. */
    pages: { type: 'string' },
    markdown: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
});

const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer`);
const selected = new Set<Bench>(options.only ? (options.only.split(',') as Bench[]) : [...BENCHES]);
for (const name of selected) {
  if (!BENCHES.includes(name)) throw new Error(`Unknown bench ${name}: ${BENCHES.join(', ')}`);
}
const extensionDir = options['extension-dir'] ?? EXTENSION_DIR;

function machine() {
  const version = execFileSync(chromiumPath(), ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const chromium = /Chromium [\d.]+/.exec(version)?.[0] ?? version.trim();
  let os = `${process.platform}`;
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    os = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(release)?.[1] ?? os;
  } catch {
    // Not Linux: the platform name will do.
  }
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os,
    chromium,
    node: process.version,
  };
}

function log(text: string): void {
  process.stderr.write(`${text}\n`);
}

async function main(): Promise<void> {
  const started = performance.now();
  const sections: Section[] = [];
  const info = machine();
  log(
    `Paper Shelf bench: ${runs} runs, ${info.cpus} CPUs, ${info.chromium}, extension ${extensionDir}`,
  );

  if (selected.has('bundle')) {
    log('bundle sizes…');
    sections.push(benchBundleSize(extensionDir));
  }
  if (selected.has('export')) {
    log('export and import…');
    sections.push(...(await benchExportImport(runs)));
  }
  if (selected.has('lookup') || selected.has('popup')) {
    // The popup's floor is a page of the same build (bench/popup.ts): a copy of it carries one.
    const buildDir = selected.has('popup') ? extensionWithBlankPage(extensionDir) : extensionDir;
    const browser = await launchExtension({ extensionDir: buildDir });
    try {
      await allowBenchFunctionsIn(browser.context);
      // The popup opens the database with the app's schema; the shelf is written from there.
      const page = await browser.openPopup();
      await seedShelf(page, shelfForListings());
      if (selected.has('lookup')) {
        log('background lookup…');
        sections.push(await benchBackgroundLookup(page, runs));
      }
      await page.close();
      if (selected.has('popup')) {
        log('popup…');
        sections.push(...(await benchPopup(browser, runs)));
      }
    } finally {
      await browser.close();
      if (buildDir !== extensionDir) rmSync(buildDir, { recursive: true, force: true });
    }
  }
  if (selected.has('annotation')) {
    log('annotation (three Chromiums taking turns)…');
    sections.push(...(await benchAnnotation({ runs, extensionDir, pages: options.pages })));
    log('');
  }
  if (selected.has('chunking')) {
    log('chunking (the floor in batches, no extension)…');
    sections.push(await benchChunking(runs));
  }

  console.log(formatSections(sections));
  const seconds = (performance.now() - started) / 1000;
  const results = {
    date: new Date().toISOString(),
    machine: info,
    runs,
    extensionDir,
    seconds: Math.round(seconds),
    sections,
  };
  console.log(
    `\n${results.date.slice(0, 10)} · ${info.cpus} CPUs (${info.cpuModel}), ${info.memoryGb} GB, ${info.os}, ${info.chromium}, Node ${info.node} · ${seconds.toFixed(0)} s`,
  );
  if (options.markdown) console.log(`\n${formatMarkdown(results)}`);
  if (!options['no-write']) {
    const file = join(PROJECT_DIR, 'bench/results.json');
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    log(`Wrote ${file}`);
  }
}

await main();
