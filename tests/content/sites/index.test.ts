// Choosing the adapters for the page's host.
import { describe, expect, it } from 'vitest';
import { adaptersFor } from '../../../utils/sites';
import { facebook } from '../../../utils/sites/facebook';
import { linkedin } from '../../../utils/sites/linkedin';
import { x } from '../../../utils/sites/x';
import { GENERIC_BOXES } from '../../../utils/sites/types';

describe('adaptersFor', () => {
  it.each([
    ['x.com', x],
    ['twitter.com', x],
    ['mobile.x.com', x],
    ['mobile.twitter.com', x],
    ['www.linkedin.com', linkedin],
    ['www.facebook.com', facebook],
  ])('gives %s its own adapter, then the generic one for the same site', (host, own) => {
    const adapters = adaptersFor(host);
    expect(adapters).toHaveLength(2);
    expect(adapters[0]).toBe(own);
    expect(adapters[1]!.site).toBe(own.site);
    expect(adapters[1]!.boxes).toBe(GENERIC_BOXES);
  });

  it.each(['example.com', 'evil-x.com', 'x.com.example.org', 'm.facebook.com', ''])('gives %s only the generic adapter, as site "other"', (host) => {
    const adapters = adaptersFor(host);
    expect(adapters).toHaveLength(1);
    expect(adapters[0]!.site).toBe('other');
    expect(adapters[0]!.boxes).toBe(GENERIC_BOXES);
  });
});
