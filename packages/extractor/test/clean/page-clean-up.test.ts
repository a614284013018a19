import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean.js';

describe('page clean-up (stage clean)', () => {
  it('reads a dateline with a country before the agency, and blanks captions, tags and the copyright line', () => {
    const page = 'Leaders meet in port city\n\nODESSA, Ukraine, May 2 (Agencia Sur) -- Minister Ana Ruiz said the port would reopen.\n\n'
      + 'Minister Ana Ruiz speaks to the press in Odessa. (Photo: Agencia Sur)\n\nTags: ports shipping\n© 2024 Agencia Sur Media Group. All rights reserved.\n';
    const c = clean(page);
    expect(c.meta.source).toBe('Agencia Sur');
    expect(c.meta.datelinePlace).toBe('ODESSA');
    expect(c.clean).not.toMatch(/speaks to the press|Tags|Media Group/);
    expect(c.clean).toMatch(/the port would reopen/);
  });
  it('blanks a pipe byline, a worded date line and a contact line, keeping the outlet and date', () => {
    const page = 'Port deal signed after long talks in the capital\n\nBy LI MING in Tianjin | Harbour Herald | Updated: 2024-03-02 08:15\n\n'
      + 'Minister Ana Ruiz said the port would reopen.\n\nContact the writer at liming@example.com\n';
    const c = clean(page);
    expect(c.meta.source).toBe('Harbour Herald');
    expect(c.meta.publishedAt).toBe('2024-03-02');
    expect(c.clean).not.toMatch(/LI MING|Contact the writer/);
    expect(clean('Title of the story here\n\nPublished: Aug 21, 2023 10:45 PM\n\nThe talks went on.\n').meta.publishedAt).toBe('2023-08-21');
  });
});
