import { msg } from '@lit/localize';
import type { SmpItem } from '../internal/items.js';

/** `ask`: a question for the consultation, ticked off. `fix`: a step to put a poor result right, in order. */
export type GuideKind = 'ask' | 'fix';
export interface GuideItem extends SmpItem {
  kind: GuideKind;
}

/**
 * Default items of the practitioner guide, read at render time so they
 * follow the active locale. Ids are stable: clinics hide and replace items
 * by them. The `fix` items are steps, in the order a patient takes them.
 */
export const defaultGuide = (): GuideItem[] => [
  { id: 'training', kind: 'ask', text: msg('Ask where they learned SMP, and how long their training was.', { id: 'guide.ask.training' }) },
  { id: 'experience', kind: 'ask', text: msg('Ask how long they have done SMP, and how many people they have treated.', { id: 'guide.ask.experience' }) },
  { id: 'specialisation', kind: 'ask', text: msg('Ask if SMP is their main work, or just one of many things they do.', { id: 'guide.ask.specialisation' }) },
  { id: 'inks', kind: 'ask', text: msg('Ask which pigment (ink) they use. Good ink keeps its colour longer.', { id: 'guide.ask.inks' }) },
  { id: 'needles', kind: 'ask', text: msg('Ask which needles they use. The wrong needles can give a poor result.', { id: 'guide.ask.needles' }) },
  { id: 'facilities', kind: 'ask', text: msg('Check that they have a clean room just for treatments.', { id: 'guide.ask.facilities' }) },
  { id: 'stop-adding', kind: 'fix', text: msg('Ask your practitioner not to add any more pigment.', { id: 'guide.fix.stop-adding' }) },
  { id: 'see-specialist', kind: 'fix', text: msg('See an SMP specialist with a lot of experience. A poor result can often be improved.', { id: 'guide.fix.see-specialist' }) },
  { id: 'laser', kind: 'fix', text: msg('The pigment can also be taken off. See a laser expert who is trained and has done this many times.', { id: 'guide.fix.laser' }) },
];
