// Picks the adapter for the page's host.
import type { SiteAdapter } from './types';
import { x } from './x';
import { linkedin } from './linkedin';
import { facebook } from './facebook';
import { generic } from './generic';

export type { ComposeBox, SiteAdapter } from './types';
export { GENERIC_BOXES } from './types';

const BY_HOST: Record<string, SiteAdapter> = {
  'x.com': x,
  'twitter.com': x,
  'www.linkedin.com': linkedin,
  'www.facebook.com': facebook,
};

/** The site's adapter, then the generic one for its other boxes. */
export function adaptersFor(hostname: string): SiteAdapter[] {
  const host = hostname.replace(/^mobile\./, '');
  const own = BY_HOST[host];
  return own ? [own, generic(own.site)] : [generic('other')];
}
