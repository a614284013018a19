import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('organisation and place names (segment classification)', () => {
  it('reads a gazetteer name across lower-case words and unknown acronyms as bodies', () => {
    const ex = run('Officials criticized the Organization for Security and Co-operation in Europe. The M23 said it would withdraw.');
    expect(ex.names).toContain('Organization for Security and Co-operation in Europe');
    expect(ex.names).toContain('M23');
  });
  it('keeps an opening ordinal or adjective of a body or place name', () => {
    const ex = run('Ships gathered near Second Comet Shoal. Ana Ruiz told the Global Times that the Third Institute of Oceanography agreed.');
    expect(ex.names).toEqual(expect.arrayContaining(['Second Comet Shoal']));
  });
});
