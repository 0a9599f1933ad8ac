/**
 * Where armed groups and communities mainly are, by first-level region (data/actors/areas.json): a clue for the
 * places stage when a report names a village several regions have and never says which. "ISWAP militants
 * attacked the village of X" is likelier the X of Diffa than the X of Boucle du Mouhoun.
 */
import { z } from 'zod';
import { readActorFile, type ActorEntry } from './actors.js';

const AreasFile = z.object({
  _source: z.string(),
  groups: z.record(z.string(), z.array(z.string().regex(/^[A-Z]{2}:.+$/))),
  ethnic: z.record(z.string(), z.array(z.string().regex(/^[A-Z]{2}:.+$/))),
});

export class ActorAreas {
  constructor(private readonly data: z.infer<typeof AreasFile>) {}

  /**
   * The regions ("ML:Mopti") an actor is mostly found in: a group's, a community's or its militia's; for a joint
   * actor ("ISWAP and/or Boko Haram") or a component named with its umbrella, those of each group named.
   */
  of(entry: ActorEntry): string[] {
    const ethnic = /@(.+)$/.exec(entry.id);
    if (ethnic) return this.data.ethnic[ethnic[1]] ?? [];
    return entry.id.split(/[+>]/).flatMap((id) => this.data.groups[id] ?? []);
  }
}

export function loadActorAreas(): ActorAreas {
  return new ActorAreas(readActorFile('areas.json', AreasFile));
}
