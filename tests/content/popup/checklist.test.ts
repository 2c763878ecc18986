// The checklist's pure logic: classification and order, progress and readiness, the Markdown summary, the key.
import { describe, expect, it } from 'vitest';
import { classify, draftHash, formatDate, progress, reviewKey, summary, wordsOf } from '../../../components/popup/checklist';
import type { DraftInput } from '../../../utils/protocol';
import { cleanReport, DRAFT, finding, JUDGEMENT, practicesInfo, riskyReport } from './fixtures';

const input: DraftInput = { draft: DRAFT, site: 'x', kind: 'reply', account: 'brand', parent: 'When is the launch?' };
const numbers = (items: ReturnType<typeof classify>, group: string) => items.filter((i) => i.group === group).map((i) => i.practice.number);

describe('classify', () => {
  it('puts every practice in exactly one group', () => {
    const items = classify(riskyReport());
    expect(items).toHaveLength(25);
    expect(new Set(items.map((i) => i.practice.number)).size).toBe(25);
  });

  it('flags practices with warn or risk findings, most severe first', () => {
    const items = classify(riskyReport());
    // 5 has a risk and a warning, 7 one risk: more risks first, so 5 then 7; the warning-only 14 after them.
    expect(numbers(items, 'flagged')).toEqual([5, 7, 14]);
    expect(items.slice(0, 3).map((i) => i.worst)).toEqual(['risk', 'risk', 'warn']);
  });

  it('sorts a practice’s findings most severe first', () => {
    const five = classify(riskyReport()).find((i) => i.practice.number === 5)!;
    expect(five.findings.map((f) => f.severity)).toEqual(['risk', 'warn']);
  });

  it('orders the groups flagged, your call, clear, off; by number inside a group', () => {
    const items = classify(riskyReport('en', [2, 9]));
    const groups = items.map((i) => i.group);
    expect(groups.indexOf('yourCall')).toBeGreaterThan(groups.lastIndexOf('flagged'));
    expect(groups.indexOf('clear')).toBeGreaterThan(groups.lastIndexOf('yourCall'));
    expect(groups.indexOf('off')).toBeGreaterThan(groups.lastIndexOf('clear'));
    expect(numbers(items, 'yourCall')).toEqual(JUDGEMENT);
    expect(numbers(items, 'off')).toEqual([2, 9]);
    const clear = numbers(items, 'clear');
    expect(clear).toEqual([...clear].sort((a, b) => a - b));
  });

  it('keeps an info-only practice out of flagged: a tip on a clear (or your call) practice', () => {
    const report = { ...cleanReport(), findings: [finding(18, 'info'), finding(17, 'info')] };
    const items = classify(report);
    expect(numbers(items, 'flagged')).toEqual([]);
    const eighteen = items.find((i) => i.practice.number === 18)!;
    expect(eighteen.group).toBe('clear');
    expect(eighteen.findings).toHaveLength(1);
    expect(items.find((i) => i.practice.number === 17)!.group).toBe('yourCall');
  });

  it('flags a judgement practice when the engine sees a cue at warn', () => {
    const items = classify({ ...cleanReport(), findings: [finding(19, 'warn')] });
    expect(items.find((i) => i.practice.number === 19)!.group).toBe('flagged');
  });

  it('puts a disabled practice in off even if a finding came back for it', () => {
    const items = classify({ findings: [finding(7, 'risk')], practices: practicesInfo('en', [7]) });
    const seven = items.find((i) => i.practice.number === 7)!;
    expect(seven.group).toBe('off');
    expect(seven.findings).toEqual([]);
  });

  it('classifies a clean draft as 22 clear and 3 your call', () => {
    const items = classify(cleanReport());
    expect(numbers(items, 'clear')).toHaveLength(22);
    expect(numbers(items, 'yourCall')).toEqual(JUDGEMENT);
  });
});

