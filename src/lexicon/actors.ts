/**
 * The actor lexicon: armed groups, state forces, militias and international forces as ACLED names them, with
 * their inter codes and their aliases in English and French. The facts live in data/actors/*.json; this
 * module loads them and answers look-ups.
 *
 * Three kinds of actor come out of it: named actors (groups.json, international.json), state and generic
 * actors built per country from templates (state.json: "Military Forces of Mali", "Civilians (Niger)"), and
 * actors made on demand from a kind of people ("Fulani Ethnic Militia (Mali)", "Pastoralists (Mali)"). Text is
 * matched on folded words: named aliases, and role words ("gunmen", "soldats") alone or joined to a country
 * ("Malian soldiers", "armée du Mali") or an ethnic group ("Fulani militia", "milice peule").
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { PhraseTable } from '../lang/phrases.js';
import { INTER_LABELS, type InterLabel } from '../schema/event.js';

/** What the lexicon needs of a country; the gazetteer's countries have this shape. */
export interface CountryNames {
  /** ISO 3166-1 alpha-2 code. */
  iso2: string;
  name: string;
  names: string[];
  demonyms: string[];
}

/** A regime whose years ACLED appends to state actors' names, "(2013-2020)". */
export interface Period {
  /** First day (YYYY-MM-DD). */
  from: string;
  /** First day of the next period, or null while it lasts. */
  to: string | null;
}

export interface ActorEntry {
  /** Stable identifier, e.g. "jnim"; template actors are "military:ML", "civilians:NE". */
  id: string;
  /** ACLED's name, without a period suffix: "JNIM: Group for Support of Islam and Muslims". */
  name: string;
  inter: InterLabel;
  /** ISO 3166-1 alpha-2 code of the country whose state forces these are (state actors only). */
  country: string | null;
  /** Id of the group ACLED codes as the main actor when this one is named (Katiba Macina -> jnim). */
  parent: string | null;
  /** First day the parent holds (JNIM's founding for its components); null when it always does. */
  parentSince: string | null;
  /** The periods ACLED suffixes the name with, oldest first; empty when it uses none. */
  periods: Period[];
  /** What ACLED writes after the period suffix: "Gendarmerie" in "Police Forces of Mali (2013-2020) Gendarmerie". */
  branch: string | null;
}

export const TEMPLATES = [
  'military',
  'police',
  'gendarmerie',
  'government',
  'civilians',
  'protesters',
  'rioters',
  'unidentified',
  'communal',
  'islamist',
  'forest',
  'guard',
  'moc',
] as const;
export type Template = (typeof TEMPLATES)[number];

export const ROLES = [
  'armed',
  'military',
  'police',
  'gendarmes',
  'government',
  'civilians',
  'protesters',
  'rioters',
  'communal',
  'islamist',
] as const;
export type Role = (typeof ROLES)[number];

/** A word that tells an actor's kind without naming it: "gunmen", "soldats", "herders". */
export interface RoleWord {
  role: Role;
  /** The generic actor it stands for once the country is known. */
  template: Template;
  /** ACLED's name for such people as an associated actor ("Pastoralists"), or null. */
  group: string | null;
  /** A branch of a force with a name of its own ("forest guards": the police's Forest Guards), not its role's default. */
  branch?: boolean;
  /**
   * For words that do not say which of a state's forces ("security forces"): the force they stand for when they
   * face a crowd (the police), `template` being the one otherwise (the army).
   */
  crowd?: Template;
  /** Troops of a peace operation ("peacekeepers"): the mission deployed where and when the event took place. */
  mission?: boolean;
  /** A weapon or strike that names the force firing it ("Russian missiles"). */
  weapon?: boolean;
  /**
   * Words that in one country mean the group ACLED codes there ("separatists" in Cameroon): the country, the
   * group's id, and the admin1 regions where the group is found when it is a regional one (by the names events
   * give them; elsewhere in the country the words are their role's generic actor).
   */
  local?: { country: string; group: string; admin1?: string[] };
}

export interface EthnicGroup {
  id: string;
  /** ACLED's spelling: "Fulani". */
  name: string;
}

/** What starts at a word: a named or country actor, a role word, an ethnic group, or several of them joined. */
export interface ActorMatch {
  entry?: ActorEntry;
  role?: RoleWord;
  /** ISO2 of the country the words name ("Malian soldiers" -> "ML"). */
  country?: string;
  ethnic?: EthnicGroup;
  /** A country's people named alone ("12 Palestinians"). */
  people?: true;
  /** Number of words matched. */
  length: number;
}

export type EthnicKind = 'militia' | 'group';

