/**
 * Event types by ACLED's hierarchy, on invented sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testExtractor } from '../../testing/extractor.js';

async function typeOf(text: string): Promise<string> {
  const { events } = (await testExtractor()).extract(text, { published: '2023-04-12' });
  assert.equal(events.length, 1, `one event in: ${text}`);
  return `${events[0].event_type}/${events[0].sub_event_type}`;
}

const cases: [string, string][] = [
  ['Militants attacked an army post in Djibo on Monday, killing three soldiers.', 'Battles/Armed clash'],
  ['Gunmen attacked the village of Tamou on Monday and killed five villagers.', 'Violence against civilians/Attack'],
  ['Soldiers shot dead two herders near Djibo on Monday.', 'Violence against civilians/Attack'],
  ['An IED struck a military vehicle near Dori on Monday, wounding two soldiers.', 'Explosions/Remote violence/Remote explosive/landmine/IED'],
  [
    'On Monday jihadists ambushed a gendarmerie convoy near Dori; the attack began with an IED blast followed by heavy gunfire, and four gendarmes were killed.',
    'Battles/Armed clash',
  ],
  ['A French drone strike killed four militants near Menaka on Monday.', 'Explosions/Remote violence/Air/drone strike'],
  // An attack made with a weapon from afar is the shelling, no fighting at close range.
  ['The army camp in Tessalit was attacked by rockets and mortars on Monday.', 'Explosions/Remote violence/Shelling/artillery/missile attack'],
  ["Le camp militaire de Tessalit a été attaqué au mortier lundi.", 'Explosions/Remote violence/Shelling/artillery/missile attack'],
  ['Gunmen abducted a village chief in Kaya on Monday; his body was found the next morning.', 'Violence against civilians/Attack'],
  ['Gunmen abducted three teachers near Kaya on Monday.', 'Violence against civilians/Abduction/forced disappearance'],
  ['Gunmen attacked the village of Petaka on Monday, wounding one man and abducting three others.', 'Violence against civilians/Attack'],
  ["Trois humanitaires ont été enlevés lundi près de Bukavu ; personne n'a été blessé.", 'Violence against civilians/Abduction/forced disappearance'],
  ['Des hommes armés ont frappé aux portes lundi soir à Toumour et ont emmené huit personnes.', 'Violence against civilians/Abduction/forced disappearance'],
  ['Armed men burned the school and looted shops in Kaya on Monday; nobody was hurt.', 'Strategic developments/Looting/property destruction'],
  // A negation covers the items of its list.
  ['Gunmen burned four trucks chartered by MINUSMA near Boni on Monday. There were no reports of clashes or injuries.', 'Strategic developments/Looting/property destruction'],
  ['Hundreds of women marched in Ouagadougou on Monday against the terrorist attacks.', 'Protests/Peaceful protest'],
  ['Students protesting in Koudougou on Monday threw stones at the police and burned tyres.', 'Riots/Violent demonstration'],
  ['Police fired tear gas to disperse demonstrators in Niamey on Monday.', 'Protests/Protest with intervention'],
  ['Police used tear gas to disperse a crowd outside the town hall of Kaya on Monday.', 'Protests/Protest with intervention'],
  ['Traders demonstrating against new taxes clashed with the police in Niamey on Monday.', 'Riots/Violent demonstration'],
  ['Students from two schools clashed in Koudougou on Monday, leaving five injured.', 'Riots/Mob violence'],
  ['Militants threatened teachers in Djibo on Monday and ordered the school closed.', 'Strategic developments/Other'],
  // Killings told extrajudicial or summary were of unarmed people, whatever the forces claim.
  ['Soldiers carried out the extrajudicial execution of four herders near Mondoro on Monday, after an attack that killed two soldiers.', 'Violence against civilians/Attack'],
  ['The army said it killed six militants near Dioura on Monday; local groups denounced the summary executions of six villagers.', 'Violence against civilians/Attack'],
  ["Des soldats ont procédé lundi à l'exécution extrajudiciaire de cinq bergers près de Mondoro, après une attaque qui a tué deux militaires.", 'Violence against civilians/Attack'],
  // An attempt on a civilian's life is an attack on him, even when he escaped unharmed.
  ['Gunmen attempted to assassinate a trader in Gao on Monday; he escaped unharmed.', 'Violence against civilians/Attack'],
  ['The mayor of Kaya survived an assassination attempt at his home on Monday.', 'Violence against civilians/Attack'],
  ["Des hommes armés ont tenté d'assassiner le maire de Kaya lundi soir ; il s'en est sorti indemne.", 'Violence against civilians/Attack'],
  ['Malian army post attacked on Monday near Soumpi: two dead, one wounded.', 'Battles/Armed clash'],
  ['Army checkpoint in Gossi attacked overnight on Monday, one dead and two wounded.', 'Battles/Armed clash'],
  // A post or convoy attacked is a battle even with no attacker named; an agent after a short phrase of place
  // makes the verb passive and what stands before it the target.
  ['A militia convoy was attacked on the road to Anefis on Monday: one dead, several wounded.', 'Battles/Armed clash'],
  ['Position of the Dozo militia attacked in Kani on Monday by suspected jihadists, two wounded.', 'Battles/Armed clash'],
  ['An army convoy opened fire on a group of herders near Nokara on Monday, wounding two.', 'Violence against civilians/Attack'],
  ['A MINUSMA vehicle was hit by an IED followed by gunfire near Kidal on Monday.', 'Battles/Armed clash'],
  // Gunfire only heard after the blast says nothing of who fired: no fighting told.
  [
    'Three police officers were killed on Monday when their truck ran over a landmine near Garissa. Residents said they heard a loud bang followed by gunfire as officers secured the area.',
    'Explosions/Remote violence/Remote explosive/landmine/IED',
  ],
  ['French forces carried out air strikes followed by a ground operation near Menaka on Monday, killing seven militants.', 'Battles/Armed clash'],
  ['Islamist militants carried out an assault on the village of Tiguila on Monday, killing one civilian.', 'Violence against civilians/Attack'],
  ['Gunmen attacked a gas station in Dilly on Monday, wounding the attendant.', 'Violence against civilians/Attack'],
  // Youths killed or abducted are victims, not a crowd that riots.
  ['Militants killed three youths near Djibo on Monday and seized their motorbikes.', 'Violence against civilians/Attack'],
  ['Two youths were abducted by gunmen near Menaka on Monday.', 'Violence against civilians/Abduction/forced disappearance'],
  ['Gunmen attacked the village of Kassan on Monday, wounding two youths, one succumbed to his wounds.', 'Violence against civilians/Attack'],
  // Burned alive by soldiers is a killing, no mob's lynching.
  ['Soldiers tied up the village chief of Hamdallaye on Monday and he was burned alive.', 'Violence against civilians/Attack'],
  ['Three people were killed in an attack by unidentified assailants on an army post in Almoustarat on Monday.', 'Battles/Armed clash'],
  ['The Malian army was attacked near Boni on Monday; the toll is twelve dead.', 'Battles/Armed clash'],
  ['Four villagers were killed on Monday during an incursion of Boko Haram fighters into a village near Mora.', 'Violence against civilians/Attack'],
  ['Rebels attacked the village of Inghounane on Monday in response to an attack on a checkpoint, wounding two elders.', 'Violence against civilians/Attack'],
  // A camp of a community is no military target; an armed group named far from the act is not its object.
  ['Militants attacked a Tuareg camp near Menaka on Monday, killing four herders.', 'Violence against civilians/Attack'],
  ['Jihadists attacked an IDP camp near Djibo on Monday, killing six people.', 'Violence against civilians/Attack'],
  ['Militants attacked an army camp near Djibo on Monday, killing six people.', 'Battles/Armed clash'],
  ['Two gunmen shot dead a trader in Djibo on Monday, a man known in the town for his sermons against Ansaroul Islam.', 'Violence against civilians/Attack'],
  ['Militants ambushed a mining company convoy near Essakane on Monday, wounding five workers.', 'Violence against civilians/Attack'],
  ['Militiamen shot dead a civilian at a checkpoint in Dire on Monday.', 'Violence against civilians/Attack'],
  ['Soldiers beat the guests of an engagement ceremony in Kaya on Monday.', 'Violence against civilians/Attack'],
  // The state's men off duty, retired or on leave are civilians; on duty they are an armed target.
  ['Gunmen shot dead a retired gendarme at his home in Kaya on Monday.', 'Violence against civilians/Attack'],
  ['Two gunmen killed an off-duty soldier outside a mosque in Dori on Monday.', 'Violence against civilians/Attack'],
  ['Militants shot dead two peacekeepers on leave near Gao on Monday.', 'Violence against civilians/Attack'],
  ['Des hommes armés ont abattu un policier en congé lundi à Dori.', 'Violence against civilians/Attack'],
  ['Militants shot dead two peacekeepers on patrol near Gao on Monday.', 'Battles/Armed clash'],
  ['Gunmen shot dead a sergeant of the gendarmerie at his home in Boni on Monday.', 'Violence against civilians/Attack'],
  // Civilians who work for a force are civilians.
  ['Militants shot dead a police interpreter in Tongomayel on Monday.', 'Violence against civilians/Attack'],
  ['Gunmen shot dead a MINUSMA contractor in Gao on Monday.', 'Violence against civilians/Attack'],
  ['Militants attacked the homes of two gendarmes in Dori on Monday, wounding one of them.', 'Violence against civilians/Attack'],
  // Civilians as the object of the violence make it violence against civilians even with no count read; a
  // sentence recalling another year's attack on a post tells no target of this one.
  [
    'Insurgents beheaded six civilians and burned dozens of homes in a raid on a village near Macomia on Monday, said a man who called them "soldiers of the caliphate". The insurgency began in 2017 with an attack on police stations.',
    'Violence against civilians/Attack',
  ],
  [
    'Islamist insurgents beheaded civilians and burned dozens of homes in a raid near Macomia on Monday, said a man who called them "soldiers of the caliphate".',
    'Violence against civilians/Attack',
  ],
  // A post attacked while nobody held it fought no one: property destruction; held, it is a battle.
  ['Militants attacked the police station in Kaya on Monday while it was unmanned and burned it.', 'Strategic developments/Looting/property destruction'],
  ['Des hommes armés ont attaqué lundi le poste de police de Kaya, alors vide, causant des dégâts matériels.', 'Strategic developments/Looting/property destruction'],
  ['Militants attacked the police station in Kaya on Monday and burned it.', 'Battles/Armed clash'],
  // French reports: passives, ambushes fallen into, shooting at people, a market that is no march, armed men
  // gathering, youths at barricades.
  ["Une patrouille de l'armée a été attaquée lundi près de Djibo par des hommes armés.", 'Battles/Armed clash'],
  ['Des soldats sont tombés dans une embuscade lundi près de Tera, faisant quatre morts.', 'Battles/Armed clash'],
  ['A supply convoy of the army fell into an ambush near Nampala on Monday.', 'Battles/Armed clash'],
  ['Des individus armés ont tiré sur un car de transport lundi près de Fada, sans faire de victime.', 'Violence against civilians/Attack'],
  ['Des hommes armés ont incendié des boutiques au marché de Djibo lundi.', 'Strategic developments/Looting/property destruction'],
  ['Une frappe de drone a visé lundi un rassemblement de terroristes près de Tessit.', 'Explosions/Remote violence/Air/drone strike'],
  ["Une frappe de drone a touché lundi un rassemblement d'éleveurs près d'un puits au nord de Tessit, tuant cinq civils.", 'Explosions/Remote violence/Air/drone strike'],
  ['Des jeunes en colère ont érigé des barricades et brûlé des pneus lundi à Kaya.', 'Riots/Violent demonstration'],
  ['Des jihadistes ont pris d\'assaut lundi un village près de Tera, tuant six civils.', 'Violence against civilians/Attack'],
  ['Village hunters routed militants who attacked Ganida on Monday.', 'Battles/Armed clash'],
  ['Rebels killed seventeen villagers near Beni on Monday, and the army said that no soldier had been hurt.', 'Violence against civilians/Attack'],
  // Words of violence without "kill" or "attack": throats slit, stab wounds, shots fired at, people taken to an
  // unknown destination, blasts heard.
  ['Militants slit the throats of two herders near Djibo on Monday.', 'Violence against civilians/Attack'],
  ['Gunmen fired shots at a truck near Menaka on Monday to make the driver stop; he escaped unhurt.', 'Violence against civilians/Attack'],
  ['Militants stopped a bus near Dori on Monday and took three passengers to an unknown destination.', 'Violence against civilians/Abduction/forced disappearance'],
  ['Des hommes armés ont fait descendre trois passagers du car lundi près de Dori et les ont conduits vers une destination inconnue.', 'Violence against civilians/Abduction/forced disappearance'],
  ['Three loud detonations were heard near the airport of Kidal on Monday.', 'Explosions/Remote violence/Remote explosive/landmine/IED'],
  // Looting is property destruction only when no violence against people happens: shooting at people or
  // assaulting them is an attack; shots in the air are not.
  ['Gunmen opened fire on a bus near Dori on Monday and seized the vehicle; nobody was hurt.', 'Violence against civilians/Attack'],
  ['Militants assaulted a shopkeeper and seized his motorbike near Djibo on Monday.', 'Violence against civilians/Attack'],
  ['Gunmen opened fire in the air in Tamou on Monday and looted shops.', 'Strategic developments/Looting/property destruction'],
  ['Gunmen ambushed a convoy of trucks heading to the Inata mine on Monday, killing two drivers.', 'Violence against civilians/Attack'],
  ['The mine exploded under an army truck near Boni on Monday, wounding two soldiers.', 'Explosions/Remote violence/Remote explosive/landmine/IED'],
  ['Gunmen ransacked the offices at the mine in Inata on Monday.', 'Strategic developments/Looting/property destruction'],
  ['Militiamen killed six herders near Fia on Monday, claiming they were mine planters.', 'Violence against civilians/Attack'],
  ['Gunmen beat two miners near Kalsaka on Monday, who said they could no longer reach their mines.', 'Violence against civilians/Attack'],
  // A coup is a strategic development (Other), the arrests within it part of it; a coup recalled makes none.
  ['Des militaires ont pris le pouvoir à Niamey mercredi ; le président est en résidence surveillée et deux ministres ont été arrêtés.', 'Strategic developments/Other'],
  ['Police arrested two journalists in Bamako on Monday, the first such arrests since the 2021 coup.', 'Strategic developments/Arrests'],
  // Security forces seizing weapons or a cache disrupt weapons use; seized in an operation that killed militants,
  // they are part of the battle; militants killed planting a mine disrupted its use.
  ['The army killed twelve militants near Kabonga on Monday and seized arms, ammunition and explosives.', 'Battles/Armed clash'],
  ['Two militants were killed on Monday near Menaka while planting an IED.', 'Strategic developments/Disrupted weapons use'],
  ['Three militants were killed near Malgou on Monday in the process of planting an IED.', 'Strategic developments/Disrupted weapons use'],
  // Fighting told beside a foiled abduction is a battle.
  ['Soldiers clashed with militants near Nassoumbou on Monday after residents reported an attempted abduction.', 'Battles/Armed clash'],
  // An act told as earlier is another event: the IED that hit the convoy sent to its site is this one.
  [
    'An army truck heading to the site of an earlier ambush on gendarmes near Toeni was struck by an IED on Monday, wounding three soldiers.',
    'Explosions/Remote violence/Remote explosive/landmine/IED',
  ],
  ['Militants attempted to assassinate a trader near Douna on Monday; he escaped with wounds.', 'Violence against civilians/Attack'],
  ['The police seized twenty firearms during a road check near Agadez on Monday.', 'Strategic developments/Disrupted weapons use'],
  ['French forces discovered a militant cache of rockets near Menaka on Monday.', 'Strategic developments/Disrupted weapons use'],
  // An operation that only seized weapons or arrested suspects is what it achieved, no battle.
  ['The army conducted a military operation near Diakera on Monday; arms and ammunition were seized in the bush.', 'Strategic developments/Disrupted weapons use'],
  ['Gendarmes carried out a military operation in Kouri on Monday and arrested twelve suspects.', 'Strategic developments/Arrests'],
  // Youths who only march are demonstrators; the violence a march denounces is its grievance.
  ['On Monday youths in Manni staged a protest against the construction of a wall around the town hall.', 'Protests/Peaceful protest'],
  ['Thousands of Fulani marched in Bamako on Monday to protest against intercommunal violence in central Mali.', 'Protests/Peaceful protest'],
  ['Hundreds of activists marched in Gaoua on Monday demanding justice for two members of their movement who were assassinated in May.', 'Protests/Peaceful protest'],
  ['Residents staged a sit-in in Timbuktu on Monday in reaction to the recurring abductions of traders.', 'Protests/Peaceful protest'],
  ['Artists marched in Ouagadougou on Monday against the attempted lynching of a singer.', 'Protests/Peaceful protest'],
  ['Herders demonstrated in Niamey on Monday against the killings of their kin amid intercommunal violence in the west.', 'Protests/Peaceful protest'],
  ['Students held a protest in Maradi on Monday that resulted in confrontations with the police.', 'Riots/Violent demonstration'],
  // A strike with no demonstration is no protest.
  ['University teachers across Niger began a 72-hour strike on Monday.', 'Strategic developments/Other'],
  ['Trade unions began a 48-hour strike in Niamey on Monday.', 'Strategic developments/Other'],
  ['Teachers on strike marched to the ministry in Niamey on Monday.', 'Protests/Peaceful protest'],
  ['The nurses union engaged a 96-hour strike on Monday and its members held a picket outside the ministry in Ouagadougou.', 'Protests/Peaceful protest'],
  // Strikes of a country's forces are air or missile strikes; a general strike stops work.
  ['Israeli strikes killed 20 people in Khan Younis on Monday.', 'Explosions/Remote violence/Air/drone strike'],
  ['Des frappes russes ont tué trois civils lundi à Kharkiv.', 'Explosions/Remote violence/Air/drone strike'],
  // The striking force's "neutralised" names those its strike killed: no fight on the ground.
  ['A military drone struck a pickup near Kidal on Monday; the army said it had neutralised four terrorists.', 'Explosions/Remote violence/Air/drone strike'],
  ["Une frappe de drone a visé lundi un véhicule près de Kidal; l'armée affirme avoir neutralisé quatre terroristes.", 'Explosions/Remote violence/Air/drone strike'],
  ['Workers began a general strike in Niamey on Monday.', 'Strategic developments/Other'],
  // A strike carried out by aircraft or helicopters is theirs, even when it hurt nobody.
  ['On Monday French aircrafts carried out strikes on a militant camp near Tessit; no casualties were reported.', 'Explosions/Remote violence/Air/drone strike'],
  ['Army helicopters carried out a strike on a hideout in the forest of Wagadou on Monday.', 'Explosions/Remote violence/Air/drone strike'],
  // Barricades and stones make a violent demonstration without the word "protest".
  ['Traders barricaded the roads of Timbuktu on Monday in reaction to the abduction of a colleague.', 'Riots/Violent demonstration'],
  ['Youths threw stones at a French army patrol in Kidal on Monday.', 'Riots/Violent demonstration'],
  // Blocked by soldiers is stopped, no road blocked by demonstrators.
  ['Gunmen attacked the gendarmerie in Abala on Monday, killing two gendarmes; the attackers were pursued and blocked by the army near the border.', 'Battles/Armed clash'],
  // Strategic developments with no armed actor named: a curfew is the state's measure; communities sign accords;
  // property set on fire by unknown hands.
  ['A nightly curfew was imposed in the province of Soum on Monday.', 'Strategic developments/Change to group/activity'],
  ['Fulani and Dogon leaders signed a peace agreement in Koro on Monday.', 'Strategic developments/Agreement'],
  ['Unknown individuals set a church ablaze in Niamey on Monday.', 'Strategic developments/Looting/property destruction'],
  ['Militants entered the village of Kissi on Monday and emptied the school stores, seizing rice and oil.', 'Strategic developments/Looting/property destruction'],
  ['Dozo militiamen encircled the village of Siragourou on Monday.', 'Strategic developments/Change to group/activity'],
  // Residents or students who gather, or close down a public office, demonstrate; armed men who close a school, or traders who
  // close their shops in a strike, do not.
  ['On Monday students in Hounde closed down the office of the high commissioner.', 'Protests/Peaceful protest'],
  ['Thousands of students gathered in front of the town hall of Zorgho on Monday.', 'Protests/Peaceful protest'],
  ['Residents of Ouagadougou organised a gathering on Monday to show their support for the army amid a rise in militant attacks.', 'Protests/Peaceful protest'],
  ['On Monday students in Ouagadougou crowded the main junction of the city centre.', 'Protests/Peaceful protest'],
  ['Lundi, des habitants de Bagré ont fermé la mairie.', 'Protests/Peaceful protest'],
  ['Militants closed down the school in Toukoroba on Monday.', 'Strategic developments/Other'],
  ['Traders closed down their shops in Niamey on Monday and began a 48-hour strike.', 'Strategic developments/Other'],
  // A public service closed or suspended for fear of violence is a strategic development; one closed for the heat is no
  // event at all.
  ['The court of Djibo closed down on Monday and its staff went home, fearing for their lives.', 'Strategic developments/Other'],
  ['Teachers in Matiacoali suspended classes on Monday over the insecurity in the region.', 'Strategic developments/Other'],
  ['Le tribunal de Djibo a été fermé lundi après des menaces contre les magistrats.', 'Strategic developments/Other'],
  // A jailbreak with no violence told is a strategic development.
  ['Twelve jihadist prisoners escaped from the high security prison of Koutoukale on Monday.', 'Strategic developments/Other'],
  ['Quatre détenus présentés comme des terroristes se sont évadés lundi de la prison civile de Diffa.', 'Strategic developments/Other'],
  // A surrender is an agreement between the sides (ACLED), not a movement of forces.
  ['A faction of a rebel group surrendered to the army in Dirkou on Monday and handed over its vehicles.', 'Strategic developments/Agreement'],
  ['Some 150 rebels laid down arms during a ceremony in Dirkou on Monday.', 'Strategic developments/Agreement'],
  ['Une centaine de rebelles ont déposé les armes lundi lors d\'une cérémonie à Dirkou.', 'Strategic developments/Agreement'],
  // Fighters who join another side change their group's activity.
  ['Fifty former rebels arrived in Timbuktu on Monday to rejoin the army.', 'Strategic developments/Change to group/activity'],
  ['On Monday a contingent of rebels stationed in Gargando decided to join a rival movement.', 'Strategic developments/Change to group/activity'],
  ["Une cinquantaine d'anciens rebelles ont rejoint les rangs de l'armée lundi à Tombouctou.", 'Strategic developments/Change to group/activity'],
  // A government that resigns or expels an envoy changes its activity.
  ['The prime minister and his whole government resigned in Bamako on Monday.', 'Strategic developments/Change to group/activity'],
  ['The government declared the head of the UN mission persona non grata on Monday.', 'Strategic developments/Change to group/activity'],
  ["Le gouvernement a expulsé lundi le chef de la mission de l'ONU.", 'Strategic developments/Change to group/activity'],
  // An operation of the state's forces that met no one is a change of their activity.
  ['French troops carried out an operation to secure the airport of Kidal on Monday.', 'Strategic developments/Change to group/activity'],
  ["Les forces nigériennes ont mené lundi une opération pour chasser les jihadistes qui prélèvent l'impôt près d'Inates.", 'Strategic developments/Change to group/activity'],
  ['Jihadists besieged the village of Kanio on Monday; supplies are running out.', 'Strategic developments/Change to group/activity'],
  // Fighting named as the setting ("recent clashes", "in the context of") is not this event's.
  ['Militants assassinated the chief of Kargue on Monday; the area recently saw communal violence between herders and farmers.', 'Violence against civilians/Attack'],
  ['The gendarmerie established a base in Diallassagou on Monday in the context of intercommunal violence.', 'Strategic developments/Headquarters or base established'],
  ['The army deployed troops to the forests near Inata on Monday in the wake of the abduction of three mine workers.', 'Strategic developments/Change to group/activity'],
  ['Residents protested in Banfora on Monday against rangers seizing a truck of firewood.', 'Protests/Peaceful protest'],
  // Territory taken without fighting changes hands non-violently; taken in a battle, it is the battle's.
  ['The rebels took control of the town of Tessit on Monday; no clashes were reported.', 'Strategic developments/Non-violent transfer of territory'],
  ['The town of Anefis has been under the control of the rebel coalition since Monday.', 'Strategic developments/Non-violent transfer of territory'],
  ['Rebels attacked the army in Tessit on Monday and took control of the town after hours of fighting.', 'Battles/Non-state actor overtakes territory'],
  ['Les rebelles se sont emparés mardi de Tessit après deux jours de combats avec l\'armée.', 'Battles/Non-state actor overtakes territory'],
  // A signed accord is the event; the fighting it ends is its background.
  [
    'Herder and farmer leaders signed a peace accord in Mopti on Monday; their militias have fought each other for months.',
    'Strategic developments/Agreement',
  ],
  // A fight that is an aim or a cause is no fighting.
  ['Hundreds of residents marched in Dori on Monday in support of the army in its fight against terrorism.', 'Protests/Peaceful protest'],
  ['Health workers marched in Kaya on Monday to demand funds to fight malaria.', 'Protests/Peaceful protest'],
  // An armed group's damage told in riot words is property destruction.
  ['Militants ransacked the primary school in Tin-Akof on Monday.', 'Strategic developments/Looting/property destruction'],
  ['Militants attacked the market of Tiba on Monday, burning shops and motorbikes.', 'Strategic developments/Looting/property destruction'],
  ['Gunmen attacked a bus near Gossi on Monday, stripping the passengers of their belongings.', 'Strategic developments/Looting/property destruction'],
  ['Jihadists torched the polling station in Ber on Monday.', 'Strategic developments/Looting/property destruction'],
  // What a force dismantles: a group's base (an operation against it), a cell (arrests), a bomb (made safe).
  ['The army dismantled a militant logistics base in the forest of Dakoro on Monday.', 'Battles/Armed clash'],
  ['The police dismantled a criminal network in Agadez on Monday.', 'Strategic developments/Arrests'],
  ['On Monday the army dismantled an IED near its base in Boni.', 'Strategic developments/Disrupted weapons use'],
  // Air strikes called in against the attackers of a post whose soldiers were killed are part of the battle.
  [
    'Militants attacked an army post near Ansongo on Monday, killing two soldiers; French jets then carried out airstrikes against the retreating attackers.',
    'Battles/Armed clash',
  ],
  // An abduction with maiming or a killing is an attack.
  ['Three herders abducted by militants near Toumour on Monday were released with their hands amputated.', 'Violence against civilians/Attack'],
  ['A trader abducted by gunmen near Kaya on Monday was hanged from a tree.', 'Violence against civilians/Attack'],
  ['Militants carried out an IED ambush on an army vehicle near Tessalit on Monday; no casualties were reported.', 'Explosions/Remote violence/Remote explosive/landmine/IED'],
  // Militiamen killed by a blast aimed at them were its target, no sign of fighting.
  [
    'Four Dozo militiamen were killed on Monday by the explosion of an IED on the road near Djenne; militants had planted it overnight.',
    'Explosions/Remote violence/Remote explosive/landmine/IED',
  ],
  // A crowd armed with guns or blades is a militia; with sticks it stays a crowd.
  ['Armed youths from the village of Tanga clashed with herders near Dori on Monday, leaving four dead.', 'Battles/Armed clash'],
  ['Youths armed with rifles ambushed gold miners near Kouri on Monday, wounding three.', 'Violence against civilians/Attack'],
  ['Youths armed with sticks clashed with traders at the market in Kouri on Monday, leaving three injured.', 'Riots/Mob violence'],
  ['Youths in Salmossi ambushed a group of ISGS militants on Monday and killed two of them.', 'Battles/Armed clash'],
  ['Militiamen attacked the village of Djabel on Monday and Fulani youths returned fire, several wounded.', 'Battles/Armed clash'],
  // An incursion whose men only threatened people is a change of activity.
  ['Militants made an incursion into the village of Tiloa on Monday, searching for a merchant and threatening his family.', 'Strategic developments/Change to group/activity'],
  // Animals killed are property destroyed; a shot in the air and a threat to kill harm no one.
  ['Militiamen burned three huts and killed two sheep in the village of Kanou on Monday.', 'Strategic developments/Looting/property destruction'],
  ['Gunmen killed a livestock trader near Dori on Monday.', 'Violence against civilians/Attack'],
  ['Gunmen entered the village of Tamou on Monday, firing a gunshot in the air and pillaging shops.', 'Strategic developments/Looting/property destruction'],
  ['Militants threatened an imam in Kogo on Monday and warned that they would return to kill him.', 'Strategic developments/Other'],
  // Shots fired in the air with no one hurt and nothing taken are a show of force: the group's activity.
  ['Militants entered the village of Gassel on Monday, summoned the villagers to prayer and fired shots in the air as they left.', 'Strategic developments/Change to group/activity'],
  ["Des hommes armés ont tiré en l'air lundi soir à l'entrée du village de Kobe avant de repartir.", 'Strategic developments/Change to group/activity'],
  // A negation ends at a closing bracket or a clause break.
  ['Suspected insurgents (not yet identified) killed four traders and burned their shop near Diffa on Monday.', 'Violence against civilians/Attack'],
  // Ambiguous cues read in context.
  ['A drone strike hit a market in Dabat on Monday, killing 11 people. The strike happened near a bus station.', 'Explosions/Remote violence/Air/drone strike'],
  // "To trade cattle" is no labour word: the bare "strike" after a drone strike is that strike.
  [
    'A drone strike on a weekly fair near Niono killed at least nine civilians on Monday. The strike hit the livestock area of the market around midday, when hundreds of people had gathered to trade cattle.',
    'Explosions/Remote violence/Air/drone strike',
  ],
  // Beaten to death by armed men is their attack; with no armed man named, a mob's.
  ['A herder was beaten to death by soldiers at a checkpoint near Tenenkou on Monday.', 'Violence against civilians/Attack'],
  ['Un éleveur a été battu à mort lundi par des miliciens près de Bankass.', 'Violence against civilians/Attack'],
  ["Un militant de l'opposition a été battu à mort dimanche par des Imbonerakure près de Kirundo.", 'Violence against civilians/Attack'],
  ['A man accused of stealing a goat was beaten to death at the market in Kaya on Monday.', 'Riots/Mob violence'],
  // "Les victimes" are the people the report is about, not a word of killing.
  ["Des hommes armés ont enlevé lundi un chef coutumier près de Dori, a indiqué un parent des victimes.", 'Violence against civilians/Abduction/forced disappearance'],
  ['Hundreds of traders marched in Ikeja on Monday to protest against the destruction of their stalls.', 'Protests/Peaceful protest'],
  ['Trois humanitaires ont été enlevés lundi près de Bukavu, une région connue pour l\'exploitation des mines.', 'Violence against civilians/Abduction/forced disappearance'],
  ['Des soldats arrivés à bord d\'hélicoptères ont tué une vingtaine de civils lundi près de Douentza.', 'Violence against civilians/Attack'],
  ['Les manifestants ont marché lundi à Niamey contre la vie chère, puis la marche s\'est dispersée sans incident.', 'Protests/Peaceful protest'],
];

for (const [text, expected] of cases) {
  test(`${expected}: ${text}`, async () => {
    assert.equal(await typeOf(text), expected);
  });
}

test('a mob lynching a thief is mob violence; rioters facing the police riot', async () => {
  assert.equal(await typeOf('An angry mob lynched a suspected thief at the market in Bobo-Dioulasso on Monday.'), 'Riots/Mob violence');
  assert.equal(
    await typeOf('Rioters burned tyres and clashed with police in Niamey on Monday after the arrest of a local imam.'),
    'Riots/Violent demonstration',
  );
});

test('a car bomb is a remote explosive; a suicide car bomb, or a "véhicule kamikaze", is a suicide bomb', async () => {
  const ex = await testExtractor();
  const sub = (text: string) => ex.extract(text, { published: '2023-04-12' }).events[0]?.sub_event_type;
  assert.equal(sub('A car bomb exploded near a market in the town on Monday, killing five civilians, police said.'), 'Remote explosive/landmine/IED');
  assert.equal(sub("Une voiture piégée a explosé lundi près d'un marché, tuant cinq civils, selon la police."), 'Remote explosive/landmine/IED');
  assert.equal(sub('A suicide car bomber blew himself up near a market on Monday, killing five civilians, police said.'), 'Suicide bomb');
  assert.equal(sub("Un véhicule kamikaze a explosé lundi près d'un marché, tuant cinq civils."), 'Suicide bomb');
});

test('a school closed for the heat is no event', async () => {
  const { events } = (await testExtractor()).extract('Schools were closed on Monday in Niamey because of the heat.', { published: '2023-04-12' });
  assert.deepEqual(events, []);
});
