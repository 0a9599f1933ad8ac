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

export async function facets(db: Db): Promise<Facets> {
  const [countries, admin1, types, actors] = await Promise.all([
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
    db
      .selectFrom(
        db
          .selectFrom('events')
          .select((eb) => eb.ref('actor1').$castTo<string | null>().as('actor'))
          .unionAll(db.selectFrom('events').select('actor2 as actor').where('actor2', 'is not', null))
          .as('named'),
      )
      .select(['actor', sql<number>`count(*)`.as('n')])
      .groupBy('actor')
      .orderBy('n', 'desc')
      .orderBy('actor')
      .limit(200)
      .execute(),
  ]);
  const eventTypes: Record<string, string[]> = {};
  for (const t of types) (eventTypes[t.event_type] ??= []).push(t.sub_event_type);
  return {
    countries: countries.map((c) => c.country as string),
    admin1: admin1.map((a) => ({ country: a.country as string, admin1: a.admin1 as string })),
    event_types: eventTypes,
    actors: actors.map((a) => a.actor as string),
  };
}
