import { describe, expect, it } from 'vitest';
import {
  type BenchResults,
  formatMarkdown,
  formatSections,
  type Section,
} from '../../bench/lib/report';

const annotation = (chunked: boolean): Section => ({
  id: 'annotation-arxiv',
  title: 'Annotation: arXiv',
  method: '',
  figures: [
    {
      label: 'every card annotated, on screen',
      unit: 'ms',
      value: 600,
      floor: 250,
      ratio: 2.4,
      ...(chunked && { chunkedFloor: 400, chunkedFloorRatio: 1.5 }),
      target: { text: '≤ 1.5× floor', met: false },
    },
    { label: '  longest task', unit: 'ms', value: 40, floor: 120, none: 70 },
  ],
});

const results = (section: Section): BenchResults => ({
  date: '2026-12-03T08:00:00.000Z',
  machine: {
    cpus: 2,
    cpuModel: 'cpu',
    memoryGb: 24,
    os: 'Debian',
    chromium: 'Chromium 1',
    node: 'v20',
  },
  runs: 5,
  sections: [section],
});

describe('bench report', () => {
  it('puts the chunked floor and the ratio to it beside the floor, when measured', () => {
    const [header, row] = formatSections([annotation(true)])
      .split('\n')
      .slice(2);
    expect(header?.split(/\s{2,}/).map((cell) => cell.trim())).toEqual([
      '',
      'unit',
      'Paper Shelf',
      'floor',
      'ours/floor',
      'chunked floor',
      'ours/chunked',
      'no extension',
      'target',
    ]);
    expect(row).toMatch(/600\s+250\s+2\.40×\s+400\s+1\.50×\s+—\s+MISS ≤ 1\.5× floor$/);
    const markdown = formatMarkdown(results(annotation(true)));
    expect(markdown).toContain(
      '| every card annotated, on screen | 600 ms | 250 ms | 2.40× | 400 ms | 1.50× | — | ≤ 1.5× floor ❌ |',
    );
  });

  it('leaves the chunked floor columns out of sections without it', () => {
    expect(formatSections([annotation(false)])).not.toContain('chunked');
    expect(formatMarkdown(results(annotation(false)))).not.toContain('chunked');
  });

  it("heads the value column with whose figures they are, Paper Shelf's unless the section says", () => {
    const section: Section = {
      id: 'chunking',
      title: 'chunking',
      method: '',
      valueColumn: "the floor's hosts",
      figures: [{ label: 'one pass', unit: 'ms', value: 180 }],
    };
    expect(formatSections([section]).split('\n')[2]).toMatch(/unit\s+the floor's hosts$/);
    expect(formatMarkdown(results(section))).toContain("|  | the floor's hosts |");
  });
});
