// The port's two validators: a message of the wrong shape is dropped whole, never half-used.
import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_TEXT, parseContentMessage, parseWorkerMessage, type CheckReport, type CheckRequest, type ShownFinding } from '../../utils/protocol';

const check: CheckRequest = { type: 'check', box: 'box-1', seq: 3, draft: 'Hello world', site: 'x', kind: 'post', account: 'personal', locale: 'en' };

const finding: ShownFinding = { practice: 5, rule: 'respect/insult', severity: 'risk', title: 'Respect', message: 'This may hurt.' };

const report: CheckReport = { type: 'report', box: 'box-1', seq: 3, lang: 'en', findings: [finding], checked: 25 };

describe('parseContentMessage', () => {
  it('accepts a well-formed check request and returns the same fields', () => {
    expect(parseContentMessage({ ...check })).toEqual(check);
  });

  it('keeps the optional parent post of a reply', () => {
    const reply = { ...check, kind: 'reply', parent: 'The post being answered' };
    expect(parseContentMessage(reply)).toEqual(reply);
  });

  it('does not add a parent key when there is none', () => {
    expect(parseContentMessage(check)).not.toHaveProperty('parent');
  });

  it('copies only the known fields of a check request', () => {
    const parsed = parseContentMessage({ ...check, extra: 'smuggled' });
    expect(parsed).toEqual(check);
    expect(parsed).not.toHaveProperty('extra');
  });

  it('accepts a forget message and keeps only its type and box', () => {
    expect(parseContentMessage({ type: 'forget', box: 'box-9', seq: 'junk' })).toEqual({ type: 'forget', box: 'box-9' });
  });

  it('accepts every site, kind, account and locale of the protocol', () => {
    for (const site of ['x', 'linkedin', 'facebook', 'other']) expect(parseContentMessage({ ...check, site })).not.toBeNull();
    for (const kind of ['post', 'reply']) expect(parseContentMessage({ ...check, kind })).not.toBeNull();
    for (const account of ['brand', 'personal']) expect(parseContentMessage({ ...check, account })).not.toBeNull();
    for (const locale of ['en', 'fr']) expect(parseContentMessage({ ...check, locale })).not.toBeNull();
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'check'],
    ['a number', 42],
    ['an array', [check]],
    ['an empty object', {}],
  ])('drops %s', (_, value) => {
    expect(parseContentMessage(value)).toBeNull();
  });

  it.each<[string, Record<string, unknown>]>([
    ['an unknown type', { type: 'analyse' }],
    ['a missing type', { type: undefined }],
    ['a site outside the list', { site: 'mastodon' }],
    ['a kind outside the list', { kind: 'story' }],
    ['an account outside the list', { account: 'company' }],
    ['a locale outside the list', { locale: 'de' }],
    ['an upper-case enum value', { site: 'X' }],
    ['a negative seq', { seq: -1 }],
    ['a fractional seq', { seq: 1.5 }],
    ['a seq given as a string', { seq: '3' }],
    ['a NaN seq', { seq: Number.NaN }],
    ['an unsafe-integer seq', { seq: 2 ** 53 }],
    ['a draft that is not a string', { draft: 42 }],
    ['a missing draft', { draft: undefined }],
    ['an empty box id', { box: '' }],
    ['a box id longer than 64 characters', { box: 'b'.repeat(65) }],
    ['a box id that is not a string', { box: 7 }],
    ['a parent that is not a string', { parent: ['post'] }],
    ['a parent set to null', { parent: null }],
  ])('drops a check request with %s', (_, change) => {
    expect(parseContentMessage({ ...check, ...change })).toBeNull();
  });

  it('accepts a box id of exactly 64 characters', () => {
    expect(parseContentMessage({ ...check, box: 'b'.repeat(64) })).not.toBeNull();
  });

  it('drops a forget message without a valid box id', () => {
    expect(parseContentMessage({ type: 'forget' })).toBeNull();
    expect(parseContentMessage({ type: 'forget', box: 'b'.repeat(65) })).toBeNull();
  });

  it('accepts a draft of exactly MAX_MESSAGE_TEXT characters and drops a longer one', () => {
    expect(parseContentMessage({ ...check, draft: 'a'.repeat(MAX_MESSAGE_TEXT) })).not.toBeNull();
    expect(parseContentMessage({ ...check, draft: 'a'.repeat(MAX_MESSAGE_TEXT + 1) })).toBeNull();
  });

  it('drops a parent post longer than MAX_MESSAGE_TEXT', () => {
    expect(parseContentMessage({ ...check, parent: 'a'.repeat(MAX_MESSAGE_TEXT) })).not.toBeNull();
    expect(parseContentMessage({ ...check, parent: 'a'.repeat(MAX_MESSAGE_TEXT + 1) })).toBeNull();
  });

  it('accepts an empty draft and a seq of 0', () => {
    expect(parseContentMessage({ ...check, draft: '', seq: 0 })).toEqual({ ...check, draft: '', seq: 0 });
  });
});

