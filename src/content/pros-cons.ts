import { msg, str } from '@lit/localize';
import { dayCount, numberText } from './common.js';
import type { SmpItem } from '../internal/items.js';
import { DEFAULT_PROTOCOL, type ClinicProtocol } from '../internal/settings.js';

export type ProConKind = 'pro' | 'con';
export interface ProConItem extends SmpItem {
  kind: ProConKind;
}

/**
 * Default pros of SMP, read at render time so they follow the active locale
 * and the clinic's protocol (fewest sessions, days to the assessment).
 * Ids are stable: clinics hide and replace items by them.
 */
export const defaultPros = (p: ClinicProtocol = DEFAULT_PROTOCOL): ProConItem[] => [
  { id: 'affordable', kind: 'pro', text: msg('It is an affordable way to improve how you look.', { id: 'pros-cons.pro.affordable' }) },
  { id: 'durable', kind: 'pro', text: msg('With good care, the result can last for many years.', { id: 'pros-cons.pro.durable' }) },
  { id: 'covers-scars', kind: 'pro', text: msg('It can help hide scars on your scalp.', { id: 'pros-cons.pro.covers-scars' }) },
  { id: 'simple', kind: 'pro', text: msg('It is a simple treatment. It is not surgery.', { id: 'pros-cons.pro.simple' }) },
  { id: 'fuller-look', kind: 'pro', text: msg('Your scalp looks like a closely shaved head of hair.', { id: 'pros-cons.pro.fuller-look' }) },
  { id: 'low-maintenance', kind: 'pro', text: msg('It needs less upkeep than a wig, which needs care all the time.', { id: 'pros-cons.pro.low-maintenance' }) },
  { id: 'not-permanent-ink', kind: 'pro', text: msg('It is not a regular tattoo. The pigment sits near the surface and fades slowly over the years. Touch-ups keep it fresh.', { id: 'pros-cons.pro.not-permanent-ink' }) },
  { id: 'shallow', kind: 'pro', text: msg('The pigment is not put deep into the skin.', { id: 'pros-cons.pro.shallow' }) },
  {
    id: 'immediate',
    kind: 'pro',
    text:
      p.minSessions === 1
        ? msg(str`You see a change from the first session. One session may be enough. The full result shows about ${dayCount(p.assessmentDays, 'oblique')} after it.`, { id: 'pros-cons.pro.immediate.one' })
        : msg(str`You see a change from the first session. The full result takes at least ${numberText(p.minSessions)} sessions. It shows about ${dayCount(p.assessmentDays, 'oblique')} after the last one.`, {
            id: 'pros-cons.pro.immediate.many',
          }),
  },
  { id: 'hairline', kind: 'pro', text: msg('It can make your hairline look stronger.', { id: 'pros-cons.pro.hairline' }) },
  { id: 'hair-loss-causes', kind: 'pro', text: msg('It can be a good choice for some people whose hair loss comes from scars, illness or thinning hair. Ask if it suits you.', { id: 'pros-cons.pro.hair-loss-causes' }) },
];

/** Default cons of SMP, read at render time. */
export const defaultCons = (): ProConItem[] => [
  { id: 'limited-look', kind: 'con', text: msg('It gives one look only: a closely shaved head.', { id: 'pros-cons.con.limited-look' }) },
  { id: 'not-real-hair', kind: 'con', text: msg('It is not real hair. It looks like hair, but it is flat, not 3D.', { id: 'pros-cons.con.not-real-hair' }) },
  { id: 'side-effects', kind: 'con', text: msg('During the treatment you may have pain, swelling or bruising.', { id: 'pros-cons.con.side-effects' }) },
  { id: 'allergy', kind: 'con', text: msg('You could have an allergic reaction.', { id: 'pros-cons.con.allergy' }) },
  { id: 'no-guarantee', kind: 'con', text: msg('There is no guarantee of the result.', { id: 'pros-cons.con.no-guarantee' }) },
  { id: 'scarring', kind: 'con', text: msg('If the treatment is done badly, it can leave scars.', { id: 'pros-cons.con.scarring' }) },
  { id: 'upkeep', kind: 'con', text: msg('The pigment needs touch-ups over the years.', { id: 'pros-cons.con.upkeep' }) },
  { id: 'not-a-cure', kind: 'con', text: msg('It does not cure hair loss. It only changes how your scalp looks.', { id: 'pros-cons.con.not-a-cure' }) },
];