// --- Data files -------------------------------------------------------------------------------------------

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD');
/** An alias: plain, or an acronym that is also an ordinary word and so must be written in capitals ("FAN"). */
const Alias = z.union([z.string(), z.object({ text: z.string(), caseSensitive: z.boolean() })]);
type Alias = z.infer<typeof Alias>;

const NamedActors = z.object({
  actors: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string(),
      inter: z.enum(INTER_LABELS),
      parent: z.string().optional(),
      parentSince: Day.optional(),
      periods: z.array(z.object({ from: Day, to: Day.nullable() })).optional(),
      /** The countries where the group is based or operates, its main one first (ISO 3166-1 alpha-2). */
      home: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
      /** Regional branches, ACLED's actor where the event took place when the group is named alone ("the Islamic State"). */
      regional: z.array(z.string()).optional(),
      /** A peace operation, whose troops the press calls peacekeepers. */
      peacekeeping: z.boolean().optional(),
      /** Civilians the state arms and organises to fight beside its forces (Burkina Faso's VDP, Nigeria's CJTF). */
      auxiliary: z.boolean().optional(),
      aliases: z.array(Alias),
    }),
  ),
});

const NameTemplate = z.object({ name: z.string(), inter: z.enum(INTER_LABELS) });

const StateData = z.object({
  templates: z.record(
    z.enum(TEMPLATES),
    NameTemplate.extend({
      /** "Military Forces of the United States": the template takes "the" before some names. */
      article: z.boolean().optional(),
      periods: z.boolean().optional(),
      branch: z.string().optional(),
      /** The name in countries where ACLED files the branch elsewhere (Niger's gendarmerie is military). */
      nameIn: z.record(z.string(), z.string()).optional(),
      /** The branch in countries where ACLED names it (Niger's National Guard), the template having none elsewhere. */
      branchIn: z.record(z.string(), z.string()).optional(),
      /** The day from which ACLED no longer uses the generic actor, and the template it codes such actors by since. */
      retired: z.object({ on: Day, by: z.enum(TEMPLATES) }).optional(),
    }),
  ),
  /** Civilians from outside the continent of the event, and the continent's countries. */
  international: z.object({ name: z.string(), continent: z.array(z.string().regex(/^[A-Z]{2}$/)), aliases: z.array(Alias) }),
  countryNames: z.record(z.string(), z.string()),
  withArticle: z.array(z.string()),
  periods: z.record(z.string(), z.array(z.tuple([Day, Day.nullable()]))),
  countryWords: z.record(z.string(), z.object({ names: z.array(Alias), adjectives: z.array(Alias) })),
  aliases: z.record(z.string(), z.array(Alias)),
});

const RoleData = z.object({
  roles: z.record(z.enum(ROLES), z.object({ template: z.enum(TEMPLATES), phrases: z.array(Alias) })),
  groups: z.record(z.string(), z.object({ role: z.enum(ROLES), phrases: z.array(Alias) })),
  /** Branches of a role's force that ACLED names apart ("forest guards"): the role, and the template naming them. */
  branches: z.record(z.string(), z.object({ role: z.enum(ROLES), template: z.enum(TEMPLATES), phrases: z.array(Alias) })).optional(),
  /** Words for a state's forces that do not say which: the role, the template naming them, the one facing a crowd. */
  forces: z.object({ role: z.enum(ROLES), template: z.enum(TEMPLATES), crowd: z.enum(TEMPLATES), phrases: z.array(Alias) }).optional(),
  /** Words for a peace operation's troops, named for the mission of the event's country and day. */
  peacekeepers: z.object({ role: z.enum(ROLES), phrases: z.array(Alias) }).optional(),
  weapons: z.object({ role: z.enum(ROLES), phrases: z.array(Alias), afterCountry: z.array(Alias).optional() }).optional(),
  /** Words that in a country mean the group ACLED codes there, else their role's generic actor. */
  local: z
    .array(z.object({ country: z.string().regex(/^[A-Z]{2}$/), admin1: z.array(z.string()).optional(), group: z.string(), role: z.enum(ROLES), phrases: z.array(Alias) }))
    .optional(),
  links: z.array(z.string()),
});

const EthnicData = z.object({
  templates: z.object({ militia: NameTemplate, group: NameTemplate }),
  groups: z.array(z.object({ id: z.string(), name: z.string(), home: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(), aliases: z.array(z.string()) })),
});

/** The parsed contents of data/actors/. */
export interface ActorData {
  named: z.infer<typeof NamedActors>['actors'];
  state: z.infer<typeof StateData>;
  roles: z.infer<typeof RoleData>;
  ethnic: z.infer<typeof EthnicData>;
}

/** Adds an alias, plain or case-sensitive, with what to do when its words already name something. */
function addPhrase<T>(table: PhraseTable<T>, alias: Alias, value: T, clash: (old: T) => T): void {
  if (typeof alias === 'string') table.add(alias, value, { clash });
  else table.add(alias.text, value, { clash, caseSensitive: alias.caseSensitive });
}

