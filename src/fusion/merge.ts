/**
 * The fused event, a pure function of its mentions: the first report published sets the record, later ones
 * fill what it lacks or sharpen it (a more precise place or date, the name of an "unidentified" group), and
 * every source and every toll counts. Recomputing from all mentions, not patching, makes the result the same
 * whatever order the reports arrive in.
 */
import { interactionLabel, type Event } from '../schema/event.js';
import type { FusedEvent } from '../store/records.js';
import { actorKey, isUnidentified } from './match.js';
import { fuseToll } from './toll.js';

export interface FusionMention {
  extracted: Event;
  toll_revision: boolean;
  published: string | null;
  source: string | null;
  source_scale: string | null;
  /** When the store received it: orders reports published the same day. */
  created_at: string;
}

const PLACE_FIELDS = [
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'geonameid',
] as const;

type Side = { actor: 'actor1' | 'actor2'; assoc: 'assoc_actor_1' | 'assoc_actor_2'; inter: 'inter1' | 'inter2' };
const SIDES: Side[] = [
  { actor: 'actor1', assoc: 'assoc_actor_1', inter: 'inter1' },
  { actor: 'actor2', assoc: 'assoc_actor_2', inter: 'inter2' },
];

function chronological(a: FusionMention, b: FusionMention): number {
  const pa = a.published ?? a.created_at.slice(0, 10);
  const pb = b.published ?? b.created_at.slice(0, 10);
  return pa.localeCompare(pb) || a.created_at.localeCompare(b.created_at);
}

/** Lower precision codes are better (1 the day, 1 the place itself); null is worst. */
const sharper = (next: number | null, current: number | null) => next !== null && (current === null || next < current);

function sharpen(record: Event, later: Event): void {
  if (later.event_date && sharper(later.time_precision, record.event_date ? record.time_precision : null)) {
    record.event_date = later.event_date;
    record.time_precision = later.time_precision;
  }
  if (sharper(later.geo_precision, record.geo_precision)) {
    for (const field of PLACE_FIELDS) (record as Record<string, unknown>)[field] = later[field];
  }
  // A named actor replaces an unidentified one, or takes the empty second side.
  const known = new Set([record.actor1, record.actor2].filter((a): a is string => a !== null).map(actorKey));
  for (const from of SIDES) {
    const name = later[from.actor];
    if (!name || isUnidentified(name) || known.has(actorKey(name))) continue;
    const to = SIDES.find((s) => {
      const current = record[s.actor];
      return current === null || (isUnidentified(current) && later[from.inter] !== 'State forces');
    });
    if (!to) continue;
    if (to.actor === 'actor1') [record.actor1, record.inter1] = [name, later[from.inter] ?? record.inter1];
    else [record.actor2, record.inter2] = [name, later[from.inter]];
    record[to.assoc] = later[from.assoc];
    known.add(actorKey(name));
  }
  for (const field of ['admin2', 'admin3', 'wounded', 'arrested'] as const) {
    if (record[field] === null && later[field] !== null) (record as Record<string, unknown>)[field] = later[field];
  }
}

function distinct(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v && v.trim() !== '').map((v) => v.trim()))];
}

/** The fused record of an event from all its mentions (at least one). */
export function fuse(mentions: FusionMention[]): FusedEvent {
  if (mentions.length === 0) throw new Error('an event has at least one mention');
  const ordered = [...mentions].sort(chronological);
  const record: Event = structuredClone(ordered[0].extracted);
  for (const m of ordered.slice(1)) sharpen(record, m.extracted);

  const counts = (field: 'wounded' | 'arrested') => {
    const values = ordered.map((m) => m.extracted[field]).filter((v): v is number => v !== null);
    return values.length ? Math.min(...values) : null;
  };
  const sources = distinct(ordered.map((m) => m.source));
  const scales = distinct(ordered.flatMap((m) => (m.source_scale ?? '').split('-')));
  return {
    ...record,
    ...fuseToll(ordered),
    wounded: counts('wounded'),
    arrested: counts('arrested'),
    interaction: interactionLabel(record.inter1, record.inter2) ?? record.interaction,
    confidence: Math.max(...ordered.map((m) => m.extracted.confidence)),
    source: sources.length ? sources.join('; ') : null,
    source_scale: scales.length ? scales.join('-') : null,
    mention_count: ordered.length,
  };
}

/** Fields the history does not track: the evidence belongs to mentions, the rest is bookkeeping. */
const UNTRACKED = new Set(['evidence', 'mention_count', 'confidence', 'id', 'year', 'created_at', 'updated_at']);

/** What changed between two versions of an event, as { field: [old, new] } (all set fields when new). */
export function changes(before: FusedEvent | null, after: FusedEvent): Record<string, [unknown, unknown]> {
  const diff: Record<string, [unknown, unknown]> = {};
  for (const [field, value] of Object.entries(after)) {
    if (UNTRACKED.has(field)) continue;
    const old = before ? (before as Record<string, unknown>)[field] : null;
    if (JSON.stringify(old ?? null) !== JSON.stringify(value ?? null)) diff[field] = [old ?? null, value ?? null];
  }
  return diff;
}
