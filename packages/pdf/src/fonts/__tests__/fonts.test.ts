import { describe, expect, it } from 'vitest';
import { SubsetCatalog, subsetCatalog } from '../font-catalog.js';
import { fontKey, splitRuns } from '../runs.js';
import { parseRangeList, parseUnicodeRangeCss } from '../unicode-range.js';

describe('unicode-range parsing', () => {
  it('parses single points, spans and wildcards', () => {
    expect(parseRangeList('U+4e00-4e0f, U+20, U+30??')).toEqual([
      { from: 0x20, to: 0x20 },
      { from: 0x3000, to: 0x30ff },
      { from: 0x4e00, to: 0x4e0f },
    ]);
  });

  it('reads every numbered subset of the installed fontsource CSS', () => {
    const catalog = subsetCatalog(400);
    expect(catalog.subsets.length).toBeGreaterThan(90);
    expect(catalog.subsetFor('调'.codePointAt(0) as number)?.file).toMatch(/noto-sans-sc-\d+-400-normal\.woff$/);
  });
});

describe('splitRuns', () => {
  it('gives every character of mixed text a subset that covers it', () => {
    const runs = splitRuns('人民调解协议书 ¥ 12,000.00（2026年）', subsetCatalog(700));
    expect(runs.map((run) => run.text).join('')).toBe('人民调解协议书 ¥ 12,000.00（2026年）');
    expect(runs.every((run) => run.font.kind === 'noto' && run.font.weight === 700)).toBe(true);
  });

  it('falls back to Helvetica for ASCII that no subset covers', () => {
    const css = "@font-face { src: url(./files/noto-sans-sc-1-400-normal.woff) format('woff'); unicode-range: U+4e00-9fff; }";
    const catalog = new SubsetCatalog(400, parseUnicodeRangeCss(css), '/nowhere');
    expect(splitRuns('No.一', catalog).map((run) => [fontKey(run.font), run.text])).toEqual([
      ['Helvetica', 'No.'],
      ['NotoSansSC-400-1', '一'],
    ]);
  });

  it('throws a clear error naming the character and field when nothing covers it', () => {
    expect(() => splitRuns('签名\u{1f9ff}', subsetCatalog(400), 'title')).toThrowError(/title: .*U\+1F9FF/);
  });
});