const keepSame =
  <T>(value: T, what: string) =>
  (old: T): T => {
    if (old !== value) throw new Error(`actor lexicon: ${what} names two actors`);
    return old;
  };

// --- The lexicon ------------------------------------------------------------------------------------------

/** Words joining two countries' adjectives before the role they share ("French and/or Burkinabe forces"). */
const AND = new Set(['and', 'et', 'or', 'ou']);

const TEMPLATE_ID = /^([a-z]+):([A-Z]{2})$/;

export class ActorLexicon {
  /** Named actors, then every template actor of every country. */
  readonly entries: readonly ActorEntry[];
  private readonly byId = new Map<string, ActorEntry>();
  /** Ethnic and group actors, made when first asked for. */
  private readonly derived = new Map<string, ActorEntry>();
  /** ACLED's name of each loaded country. */
  private readonly countryName = new Map<string, string>();
  private readonly aliases = new PhraseTable<ActorEntry>();
  private readonly roles = new PhraseTable<RoleWord>();
  /** Country names and adjectives; null where one word is shared by two countries ("Congolese"). */
  private readonly names = new PhraseTable<string | null>();
  private readonly adjectives = new PhraseTable<string | null>();
  /** Weapons and strikes that name a state's forces only with its country: "Russian missiles", "frappes russes". */
  private readonly weapons = new PhraseTable<RoleWord>();
  /** Weapons named only right after their country's adjective ("Israeli strikes"); before one they are a verb. */
  private readonly strikes = new PhraseTable<RoleWord>();
  /** A country's people named by the plural of its adjective ("12 Palestinians", "trois Maliens"): its civilians. */
  private readonly peoples = new PhraseTable<string | null>();
  private readonly civilians: RoleWord;
  private readonly links = new PhraseTable<true>();
  private readonly ethnicGroups = new PhraseTable<EthnicGroup>();
  /** The words an actor phrase can start with (see matchAt): most words of a report start none. */
  private readonly leads: Set<string>;
  /** The countries a named group or ethnic group mainly operates or lives in, its main one first. */
  private readonly homes = new Map<string, string[]>();
  /** Ids of the groups ACLED codes as the main actor of their named components (JNIM, the CMA). */
  private readonly umbrellas = new Set<string>();
  /** A group's regional branches ("islamic-state": its provinces), for a group named without its branch. */
  private readonly branches = new Map<string, string[]>();
  /** Peace operations, with the countries of their mandate. */
  private readonly missions: { entry: ActorEntry; home: string[] }[] = [];
  private readonly auxiliaries = new Set<string>();
  private readonly pending = new Map<string, { entry: ActorEntry; ethnic?: EthnicGroup; kind?: EthnicKind | 'people'; word?: RoleWord }>();
  private readonly data: ActorData;
  /** "Civilians (International)": victims from outside the continent of the event. */
  readonly foreigners: ActorEntry;
  private readonly continent: Set<string>;

