// The mention stage as a hand-off: from the analysed text to typed mentions and untyped candidates.
import { describe, expect, it } from 'vitest';
import { MENTION_RULES } from '../../src/mentions.js';
import { mentionsOf, stage } from '../helpers.js';

describe('mention stage', () => {
  it('runs its passes in order: runs, titled names, descriptions, appositions', () => {
    expect(MENTION_RULES.map((r) => r.name)).toEqual(['capitalisedRuns', 'titledNames', 'descriptions', 'appositions']);
  });
  it('types what it can and leaves unknown names to the resolver as candidates', () => {
    const { input, output } = stage('mentions', 'The Kenyan Foreign Ministry said Dana Whitfield would visit Nairobi.');
    expect(input).toHaveProperty('tokens');
    expect(output.mentions.map((m) => `${m.type}:${m.kind}:${m.text}`)).toEqual(
      expect.arrayContaining(['Organization:name:Kenyan Foreign Ministry', 'Place:capital:Nairobi']));
    expect(output.candidates.map((c) => c.text)).toEqual(['Dana Whitfield']);
  });
  it('marks descriptions for the resolver', () => {
    expect(mentionsOf('The spokeswoman said the ministry disagreed.')).toEqual(['Person:desc:The spokeswoman', 'Organization:desc:the ministry']);
  });
});
