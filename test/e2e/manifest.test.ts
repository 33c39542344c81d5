/**
 * Least privilege, pinned: the exact permissions and hosts of both built manifests, nothing
 * that lets a web page talk to the extension or load its pages, no remote code. And the Firefox
 * build passes `web-ext lint` (what addons.mozilla.org runs) with no error and only the
 * warnings explained below.
 *
 * A new permission or site changes a list here on purpose, with its reason in wxt.config.ts.
 * Google Scholar's country domains, too many to copy, are pinned by their form instead.
 * Runs with the browser tests: the Chrome build is the one `npm test` makes just before; the
 * Firefox build is made here.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_ADAPTERS } from '../../lib/sites';
import { scholarAdapter } from '../../lib/sites/scholar';
import { launchExtension, PROJECT_DIR } from './harness';

/** Google Scholar's result pages on the .com and each country domain lib/sites/scholar.ts lists. */
const SCHOLAR_RESULT_PAGES = scholarAdapter.matches;

/** The listing sites the content script annotates (the union of the adapters' matches). */
const LISTING_HOSTS = [
  'https://huggingface.co/papers*',
  'https://huggingface.co/collections/*',
  'https://arxiv.org/list/*',
  'https://arxiv.org/catchup/*',
  'https://arxiv.org/search/*',
  'https://arxiv.org/abs/*',
  'https://openreview.net/*',
  ...SCHOLAR_RESULT_PAGES,
  'https://www.semanticscholar.org/*',
  'https://aclanthology.org/*',
  'https://dblp.org/pid/*',
  'https://dblp.org/db/conf/*',
  'https://dblp.org/db/journals/*',
  'https://dblp.org/search*',
];
/**
 * "scripting": the content script injected into listing tabs open at an update (MV3 only), and
 * the text of a link right-clicked for "Save to Paper Shelf" (with "activeTab": that tab, at that
 * moment only). "storage": the backup reminder's choice and last backup date. "contextMenus":
 * the "Save to Paper Shelf" item on paper links. None shows a warning at install.
 */
const API_PERMISSIONS = ['scripting', 'storage', 'contextMenus', 'activeTab'];

type Manifest = Record<string, unknown> & {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; js?: string[]; all_frames?: boolean }>;
};

const outputDir = (target: string) => join(PROJECT_DIR, '.output', target);
const readManifest = (target: string) =>
  JSON.parse(readFileSync(join(outputDir(target), 'manifest.json'), 'utf8')) as Manifest;

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: PROJECT_DIR, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let chrome: Manifest;
let firefox: Manifest;

beforeAll(() => {
  chrome = readManifest('chrome-mv3');
  const build = run('npx', ['wxt', 'build', '-b', 'firefox']);
  if (build.status !== 0) throw new Error(`Firefox build failed:\n${build.stdout}${build.stderr}`);
  firefox = readManifest('firefox-mv2');
});