  constructor(data: ActorData, countries: readonly CountryNames[]) {
    this.data = data;
    const { state } = data;
    for (const actor of data.named) {
      this.register({
        id: actor.id,
        name: actor.name,
        inter: actor.inter,
        country: null,
        parent: actor.parent ?? null,
        parentSince: actor.parentSince ?? null,
        periods: actor.periods ?? [],
        branch: null,
      });
    }
    const article = new Set(state.withArticle);
    for (const country of countries) {
      const iso2 = country.iso2;
      const name = state.countryNames[iso2] ?? country.name;
      this.countryName.set(iso2, name);
      const periods = (state.periods[iso2] ?? []).map(([from, to]) => ({ from, to }));
      for (const template of TEMPLATES) {
        const t = state.templates[template];
        const branch = t.branchIn?.[iso2] ?? t.branch;
        const base = (t.nameIn?.[iso2] ?? t.name).replace('{country}', t.article && article.has(iso2) ? `the ${name}` : name);
        this.register({
          id: `${template}:${iso2}`,
          name: branch ? `${base} ${branch}` : base,
          inter: t.inter,
          country: iso2,
          parent: null,
          parentSince: null,
          periods: t.periods ? periods : [],
          branch: branch ?? null,
        });
      }
      const extra = state.countryWords[iso2];
      const shared = (old: string | null) => (old === iso2 ? old : null);
      for (const word of [country.name, name, ...country.names, ...(extra?.names ?? [])]) addPhrase(this.names, word, iso2, shared);
      const forms = [...country.demonyms, ...(extra?.adjectives ?? [])];
      for (const word of forms) addPhrase(this.adjectives, word, iso2, shared);
      for (const word of forms) if (typeof word === 'string' && word.endsWith('s') && forms.includes(word.slice(0, -1))) addPhrase(this.peoples, word, iso2, shared);
    }
    this.foreigners = { id: 'civilians-international', name: state.international.name, inter: 'Civilians', country: null, parent: null, parentSince: null, periods: [], branch: null };
    this.register(this.foreigners);
    this.continent = new Set(state.international.continent);
    this.entries = [...this.byId.values()];

    for (const actor of data.named) {
      for (const id of actor.regional ?? []) if (!this.byId.has(id)) throw new Error(`actor lexicon: ${actor.id} has unknown branch ${id}`);
    }
    // Parents must exist, except a country's state actor when that country is not loaded.
    for (const entry of this.entries) {
      if (entry.parent === null || this.byId.has(entry.parent)) continue;
      if (!TEMPLATE_ID.test(entry.parent)) throw new Error(`actor lexicon: ${entry.id} has unknown parent ${entry.parent}`);
      entry.parent = null;
    }

    for (const actor of data.named) {
      const entry = this.byId.get(actor.id)!;
      if (actor.home?.length) this.homes.set(actor.id, actor.home);
      if (actor.parent) this.umbrellas.add(actor.parent);
      if (actor.peacekeeping) this.missions.push({ entry, home: actor.home ?? [] });
      if (actor.auxiliary) this.auxiliaries.add(actor.id);
      if (actor.regional) this.branches.set(actor.id, actor.regional);
      for (const alias of actor.aliases) addPhrase(this.aliases, alias, entry, keepSame(entry, JSON.stringify(alias)));
    }
    for (const alias of state.international.aliases) addPhrase(this.aliases, alias, this.foreigners, keepSame(this.foreigners, JSON.stringify(alias)));
    for (const [id, aliases] of Object.entries(state.aliases)) {
      const template = TEMPLATE_ID.exec(id)?.[1];
      if (!template || !(TEMPLATES as readonly string[]).includes(template)) throw new Error(`actor lexicon: bad state alias key ${id}`);
      const entry = this.byId.get(id);
      if (!entry) continue; // that country is not loaded
      for (const alias of aliases) addPhrase(this.aliases, alias, entry, keepSame(entry, JSON.stringify(alias)));
    }

    const roleWords = new Map<string, RoleWord>();
    for (const role of ROLES) {
      const word: RoleWord = { role, template: data.roles.roles[role].template, group: null };
      for (const phrase of data.roles.roles[role].phrases) addPhrase(this.roles, phrase, word, keepSame(word, JSON.stringify(phrase)));
      roleWords.set(role, word);
    }
    this.civilians = roleWords.get('civilians')!;
    for (const [group, { role, phrases }] of Object.entries(data.roles.groups)) {
      const word: RoleWord = { role, template: roleWords.get(role)!.template, group };
      for (const phrase of phrases) addPhrase(this.roles, phrase, word, keepSame(word, JSON.stringify(phrase)));
    }
    for (const { role, template, phrases } of Object.values(data.roles.branches ?? {})) {
      const word: RoleWord = { role, template, group: null, branch: true };
      for (const phrase of phrases) addPhrase(this.roles, phrase, word, keepSame(word, JSON.stringify(phrase)));
    }
    if (data.roles.forces) {
      const { role, template, crowd, phrases } = data.roles.forces;
      const word: RoleWord = { role, template, group: null, crowd };
      for (const phrase of phrases) addPhrase(this.roles, phrase, word, keepSame(word, JSON.stringify(phrase)));
    }
    if (data.roles.peacekeepers) {
      const { role, phrases } = data.roles.peacekeepers;
      const word: RoleWord = { role, template: roleWords.get(role)!.template, group: null, mission: true };
      for (const phrase of phrases) addPhrase(this.roles, phrase, word, keepSame(word, JSON.stringify(phrase)));
    }
    if (data.roles.weapons) {
      const { role, phrases, afterCountry } = data.roles.weapons;
      const word: RoleWord = { role, template: roleWords.get(role)!.template, group: null, weapon: true };
      for (const phrase of phrases) addPhrase(this.weapons, phrase, word, keepSame(word, JSON.stringify(phrase)));
      for (const phrase of afterCountry ?? []) addPhrase(this.strikes, phrase, word, keepSame(word, JSON.stringify(phrase)));
    }
    for (const { country, admin1, group, role, phrases } of data.roles.local ?? []) {
      if (!this.byId.has(group)) throw new Error(`actor lexicon: local words of unknown group ${group}`);
      const word: RoleWord = { role, template: roleWords.get(role)!.template, group: null, local: { country, group, admin1 } };
      for (const phrase of phrases) addPhrase(this.roles, phrase, word, keepSame(word, JSON.stringify(phrase)));
    }
    for (const link of data.roles.links) addPhrase<true>(this.links, link, true, () => true);
    for (const group of data.ethnic.groups) {
      const value: EthnicGroup = { id: group.id, name: group.name };
      if (group.home?.length) this.homes.set(`ethnic@${group.id}`, group.home);
      for (const alias of group.aliases) addPhrase(this.ethnicGroups, alias, value, keepSame(value, JSON.stringify(alias)));
    }
    const leading = [this.aliases, this.names, this.adjectives, this.roles, this.peoples, this.weapons, this.ethnicGroups];
    this.leads = new Set(leading.flatMap((table) => [...table.firstWordsOf()]));
  }

