/**
 * Invented reports for fusion tests, and the events an ideal extractor would code from them. One attack on
 * an army post at Boni (Mopti region, Mali) on Friday 14 March 2025, told by three outlets; and two other
 * events of the same day in the same region that must stay separate events.
 */
import type { Event } from '../schema/event.js';

type EvidenceFieldName = Event['evidence'][number]['field'];

/** An event with plausible defaults; tests state only what they are about. */
export function makeEvent(fields: Partial<Event> = {}): Event {
  return {
    event_date: '2025-03-14',
    time_precision: 1,
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    actor1: 'JNIM: Group for Support of Islam and Muslims',
    assoc_actor_1: null,
    inter1: 'Rebel group',
    actor2: 'Military Forces of Mali (2021-)',
    assoc_actor_2: null,
    inter2: 'State forces',
    interaction: 'State forces-Rebel group',
    country: 'Mali',
    admin1: 'Mopti',
    admin2: 'Douentza',
    admin3: null,
    location: 'Boni',
    latitude: 15.0197,
    longitude: -1.9867,
    geo_precision: 1,
    fatalities: 0,
    wounded: null,
    arrested: null,
    geonameid: 2460289,
    notes: '',
    confidence: 0.8,
    evidence: [],
    ...fields,
  };
}

/** Evidence for `field` at the first occurrence of `phrase` in `text`. */
export function evidence(text: string, field: EvidenceFieldName, phrase: string): Event['evidence'][number] {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture: "${phrase}" is not in the text`);
  return { field, start, end: start + phrase.length, text: phrase };
}

export interface FixtureReport {
  text: string;
  source: string;
  source_scale: string;
  published: string;
  events: Event[];
}

const ARMY = `COMMUNIQUÉ DE L'ÉTAT-MAJOR GÉNÉRAL DES ARMÉES
Le vendredi 14 mars 2025, une unité des FAMa a repoussé une attaque terroriste contre le poste de Boni, dans la région de Mopti. Au cours des combats, 5 militaires sont tombés sur le champ d'honneur. Plusieurs terroristes ont été neutralisés et du matériel de guerre récupéré.`;

const WIRE = `BAMAKO, March 15 (Sahel Wire) - Islamist militants from the al Qaeda-linked JNIM stormed an army post in Boni in central Mali on Friday, killing at least seven soldiers, two security sources said. The attackers arrived on motorbikes before dawn and withdrew after several hours of fighting, one of the sources said.`;

const RADIO = `Douentza: le bilan de l'attaque de vendredi contre le camp militaire de Boni s'est alourdi. Selon des sources locales jointes par notre rédaction, il est désormais de 12 morts parmi les militaires. Des renforts sont arrivés samedi dans la localité.`;

const ARMY_EVENT = makeEvent({
  actor1: 'Unidentified Armed Group (Mali)',
  inter1: 'Political militia',
  fatalities: 5,
  notes: 'Une unité des FAMa a repoussé une attaque terroriste contre le poste de Boni.',
  confidence: 0.7,
  evidence: [
    evidence(ARMY, 'event_date', 'vendredi 14 mars 2025'),
    evidence(ARMY, 'location', 'Boni'),
    evidence(ARMY, 'fatalities', '5 militaires sont tombés'),
  ],
});

const WIRE_EVENT = makeEvent({
  fatalities: 7,
  notes: 'Islamist militants from JNIM stormed an army post in Boni, killing at least seven soldiers.',
  confidence: 0.9,
  evidence: [
    evidence(WIRE, 'actor1', 'JNIM'),
    evidence(WIRE, 'event_date', 'Friday'),
    evidence(WIRE, 'location', 'Boni'),
    evidence(WIRE, 'fatalities', 'killing at least seven soldiers'),
  ],
});

/** The radio names the town only as "near Boni": a nearby gazetteer point, a lesser precision. */
const RADIO_EVENT = makeEvent({
  actor1: 'Unidentified Armed Group (Mali)',
  inter1: 'Political militia',
  latitude: 15.03,
  longitude: -1.97,
  geo_precision: 2,
  geonameid: null,
  fatalities: 12,
  notes: "Le bilan de l'attaque de vendredi contre le camp militaire de Boni s'est alourdi.",
  confidence: 0.6,
  evidence: [evidence(RADIO, 'location', 'Boni'), evidence(RADIO, 'fatalities', '12 morts')],
});

/** The one event, in the order the outlets published it. */
export const BONI_ATTACK: FixtureReport[] = [
  { text: ARMY, source: 'FAMa', source_scale: 'National', published: '2025-03-14', events: [ARMY_EVENT] },
  { text: WIRE, source: 'Sahel Wire', source_scale: 'International', published: '2025-03-15', events: [WIRE_EVENT] },
  { text: RADIO, source: 'Radio Dande Douentza', source_scale: 'Subnational', published: '2025-03-16', events: [RADIO_EVENT] },
];

const BANDIAGARA = `MOPTI, March 15 (Sahel Wire) - Fighters of the Dan Na Ambassagou militia clashed with JNIM militants near Bandiagara on Friday, leaving three militiamen dead, a local official said.`;

const DOUENTZA_IED = `Douentza: un minibus de transport en commun a sauté sur un engin explosif vendredi 14 mars sur l'axe Douentza-Boré. Quatre passagers ont été tués.`;

/** Same day, same region, other places and actor pairs: each its own event. */
export const SAME_DAY_ELSEWHERE: FixtureReport[] = [
  {
    text: BANDIAGARA,
    source: 'Sahel Wire',
    source_scale: 'International',
    published: '2025-03-15',
    events: [
      makeEvent({
        actor1: 'Dan Na Ambassagou',
        inter1: 'Identity militia',
        actor2: 'JNIM: Group for Support of Islam and Muslims',
        inter2: 'Rebel group',
        interaction: 'Rebel group-Identity militia',
        admin2: 'Bandiagara',
        location: 'Bandiagara',
        latitude: 14.3501,
        longitude: -3.6104,
        geo_precision: 2,
        geonameid: 2460954,
        fatalities: 3,
        evidence: [evidence(BANDIAGARA, 'fatalities', 'three militiamen dead')],
      }),
    ],
  },
  {
    text: DOUENTZA_IED,
    source: 'Radio Dande Douentza',
    source_scale: 'Subnational',
    published: '2025-03-14',
    events: [
      makeEvent({
        event_type: 'Explosions/Remote violence',
        sub_event_type: 'Remote explosive/landmine/IED',
        actor1: 'Unidentified Armed Group (Mali)',
        inter1: 'Political militia',
        actor2: 'Civilians (Mali)',
        inter2: 'Civilians',
        interaction: 'Political militia-Civilians',
        location: 'Douentza',
        latitude: 15.0019,
        longitude: -2.9498,
        geo_precision: 2,
        geonameid: 2458334,
        fatalities: 4,
        evidence: [evidence(DOUENTZA_IED, 'fatalities', 'Quatre passagers ont été tués')],
      }),
    ],
  },
];