describe('parseWorkerMessage', () => {
  it('accepts a well-formed report', () => {
    expect(parseWorkerMessage(report)).toEqual(report);
  });

  it('keeps the optional fields of a report and of its findings', () => {
    const full: CheckReport = {
      ...report,
      lang: 'fr',
      findings: [{ ...finding, suggestion: 'Say it kindly.', start: 0, end: 5 }],
      profileError: 'brand: expected a string',
      truncatedAt: 200_000,
    };
    expect(parseWorkerMessage(full)).toEqual(full);
  });

  it('accepts a report with no findings', () => {
    expect(parseWorkerMessage({ ...report, findings: [] })).toEqual({ ...report, findings: [] });
  });

  it('accepts a failure and keeps only its known fields', () => {
    expect(parseWorkerMessage({ type: 'failure', box: 'box-1', seq: 2, error: 'engine crashed', stack: 'at …' })).toEqual({
      type: 'failure',
      box: 'box-1',
      seq: 2,
      error: 'engine crashed',
    });
  });

  it('drops a failure whose error is missing or longer than 2000 characters', () => {
    expect(parseWorkerMessage({ type: 'failure', box: 'box-1', seq: 2 })).toBeNull();
    expect(parseWorkerMessage({ type: 'failure', box: 'box-1', seq: 2, error: 'e'.repeat(2001) })).toBeNull();
  });

  it.each([
    ['null', null],
    ['a string', 'report'],
    ['an array', [report]],
  ])('drops %s', (_, value) => {
    expect(parseWorkerMessage(value)).toBeNull();
  });

  it.each<[string, Record<string, unknown>]>([
    ['an unknown type', { type: 'result' }],
    ['a negative seq', { seq: -3 }],
    ['a fractional seq', { seq: 0.5 }],
    ['a box id longer than 64 characters', { box: 'b'.repeat(65) }],
    ['an empty box id', { box: '' }],
    ['a language outside the list', { lang: 'es' }],
    ['findings that are not an array', { findings: { 0: finding } }],
    ['more than 500 findings', { findings: Array.from({ length: 501 }, () => finding) }],
    ['a negative checked count', { checked: -1 }],
    ['a fractional checked count', { checked: 2.5 }],
    ['a profile error that is not a string', { profileError: { message: 'x' } }],
    ['a profile error longer than 2000 characters', { profileError: 'e'.repeat(2001) }],
    ['a negative truncatedAt', { truncatedAt: -1 }],
    ['a fractional truncatedAt', { truncatedAt: 10.5 }],
  ])('drops a report with %s', (_, change) => {
    expect(parseWorkerMessage({ ...report, ...change })).toBeNull();
  });

  it('accepts exactly 500 findings', () => {
    expect(parseWorkerMessage({ ...report, findings: Array.from({ length: 500 }, () => finding) })).not.toBeNull();
  });

  it.each<[string, Record<string, unknown>]>([
    ['practice 0', { practice: 0 }],
    ['practice 26', { practice: 26 }],
    ['a fractional practice number', { practice: 2.5 }],
    ['a practice number given as a string', { practice: '5' }],
    ['a severity outside the list', { severity: 'fatal' }],
    ['a missing rule', { rule: undefined }],
    ['a rule longer than 200 characters', { rule: 'r'.repeat(201) }],
    ['a title longer than 200 characters', { title: 't'.repeat(201) }],
    ['a message longer than 2000 characters', { message: 'm'.repeat(2001) }],
    ['a missing message', { message: undefined }],
    ['a suggestion that is not a string', { suggestion: 3 }],
    ['a suggestion longer than 2000 characters', { suggestion: 's'.repeat(2001) }],
    ['a negative start offset', { start: -1 }],
    ['a fractional end offset', { end: 1.5 }],
    ['an offset given as a string', { start: '0' }],
  ])('drops a report when one finding has %s', (_, change) => {
    const findings = [finding, { ...finding, ...change }];
    expect(parseWorkerMessage({ ...report, findings })).toBeNull();
  });

  it('accepts practices 1 and 25, the ends of the range', () => {
    const findings = [{ ...finding, practice: 1 }, { ...finding, practice: 25 }];
    expect(parseWorkerMessage({ ...report, findings })).not.toBeNull();
  });

  it('drops a report when a finding is not an object', () => {
    expect(parseWorkerMessage({ ...report, findings: [finding, null] })).toBeNull();
    expect(parseWorkerMessage({ ...report, findings: ['risk'] })).toBeNull();
  });
});