  private register(entry: ActorEntry): void {
    if (this.byId.has(entry.id)) throw new Error(`actor lexicon: duplicate id ${entry.id}`);
    this.byId.set(entry.id, entry);
  }

  /** The group fights beside the state's forces, never against them: its auxiliaries (data/actors "auxiliary"). */
  isAuxiliary(entry: ActorEntry): boolean {
    return this.auxiliaries.has(entry.id);
  }

  get(id: string): ActorEntry | null {
    return this.byId.get(id) ?? this.derived.get(id) ?? null;
  }

  /**
   * The country an actor belongs to: a state actor's own, a named group's main country of operation
   * (data/actors "home"), a joint actor's first group's; null when unknown.
   */
  homeOf(entry: ActorEntry): string | null {
    return this.homesOf(entry)[0] ?? null;
  }

  /**
   * Every country an actor is known to operate in, its main one first. A joint actor ("X and/or Y": the report
   * cannot tell which of two groups acted) operates where both do: the countries of the first that the second
   * shares, else the first's. A component named with its umbrella ("Ansaroul Islam (JNIM)") is the component's.
   */
  homesOf(entry: ActorEntry): string[] {
    if (entry.country) return [entry.country];
    const ethnic = this.pending.get(entry.id)?.ethnic;
    if (ethnic) return this.homes.get(`ethnic@${ethnic.id}`) ?? [];
    const [first, ...rest] = entry.id.split('+').map((id) => this.homes.get(id.split('>')[0]) ?? []);
    let shared = first ?? [];
    for (const other of rest) {
      const both = shared.filter((c) => other.includes(c));
      if (both.length) shared = both;
    }
    return shared;
  }

  /** A group ACLED codes as the main actor of its named components ("JNIM" for "Katiba Macina"). */
  isUmbrella(entry: ActorEntry): boolean {
    return this.umbrellas.has(entry.id);
  }

  /**
   * A group the report names with the umbrella it acts for, "Ansaroul Islam (JNIM)", "Katiba Macina or Ansaroul
   * Islam (JNIM)": coded as the umbrella, with the group as its associated actor.
   */
  withParent(entry: ActorEntry, parent: ActorEntry): ActorEntry {
    if (entry.parent === parent.id) return entry;
    const id = `${entry.id}>${parent.id}`;
    const known = this.derived.get(id);
    if (known) return known;
    const derived: ActorEntry = { ...entry, id, parent: parent.id, parentSince: null };
    this.derived.set(id, derived);
    return derived;
  }

  /** The generic or state actor of a country: named('ML', 'military') is "Military Forces of Mali". */
  named(iso2: string, template: Template): ActorEntry {
    const entry = this.byId.get(`${template}:${iso2}`);
    if (!entry) throw new Error(`actor lexicon: no country ${iso2}`);
    return entry;
  }

  /**
   * The generic actor ACLED codes on a day in place of one it no longer uses: "Islamist Militia (Mali)" in 2018,
   * "Unidentified Armed Group (Mali)" in 2022. Other actors, and any on an unknown day, are themselves.
   */
  inUseOn(entry: ActorEntry, date: string | null): ActorEntry {
    const id = TEMPLATE_ID.exec(entry.id);
    const retired = id && this.data.state.templates[id[1] as Template].retired;
    return retired && date !== null && date >= retired.on ? this.named(id[2], retired.by) : entry;
  }

  /** "Fulani Ethnic Militia (Mali)" (kind 'militia') or "Fulani Ethnic Group (Mali)" (kind 'group'). */
  ethnicActor(iso2: string, group: EthnicGroup, kind: EthnicKind): ActorEntry {
    const template = this.data.ethnic.templates[kind];
    return this.derive(`ethnic-${kind}:${group.id}:${iso2}`, template.inter, iso2, (country) =>
      template.name.replace('{group}', group.name).replace('{country}', country),
    );
  }

  /** The associated actor a role word's people form in a country ("herders" in Mali: "Pastoralists (Mali)"). */
  associated(iso2: string, word: RoleWord): ActorEntry | null {
    const group = word.group;
    if (group === null) return null;
    const inter = this.data.state.templates[word.template].inter;
    return this.derive(`group:${group}:${iso2}`, inter, iso2, (country) => `${group} (${country})`);
  }

