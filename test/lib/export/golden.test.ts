/**
 * Golden files: every format's output for a small shelf full of hard cases, committed under
 * test/fixtures/export/golden/ and reviewed by eye. A change to an exporter shows up as a diff
 * there (`npx vitest run --project unit -u` rewrites them after a deliberate change).
 */
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, exportPapers } from '@/lib/export';
import { SHELF_PAPERS, SHELF_TAGS } from '../../fixtures/export/shelf';

describe.each(EXPORT_FORMAT_IDS)('%s export', (format) => {
  it('matches its golden file', async () => {
    const output = exportPapers(format, SHELF_PAPERS, SHELF_TAGS);
    await expect(output).toMatchFileSnapshot(
      `../../fixtures/export/golden/shelf${EXPORT_FORMATS[format].extension}`,
    );
  });

  it('of an empty shelf is still a well-formed file', () => {
    const output = exportPapers(format, [], SHELF_TAGS);
    if (format === 'csl-json') expect(JSON.parse(output)).toEqual([]);
    else if (format === 'json') expect(JSON.parse(output).papers).toEqual([]);
    else if (format === 'csv') expect(output.trim().split('\r\n')).toHaveLength(1);
    else if (format === 'markdown') expect(output).toContain('0 papers');
    else expect(output).toBe('');
  });
});
