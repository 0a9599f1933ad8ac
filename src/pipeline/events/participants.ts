/**
 * Who: actor1 (the side that acted), actor2 (the side acted upon) and their associated actors, named as ACLED
 * names them, with their inter codes. A group named with its parent ("Katiba Macina") is coded as the parent
 * (JNIM) with the group as associated actor. When the report names no group, ACLED's generic actors stand in:
 * "Unidentified Armed Group (Mali)", "Civilians (Mali)", "Protesters (Mali)".
 */
import type { ActorRole, ActorSpan } from '../../doc/doc.js';
import type { ActorEntry, ActorLexicon, Template } from '../../lexicon/actors.js';
import type { EventType, InterLabel, SubEventType } from '../../schema/event.js';

export interface Side {
  entry: ActorEntry;
  associated: ActorEntry[];
  spans: ActorSpan[];
}

export interface Participants {
  actor1: Side;
  actor2: Side | null;
}


const ROLE_TEMPLATE: Partial<Record<ActorRole, Template>> = {
  armed: 'unidentified',
  military: 'military',
  police: 'police',
  gendarmes: 'gendarmerie',
  civilians: 'civilians',
  protesters: 'protesters',
  rioters: 'rioters',
  communal: 'communal',
  islamist: 'islamist',
  government: 'government',
};

const STATE: InterLabel[] = ['State forces'];
const NON_STATE_ARMED: InterLabel[] = ['Rebel group', 'Political militia', 'Identity militia'];

/**
 * ACLED's generic actor of a kind for a country ("Civilians (Mali)"); when the report never says which
 * country, the same name without it ("Civilians", "Unidentified Armed Group").
 */
function genericActor(lexicon: ActorLexicon, country: string | null, template: Template): ActorEntry {
  if (country) return lexicon.named(country, template);
  const any = lexicon.entries.find((e) => e.id.startsWith(`${template}:`))!;
  return { ...any, id: `${template}:`, country: null, periods: [], name: any.name.replace(/ \([^)]*\)$/, '').replace(/ of [A-Z].*$/, '') };
}

interface Candidate {
  entry: ActorEntry;
  associated: ActorEntry[];
  spans: ActorSpan[];
  first: number;
}

export function decideParticipants(
  actors: ActorSpan[],
  type: { event_type: EventType; sub_event_type: SubEventType },
  country: string | null,
  date: string | null,
  lexicon: ActorLexicon,
): Participants {
  const candidates = new Map<string, Candidate>();
  const add = (entry: ActorEntry, span: ActorSpan, associated?: ActorEntry) => {
    const c = candidates.get(entry.id) ?? { entry, associated: [], spans: [], first: span.start };
    if (associated && !c.associated.some((a) => a.id === associated.id)) c.associated.push(associated);
    c.spans.push(span);
    candidates.set(entry.id, c);
  };
  for (const span of actors) {
    if (span.descriptive) continue;
    if (span.actor) {
      const parent = lexicon.parentOn(span.actor, date);
      if (parent) add(parent, span, span.actor);
      else add(span.actor, span);
    } else if (span.role) {
      const template = ROLE_TEMPLATE[span.role];
      if (template) add(genericActor(lexicon, span.country ?? country, template), span);
    }
  }
  const all = [...candidates.values()].sort((a, b) => a.first - b.first);
  const of = (inters: InterLabel[]) => all.filter((c) => inters.includes(c.entry.inter));
  // A named group outranks a generic one of the same kind ("JNIM" over "gunmen").
  const named = (list: Candidate[]) => list.filter((c) => !c.entry.id.includes(':')).concat(list.filter((c) => c.entry.id.includes(':')));
  const side = (c: Candidate | undefined): Side | null => (c ? { entry: c.entry, associated: c.associated, spans: c.spans } : null);
  const generic = (template: Template): Side => ({ entry: genericActor(lexicon, country, template), associated: [], spans: [] });

  const state = named(of(STATE));
  const external = named(of(['External/Other forces']));
  const armed = named(of(NON_STATE_ARMED));
  const civilians = of(['Civilians']);
  const protesters = of(['Protesters']);
  const rioters = of(['Rioters']);
  const fallback = generic('unidentified');
  const forces = state[0] ?? external[0];

  switch (type.event_type) {
    case 'Protests': {
      const actor1 = side(protesters[0]) ?? generic('protesters');
      const actor2 = type.sub_event_type === 'Peaceful protest' ? null : side(forces) ?? generic('police');
      return { actor1: actor1 ?? fallback, actor2 };
    }
    case 'Riots': {
      const actor1 = side(rioters[0]) ?? generic('rioters');
      const actor2 = side(forces) ?? side(civilians[0]) ?? (type.sub_event_type === 'Mob violence' ? generic('civilians') : null);
      return { actor1: actor1 ?? fallback, actor2 };
    }
    case 'Violence against civilians': {
      const actor1 = side(armed[0]) ?? side(forces) ?? fallback;
      return { actor1: actor1 ?? fallback, actor2: side(civilians[0]) ?? generic('civilians') };
    }
    case 'Explosions/Remote violence': {
      if (type.sub_event_type === 'Air/drone strike') {
        return { actor1: side(forces) ?? fallback, actor2: side(armed[0]) ?? side(civilians[0]) ?? null };
      }
      const actor1 = side(armed[0]) ?? fallback;
      return { actor1: actor1!, actor2: side(forces) ?? side(civilians[0]) ?? null };
    }
    case 'Battles': {
      // ACLED puts the side that attacked first; in the Sahel that is most often the non-state group.
      if (armed.length >= 2 && !forces) return { actor1: side(armed[0])!, actor2: side(armed[1]) };
      if (armed.length && forces) return { actor1: side(armed[0])!, actor2: side(forces) };
      if (forces) return { actor1: fallback ?? side(forces)!, actor2: fallback ? side(forces) : null };
      return { actor1: side(armed[0]) ?? fallback, actor2: side(armed[1]) ?? null };
    }
    default: {
      const actor1 = side(armed[0]) ?? side(forces) ?? side(protesters[0]) ?? fallback;
      const rest = all.find((c) => c.entry.id !== actor1?.entry.id && c.entry.inter !== 'Civilians');
      return { actor1: actor1!, actor2: side(rest) ?? (civilians.length ? side(civilians[0]) : null) };
    }
  }
}