  /**
   * An actor the text names whose ACLED name needs the event's country, not known when the words are read:
   * "Dogon militiamen" (kind 'militia': "Dogon Ethnic Militia (Mali)"), "Fulani villagers" (kind 'group', the
   * associated actor of civilians: "Fulani Ethnic Group (Mali)"), a bare "Fulani" (kind 'people': which of the
   * two depends on the event), "herders" (a role word's people: "Pastoralists (Mali)"). `localize` names it once
   * the country is known.
   */
  pendingEthnic(group: EthnicGroup, kind: EthnicKind | 'people'): ActorEntry {
    const id = `ethnic-${kind}@${group.id}`;
    const known = this.pending.get(id);
    if (known) return known.entry;
    const template = this.data.ethnic.templates[kind === 'people' ? 'group' : kind];
    const name = template.name.replace('{group}', group.name).replace(/ \(\{country\}\)$/, '');
    const entry: ActorEntry = { id, name, inter: template.inter, country: null, parent: null, parentSince: null, periods: [], branch: null };
    this.pending.set(id, { entry, ethnic: group, kind });
    return entry;
  }

  /**
   * The people a role word names as an associated actor ("herders": Pastoralists), the branch of a force it
   * names ("forest guards"), forces it leaves unsaid ("security forces": army or police), or the group it means in
   * one country ("separatists" in Cameroon), pending its country (and for the third, the event's type); or null.
   */
  pendingGroup(word: RoleWord): ActorEntry | null {
    if (word.group === null && !word.branch && !word.crowd && !word.mission && !word.local) return null;
    const id = word.local
      ? `local@${word.local.group}`
      : word.group !== null
        ? `group@${word.group}`
        : word.mission
          ? 'mission@'
          : word.crowd
            ? `forces@${word.template}`
            : `branch@${word.template}`;
    const known = this.pending.get(id);
    if (known) return known.entry;
    const t = this.data.state.templates[word.template];
    const name = word.mission ? 'Peacekeepers' : (word.group ?? (t.branch ? `${t.name.replace(/ (?:of )?\(?\{country\}\)?$/, '')} ${t.branch}` : t.name));
    const inter = word.mission ? 'External/Other forces' : t.inter;
    const entry: ActorEntry = { id, name, inter, country: null, parent: null, parentSince: null, periods: [], branch: null };
    this.pending.set(id, { entry, word });
    return entry;
  }

  /**
   * The peace operation deployed in a country on a day ("peacekeepers" in Mali in 2019: MINUSMA); without a day,
   * the latest; null when none is known there.
   */
  missionIn(iso2: string | null, date: string | null): ActorEntry | null {
    const there = this.missions.filter((m) => iso2 !== null && m.home.includes(iso2)).map((m) => m.entry);
    if (date === null) return there.at(-1) ?? null;
    return there.find((e) => this.periodOn(e, date) !== null) ?? null;
  }

  /**
   * The regional branch of a group named alone that operates in a country: "the Islamic State" in Mali is the
   * Islamic State (Greater Sahara), in Nigeria its West Africa Province; the branch listing the country earliest
   * among its homes. The entry itself for other actors, or where no branch operates.
   */
  regional(entry: ActorEntry, iso2: string | null): ActorEntry {
    const ids = this.branches.get(entry.id);
    if (!ids || iso2 === null) return entry;
    let best: ActorEntry | null = null;
    let rank = Infinity;
    for (const id of ids) {
      const k = (this.homes.get(id) ?? []).indexOf(iso2);
      if (k >= 0 && k < rank) [best, rank] = [this.byId.get(id) ?? null, k];
    }
    return best ?? entry;
  }

  /** A group ACLED codes by its regional branches ("the Islamic State"), whose name is also a common noun. */
  isRegional(entry: ActorEntry): boolean {
    return this.branches.has(entry.id);
  }

  /**
   * Whether civilians of one country are foreigners where an event took place: from another continent (ACLED's
   * "Civilians (International)"), not from a neighbour ("Nigerien herders" in Mali are "Civilians (Niger)").
   */
  fromAbroad(victims: string, where: string | null): boolean {
    return where !== null && victims !== where && this.continent.has(where) !== this.continent.has(victims);
  }

  /** What a pending actor is: an ethnic group of some kind, or a role word's people; null for other actors. */
  pendingOf(entry: ActorEntry): { ethnic?: EthnicGroup; kind?: EthnicKind | 'people'; word?: RoleWord } | null {
    return this.pending.get(entry.id) ?? null;
  }

