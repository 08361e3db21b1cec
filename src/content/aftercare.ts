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
  { id: 'keep-dry', kind: 'avoid', text: msg(str`Keep your head dry for ${dayCount(p.dryDays)} after each session: no washing and no shaving.`, { id: 'aftercare.keep-dry' }) },
  { id: 'no-sun', kind: 'avoid', text: msg('Keep the treated area out of strong sun.', { id: 'aftercare.no-sun' }) },
  { id: 'no-touch', kind: 'avoid', text: msg('Don’t touch or wash the healing area. Hands can carry germs that cause an infection.', { id: 'aftercare.no-touch' }) },
  { id: 'no-sweat', kind: 'avoid', text: msg('Try not to sweat while your scalp heals.', { id: 'aftercare.no-sweat' }) },
  { id: 'clean-touch', kind: 'do', text: msg('If you have to touch the area, use a clean cotton swab or pad, or clean fingers.', { id: 'aftercare.clean-touch' }) },
  { id: 'no-products', kind: 'avoid', text: msg('Don’t put makeup, soap or other products on the area.', { id: 'aftercare.no-products' }) },
  { id: 'petroleum-jelly', kind: 'do', text: msg('Before you bathe, gently put a thin layer of petroleum jelly (like Vaseline) on the area with a clean cotton swab or pad.', { id: 'aftercare.petroleum-jelly' }) },
  { id: 'no-rub', kind: 'avoid', text: msg('Don’t rub the treated area.', { id: 'aftercare.no-rub' }) },
  { id: 'quality-product', kind: 'do', text: msg('Use a good-quality healing product on your scalp.', { id: 'aftercare.quality-product' }) },
  { id: 'no-chemicals', kind: 'avoid', text: msg('Don’t use products that contain harsh chemicals.', { id: 'aftercare.no-chemicals' }) },
  { id: 'wear-hat', kind: 'do', text: msg('Wear a hat to protect your head from knocks and bumps.', { id: 'aftercare.wear-hat' }) },
  { id: 'prescribed-cream', kind: 'do', text: msg('If your scalp gets irritated, use the cream your practitioner prescribed.', { id: 'aftercare.prescribed-cream' }) },
  { id: 'reaction', kind: 'urgent', text: msg('If you get itching, swelling or any other reaction, stop using the product and call your practitioner or doctor right away.', { id: 'aftercare.reaction' }) },
];
