import { describe, expect, it } from 'vitest';
import { clean, hasEnglish, parseDatelineDate } from '../../src/clean.js';

describe('clean', () => {
  const page = [
    '首页 > 新闻 > 国际',
    'Home > World > Europe >',
    '',
    'Minister pledges aid to flood victims',
    '',
    'Source: Kyodo | 2024-07-02',
    'Share:',
    'Minister pledges aid to flood victims',
    '',
    'TOKYO, July 1 (Kyodo) -- The government said on Monday it would send aid.',
    '',
    '4471182',
  ].join('\n');

  it('keeps the length so offsets stay valid, and blanks junk', () => {
    const c = clean(page);
    expect(c.clean.length).toBe(page.length);
    expect(c.clean).not.toMatch(/Home >|Share:|4471182|首页/);
    expect(c.clean).toContain('The government said on Monday');
    const at = c.clean.indexOf('The government');
    expect(page.slice(at, at + 14)).toBe('The government');
  });

  it('finds headline, outlet, publication date and dateline', () => {
    const c = clean(page);
    expect(c.meta.title).toBe('Minister pledges aid to flood victims');
    expect(c.meta.source).toBe('Kyodo');
    expect(c.meta.publishedAt).toBe('2024-07-02');
    expect(c.meta.dateline).toBe('2024-07-01');
    expect(c.meta.datelinePlace).toBe('TOKYO');
    expect(c.clean).not.toContain('(Kyodo)');
  });

  it('reads a Chinese credit line as the outlet', () => {
    const c = clean('The premier said trade would grow.\n\n来源:人民日报 记者\n');
    expect(c.meta.source).toBe("People's Daily");
  });

  it('takes the dateline year from the publication date', () => {
    expect(parseDatelineDate('Dec. 30', '2024-01-02')).toBe('2023-12-30');
    expect(parseDatelineDate('March 3, 2022', null)).toBe('2022-03-03');
    expect(parseDatelineDate('Jan. 3', null)).toBeNull();
  });

  it('drops related-link lists', () => {
    const c = clean('The envoy said talks would resume.\n\nRelated:\nTalks stall again\nEnvoy arrives\n\nThe talks resume on Friday.');
    expect(c.clean).not.toContain('Talks stall');
    expect(c.clean).toContain('The talks resume');
  });

  it('detects text without English', () => {
    expect(hasEnglish(clean('这是一个中文句子。没有英文。').clean)).toBe(false);
    expect(hasEnglish(clean('The minister said that the plan is ready.').clean)).toBe(true);
  });
});
