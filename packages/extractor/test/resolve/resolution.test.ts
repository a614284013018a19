import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { orgCoreKey, initials } from '../../src/resolve.js';

describe('resolution', () => {
  it('joins surnames to full names and keeps one entity', () => {
    const ex = run('German Chancellor Olaf Scholz said on Monday that Berlin would help. Scholz added that aid is ready.');
    expect(ex.entities.filter((e) => e.type === 'Person')).toHaveLength(1);
    expect(ex.entities[0]!.aliases).toEqual(expect.arrayContaining(['Olaf Scholz', 'Scholz']));
  });

  it('reads a capital that acts as the country, and a capital where something happens as a place', () => {
    const ex = run('Tokyo and Seoul have kept close contact, the minister said at a news conference in Tokyo.');
    const japan = ex.entities.find((e) => e.name === 'Japan');
    expect(japan?.aliases).toContain('Tokyo');
    expect(ex.entities.find((e) => e.id === 'place:tokyo')?.type).toBe('Place');
  });

  it('gives a national body the country the article makes clear', () => {
    const ex = run('The Egyptian Foreign Ministry said on Sunday it was concerned. The Foreign Ministry also urged Ethiopia to resume talks.');
    const orgs = ex.entities.filter((e) => e.type === 'Organization');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]!.id).toBe('organization:foreign-ministry-of-egypt');
    expect(ex.rel('Egyptian Foreign Ministry', 'URGED', 'Ethiopia')).toBe(true);
  });

  it('gives "China\'s Foreign Ministry" China, whatever the home country', () => {
    const ex = run("Japan and Australia held talks in Canberra. Japan said Australia is a partner. China's Foreign Ministry spokesman Lin Jian criticized the deal, saying it could fuel tensions.");
    expect(ex.rel('Lin Jian', 'HOLDS_ROLE', 'Chinese Foreign Ministry')).toBe(true);
    expect(ex.claims.find((c) => /fuel tensions/.test(c.text))?.speaker).toBe('person:lin-jian');
  });

  it('normalises organisation names', () => {
    expect(orgCoreKey('Ministry of Foreign Affairs')).toBe(orgCoreKey('Foreign Ministry'));
    expect(orgCoreKey('Department of State')).toBe(orgCoreKey('State Department'));
    expect(initials('World Trade Organization')).toBe('WTO');
  });
});