  /**
   * A pending actor named for a country ("Dogon Ethnic Militia (Mali)"); a bare 'people' entry becomes the kind
   * given. Without a country, or for an actor that is not pending, the entry itself.
   */
  localize(entry: ActorEntry, iso2: string | null, kind?: EthnicKind): ActorEntry {
    const p = this.pending.get(entry.id);
    if (!p) return entry;
    if (p.ethnic) {
      const k = p.kind === 'people' ? (kind ?? 'group') : p.kind!;
      if (iso2 === null || !this.countryName.has(iso2)) return k === p.kind ? entry : this.pendingEthnic(p.ethnic, k);
      return this.ethnicActor(iso2, p.ethnic, k);
    }
    if (iso2 === null || !this.countryName.has(iso2)) return entry;
    return this.associated(iso2, p.word!) ?? entry;
  }

  /**
   * ACLED's joint actor for a report that cannot tell which of two groups acted ("suspected JNIM and/or ISGS
   * militants", "ISWAP or Boko Haram"): "X and/or Y", coded with the first group's inter code.
   */
  joint(a: ActorEntry, b: ActorEntry): ActorEntry {
    const id = `${a.id}+${b.id}`;
    const known = this.derived.get(id);
    if (known) return known;
    const entry: ActorEntry = { id, name: `${a.name} and/or ${b.name}`, inter: a.inter, country: null, parent: null, parentSince: null, periods: [], branch: null };
    this.derived.set(id, entry);
    return entry;
  }

  private derive(id: string, inter: InterLabel, iso2: string, name: (country: string) => string): ActorEntry {
    const known = this.derived.get(id);
    if (known) return known;
    const country = this.countryName.get(iso2);
    if (country === undefined) throw new Error(`actor lexicon: no country ${iso2}`);
    const entry: ActorEntry = { id, name: name(country), inter, country: iso2, parent: null, parentSince: null, periods: [], branch: null };
    this.derived.set(id, entry);
    return entry;
  }

  /** The period valid on a day, or null when the day or the periods are unknown. */
  periodOn(entry: ActorEntry, date: string | null): Period | null {
    if (date === null) return null;
    return entry.periods.find((p) => p.from <= date && (p.to === null || date < p.to)) ?? null;
  }

  /**
   * ACLED's name on a day: "Military Forces of Mali (2021-)" on 2022-07-22, "Police Forces of Mali (2013-2020)
   * Gendarmerie" on 2018-05-01. Without a known period, the name without suffix.
   */
  nameOn(entry: ActorEntry, date: string | null): string {
    const period = this.periodOn(entry, date);
    if (!period) return entry.name;
    const suffix = `(${period.from.slice(0, 4)}-${period.to?.slice(0, 4) ?? ''})`;
    if (entry.branch === null) return `${entry.name} ${suffix}`;
    // The branch stands after the suffix: strip it from the name, then put it back.
    return `${entry.name.slice(0, -entry.branch.length - 1)} ${suffix} ${entry.branch}`;
  }

  /** The parent ACLED codes as main actor on a day (AQIM is its own actor before JNIM's founding). */
  parentOn(entry: ActorEntry, date: string | null): ActorEntry | null {
    if (entry.parent === null) return null;
    if (date !== null && entry.parentSince !== null && date < entry.parentSince) return null;
    return this.byId.get(entry.parent) ?? this.derived.get(entry.parent) ?? null;
  }

