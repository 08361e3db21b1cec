import { msg, str } from '@lit/localize';
import type { SmpItem } from '../internal/items.js';
import type { ClinicProtocol } from '../internal/settings.js';
import { dayCount } from './common.js';

export type AftercareKind = 'do' | 'avoid' | 'urgent';
export interface AftercareItem extends SmpItem {
  kind: AftercareKind;
}

/**
 * Default aftercare items, read at render time so they follow the active
 * locale and the clinic's protocol numbers. Ids are stable.
 */
export const defaultAftercare = (p: ClinicProtocol): AftercareItem[] => [
  { id: 'keep-dry', kind: 'avoid', text: msg(str`Don’t get your head wet for ${dayCount(p.dryDays, 'oblique')} after each session: no washing and no shaving.`, { id: 'aftercare.keep-dry' }) },
  { id: 'no-sun', kind: 'avoid', text: msg('Don’t let strong sun shine on the treated area.', { id: 'aftercare.no-sun' }) },
  { id: 'no-touch', kind: 'avoid', text: msg('Don’t touch the treated area while it heals. Hands can carry germs that cause an infection.', { id: 'aftercare.no-touch' }) },
  { id: 'no-sweat', kind: 'avoid', text: msg('Don’t do things that make you sweat while your scalp heals.', { id: 'aftercare.no-sweat' }) },
  { id: 'clean-touch', kind: 'do', text: msg('If you have to touch the area, use a clean cotton swab or pad, or clean fingers.', { id: 'aftercare.clean-touch' }) },
  { id: 'no-products', kind: 'avoid', text: msg('Don’t put makeup, soap or other products on the area. Put on only what your practitioner tells you to.', { id: 'aftercare.no-products' }) },
  { id: 'petroleum-jelly', kind: 'do', text: msg('When you bathe or shower, keep your head out of the water. First, put a thin coat of petroleum jelly, such as Vaseline, on the area. It helps keep splashes off. Use a clean cotton swab or pad, and be gentle.', { id: 'aftercare.petroleum-jelly' }) },
  { id: 'no-rub', kind: 'avoid', text: msg('Don’t rub the treated area.', { id: 'aftercare.no-rub' }) },
  { id: 'quality-product', kind: 'do', text: msg('Ask your practitioner which healing product to use, and get a good one.', { id: 'aftercare.quality-product' }) },
  { id: 'no-chemicals', kind: 'avoid', text: msg('Don’t use products with harsh chemicals on your scalp.', { id: 'aftercare.no-chemicals' }) },
  { id: 'wear-hat', kind: 'do', text: msg('Keep your head safe from knocks and bumps, for example with a hat.', { id: 'aftercare.wear-hat' }) },
  { id: 'prescribed-cream', kind: 'do', text: msg('If your scalp is a little sore or dry, use the cream your practitioner prescribed.', { id: 'aftercare.prescribed-cream' }) },
  {
    id: 'reaction',
    kind: 'urgent',
    text: msg('Itching, swelling or a rash after you put something on the area? Stop using that product. Call your practitioner or a doctor right away.', {
      id: 'aftercare.reaction',
    }),
  },
  {
    id: 'warning-signs',
    kind: 'urgent',
    text: msg('Call your clinic or a doctor if the area gets more red, hot, swollen or painful. Also call if pus comes out or you get a fever.', {
      id: 'aftercare.warning-signs',
    }),
  },
  {
    id: 'emergency',
    kind: 'urgent',
    text: msg('If your face or lips swell, or you find it hard to breathe, call your local emergency number now.', { id: 'aftercare.emergency' }),
  },
];
