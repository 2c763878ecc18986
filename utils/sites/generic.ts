// Any other box to write in on the supported sites (a textarea, a contenteditable textbox): a post,
// submitted by its form's button.
import type { Site } from '../../rules/types';
import type { SiteAdapter } from './types';
import { GENERIC_BOXES } from './types';

export function generic(site: Site): SiteAdapter {
  return {
    site,
    boxes: GENERIC_BOXES,
    describe(box) {
      const form = box.closest('form');
      const submit = form?.querySelector<HTMLElement>('button[type="submit"], input[type="submit"]') ?? null;
      return { kind: 'post', submit, container: form ?? box, sendsOnEnter: false };
    },
  };
}
