/**
 * The benchmark corpus: 4 KB reports built from invented sentences (attacks, protests, background, filler), so
 * that every stage works. Shared by `npm run bench` (time) and `npm run instructions` (callgrind counts).
 */
const SENTENCES = [
  'Suspected jihadists ambushed an army patrol near Djibo on Sunday, killing four soldiers and wounding seven others.',
  'The army said 12 assailants were neutralized during the fighting and that two motorcycles were recovered.',
  'Gunmen on motorbikes attacked the village of Tamou in the Tillaberi region on Saturday night, killing nine civilians.',
  'Several hundred traders marched through Ouagadougou on Monday to demand the reopening of the central market.',
  'An improvised explosive device struck a military vehicle on the road between Gao and Ansongo on Wednesday.',
  'The ministers met in Bamako on Tuesday to discuss cooperation on transport and energy.',
  'The country has been caught in a spiral of violence since 2012, when separatist rebels took the north.',
  'Residents said the attackers also looted shops and set fire to granaries before fleeing toward the border.',
  'Police fired tear gas to disperse students who had blocked the main road in Niamey on Thursday.',
  'Dozens of villagers were killed when armed men raided Solhan at night, according to local officials.',
];

/** The report of a seed: the same text for the same seed on every run. */
export function benchReport(seed: number): string {
  let text = '';
  for (let i = seed; text.length < 4000; i = (i * 7 + 3) % 1009) text += `${SENTENCES[i % SENTENCES.length]} `;
  return text;
}
