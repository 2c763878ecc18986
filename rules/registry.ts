// The 25 practices, in order. A practice is one module in ./practices; its tests are in tests/practices.
import type { Practice } from './practice';
import p01 from './practices/01-brand-voice';
import p02 from './practices/02-be-human';
import p03 from './practices/03-conversational-tone';
import p04 from './practices/04-add-value';
import p05 from './practices/05-respect';
import p06 from './practices/06-respect-copyright';
import p07 from './practices/07-confidentiality';
import p08 from './practices/08-brand-account-not-personal';
import p09 from './practices/09-honest-value';
import p10 from './practices/10-stay-in-your-role';
import p11 from './practices/11-know-the-limits';
import p12 from './practices/12-step-back';
import p13 from './practices/13-stay-on-message';
import p14 from './practices/14-no-competitor-bashing';
import p15 from './practices/15-apologise';
import p16 from './practices/16-own-your-actions';
import p17 from './practices/17-know-your-audience';
import p18 from './practices/18-disclose-relationships';
import p19 from './practices/19-find-the-right-answer';
import p20 from './practices/20-self-censor';
import p21 from './practices/21-qualified-spokespeople';
import p22 from './practices/22-testimonial-permission';
import p23 from './practices/23-evaluate-context';
import p24 from './practices/24-internet-memory';
import p25 from './practices/25-when-in-doubt-check';

export const practices: readonly Practice[] = [
  p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19, p20, p21, p22, p23, p24, p25,
];
