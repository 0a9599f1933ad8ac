/**
 * Places: homonyms settled by what the report says (its countries, its groups, admin hints, other places), names
 * the gazetteer spells another way, names that are not places, and the geo precision the wording supports.
 * The gazetteer here is a small invented one (invented village names, real countries and regions), so every
 * case is decided by the rule it tests and not by what a real dump happens to hold.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { Extractor } from '../extract.js';
import { buildPlaces } from '../geo/build.js';
import { loadCountries } from '../geo/defaults.js';
import { Gazetteer, type Place } from '../geo/gazetteer.js';
import { placeRecord, foldedKeys, type AdminCode, type PlaceRecord } from '../geo/records.js';
import { loadLanguages } from '../resources.js';
import { loadActorLexicon } from '../lexicon/actors.js';
import { loadActorAreas } from '../lexicon/areas.js';

let nextId = 1;
function place(name: string, country: string, admin1: string | null, lat: number, lon: number, extra: Partial<Place> = {}): Place {
  return {
    geonameid: nextId++, name, country, countryName: country, admin1, admin2: null, admin3: null,
    latitude: lat, longitude: lon, featureClass: 'P', featureCode: 'PPL', population: 0, ...extra,
  };
}

const PLACES: Place[] = [
  // Kelbara: a village in Mali's Mopti region and one in Burkina Faso's Sahel region.
  place('Kelbara', 'ML', 'Mopti', 14.6, -3.4),
  place('Kelbara', 'BF', 'Sahel', 14.1, -1.2),
  // Dounkali: two Malian villages, in Ségou (Macina cercle) and in Koulikoro (Nara cercle).
  place('Dounkali', 'ML', 'Segou', 13.9, -5.4, { admin2: 'Macina' }),
  place('Dounkali', 'ML', 'Koulikoro', 15.2, -7.3, { admin2: 'Nara' }),
  place('Nara', 'ML', 'Koulikoro', 15.1, -7.2, { admin2: 'Nara', featureClass: 'A', featureCode: 'ADM2' }),
  // Wassoro: a Malian village near Mopti, and a town of the same name in Peru.
  place('Wassoro', 'ML', 'Mopti', 14.45, -4.1),
  place('Wassoro', 'PE', 'Loreto', -4.0, -73.3, { population: 3000 }),
  place('Sirana', 'ML', 'Mopti', 14.6, -4.0),
  place('Tamboula', 'ML', 'Mopti', 14.3, -4.3),
  place('Diabakoro', 'ML', 'Segou', 14.2, -5.9),
  place('Niakoro', 'ML', 'Mopti', 14.8, -3.9),
  place('Gourmel', 'BF', 'Nord', 13.6, -2.4),
  // The region of Mopti, its capital, and a large foreign city whose name is a common English word.
  place('Mopti', 'ML', 'Mopti', 14.9, -3.6, { featureClass: 'A', featureCode: 'ADM1' }),
  place('Mopti', 'ML', 'Mopti', 14.49, -4.2, { featureCode: 'PPLA', population: 114_000 }),
  place('Florence', 'IT', 'Tuscany', 43.77, 11.25, { featureCode: 'PPLA', population: 370_000 }),
  // Yorba: a Malian hamlet, and a Honduran town with its region of the same name.
  place('Yorba', 'ML', 'Mopti', 14.3, -2.1),
  place('Yorba', 'HN', 'Yorba', 15.1, -87.1, { featureCode: 'PPLA', population: 15_000 }),
  place('Yorba', 'HN', 'Yorba', 15.2, -87.2, { featureClass: 'A', featureCode: 'ADM1' }),
  // Tinkawat: known only as a well; Sirana is also the name of a pond far away.
  place('Tinkawat', 'ML', 'Gao', 16.2, 0.4, { featureClass: 'H', featureCode: 'WLL' }),
  place('Sirana', 'BF', 'Est', 12.0, 1.5, { featureClass: 'H', featureCode: 'PND' }),
  // A village GeoNames numbers, and one reports spell with a final "-ou".
  place('Kabara 2', 'BF', 'Est', 12.2, 0.9),
  // Burkina Faso's Est region.
  place('Est', 'BF', 'Est', 12.0, 0.8, { featureClass: 'A', featureCode: 'ADM1' }),
  // Soforo: a town in Ségou, and a village near Tamboula.
  place('Soforo', 'ML', 'Segou', 13.5, -6.0, { population: 4000 }),
  place('Soforo', 'ML', 'Mopti', 14.4, -4.25),
  // A village GeoNames splits by community, and a camp named after one.
  place('Dioura-Peulh', 'BF', 'Est', 12.3, 0.8),
  place('Campement Bozo', 'ML', 'Mopti', 14.5, -4.1),
  place('Taratako', 'ML', 'Gao', 16.1, 0.2),
  place('Inkadogo', 'ML', 'Menaka', 15.9, 2.3),
  // Dagala: two Malian villages, in Mopti and in Kayes.
  place('Dagala', 'ML', 'Kayes', 14.1, -10.9),
  place('Dagala', 'ML', 'Mopti', 14.2, -3.2),
  place('Tongomayel', 'BF', 'Sahel', 14.0, -1.4),
  // Tamasso: a regional capital in Mali, and a hamlet in Niger.
  place('Tamasso', 'ML', 'Gao', 16.3, -0.1, { featureCode: 'PPLA', population: 80_000 }),
  place('Tamasso', 'NE', 'Zinder', 13.8, 8.9),
  // A Nigerian town whose name is also an acronym.
  place('Ngo', 'NG', 'Rivers', 4.4, 7.1, { population: 5000 }),
  // Boudala: two Malian villages, in Ségou and in Mopti.
  place('Boudala', 'ML', 'Segou', 13.8, -5.6),
  place('Boudala', 'ML', 'Mopti', 14.7, -3.0),
  // Kenda: the seat of the Kenda cercle (Kayes), far from the cercle's centre, and a village in Koulikoro.
  place('Kenda', 'ML', 'Koulikoro', 13.0, -7.5),
  place('Kenda', 'ML', 'Kayes', 12.9, -11.4, { admin2: 'Kenda' }),
  place('Kenda', 'ML', 'Kayes', 13.6, -10.9, { admin2: 'Kenda', featureClass: 'A', featureCode: 'ADM2' }),
  place('Bamako', 'ML', 'Bamako', 12.65, -8.0, { featureCode: 'PPLC', population: 1_800_000 }),
  place('Dakar', 'SN', 'Dakar', 14.69, -17.44, { featureCode: 'PPLC', population: 2_500_000 }),
  // A far foreign city that hospitals elsewhere are named after.
  place('Medina', 'SA', 'Medina', 24.47, 39.61, { featureCode: 'PPLA', population: 1_300_000 }),
  // A Nigerian state and its town, in a country the user imported no dump of.
  place('Kowa', 'NG', 'Kowa', 12.2, 6.5, { featureClass: 'A', featureCode: 'ADM1' }),
  place('Dansadau', 'NG', 'Kowa', 12.0, 6.3, { featureCode: 'PPLA2', population: 9000 }),
  // A Chadian region whose name ends with an adjective that French often writes in lower case, and its seat.
  place('Logone Oriental', 'TD', 'Logone Oriental', 8.3, 16.4, { featureClass: 'A', featureCode: 'ADM1' }),
  place('Doba', 'TD', 'Logone Oriental', 8.65, 16.85, { featureCode: 'PPLA', population: 30_000 }),
  // Invented Sudanese towns whose names open with an Arabic word written several ways.
  place('Umm Gerada', 'SD', 'North Kordofan', 13.2, 31.2, { population: 20_000 }),
  place('El Hadiba', 'SD', 'North Kordofan', 13.6, 30.9, { population: 9_000 }),
  // A Congolese region GeoNames names in French, and its seat.
  place('Nord Kivu', 'CD', 'Nord Kivu', -0.8, 29.0, { featureClass: 'A', featureCode: 'ADM1' }),
  place('Goma', 'CD', 'Nord Kivu', -1.68, 29.22, { featureCode: 'PPLA', population: 670_000 }),
  // Invented names with an Arabic article and a Persian ezafe inside, and a Syrian governorate with its seat.
  place('Tell ez Zahra', 'SY', 'Hama', 35.3, 36.9, { population: 4_000 }),
  place('Qala-e Sabz', 'AF', 'Herat', 34.4, 62.5, { population: 6_000 }),
  place('Hama', 'SY', 'Hama', 35.2, 36.8, { featureClass: 'A', featureCode: 'ADM1' }),
  place('Hama', 'SY', 'Hama', 35.13, 36.75, { featureCode: 'PPLA', population: 700_000 }),
];

let extractor: Extractor;
before(async () => {
  const countries = await loadCountries();
  const gazetteer = new Gazetteer(
    PLACES.map((p) => ({ place: p, keys: foldedKeys([p.name]) })),
    countries,
    [],
    ['ML', 'BF'],
  );
  extractor = new Extractor({ gazetteer, actors: loadActorLexicon(countries), languages: loadLanguages(), areas: loadActorAreas() });
});

const placesOf = (text: string) => extractor.annotate(text, { published: '2023-03-14' }).places;
const eventsOf = (text: string) => extractor.extract(text, { published: '2023-03-14' }).events;
const where = (text: string, name: string) => placesOf(text).find((p) => p.name === name)?.place ?? null;

describe('homonyms', () => {
  test('a country named beyond a border is not the one the place is in', () => {
    for (const text of [
      'Gunmen killed two herders in Kelbara, near the border with Burkina Faso, on Sunday.',
      'Gunmen killed two herders in Kelbara near the Burkina Faso border on Sunday.',
      'Des hommes armés ont tué deux éleveurs dimanche à Kelbara, près de la frontière avec le Burkina.',
    ]) {
      assert.equal(where(text, 'Kelbara')?.country, 'ML', text);
    }
  });

  test("the report's country decides: named, or implied by a demonym or a state actor", () => {
    assert.equal(where('Malian soldiers were ambushed near Kelbara on Sunday.', 'Kelbara')?.country, 'ML');
    assert.equal(where('Burkinabe troops repelled an attack on Kelbara on Sunday.', 'Kelbara')?.country, 'BF');
    assert.equal(where('Gunmen attacked Kelbara in northern Burkina Faso on Sunday.', 'Kelbara')?.country, 'BF');
    assert.equal(where('FAMa positions in Kelbara came under fire on Sunday.', 'Kelbara')?.country, 'ML');
  });

  test('a French compound adjective names both countries: "burkinabo-ivoirienne"', () => {
    const text = 'Une patrouille conjointe burkinabo-ivoirienne a été attaquée dimanche près de Kelbara.';
    assert.equal(where(text, 'Kelbara')?.country, 'BF');
  });

  test("a large town is not given up for a hamlet because a victim's nationality names another country", () => {
    assert.equal(where('Unknown gunmen shot dead a Nigerien MINUSMA peacekeeper in Tamasso on Sunday.', 'Tamasso')?.country, 'ML');
    assert.equal(where('Gunmen attacked Tamasso in Niger on Sunday.', 'Tamasso')?.country, 'NE');
  });

  test('a country the user imported beats a far homonym when the report names none', () => {
    assert.equal(where('Gunmen killed two herders in Wassoro on Saturday night.', 'Wassoro')?.country, 'ML');
  });

  test('other places of the report pull a name towards them', () => {
    const text = 'Gunmen on motorbikes attacked Kelbara, a few hours after raiding Sirana and Niakoro.';
    assert.equal(where(text, 'Kelbara')?.admin1, 'Mopti');
  });

  test('admin hints in parentheses or after a comma', () => {
    assert.equal(where('Unknown gunmen abducted a teacher in Dounkali (Nara, Koulikoro) on Friday.', 'Dounkali')?.admin1, 'Koulikoro');
    assert.equal(where('Unknown gunmen abducted a teacher in Dounkali (Macina, Ségou) on Friday.', 'Dounkali')?.admin1, 'Segou');
    assert.equal(where('Unknown gunmen abducted a teacher in Dounkali, Nara, on Friday.', 'Dounkali')?.admin1, 'Koulikoro');
  });

  test('a unit the name is said to lie in is a hint: "in Nara Cercle", "commune of Nara", "(Cercle of Nara)"', () => {
    for (const text of [
      'Unknown gunmen abducted a teacher in Dounkali in Nara Cercle on Friday.',
      'Unknown gunmen abducted a teacher in Dounkali, in the rural commune of Nara, on Friday.',
      'Unknown gunmen abducted a teacher in Dounkali (Cercle of Nara) on Friday.',
      'Unknown gunmen abducted a teacher in the Dounkali area of Nara on Friday.',
      'Unknown gunmen abducted a teacher in the Dounkali village of Nara on Friday.',
      'Unknown gunmen abducted a teacher in Dounkali, a village in the Nara cercle, on Friday.',
    ]) {
      assert.equal(where(text, 'Dounkali')?.admin1, 'Koulikoro', text);
    }
  });

  test('"the X area of Y": the event is near X, and Y only says where X is', () => {
    const [e] = eventsOf('Unknown gunmen abducted a teacher in the Dounkali area of Nara on Friday.');
    assert.deepEqual([e.location, e.admin1, e.geo_precision], ['Dounkali', 'Koulikoro', 2]);
  });

  test('a name none of whose places lies in the unit named after it is a village the gazetteer lacks: the event is in that unit', () => {
    const [e] = eventsOf('Gunmen burned a school in Kelbara, Nara Cercle, on Friday.');
    assert.deepEqual([e.admin1, e.location], ['Koulikoro', 'Nara']);
  });

  test("a far country's namesake does not win by its own region's name", () => {
    const text = 'Katiba Macina militants attacked the village of Yorba on Sunday, killing two herders.';
    assert.equal(where(text, 'Yorba')?.country, 'ML');
  });

  test('the town in the unit of its own name, however far from the unit\'s centre', () => {
    assert.equal(where('Riots broke out in Kenda, Mali, on Sunday.', 'Kenda')?.admin1, 'Kayes');
  });

  test("the regions the report's groups are found in", () => {
    assert.equal(where('Dan Na Ambassagou militiamen attacked the village of Dagala on Sunday.', 'Dagala')?.admin1, 'Mopti');
  });

  test('the region most of its groups are found in', () => {
    const text = 'JNIM militants attacked the village of Boudala on Sunday, and a Dogon self-defence militia drove them off.';
    assert.equal(where(text, 'Boudala')?.admin1, 'Mopti');
  });

  test('a region named as one ("Kowa State") says which country a report is about', () => {
    assert.equal(where('Gunmen abducted 20 worshippers in Dansadau Local Government Area of Kowa State on Sunday.', 'Dansadau')?.country, 'NG');
  });

  test('a region named as a region favours its places', () => {
    assert.equal(where('In the Mopti region, gunmen burned a school in Kelbara.', 'Kelbara')?.country, 'ML');
  });
});

describe('what is not a place', () => {
  test('an acronym: "NGO workers"', () => {
    const text = 'Gunmen abducted three NGO workers near Tamboula on Sunday.';
    assert.equal(where(text, 'NGO'), null);
    assert.equal(eventsOf(text)[0].location, 'Tamboula');
  });

  test('a common word that names a far city, when the report is elsewhere', () => {
    const places = placesOf('Gunmen shot dead a nurse named Florence in Wassoro, Mali, on Sunday.');
    assert.deepEqual(places.map((p) => p.name), ['Wassoro']);
  });

  test("a far city that only names a facility: \"Medina hospital\", \"l'hôpital Medina\"", () => {
    const en = placesOf('Gunmen killed four traders in Wassoro, Mali, on Sunday. The director of Medina hospital said he had received four bodies.');
    assert.deepEqual(en.map((p) => p.name), ['Wassoro']);
    const fr = placesOf("Des hommes armés ont tué quatre commerçants à Wassoro, au Mali, dimanche. Les blessés ont été admis à l'hôpital Medina.");
    assert.deepEqual(fr.map((p) => p.name), ['Wassoro']);
  });

  test('a byline says where the reporter is: "By our Wassoro correspondent"', () => {
    const places = placesOf('Gunmen kill four in Sirana\n\nBy our Wassoro correspondent\n\nGunmen killed four traders in Sirana, Mali, on Sunday.');
    assert.deepEqual(places.map((p) => p.name), ['Sirana', 'Sirana']);
  });

  test('part of a longer name the gazetteer does not know', () => {
    assert.equal(where('Militants attacked the village of Niakoro Fodara on Monday.', 'Niakoro'), null);
    assert.equal(where('Militants attacked the camp of Niakoro-n-Tadak on Monday.', 'Niakoro'), null);
  });

  test('a name only a landmark has, with no word announcing a place', () => {
    assert.equal(where('Tinkawat said the attackers fled.', 'Tinkawat'), null);
  });
});

describe('names GeoNames writes another way', () => {
  test('a well gives its name to the camp at it, where the words announce a place', () => {
    assert.equal(where('Gunmen attacked herders in Tinkawat on Sunday.', 'Tinkawat')?.featureCode, 'WLL');
    const around = placesOf('Gunmen stole cattle from herders in the surroundings of Tinkawat, Mali, on Sunday.').find((p) => p.name === 'Tinkawat');
    assert.deepEqual([around?.place?.featureCode, around?.precision], ['WLL', 2]);
    const [e] = eventsOf('Gunmen killed two herders at a camp near Tamboula on Sunday (coded as Tinkawat at geoprecision 2).');
    assert.equal(e.location, 'Tinkawat');
  });

  test('a landmark never answers to the name of a settlement', () => {
    assert.deepEqual(placesOf('Gunmen attacked herders in Sirana on Sunday.').map((p) => p.place?.country), ['ML']);
  });

  test('a numbered village answers to its plain name', () => {
    assert.equal(where('Gunmen burned the school of Kabara on Sunday.', 'Kabara')?.name, 'Kabara 2');
  });

  test("a village's community quarter answers to the village's name, a camp named after a community does not", () => {
    assert.equal(where('Gunmen burned the market of Dioura on Sunday.', 'Dioura')?.name, 'Dioura-Peulh');
    assert.equal(where('Gunmen attacked the Campement Wassoro hotel on Sunday.', 'Campement'), null);
  });

  test('one slip away, where the words announce a place', () => {
    assert.equal(where('Gunmen ambushed a gendarmerie patrol in the area of Tongomayle, Burkina Faso.', 'Tongomayle')?.name, 'Tongomayel');
    assert.equal(where('Tongomayle said the patrol was ambushed in Burkina Faso.', 'Tongomayle'), null);
  });

  test('a final "-ou" for "-o"', () => {
    assert.equal(where('Gunmen entered the village of Taratakou on Sunday.', 'Taratakou')?.name, 'Taratako');
  });
});

describe("a coder's note in ACLED's notes", () => {
  test('places the event at its place and precision, over the names the note describes', () => {
    const [e] = eventsOf('Gunmen killed a trader near the well of Kobou (coded as Sirana at geoprecision 2) in Mali.');
    assert.deepEqual([e.location, e.geo_precision], ['Sirana', 2]);
    const [f] = eventsOf('French airstrikes killed ten militants at an unspecified location in Mali (coded as Mopti at geoprecision 3).');
    assert.deepEqual([f.location, f.geo_precision], ['Mopti', 3]);
  });

  test("wins over the places of the report's country", () => {
    const [e] = eventsOf('Malian soldiers based in Sirana raided the village of Kobou (coded as Gourmel at geoprecision 2) on Sunday, killing two herders.');
    assert.deepEqual([e.country, e.location, e.geo_precision], ['Burkina Faso', 'Gourmel', 2]);
  });
});

describe('names spelled another way', () => {
  test('a transliteration variant is found where the words announce a place', () => {
    assert.equal(where('Malian soldiers were attacked in Dyabakoro on Monday.', 'Dyabakoro')?.name, 'Diabakoro');
    assert.equal(where('A landmine killed three Malian soldiers in the Dyabakoro area.', 'Dyabakoro')?.name, 'Diabakoro');
  });

  test('but not a capitalised word with no place cue', () => {
    assert.equal(where('Dyabakoro said the attackers fled.', 'Dyabakoro'), null);
  });
});

describe('the event location and its precision', () => {
  test('villages listed as part of a region ("in the Mopti region, including Sirana") are the event\'s place, not the region', () => {
    const [e] = eventsOf('Gunmen raided several villages in the Mopti region including Sirana and Niakoro on Sunday.');
    assert.equal(e.location, 'Sirana');
  });

  test('a town alone in parentheses is the same place or one by it: "Dagala (Sirana)" far from any Dagala is by Sirana', () => {
    const [e] = eventsOf('Gunmen burned a shop in Dagala (Sirana), Mali, on Sunday.');
    assert.deepEqual([e.location, e.geo_precision], ['Sirana', 2]);
  });

  test('so is a town named as the unit it heads: "Dagala, commune of Sirana"', () => {
    const [e] = eventsOf('Gunmen burned a shop in Dagala, commune of Sirana, Mali, on Sunday.');
    assert.equal(e.location, 'Sirana');
  });

  test('an unnamed part of a town is in the town: "a residential district of Tamboula"', () => {
    const [e] = eventsOf('Shells hit a residential district of Tamboula, Mali, on Sunday, killing two.');
    assert.deepEqual([e.location, e.geo_precision], ['Tamboula', 1]);
  });

  test('the town a person holds office in is not where the event was: "the Sirana mayor"', () => {
    const [e] = eventsOf('Gunmen abducted the Sirana mayor at the market in Tamboula, Mali, on Sunday.');
    assert.deepEqual([e.location, e.geo_precision], ['Tamboula', 1]);
  });

  test('"in X" is precision 1; "30 km north of X" is precision 2 at X', () => {
    const [inside] = eventsOf('Gunmen killed three civilians in Tamboula, Mali, on Sunday.');
    assert.deepEqual([inside.location, inside.geo_precision], ['Tamboula', 1]);
    const [near] = eventsOf('An IED killed two soldiers 30 km north of Tamboula, Mali, on Sunday.');
    assert.deepEqual([near.location, near.geo_precision], ['Tamboula', 2]);
  });

  test('an unnamed village near, off or in the area of a known place is coded there at precision 2', () => {
    for (const text of [
      'Gunmen killed three civilians in a village north of Tamboula, Mali, on Sunday.',
      'Gunmen killed three civilians in a farming village in Tamboula territory, Mali, on Sunday.',
      'Des hommes armés ont tué trois civils dans un village de l\'arrondissement de Tamboula, au Mali, dimanche.',
      'Des hommes armés ont tué trois civils à une trentaine de kilomètres à l\'est de Tamboula, au Mali, dimanche.',
      'Gunmen killed three civilians near the town of Tamboula, Mali, on Sunday. A nurse in Tamboula said the wounded arrived at night.',
    ]) {
      const [e] = eventsOf(text);
      assert.deepEqual([e.location, e.geo_precision], ['Tamboula', 2], text);
    }
  });

  test('where a convoy came from is not where it was ambushed', () => {
    const [e] = eventsOf('A Malian army convoy coming from Sirana was ambushed in Wassoro on Sunday, killing four soldiers.');
    assert.equal(e.location, 'Wassoro');
    assert.equal(e.geo_precision, 1);
  });

  test('a person named after what they are to someone is not a place', () => {
    assert.equal(where('"They shot him," his cousin, Tamboula Sirana, told reporters in Wassoro, Mali.', 'Sirana'), null);
  });

  test('a person named after a title, in English or French, is not a place, even when the names are places', () => {
    assert.equal(where('Le candidat Sirana Tamboula a dénoncé des fraudes à Wassoro, au Mali.', 'Sirana'), null);
    assert.equal(where('Opposition candidate Sirana Tamboula said his convoy was attacked in Wassoro, Mali.', 'Sirana'), null);
    assert.equal(where('Selon le maire Tamboula Sirana, des hommes armés ont attaqué Wassoro, au Mali.', 'Tamboula'), null);
  });

  test('a numbered district of a town is in the town', () => {
    const [e] = eventsOf('Des jeunes ont incendié samedi un commissariat dans le 7e arrondissement de Tamboula, au Mali.');
    assert.deepEqual([e.location, e.geo_precision], ['Tamboula', 1]);
  });

  test('"X, near Y": the X by Y; with none there, the event is near Y', () => {
    const [e] = eventsOf('Gunmen ransacked a polling station in Soforo, near Tamboula, Mali, on Sunday.');
    assert.deepEqual([e.location, e.admin1, e.geo_precision], ['Soforo', 'Mopti', 1]);
    const [f] = eventsOf('Gunmen ransacked a polling station in Wassoro, near Diabakoro, Mali, on Sunday.');
    assert.deepEqual([f.location, f.geo_precision], ['Diabakoro', 2]);
  });

  test('a later sentence makes the place more precise nearby, never moves it far', () => {
    const [e] = eventsOf('Gunmen killed four herders near Tamboula, Mali, on Sunday. The group has killed many people in Bamako.');
    assert.deepEqual([e.location, e.geo_precision], ['Tamboula', 2]);
  });

  test('"20 km from the town of X" is a place off X', () => {
    const [e] = eventsOf('Gunmen stormed a hamlet about 20 km from the town of Tamboula, Mali, on Sunday, killing five villagers.');
    assert.deepEqual([e.location, e.geo_precision], ['Tamboula', 2]);
  });

  test('where a truck was heading for is not where it was attacked', () => {
    const [e] = eventsOf('Gunmen attacked a truck leaving Sirana for Wassoro, Mali, on Sunday and robbed the passengers.');
    assert.equal(e.location, 'Sirana');
    for (const text of [
      'Des hommes armés ont attaqué lundi un car qui se rendait à Wassoro, au Mali.',
      'Gunmen on Monday attacked a bus travelling to Wassoro, Mali.',
      'Un camion en partance pour Wassoro a été incendié lundi au Mali.',
    ]) {
      assert.equal(placesOf(text).find((p) => p.name === 'Wassoro')?.relation, 'destination', text);
    }
  });

  test('where people fled to is not where the event happened', () => {
    for (const text of [
      'Thousands of residents fled to Wassoro after two days of fighting between the army and militants, which killed six civilians, in the Mopti region.',
      "Des milliers d'habitants ont fui vers Wassoro après deux jours de combats entre l'armée et des jihadistes qui ont fait six morts dans la région de Mopti.",
      "Six civils ont été tués lors de combats entre l'armée et des jihadistes dans la région de Mopti, selon un rescapé réfugié à Wassoro.",
    ]) {
      const [e] = eventsOf(text);
      assert.deepEqual([e.admin1, e.location, e.geo_precision], ['Mopti', 'Mopti', 3], text);
    }
  });

  test("with no place or demonym, the event's country is its group's home", () => {
    const [e] = eventsOf('Ansaroul Islam militants killed two herders on Sunday.');
    assert.deepEqual([e.country, e.location], ['Burkina Faso', null]);
  });

  test('a place in the country the report is about over one abroad', () => {
    const [e] = eventsOf('Malian railway workers held a sit-in on the Dakar-Bamako line on Monday to demand four months of unpaid wages.');
    assert.equal(e.location, 'Bamako');
  });

  test('two places joined by a hyphen on an axis are both places', () => {
    const names = placesOf('An IED struck a bus on the Sirana-Wassoro road on Sunday.').map((p) => p.name);
    assert.deepEqual(names, ['Sirana', 'Wassoro']);
  });

  test("the lines over the lead (a headline, a byline) word the place loosely: the story's first telling sets the precision", () => {
    const [e] = eventsOf('Gunmen kill five villagers in Tamboula\n\nBy our regional correspondent\n\nGunmen stormed a hamlet near Tamboula, Mali, on Sunday night, killing five villagers.');
    assert.deepEqual([e.location, e.geo_precision], ['Tamboula', 2]);
  });

  test('the hospital where the wounded receive treatment is not the place of the event', () => {
    const p = placesOf('Gunmen stormed a hamlet on Sunday; three wounded were receiving treatment at the general hospital in Sirana, Mali.');
    assert.deepEqual(p.map((x) => [x.name, x.precision]), [['Sirana', 2]]);
  });

  test('a quarter named after a road is in the town being told, not at the town the road leads to', () => {
    assert.deepEqual(placesOf('Soldiers searched homes in the Wassoro road neighbourhood of the town on Sunday.').map((p) => p.name), []);
    assert.deepEqual(placesOf('Des militaires ont fouillé des maisons du quartier route de Wassoro dimanche.').map((p) => p.name), []);
    assert.deepEqual(placesOf('Gunmen ambushed a truck on the Wassoro road, Mali, on Sunday.').map((p) => p.name), ['Wassoro']);
  });

  test('the far end of a road named by its two ends is on the road too, not where the event took place', () => {
    const [e] = eventsOf('Des hommes armés ont enlevé deux commerçants mardi sur la route reliant Sirana à Wassoro, au Mali.');
    assert.deepEqual([e.location, e.geo_precision], ['Sirana', 2]);
    assert.deepEqual(placesOf('Gunmen ambushed a convoy on the road linking Sirana to Wassoro, Mali, on Sunday.').map((p) => p.precision), [2, 2]);
  });

  test('a slash lists two names: one the gazetteer lacks does not make the other part of a longer name', () => {
    const names = placesOf('French aircraft struck militants in the Sirana/Fhero forest area of Mali on Sunday.').map((p) => p.name);
    assert.deepEqual(names, ['Sirana']);
  });

  test('an event known only by its region is coded at the regional capital, precision 3', () => {
    const [e] = eventsOf('Five soldiers were killed in an attack in the Mopti region of Mali on Sunday.');
    assert.deepEqual([e.admin1, e.location, e.geo_precision], ['Mopti', 'Mopti', 3]);
    assert.equal(e.latitude, 14.49);
  });

  test('"the Eastern region" is a region named "Est" in French', () => {
    const [e] = eventsOf('Hundreds of people protested on Monday against the state of the roads in the Eastern region of Burkina Faso.');
    assert.deepEqual([e.admin1, e.geo_precision], ['Est', 3]);
  });

  test('an event whose sentences name no place happened where the sentence before it says', () => {
    const [e] = eventsOf('Tension ran high in Wassoro, Mali. Two herders were shot dead on Monday.');
    assert.equal(e.location, 'Wassoro');
  });

  test('"the capital" with no name after it is the capital of the country of the report\'s places, or else that it speaks of', () => {
    const [e] = eventsOf('Thousands of Malians marched in the capital on Saturday to demand the release of detained journalists.');
    assert.deepEqual([e.location, e.geo_precision], ['Bamako', 1]);
    const [f] = eventsOf('Two Malian soldiers were killed near Sirana and evacuated to Mopti, the capital of the region.');
    assert.equal(f.location, 'Sirana');
    const text = 'Two Senegalese peacekeepers were killed in Tamboula and a Senegalese engineer was wounded; the army was deployed in the capital.';
    assert.equal(placesOf(text).find((p) => p.name === 'capital')?.place?.name, 'Bamako');
  });

  test('where shells were fired from is not where they fell', () => {
    for (const text of [
      'Rockets fired from positions on the hills above Sirana struck a camp on the outskirts of Mopti on Friday, killing four civilians.',
      "Des tirs d'obus partis des collines surplombant Sirana ont touché vendredi un camp de déplacés à la périphérie de Mopti, faisant quatre morts.",
      'Rebel shelling from the hills above Sirana killed four civilians in a camp on the outskirts of Mopti on Friday.',
      "Vendredi, des obus se sont abattus sur un camp de déplacés situé à la périphérie de Mopti. Ces tirs, partis des positions rebelles sur les collines surplombant Sirana, ont fait quatre morts.",
    ]) {
      const [e] = eventsOf(text);
      assert.deepEqual([e.location, e.geo_precision], ['Mopti', 2], text);
    }
    assert.equal(placesOf("L'armée a tiré des obus sur Sirana vendredi.")[0].relation, 'in');
  });

  test("a town the text puts the event by beats a road's name; the hospital the wounded were taken to is not the place", () => {
    const text = 'A roadside bomb hit a minibus on the Sirana-Wassoro road on Monday about 10 km from Wassoro, killing six passengers; four others were taken to hospital in Sirana.';
    const [e] = eventsOf(text);
    assert.deepEqual([e.location, e.geo_precision], ['Wassoro', 2]);
    const fr = "Lundi, un engin explosif a touché un car sur l'axe Sirana-Wassoro, à une dizaine de kilomètres de Wassoro, tuant six passagers. Les blessés ont été évacués à l'hôpital de Sirana.";
    const [f] = eventsOf(fr);
    assert.deepEqual([f.location, f.geo_precision], ['Wassoro', 2]);
    for (const wounded of ['Four others were taken to a hospital in Sirana.', "Les blessés ont été évacués à l'hôpital de Sirana.", "Les blessés ont été conduits vers l'hôpital de Sirana."]) {
      assert.equal(placesOf(wounded)[0].relation, 'near', wounded);
    }
    assert.equal(placesOf('Gunmen stormed the hospital in Sirana on Monday.')[0].relation, 'in');
  });

  test('the dateline alone places the event near it, in it where the report says so', () => {
    const dateline = 'BAMAKO, March 14 (Wire) - Soldiers seized power on Monday and dissolved the government, officers said on state television.';
    const [e] = eventsOf(dateline);
    assert.deepEqual([e.location, e.geo_precision], ['Bamako', 2]);
    const [f] = eventsOf(`${dateline} In 2012, a mutiny in Bamako had toppled the president.`);
    assert.deepEqual([f.location, f.geo_precision], ['Bamako', 1]);
    const [g] = eventsOf(`${dateline} Diplomats based in Bamako called for calm.`);
    assert.deepEqual([g.location, g.geo_precision], ['Bamako', 2]);
  });

  test('with a district the gazetteer lacks, the dateline only tells the region: its seat, precision 3', () => {
    for (const text of [
      'SIRANA, March 14 (Wire) - Gunmen killed five civilians in a village of Kossodougou district on Monday, officials said. Aid agencies in Sirana sent food.',
      'SIRANA, 14 mars (APP) - Des hommes armés ont tué cinq civils lundi dans un village de la commune de Kossodougou, selon des élus locaux.',
    ]) {
      const [e] = eventsOf(text);
      assert.deepEqual([e.location, e.admin1, e.geo_precision], ['Mopti', 'Mopti', 3], text);
    }
  });

  test("a region ACLED codes under an older one: Mali's Ménaka region as Gao", () => {
    const [e] = eventsOf('Gunmen killed two herders in Inkadogo, Mali, on Sunday.');
    assert.deepEqual([e.location, e.admin1], ['Inkadogo', 'Gao']);
  });

  test('a village the gazetteer lacks is placed at the area its hint names', () => {
    const [e] = eventsOf('Gunmen killed two herders in Kossobougou (Nara, Koulikoro) in Mali on Sunday.');
    assert.equal(e.admin1, 'Koulikoro');
    assert.ok(e.geo_precision! >= 2);
  });

  test('a town that describes an unknown village places the event near it, not at the capital of the region named', () => {
    const [e] = eventsOf('Gunmen killed two herders in the hamlet of Kossobougou (Tamboula), Mopti Region, Mali, on Sunday.');
    assert.deepEqual([e.location, e.geo_precision], ['Tamboula', 2]);
  });
});

test('a place GeoNames gives no admin1 takes the admin1 of its nearest neighbour', () => {
  const record = (id: number, name: string, admin1Code: string, lat: number, lon: number): PlaceRecord =>
    placeRecord(
      {
        geonameid: id, name, asciiname: name, latitude: lat, longitude: lon, featureClass: 'P', featureCode: 'PPL',
        country: 'BF', admin1Code, admin2Code: '', admin3Code: '', population: 0,
      },
      foldedKeys([name]),
    );
  const records = new Map([record(1, 'Gourmel', '10', 13.6, -2.4), record(2, 'Tamboula', '12', 14.4, -0.5), record(3, 'Kelbara', '00', 13.65, -2.35)].map((r) => [r.place.geonameid, r]));
  const table = new Map<string, AdminCode>([
    ['BF.10', { code: 'BF.10', name: 'Nord', asciiname: 'Nord', geonameid: 0 }],
    ['BF.12', { code: 'BF.12', name: 'Sahel', asciiname: 'Sahel', geonameid: 0 }],
  ]);
  const places = buildPlaces(records, table, () => 'Burkina Faso');
  assert.equal(places.find((p) => p.place.name === 'Kelbara')?.place.admin1, 'Nord');
});

test('a region named with its adjective in lower case: "dans le Logone oriental"', () => {
  const [e] = eventsOf('Des affrontements entre éleveurs et agriculteurs ont fait neuf morts lundi dans le Logone oriental, au Tchad.');
  assert.deepEqual([e.admin1, e.location, e.geo_precision], ['Logone Oriental', 'Doba', 3]);
});

test('an Arabic name whose first word is spelled another way: "Um Gerada" for Umm Gerada, "Al Hadiba" for El Hadiba', () => {
  assert.equal(eventsOf('A drone strike killed nine civilians at a market in Um Gerada, Sudan, on Sunday.')[0].location, 'Umm Gerada');
  assert.equal(eventsOf('Gunmen killed two traders in Al Hadiba, Sudan, on Sunday.')[0].location, 'El Hadiba');
});

test('a region named by the compass in the other language: "North Kivu" for Nord Kivu', () => {
  const [e] = eventsOf('Rebels seized control of a mining town in North Kivu on Tuesday after two days of fighting with the Congolese army.');
  assert.deepEqual([e.admin1, e.location, e.geo_precision], ['Nord Kivu', 'Goma', 3]);
});

describe("a name a country owns: \"Mali's Mopti\"", () => {
  test('is the region where a region has the name, at geo precision 3', () => {
    const mopti = placesOf("Gunmen killed eight villagers in Mali's Mopti on Sunday.").find((p) => p.name === 'Mopti');
    assert.equal(mopti?.relation, 'region');
    assert.equal(mopti?.precision, 3);
  });

  test('is the town where no region has it', () => {
    const soforo = placesOf("Gunmen killed eight villagers in Mali's Soforo on Sunday.").find((p) => p.name === 'Soforo');
    assert.equal(soforo?.relation, 'in');
    assert.equal(soforo?.precision, 1);
  });

  test("places the event when the story names no place but the dateline's", () => {
    const [event] = eventsOf("Eight villagers killed in Mali's Mopti\n\nBAMAKO, March 13 (Wire) - Gunmen killed eight villagers on Sunday, officials said.");
    assert.equal(event.admin1, 'Mopti');
    assert.equal(event.geo_precision, 3);
  });
});

test('a short particle hyphened to the next word stays in the name: "Tell ez-Zahra", "Qala-i-Sabz" (the ezafe written -i- or -e-)', () => {
  assert.equal(eventsOf('Gunmen killed two shepherds in Tell ez-Zahra, Syria, on Sunday.')[0].location, 'Tell ez Zahra');
  assert.equal(eventsOf('A bomb killed three people in Qala-i-Sabz, Afghanistan, on Sunday.')[0].location, 'Qala-e Sabz');
});

test('"the Hama countryside", "a rural area of Hama", "the hinterlands of Hama" are around the town, at precision 2', () => {
  for (const text of [
    'Shelling killed two farmers in the northern Hama countryside on Sunday.',
    'Shelling killed two farmers in a rural area of Hama on Sunday.',
    'Shelling killed two farmers in the hinterlands of Hama on Sunday.',
  ]) {
    const [event] = eventsOf(text);
    assert.deepEqual([event.location, event.geo_precision], ['Hama', 2], text);
  }
});

test('a city named for an outlet\'s desk or bureau is no place of the report: "(editing by the Dakar desk)"', () => {
  const text = 'Gunmen killed two traders in Sirana, Mali, on Sunday, police said.\n\n(Reporting by staff writers; editing by the Dakar desk)';
  assert.deepEqual(placesOf(text).map((p) => p.name), ['Sirana']);
});
