import { describe, expect, it } from 'vitest';
import { check, createEngine, InputError, MAX_DRAFT_LENGTH, ProfileError, practices } from '../../rules';
import { definePractice } from '../../rules/practice';
import { testProfile } from '../fixtures/profile';

const post = { site: 'x', kind: 'post', account: 'brand' } as const;

describe('engine', () => {
  it('answers an empty or blank draft with no findings', () => {
    expect(check('', post).findings).toEqual([]);
    expect(check('   \n\t ', post).findings).toEqual([]);
  });

  it('rejects what is not a draft or a context with a clear error', () => {
    expect(() => check(42 as unknown as string, post)).toThrow(InputError);
    expect(() => check('hi', { ...post, site: 'myspace' } as never)).toThrow(/context\.site/);
    expect(() => check('hi', { ...post, account: 'team' } as never)).toThrow(/context\.account/);
    expect(() => check('hi', post, { brand: '' })).toThrow(ProfileError);
  });

  it('accepts the usual other names of sites, kinds and accounts', () => {
    const bashing = 'Voltaro bikes are garbage.';
    const a = check(bashing, { site: 'Twitter', kind: 'comment', account: 'company', parent: 'Which bike?' } as never, testProfile);
    const b = check(bashing, { site: 'x', kind: 'reply', account: 'brand', parent: 'Which bike?' }, testProfile);
    expect(a).toEqual(b);
  });

  it('writes messages in the locale asked for, whatever the draft language', () => {
    const draft = 'CumuloDrive is a joke, their encryption is ancient.';
    const en = check(draft, { ...post, locale: 'en' }, { ...testProfile, competitors: ['CumuloDrive'] });
    const fr = check(draft, { ...post, locale: 'fr' }, { ...testProfile, competitors: ['CumuloDrive'] });
    expect(en.lang).toBe('en');
    expect(fr.lang).toBe('en');
    const p14en = en.findings.find((f) => f.practice === 14);
    const p14fr = fr.findings.find((f) => f.practice === 14);
    expect(p14en?.message).toMatch(/runs down/);
    expect(p14fr?.message).toMatch(/dénigre/);
  });

  it('points findings at words inside the draft', () => {
    const draft = 'Honestly, Voltaro bikes are garbage.';
    const f = check(draft, post, testProfile).findings.find((x) => x.practice === 14)!;
    expect(draft.slice(f.start, f.end)).toBe('garbage');
  });

  it('copes with invalid UTF-16 and control characters', () => {
    const draft = '\ud800Voltaro\u0000 is \u0007garbage\udfff\u001b[31m';
    const report = check(draft, post, testProfile);
    expect(report.findings.some((f) => f.practice === 14)).toBe(true);
  });

  it('checks at most MAX_DRAFT_LENGTH characters and says so', () => {
    const report = check('a'.repeat(MAX_DRAFT_LENGTH + 10), post);
    expect(report.truncatedAt).toBe(MAX_DRAFT_LENGTH);
  });

  it('runs only the enabled practices, with severity overrides', () => {
    const draft = 'Voltaro is garbage.';
    expect(createEngine({ disabled: [14] }).check(draft, post, testProfile).findings.some((f) => f.practice === 14)).toBe(false);
    const overridden = createEngine({ severity: { 14: 'info' } }).check(draft, post, testProfile);
    expect(overridden.findings.find((f) => f.practice === 14)?.severity).toBe('info');
  });

  it('keeps going when one practice fails, unless strict', () => {
    const broken = definePractice({
      meta: { ...practices[0]!.meta, number: 99, slug: 'broken', messages: {} },
      create() {
        throw new Error('boom');
      },
    });
    expect(createEngine({ practices: [broken, ...practices] }).check('hello', post).lang).toBe('en');
    expect(() => createEngine({ practices: [broken], strict: true }).check('hello', post)).toThrow('boom');
  });

  it('re-analyses only the sentences that changed', () => {
    const engine = createEngine();
    const cache = (engine as unknown as { cache: Map<string, unknown> }).cache;
    const base = 'First sentence here. Second one follows. ';
    engine.check(base + 'Third', post);
    const cached = [...cache.values()];
    engine.check(base + 'Third!', post);
    // The two untouched sentences are the very same cached analyses; only the edited one is new.
    expect(cache.get('First sentence here. ')).toBe(cached[0]);
    expect(cache.get('Second one follows. ')).toBe(cached[1]);
    expect(cache.size).toBe(cached.length + 1);
    expect(cache.has('Third!')).toBe(true);
  });

  it('gives the same report with a warm cache as with a cold one', () => {
    const warm = createEngine();
    const drafts = ['Voltaro is garbage. We are better.', 'Voltaro is garbage. We are better!', 'Nothing to see.'];
    for (const d of drafts) {
      const cold = createEngine().check(d, post, testProfile);
      expect(warm.check(d, post, testProfile)).toEqual(cold);
    }
  });
});
