/** The values the dashboard offers as filters: what the store holds, not every value the schema allows. */
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from './db.js';

export const Facets = z.object({
  countries: z.array(z.string()),
  admin1: z.array(z.object({ country: z.string(), admin1: z.string() })),
  event_types: z.record(z.string(), z.array(z.string())).describe('Each event type stored, with its sub-event types'),
  actors: z.array(z.string()).describe('The 200 actors named in most events (actor1 or actor2), most frequent first'),
});
export type Facets = z.infer<typeof Facets>;

/**
 * What the store holds, for the dashboard's filters. The distinct values come from indexes that lead with
 * them; the actors are counted per column, each a grouping in index order, and merged here, rather than
 * grouped once over the union of both columns (a sort of every row). The store caches the answer until
 * the events change (Store.facets).
 */
export async function facets(db: Db): Promise<Facets> {
  const [countries, admin1, types, actors1, actors2] = await Promise.all([
    db.selectFrom('events').select('country').distinct().where('country', 'is not', null).orderBy('country').execute(),
    db
      .selectFrom('events')
      .select(['country', 'admin1'])
      .distinct()
      .where('country', 'is not', null)
      .where('admin1', 'is not', null)
      .orderBy('country')
      .orderBy('admin1')
      .execute(),
    db
      .selectFrom('events')
      .select(['event_type', 'sub_event_type'])
      .distinct()
      .orderBy('event_type')
      .orderBy('sub_event_type')
      .execute(),
    db.selectFrom('events').select(['actor1 as actor', sql<number>`count(*)`.as('n')]).groupBy('actor1').execute(),
    db
      .selectFrom('events')
      .select(['actor2 as actor', sql<number>`count(*)`.as('n')])
      .where('actor2', 'is not', null)
      .groupBy('actor2')
      .execute(),
  ]);
  const named = new Map<string, number>();
  for (const a of [...actors1, ...actors2]) {
    if (a.actor !== null) named.set(a.actor, (named.get(a.actor) ?? 0) + Number(a.n));
  }
  const actors = [...named]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, 200)
    .map(([actor]) => actor);
  const eventTypes: Record<string, string[]> = {};
  for (const t of types) (eventTypes[t.event_type] ??= []).push(t.sub_event_type);
  return {
    countries: countries.map((c) => c.country as string),
    admin1: admin1.map((a) => ({ country: a.country as string, admin1: a.admin1 as string })),
    event_types: eventTypes,
    actors,
  };
}
