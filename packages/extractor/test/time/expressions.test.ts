import { describe, expect, it } from 'vitest';
import { findTimeExpressions, firstFullDate, isoDate, resolveExpression } from '../../src/time/expressions.js';

const resolve = (text: string, ref: string | null) => {
  const e = findTimeExpressions(text)[0];
  return e ? resolveExpression(e, ref) : null;
};

describe('time expressions', () => {
  // 2024-03-13 is a Wednesday
  const ref = '2024-03-13';
  it('resolves a weekday to the most recent such day on or before the reference', () => {
    expect(resolve('the minister said on Monday', ref)).toEqual({ date: '2024-03-11', precision: 'day' });
    expect(resolve('she told reporters on Wednesday', ref)).toEqual({ date: '2024-03-13', precision: 'day' });
    expect(resolve('he said on Sunday', ref)).toEqual({ date: '2024-03-10', precision: 'day' });
    expect(resolve('talks resume next Monday', ref)).toEqual({ date: '2024-03-18', precision: 'day' });
  });
  it('resolves days relative to the reference', () => {
    expect(resolve('officials said yesterday', ref)).toEqual({ date: '2024-03-12', precision: 'day' });
    expect(resolve('the ministry said today', ref)).toEqual({ date: ref, precision: 'day' });
  });
  it('gives weeks as their Monday, months as their first day', () => {
    expect(resolve('the envoy said last week', ref)).toEqual({ date: '2024-03-04', precision: 'week' });
    expect(resolve('prices rose last month', ref)).toEqual({ date: '2024-02-01', precision: 'month' });
    expect(resolve('the summit in November', ref)).toEqual({ date: '2023-11-01', precision: 'month' });
    expect(resolve('the vote in February', ref)).toEqual({ date: '2024-02-01', precision: 'month' });
    expect(resolve('the treaty signed in 2019', ref)).toEqual({ date: '2019-01-01', precision: 'year' });
  });
  it('reads full dates with or without a weekday and their year', () => {
    expect(resolve('Published Monday, May 22, 2023 at noon', null)).toEqual({ date: '2023-05-22', precision: 'day' });
    expect(resolve('on 4 July 2022 the court ruled', null)).toEqual({ date: '2022-07-04', precision: 'day' });
    expect(resolve('filed 2021-11-30 in court', null)).toEqual({ date: '2021-11-30', precision: 'day' });
    expect(resolve('on Jan. 5 the plan was announced', ref)).toEqual({ date: '2024-01-05', precision: 'day' });
    // a date well after the reference with no year is last year's
    expect(resolve('on Dec. 5 the plan was announced', ref)).toEqual({ date: '2023-12-05', precision: 'day' });
  });
  it('needs a reference for relative expressions, and ignores the verb "may"', () => {
    expect(resolve('the minister said on Monday', null)).toBeNull();
    expect(findTimeExpressions('prices may 5 times rise; they may in time fall')).toEqual([]);
    expect(isoDate(2023, 2, 30)).toBeNull();
  });
  it('finds the first full date of a page', () => {
    expect(firstFullDate('Home > News\nUpdated 2022-06-01 10:00\nOn Monday, officials...')?.date).toBe('2022-06-01');
    expect(firstFullDate('officials met on Monday and again in May')).toBeNull();
  });
});