/** What no manifest of ours may hold. */
function expectNoBroadAccess(manifest: Manifest): void {
  const text = JSON.stringify(manifest);
  expect(text).not.toContain('<all_urls>');
  expect(text).not.toMatch(/\*:\/\/\*\//);
  expect(text).not.toMatch(/https?:\/\/\*\//);
  // No web page may message the extension, load its pages in a frame, or run remote code.
  expect(manifest).not.toHaveProperty('externally_connectable');
  expect(manifest).not.toHaveProperty('web_accessible_resources');
  expect(manifest).not.toHaveProperty('content_security_policy');
  expect(manifest).not.toHaveProperty('optional_permissions');
  expect(manifest).not.toHaveProperty('optional_host_permissions');
  for (const script of manifest.content_scripts ?? []) expect(script.all_frames).toBeUndefined();
}

/**
 * Each site's script carries only its adapter (entrypoints/<site>.content.ts): it must run where
 * that adapter works, and all of them together exactly on the listing hosts.
 */
function expectOneScriptPerSite(manifest: Manifest): void {
  const scripts = manifest.content_scripts ?? [];
  expect(scripts.map((script) => script.js)).toEqual(
    [...SITE_ADAPTERS]
      .map((adapter) => [`content-scripts/${adapter.id}.js`])
      .sort((a, b) => String(a).localeCompare(String(b))),
  );
  for (const script of scripts) {
    const adapter = SITE_ADAPTERS.find(
      (candidate) => script.js?.[0] === `content-scripts/${candidate.id}.js`,
    );
    expect([...script.matches].sort()).toEqual([...(adapter?.matches ?? ['?'])].sort());
  }
  expect(scripts.flatMap((script) => script.matches).sort()).toEqual([...LISTING_HOSTS].sort());
}

/**
 * A match pattern as Chrome parses it: `<scheme>://<host><path>`, the host `*`, `*.` and a host
 * name, or a host name, with no other wildcard (so no `scholar.google.*`), the path from `/`.
 * https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
 */
function isChromeMatchPattern(pattern: string): boolean {
  const parts = /^(\*|https?|wss?|ftp|file|urn):\/\/([^/]*)(\/.*)$/.exec(pattern);
  const host = parts?.[2];
  return host !== undefined && (host === '*' || /^(\*\.)?[^*:]+(:(\d+|\*))?$/.test(host));
}

/** The permissions API, as a test calls it in the extension's worker. */
interface PermissionsApi {
  chrome: { permissions: { contains(permissions: { origins: string[] }): Promise<boolean> } };
}

describe("Google Scholar's hosts", () => {
  it('are valid match patterns', () => {
    for (const pattern of SCHOLAR_RESULT_PAGES) {
      expect(isChromeMatchPattern(pattern), pattern).toBe(true);
    }
    // What Chrome rejects, the check rejects.
    expect(isChromeMatchPattern('https://scholar.google.*/scholar*')).toBe(false);
    expect(isChromeMatchPattern('https://scholar.google.com')).toBe(false);
  });

  it('are granted by Chrome itself, which throws on a pattern it cannot parse', async () => {
    const browser = await launchExtension();
    const contains = (origins: string[]) =>
      browser.worker.evaluate(
        (asked) => (globalThis as unknown as PermissionsApi).chrome.permissions.contains(asked),
        { origins },
      );
    try {
      expect(await contains(SCHOLAR_RESULT_PAGES)).toBe(true);
      await expect(contains(['https://scholar.google.*/scholar*'])).rejects.toThrow(
        /Invalid host wildcard/,
      );
    } finally {
      await browser.close();
    }
  });

  it("are each Scholar's result pages on one Google domain: no wider, none twice", () => {
    for (const pattern of SCHOLAR_RESULT_PAGES) {
      expect(pattern).toMatch(/^https:\/\/scholar\.google\.(com|(com?\.)?[a-z]{2})\/scholar\*$/);
    }
    expect(new Set(SCHOLAR_RESULT_PAGES).size).toBe(SCHOLAR_RESULT_PAGES.length);
    // The .com and the main country domains, not every domain Google has.
    expect(SCHOLAR_RESULT_PAGES).toEqual(
      expect.arrayContaining(
        ['com', 'de', 'co.uk', 'fr', 'co.jp', 'com.au', 'com.br', 'co.in'].map(
          (tld) => `https://scholar.google.${tld}/scholar*`,
        ),
      ),
    );
    expect(SCHOLAR_RESULT_PAGES.length).toBeGreaterThanOrEqual(40);
    expect(SCHOLAR_RESULT_PAGES.length).toBeLessThanOrEqual(60);
  });
});

describe('the Chrome manifest (MV3)', () => {
  it('asks for exactly these permissions and hosts', () => {
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.permissions).toEqual(API_PERMISSIONS);
    expect(chrome.host_permissions).toEqual(LISTING_HOSTS);
    // Firefox's key: Chrome reports an unknown key as an error of the unpacked extension.
    expect(chrome).not.toHaveProperty('browser_specific_settings');
    expectNoBroadAccess(chrome);
  });

  it("runs one content script per site, on that site's listings and nowhere else", () => {
    expectOneScriptPerSite(chrome);
    expect(chrome.background).toEqual({ type: 'module', service_worker: 'background.js' });
  });
});

describe('the Firefox manifest (MV2)', () => {
  it('asks for exactly these permissions and hosts, and declares it collects no data', () => {
    expect(firefox.manifest_version).toBe(2);
    expect(firefox.permissions).toEqual([...API_PERMISSIONS, ...LISTING_HOSTS]);
    expectOneScriptPerSite(firefox);
    expect(firefox.browser_specific_settings).toMatchObject({
      gecko: {
        id: 'paper-shelf@paper-shelf.dev',
        data_collection_permissions: { required: ['none'] },
      },
    });
    expectNoBroadAccess(firefox);
  });

  it('passes web-ext lint: no error, and only warnings about library code we never call', () => {
    const lint = run('npx', [
      'web-ext',
      'lint',
      '--source-dir',
      outputDir('firefox-mv2'),
      '--output',
      'json',
    ]);
    const report = JSON.parse(lint.stdout) as Record<
      'errors' | 'warnings' | 'notices',
      Array<{ code: string; file?: string; line?: number; column?: number; message: string }>
    >;
    expect(report.errors).toEqual([]);
    expect(lint.status).toBe(0);
    /**
     * The warnings the linter cannot tell apart from real ones, each checked at its position:
     * Preact's support for `dangerouslySetInnerHTML` (never used: page text is rendered as
     * text), and zod's probe of whether `Function` is allowed (it is not, by the extension CSP,
     * and zod then validates without it).
     */
    const explained = (warning: (typeof report.warnings)[number]) => {
      if (!warning.file || warning.line === undefined || warning.column === undefined) return false;
      const line = readFileSync(join(outputDir('firefox-mv2'), warning.file), 'utf8').split('\n')[
        warning.line - 1
      ];
      const around = line?.slice(Math.max(0, warning.column - 120), warning.column + 120) ?? '';
      if (warning.code === 'UNSAFE_VAR_ASSIGNMENT') return around.includes('.__html');
      if (warning.code === 'DANGEROUS_EVAL') return /Function\(``\)|Function\(""\)/.test(around);
      return false;
    };
    expect(report.warnings.filter((warning) => !explained(warning))).toEqual([]);
  }, 120_000);
});
