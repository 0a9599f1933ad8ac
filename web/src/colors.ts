/** One colour per ACLED event type, used by the map, its legend, the timeline and the table. */
export const TYPE_COLORS: Record<string, string> = {
  Battles: '#c0392b',
  'Explosions/Remote violence': '#e69f00',
  'Violence against civilians': '#7b3294',
  Protests: '#0072b2',
  Riots: '#009e73',
  'Strategic developments': '#6b6b6b',
};

export const EVENT_TYPE_ORDER = Object.keys(TYPE_COLORS);

export function typeColor(type: string | null | undefined): string {
  return (type && TYPE_COLORS[type]) || '#444444';
}
