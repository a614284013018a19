import { describe, expect, it } from 'vitest';
import { articleDate, datelineDate } from '../../src/time/article-date.js';
import { claimTimes, factTime } from '../../src/time/said-at.js';

describe('article date', () => {
  it('prefers metadata, then the dateline, then a date in the text', () => {
    expect(articleDate({ text: 'x', metadata: '2022-02-02', datelineText: 'Feb. 1' })).toMatchObject({ publishedAt: '2022-02-02', dateSource: 'metadata', dateline: '2022-02-01', reference: '2022-02-01' });
    // the dateline's year comes from a full date elsewhere in the page
    expect(articleDate({ text: 'Copyright notice 2021-03-04\nROME, Mar. 3 (Agency) -- ...', metadata: null, datelineText: 'Mar. 3' }))
      .toMatchObject({ publishedAt: '2021-03-03', dateSource: 'dateline' });
    expect(articleDate({ text: 'Tuesday, June 7, 2022\nThe council met on Monday.', metadata: null, datelineText: null }))
      .toMatchObject({ publishedAt: '2022-06-07', dateSource: 'text', reference: '2022-06-07' });
    expect(articleDate({ text: 'The council met on Monday.', metadata: null, datelineText: null })).toMatchObject({ publishedAt: null, dateSource: null });
  });
  it('puts a December dateline on a January page in the year before', () => {
    expect(datelineDate('Dec. 31', '2023-01-02')).toBe('2022-12-31');
    expect(datelineDate('Jan. 30, 2020', null)).toBe('2020-01-30');
    expect(datelineDate('Jan. 30', null)).toBeNull();
  });
});

describe('claim and fact times', () => {
  const text = 'The minister said on Monday that taxes will fall on Friday. She added that growth is strong. Rivals said the plan fails.';
  const span = (s: string, speaker: number) => {
    const start = text.indexOf(s);
    const sentStart = text.lastIndexOf('.', start) + 1;
    return { speaker, start, end: start + s.length, sentStart, sentEnd: text.indexOf('.', start + s.length) + 1 };
  };
  const claims = [span('taxes will fall on Friday', 0), span('growth is strong', 0), span('the plan fails', 1)];
  it('dates a claim by its attribution, not by the time inside its words', () => {
    // 2024-03-13 is a Wednesday: "on Monday" is the 11th; "on Friday" is inside the claim and ignored
    const t = claimTimes(text, claims, '2024-03-13', null);
    expect(t[0]).toEqual({ date: '2024-03-11', precision: 'day' });
    expect(t[1]).toEqual({ date: '2024-03-11', precision: 'day' }); // same speaker, same briefing
    expect(t[2]).toBeNull(); // another speaker, no expression, no dateline
    expect(claimTimes(text, claims, '2024-03-13', '2024-03-12')[2]).toEqual({ date: '2024-03-12', precision: 'day' });
  });
  it('dates a fact by the first expression of its sentence, unknown when it cannot be resolved', () => {
    expect(factTime('The two leaders met in Geneva last week.', '2024-03-13', null)).toEqual({ date: '2024-03-04', precision: 'week' });
    expect(factTime('The two leaders met in Geneva on Monday.', null, null)).toBeNull();
    expect(factTime('The two leaders met in Geneva.', null, '2024-03-12')).toEqual({ date: '2024-03-12', precision: 'day' });
  });
});

describe('what does not date a claim', () => {
  it('ignores a bare year and an expression far from the claim', () => {
    const text = 'The senator said the party lost in 2012 because of its divisions.';
    const start = text.indexOf('the party');
    const c = { speaker: 0, start, end: text.indexOf(' in 2012'), sentStart: 0, sentEnd: text.length };
    expect(claimTimes(text, [c], '2016-05-04', null)[0]).toBeNull();
    const far = 'On Monday, after a long and winding debate that lasted well into the night and beyond, the senator said taxes fall.';
    const f = { speaker: 0, start: far.indexOf('taxes'), end: far.length - 1, sentStart: 0, sentEnd: far.length };
    expect(claimTimes(far, [f], '2016-05-04', null)[0]).toBeNull();
  });
});