describe('progress and readiness', () => {
  it('counts clear practices as reviewed, off ones not at all', () => {
    const p = progress(classify(riskyReport('en', [2, 9])), new Set());
    // 25 - 2 off = 23; flagged 5, 7, 14; your call 17, 19, 21; clear 23 - 6 = 17.
    expect(p).toMatchObject({ total: 23, reviewed: 17, risksLeft: 2, callsLeft: 3, left: 5, ready: false });
  });

  it('adds ticked your-call items and flagged items marked reviewed', () => {
    const p = progress(classify(riskyReport()), new Set([17, 19, 5]));
    expect(p).toMatchObject({ total: 25, reviewed: 19 + 3, risksLeft: 1, callsLeft: 1, left: 2, ready: false });
  });

  it('is ready once the risks are reviewed and every call is made; warnings do not hold it back', () => {
    const p = progress(classify(riskyReport()), new Set([5, 7, ...JUDGEMENT]));
    expect(p.ready).toBe(true);
    expect(p.left).toBe(0);
    expect(p.reviewed).toBe(24); // 14 (warn) not marked
  });

  it('is not ready with a clean draft until the calls are made', () => {
    const items = classify(cleanReport());
    expect(progress(items, new Set()).ready).toBe(false);
    expect(progress(items, new Set([17, 19]))).toMatchObject({ left: 1, ready: false, reviewed: 24 });
    expect(progress(items, new Set(JUDGEMENT))).toMatchObject({ ready: true, reviewed: 25, total: 25 });
  });

  it('ignores ticks kept for practices that are now clear or off', () => {
    const items = classify(riskyReport('en', [17]));
    const p = progress(items, new Set([17, 3]));
    expect(p.total).toBe(24);
    expect(p.reviewed).toBe(progress(items, new Set()).reviewed);
  });
});

describe('summary', () => {
  const date = new Date(2026, 10, 24, 14, 5);
  const items = classify(riskyReport());

  it('has the date, the context, the draft quoted and the parent', () => {
    const md = summary({ input, items, checked: new Set(), lang: 'en', date });
    expect(md).toContain('2026-11-24 14:05');
    expect(md).toContain('X · Reply · Brand account');
    expect(md).toContain(`> ${DRAFT}`);
    expect(md).toContain('> When is the launch?');
  });

  it('lists the flagged practices with their findings, words and suggestions', () => {
    const md = summary({ input, items, checked: new Set(), lang: 'en', date });
    expect(md).toContain('## Flagged (3)');
    expect(md).toContain('- [ ] 5. Respect the people you talk to');
    expect(md).toContain('- [ ] 7. Protect confidential information');
    expect(md).toContain('Risk “Project Falcon”: An internal codename.');
    expect(md).toContain('Instead: Use the public name.');
    expect(md.indexOf('5. Respect')).toBeLessThan(md.indexOf('14. '));
  });

  it('marks ticked items, and gives progress and the ready state', () => {
    const checked = new Set([5, 7, 17, 19, 21]);
    const md = summary({ input, items, checked, lang: 'en', date });
    expect(md).toContain('- [x] 5. Respect the people you talk to');
    expect(md).toContain('- [x] 17. Know who you are talking to');
    expect(md).toContain('- [ ] 14. ');
    expect(md).toContain('24/25 reviewed');
    expect(md).toContain('Ready');
    const notReady = summary({ input, items, checked: new Set([17]), lang: 'en', date });
    expect(notReady).toContain('4 left before it’s ready');
  });

  it('credits the practices to Brian Solis, in French too', () => {
    expect(summary({ input, items, checked: new Set(), lang: 'en', date })).toContain('Brian Solis');
    const fr = summary({ input, items: classify(riskyReport('fr')), checked: new Set(), lang: 'fr', date });
    expect(fr).toContain('Brian Solis');
    expect(fr).toContain('# Revue Tact');
    expect(fr).toContain('X · Réponse · Compte de marque');
    expect(fr).toContain('19/25 vérifiées');
    expect(fr).toContain('## Signalées (3)');
  });

  it('quotes every line of a multi-line draft', () => {
    const md = summary({ input: { ...input, draft: 'one\n\ntwo' }, items, checked: new Set(), lang: 'en', date });
    expect(md).toContain('> one\n>\n> two');
  });
});

describe('helpers', () => {
  it('formats the date as YYYY-MM-DD HH:MM, local time', () => {
    expect(formatDate(new Date(2027, 0, 3, 9, 7))).toBe('2027-01-03 09:07');
  });

  it('reads the words a finding points at', () => {
    expect(wordsOf(DRAFT, finding(5, 'risk', { start: 6, end: 12 }))).toBe('idiots');
    expect(wordsOf(DRAFT, finding(5, 'risk'))).toBeNull();
  });

  it('hashes the draft with its context', () => {
    expect(draftHash(input)).toBe(draftHash({ ...input }));
    expect(draftHash(input)).not.toBe(draftHash({ ...input, draft: `${DRAFT}!` }));
    expect(draftHash(input)).not.toBe(draftHash({ ...input, account: 'personal' }));
    expect(draftHash(input)).not.toBe(draftHash({ ...input, kind: 'post' }));
    expect(draftHash(input)).not.toBe(draftHash({ ...input, parent: 'Other' }));
    expect(reviewKey(12, input)).toBe(`12:${draftHash(input)}`);
    expect(reviewKey('paste', input)).toMatch(/^paste:/);
  });
});