  /**
   * The longest actor phrase starting at folded word i: a named alias ("JNIM", "FAMa"), a role word alone
   * ("gunmen"), a country and a role in either order ("Malian soldiers", "Mali's army", "soldats maliens",
   * "armée du Mali"), an ethnic group with or without a role ("Fulani militia", "milice peule"). `upper` tells,
   * per word, whether it was written all in capitals; acronyms that are ordinary words match only then. On a tie
   * the named alias wins.
   */
  matchAt(words: readonly string[], i: number, upper?: readonly boolean[]): ActorMatch | null {
    if (!this.leads.has(words[i])) return null;
    let best: ActorMatch | null = null;
    const consider = (match: ActorMatch) => {
      if (!best || match.length > best.length) best = match;
    };

    const alias = this.aliases.matchAt(words, i, upper);
    if (alias) consider({ entry: alias.value, country: alias.value.country ?? undefined, length: alias.length });

    const name = this.names.matchAt(words, i, upper);
    const adjective = this.adjectives.matchAt(words, i, upper);
    for (const lead of [name, adjective]) {
      if (!lead) continue;
      let j = i + lead.length;
      if (lead === name && words[j] === 's') j++; // "Mali's army"
      const role = this.roles.matchAt(words, j, upper) ?? (lead.value !== null ? this.weapons.matchAt(words, j, upper) ?? this.strikes.matchAt(words, j, upper) : null);
      if (role) consider(this.composed(role.value, lead.value, j + role.length - i));
      // "Malian and French troops", "French and/or Burkinabe forces": the first are troops too.
      const k = AND.has(words[j]) ? (AND.has(words[j + 1]) ? j + 2 : j + 1) : j;
      const other = lead === adjective && !role && k > j ? this.adjectives.matchAt(words, k, upper) : null;
      const shared = other && this.roles.matchAt(words, k + other.length, upper);
      if (shared) consider(this.composed(shared.value, lead.value, lead.length));
      // "Nigerien Fulani (herders)": a community of the country named, wherever the event took place.
      const ethnic = lead === adjective && lead.value !== null ? this.ethnicGroups.matchAt(words, j, upper) : null;
      if (ethnic) {
        const k = j + ethnic.length;
        const after = this.roles.matchAt(words, k, upper);
        consider({ ethnic: ethnic.value, country: lead.value!, role: after?.value, length: k + (after?.length ?? 0) - i });
      }
    }

    const role = this.roles.matchAt(words, i, upper);
    if (role) {
      const j = i + role.length;
      consider(this.composed(role.value, null, role.length));
      const after = this.adjectives.matchAt(words, j, upper);
      if (after) consider(this.composed(role.value, after.value, j + after.length - i));
      const link = this.links.matchAt(words, j, upper);
      const of = link && this.names.matchAt(words, j + link.length, upper);
      if (link && of) consider(this.composed(role.value, of.value, j + link.length + of.length - i));
      const ethnic = this.ethnicGroups.matchAt(words, j, upper);
      if (ethnic) consider({ role: role.value, ethnic: ethnic.value, length: j + ethnic.length - i });
    }

    // "killed 12 Palestinians": a country's people with no role after them are its civilians.
    const people = this.peoples.matchAt(words, i, upper);
    if (people && people.value !== null && !this.roles.matchAt(words, i + people.length, upper)) consider({ ...this.composed(this.civilians, people.value, people.length), people: true });

    // "missiles russes", "frappes aériennes israéliennes": a weapon with its country's adjective after it.
    const weapon = this.weapons.matchAt(words, i, upper);
    const by = weapon && this.adjectives.matchAt(words, i + weapon.length, upper);
    if (weapon && by && by.value !== null) consider(this.composed(weapon.value, by.value, weapon.length + by.length));

    const ethnic = this.ethnicGroups.matchAt(words, i, upper);
    if (ethnic) {
      consider({ ethnic: ethnic.value, length: ethnic.length });
      const after = this.roles.matchAt(words, i + ethnic.length, upper);
      if (after) consider({ role: after.value, ethnic: ethnic.value, length: ethnic.length + after.length });
    }
    return best;
  }

  /**
   * "soldats maliens et français", "Nigerien soldiers and Chadian": after a role and its country, "and" and
   * another country's adjective with no role of its own name that country's men of the same role. The match
   * starts at the adjective (word j + 1).
   */
  coordinatedAt(words: readonly string[], j: number, role: RoleWord, upper?: readonly boolean[]): ActorMatch | null {
    if (!AND.has(words[j])) return null;
    const other = this.adjectives.matchAt(words, j + 1, upper);
    if (!other || this.roles.matchAt(words, j + 1 + other.length, upper)) return null;
    return this.composed(role, other.value, other.length);
  }

  /** A role word with the country its phrase names, if one (null: none, or a word two countries share). */
  private composed(role: RoleWord, country: string | null, length: number): ActorMatch {
    if (country === null) return { role, length };
    return { role, country, entry: this.named(country, role.template), length };
  }
}

// --- Loading ----------------------------------------------------------------------------------------------

/** The folder holding package.json: the code runs from src/lexicon/ under tsx and from dist/lexicon/ built. */
function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('actor lexicon: no package.json above the module');
    dir = up;
  }
  return dir;
}

/** One file of data/actors/, checked against its schema: a file that does not fit stops the load, naming the file. */
export function readActorFile<T>(file: string, schema: z.ZodType<T>): T {
  const result = schema.safeParse(JSON.parse(readFileSync(path.join(packageRoot(), 'data', 'actors', file), 'utf8')));
  if (!result.success) throw new Error(`actor lexicon: ${file}: ${z.prettifyError(result.error)}`);
  return result.data;
}

/** Reads data/actors/*.json and builds the lexicon for the given countries. */
export function loadActorLexicon(countries: readonly CountryNames[]): ActorLexicon {
  const data: ActorData = {
    named: [...readActorFile('groups.json', NamedActors).actors, ...readActorFile('international.json', NamedActors).actors],
    state: readActorFile('state.json', StateData),
    roles: readActorFile('roles.json', RoleData),
    ethnic: readActorFile('ethnic.json', EthnicData),
  };
  return new ActorLexicon(data, countries);
}
