import { describe, expect, it } from 'vitest';
import { classifyText, decodeText, readFailure, tooLarge } from '../src/classify.js';

const ENGLISH = 'The minister said on Monday that the two countries would resume talks on trade and security, and that officials from both sides were ready to meet again next month.';

describe('decodeText', () => {
  it('accepts UTF-8 and strips a byte-order mark', () => {
    expect(decodeText(Buffer.from(`\uFEFF${ENGLISH}`, 'utf8'))).toEqual({ text: ENGLISH });
  });
  it('rejects NUL bytes as binary', () => {
    expect(decodeText(Buffer.from([0x41, 0x00, 0x42]))).toEqual({ reason: expect.stringMatching(/binary.*NUL/) });
  });
  it('rejects mostly-invalid UTF-8, tolerates a few stray bytes', () => {
    expect(decodeText(Buffer.from(Array.from({ length: 100 }, () => 0xe9)))).toEqual({ reason: expect.stringMatching(/not UTF-8/) });
    const mostlyFine = Buffer.concat([Buffer.from(ENGLISH), Buffer.from([0xe9])]);
    expect('text' in decodeText(mostlyFine)).toBe(true);
  });
});

describe('classifyText', () => {
  it('accepts English prose', () => {
    expect(classifyText(ENGLISH)).toBeNull();
  });
  it('rejects empty and letter-less texts', () => {
    expect(classifyText(' \n\t ')).toBe('empty');
    expect(classifyText('12345 678 -- 90')).toMatch(/no letters/);
  });
  it('rejects non-Latin scripts and Latin-script non-English', () => {
    expect(classifyText('外交部发言人表示，中方愿同各方加强沟通合作。'.repeat(5))).toMatch(/not English/);
    expect(classifyText('Der Minister erklärte am Montag, dass beide Länder die Gespräche über Handel und Sicherheit wieder aufnehmen würden, sobald die Delegationen bereit seien, sich erneut zu treffen.')).toMatch(/not English/);
  });
  it('accepts an English article with a line of another script', () => {
    expect(classifyText(`外交部发言人\n${ENGLISH} ${ENGLISH}`)).toBeNull();
  });
});

describe('tooLarge and readFailure', () => {
  it('says by how much a file is too large', () => {
    expect(tooLarge(10, 10)).toBeNull();
    expect(tooLarge(6 * 1024 * 1024, 5 * 1024 * 1024)).toBe('too large (6.0 MB > limit 5.0 MB; raise --max-bytes)');
  });
  it('names file-system errors without a stack', () => {
    expect(readFailure(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe('no such file or folder');
    expect(readFailure(Object.assign(new Error('x'), { code: 'EACCES' }))).toMatch(/permission denied/);
  });
});
