/** Dates: calendar dates, relative days, ranges and months, resolved against the publication date. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testExtractor } from '../testing/extractor.js';

async function dates(text: string, published = '2023-06-07') {
  const doc = (await testExtractor()).annotate(text, { published });
  return doc.dates.map((d) => ({ text: doc.slice(d), date: d.date, precision: d.precision, anchor: d.anchor, offset: d.offset }));
}

async function eventDate(text: string, published = '2023-06-07') {
  const { events } = (await testExtractor()).extract(text, { published });
  return events.map((e) => [e.event_date, e.time_precision]);
}

test('a month and day without a year is the latest one not after publication', async () => {
  assert.equal((await dates('Gunmen attacked the village on May 28.'))[0].date, '2023-05-28');
  assert.equal((await dates('Gunmen attacked the village on December 28.'))[0].date, '2022-12-28');
  assert.equal((await dates('Gunmen attacked the village on Apr.10.'))[0].date, '2023-04-10');
  assert.equal((await dates('On 27 May 2017, gunmen attacked the village.'))[0].date, '2017-05-27');
});

test('ranges are coded on the first day, to the week, whichever way they are written', async () => {
  for (const text of ['Clashes broke out between 2 and 4 June.', 'Clashes broke out on June 2-4.', 'Clashes broke out on June 2 and 4.']) {
    const [d] = await dates(text);
    assert.equal(d.date, '2023-06-02', text);
    assert.equal(d.precision, 2, text);
  }
});

test('a month without a day is its 15th, to the month, and never after publication', async () => {
  const [july] = await dates('Militants abducted a teacher in July 2022.');
  assert.deepEqual([july.date, july.precision], ['2022-07-15', 3]);
  const [june] = await dates('Militants abducted a teacher in June.');
  assert.deepEqual([june.date, june.precision], ['2023-06-07', 3]);
});

test('relative days: yesterday, overnight, a weekday, the day before', async () => {
  assert.equal((await dates('Soldiers were ambushed yesterday.'))[0].date, '2023-06-06');
  assert.equal((await dates('The post was attacked overnight.'))[0].date, '2023-06-06');
  assert.equal((await dates('The post was attacked on Sunday.'))[0].date, '2023-06-04');
  const [before] = await dates('A trader was killed the day before.');
  assert.deepEqual([before.anchor, before.offset], ['previous', -1]);
});

test('"a year ago", "one year after", "un an après": the same day years back, to the month; "an overnight raid" names no night', async () => {
  const [ago] = await dates('The town was overrun a year ago.');
  assert.deepEqual([ago.date, ago.precision], ['2022-06-07', 3]);
  assert.equal((await dates('Deux ans après le massacre de Yirgou, les familles attendent toujours.'))[0].date, '2021-06-07');
  assert.deepEqual(await dates('Rebels killed four farmers in an overnight raid.'), []);
});

test('"late August last year", "fin mars de l\'année dernière", "last year": the year before publication', async () => {
  const [late] = await dates('He escaped the ambush late August last year.');
  assert.deepEqual([late.text, late.date, late.precision], ['late August last year', '2022-08-21', 3]);
  assert.equal((await dates("L'école a été incendiée fin mars de l'année dernière."))[0].date, '2022-03-21');
  const [year] = await dates('The camp was attacked twice last year.');
  assert.deepEqual([year.text, year.date, year.anchor], ['last year', null, 'absolute']);
});

test('an undated event takes the day told right after it, not the day of a thing named', async () => {
  // Published on Wednesday 2023-06-07.
  const raid = 'Militants killed five villagers in an overnight raid near Tillia. The attackers struck on Monday evening, shooting some of the victims.';
  assert.deepEqual(await eventDate(raid), [['2023-06-05', 1]]);
  const vote = 'Soldiers detained the governor of Tahoua. They annulled the results of the vote of June 3.';
  assert.deepEqual(await eventDate(vote), [['2023-06-07', 1]]);
  const visit = 'Militants killed five villagers in an overnight raid near Tillia. On Sunday, the governor visited the village and residents buried the victims.';
  assert.deepEqual(await eventDate(visit), [['2023-06-07', 1]]);
});

test('an undated event takes the day of the sentence that names it again ("The attack took place on Sunday"), not a day it was spoken of', async () => {
  // Published on Wednesday 2023-06-07.
  const lead = 'Gunmen shot dead nine herders in the west of the country, a local official said.';
  assert.deepEqual(await eventDate(`${lead} The attack took place on Sunday near a water point.`), [['2023-06-04', 1]]);
  assert.deepEqual(await eventDate("Des hommes armés ont abattu neuf éleveurs dans l'ouest du pays. L'attaque s'est produite dimanche près d'un point d'eau."), [['2023-06-04', 1]]);
  assert.deepEqual(await eventDate(`${lead} The army said on Monday the attack was the work of bandits.`), [['2023-06-07', 1]]);
  assert.deepEqual(await eventDate(`${lead} The killing was the deadliest in the area since May 20.`), [['2023-06-07', 1]]);
});

test('an undated event takes the day a sentence tells it happened on ("The incident occurred on Sunday"): no background', async () => {
  const extractor = await testExtractor();
  for (const text of [
    'Gunmen shot dead nine herders in the west of the country, a local official said. The incident occurred on Sunday near a water point.',
    "Des hommes armés ont abattu neuf éleveurs dans l'ouest du pays. Les faits se sont produits dimanche près d'un point d'eau.",
  ]) {
    const { events, background } = extractor.extract(text, { published: '2023-06-07' });
    assert.deepEqual(events.map((e) => e.event_date), ['2023-06-04'], text);
    assert.deepEqual(background, [], text);
  }
});

test('a written calendar day dates the event before a relative word in the same sentence', async () => {
  const text = 'Overnight between June 2-3, soldiers clashed with militants near the border, killing four.';
  assert.equal((await eventDate(text))[0][0], '2023-06-02');
});

test('a report with no date phrase is dated on its publication', async () => {
  assert.equal((await eventDate('Gunmen killed two herders near the border.'))[0][0], '2023-06-07');
});

test('a sentence dated only relative to an event not told is dated like an undated one', async () => {
  assert.equal((await eventDate('Two herders were killed by gunmen the day after.'))[0][0], '2023-06-07');
});

test('a named weekday dates the event before a vague word; a night is coded to its first day', async () => {
  // Published on Wednesday 2023-06-07.
  assert.deepEqual(await eventDate('Des hommes armés ont tué trois civils dans la nuit de dimanche à lundi près de Téra.'), [['2023-06-04', 1]]);
  assert.deepEqual(await eventDate('Gunmen killed three villagers overnight on Saturday near Tera.'), [['2023-06-03', 1]]);
});

test('a month and day months old stand as written: no guess that day and month were swapped', async () => {
  assert.equal((await dates('On September 6, gunmen attacked the market in the village.', '2023-06-10'))[0].date, '2022-09-06');
  assert.equal((await dates('On May 6, gunmen attacked the market in the village.', '2023-06-07'))[0].date, '2023-05-06');
});

test('a year one too far is the year of publication when that makes the date news of the last days', async () => {
  assert.equal((await dates('On 30 September 2023, gunmen raided the mine.', '2022-10-01'))[0].date, '2022-09-30');
  assert.deepEqual(await eventDate('On 30 September 2023, gunmen raided the mine near Inata.', '2022-10-01'), [['2022-09-30', 1]]);
  // A date months ahead is a plan, as written; so is a month named with a later year.
  assert.equal((await dates('Elections are set for 30 September 2023.', '2022-06-01'))[0].date, '2023-09-30');
  assert.equal((await dates('Elections are set for October 2023.', '2022-10-20'))[0].date, '2023-10-15');
});

test('an event told without a date after a sentence that sets the story on a day happened that day', async () => {
  const text = 'On June 2, a land dispute in Dori turned violent. When gendarmes tried to intervene, they were attacked by youths throwing stones.';
  assert.deepEqual(await eventDate(text), [['2023-06-02', 1]]);
  // A recollection sets nothing: the attack told after it is undated, so dated on publication.
  const recalled = 'In March 2020, the army withdrew from the area. Gunmen attacked a convoy near Dori.';
  assert.deepEqual(await eventDate(recalled), [['2023-06-07', 1]]);
});

test('a range knows its last day; two days named with "and", and a night, are no range', async () => {
  const until = async (text: string, published = '2023-06-07') => {
    const doc = (await testExtractor()).annotate(text, { published });
    return doc.dates.map((d) => [d.date, d.until ?? null]);
  };
  assert.deepEqual(await until('Clashes broke out on June 2-4.'), [['2023-06-02', '2023-06-04']]);
  assert.deepEqual(await until('Clashes broke out between 2 and 5 June.'), [['2023-06-02', '2023-06-05']]);
  assert.deepEqual(await until('Between December 28 and January 1, the army raided islands of the lake.', '2023-01-03'), [['2022-12-28', '2023-01-01']]);
  assert.deepEqual(await until('Gunmen raided the market on June 1 and 4.'), [['2023-06-01', null]]);
  assert.deepEqual((await until('Des hommes armés ont attaqué le poste dans la nuit du 2 au 3 juin.')).at(-1), ['2023-06-02', null]);
});

test('an event told over a few days is one event a day, its toll divided; a long operation is one event', async () => {
  const text = 'Soldiers and militants clashed near Tera on June 2-4, leaving seven dead.';
  const { events } = (await testExtractor()).extract(text, { published: '2023-06-07' });
  assert.deepEqual(events.map((e) => [e.event_date, e.fatalities]), [['2023-06-02', 3], ['2023-06-03', 2], ['2023-06-04', 2]]);
  // Begun 37 days before publication, it is news while it ends in the last days.
  const long = 'From May 1 to 17, the army conducted an offensive against militants near Tera, killing 40.';
  assert.deepEqual(await eventDate(long, '2023-06-07'), [['2023-05-01', 2]]);
});

test('an event with no date of its own is dated on the day it was reported, not on the day it was claimed', async () => {
  assert.deepEqual(await eventDate('Reported on June 5 that gunmen had attacked a convoy near Tera.'), [['2023-06-05', 1]]);
  // A date of the event itself wins over the day it was told.
  assert.deepEqual(await eventDate('The army said on Monday that soldiers killed 12 militants on Saturday near Tera.'), [['2023-06-03', 1]]);
  assert.deepEqual(await eventDate('Gunmen ambushed a convoy near Tera. JNIM claimed the attack on June 6.'), [['2023-06-07', 1]]);
});

test('French months in lower case after a part of the month or an ordinal day: "début juillet", "le 1er juillet"', async () => {
  const first = async (text: string) => (await dates(text, '2023-07-20')).map((d) => [d.date, d.precision]);
  assert.deepEqual(await first('Début juillet, des hommes armés ont attaqué le village.'), [['2023-07-01', 3]]);
  assert.deepEqual(await first('À la mi-juin, des hommes armés ont attaqué le village.'), [['2023-06-15', 3]]);
  assert.deepEqual(await first('Fin juin, des hommes armés ont attaqué le village.'), [['2023-06-21', 3]]);
  assert.deepEqual(await first('Le 1er juillet, des hommes armés ont attaqué le village.'), [['2023-07-01', 1]]);
  // "Sept" after no number is seven, not September.
  assert.deepEqual(await first('Fin sept militaires ont été tués.'), []);
});

test('French months in lower case after "en" or "mois de": "en mars", "en octobre dernier", "au mois d\'avril"', async () => {
  const first = async (text: string) => (await dates(text, '2023-07-20')).map((d) => [d.date, d.precision]);
  assert.deepEqual(await first('Des hommes armés ont attaqué le village en mars.'), [['2023-03-15', 3]]);
  assert.deepEqual(await first('Le village avait déjà été attaqué en octobre dernier.'), [['2022-10-15', 3]]);
  assert.deepEqual(await first("Au mois d'avril, des hommes armés ont attaqué le village."), [['2023-04-15', 3]]);
});

test('"May" and "March" alone are months only after "in", "since", "last"...: "a peace March" is no date', async () => {
  const first = async (text: string) => (await dates(text)).map((d) => [d.text, d.date, d.precision]);
  assert.deepEqual(await first('Gunmen abducted two traders near the market in May.'), [['May', '2023-05-15', 3]]);
  assert.deepEqual(await first('Thousands joined a peace March through the capital on Sunday.'), [['Sunday', '2023-06-04', 1]]);
  assert.deepEqual(await first('The convoy was first attacked in March.'), [['March', '2023-03-15', 3]]);
  assert.deepEqual(await first('The camp has stood empty since the March raid.'), [['March', '2023-03-15', 3]]);
  assert.deepEqual(await first('Les enlèvements se multiplient depuis mars.'), [['mars', '2023-03-15', 3]]);
  assert.deepEqual(await first('Residents fear the gunmen may return.'), []);
});

test('"last May", "en juin dernier": the last such month before the month of publication', async () => {
  const first = async (text: string) => (await dates(text)).map((d) => [d.text, d.date]);
  assert.deepEqual(await first('The camp had been attacked last May.'), [['May', '2023-05-15']]);
  assert.deepEqual(await first('The camp had been attacked last June.'), [['June', '2022-06-15']]);
  assert.deepEqual(await first('Le camp avait été attaqué en juin dernier.'), [['juin dernier', '2022-06-15']]);
  assert.deepEqual(await first('Le camp avait été attaqué en mai dernier.'), [['mai dernier', '2023-05-15']]);
});

test('"four days ago", "il y a quatre jours": four days before publication', async () => {
  assert.equal((await dates('Gunmen burned the school four days ago.'))[0].date, '2023-06-03');
  assert.equal((await dates("Des hommes armés ont incendié l'école il y a quatre jours."))[0].date, '2023-06-03');
});

test('"on Thursday last week", "jeudi de la semaine dernière": the day of last week, not the last Thursday', async () => {
  // Published on Friday 2023-06-09: the last Thursday is June 8, last week's is June 1.
  const first = async (text: string) => (await dates(text, '2023-06-09')).map((d) => [d.text, d.date, d.precision]);
  assert.deepEqual(await first('Bandits raided the market on Thursday last week.'), [['Thursday last week', '2023-06-01', 1]]);
  assert.deepEqual(await first('Des bandits ont pillé le marché jeudi de la semaine dernière.'), [['jeudi de la semaine dernière', '2023-06-01', 1]]);
  assert.deepEqual(await first('Bandits raided the market on Thursday.'), [['Thursday', '2023-06-08', 1]]);
});

test('"the night before", "the next morning", "le surlendemain", "l\'avant-veille": days counted from the event told', async () => {
  const offsets = async (text: string) => (await dates(text)).filter((d) => d.anchor === 'previous').map((d) => [d.text, d.offset]);
  assert.deepEqual(await offsets('Bandits raided the market on Sunday. The night before, they had looted a shop.'), [['The night before', -1]]);
  assert.deepEqual(await offsets('Bandits raided the market on Sunday. The next morning, soldiers arrested two of them.'), [['The next morning', 1]]);
  assert.deepEqual(await offsets('Des bandits ont pillé le marché dimanche. Le surlendemain, deux suspects ont été arrêtés.'), [['Le surlendemain', 2]]);
  assert.deepEqual(await offsets("Des bandits ont pillé le marché dimanche. L'avant-veille, ils avaient volé une boutique."), [["L'avant-veille", -2]]);
});

test('an article may stand before the days of a range: "entre le 5 et le 9 juin", "from the 5th to the 9th of June"', async () => {
  const first = async (text: string) => {
    const doc = (await testExtractor()).annotate(text, { published: '2023-06-12' });
    return doc.dates.map((d) => [doc.slice(d), d.date, d.until ?? null, d.precision]);
  };
  assert.deepEqual(await first('Des bandits ont pillé trois villages entre le 5 et le 9 juin.'), [['5 et le 9 juin', '2023-06-05', '2023-06-09', 2]]);
  assert.deepEqual(await first('Bandits looted three villages from the 5th to the 9th of June.'), [['5th to the 9th of June', '2023-06-05', '2023-06-09', 2]]);
});

test('a planned day ("scheduled for 25 February", "prévu le 25 février") is the one nearest publication, not last year\'s', async () => {
  const first = async (text: string, published: string) => (await dates(text, published)).map((d) => d.date);
  assert.deepEqual(await first('The local elections, scheduled for 25 February, may be postponed.', '2024-02-10'), ['2024-02-25']);
  assert.deepEqual(await first('Le scrutin, prévu le 25 février, pourrait être reporté.', '2024-02-10'), ['2024-02-25']);
  assert.deepEqual(await first('The talks scheduled for January 8 will open in Niamey.', '2023-12-20'), ['2024-01-08']);
  // Told as past, a day stays the latest one not after publication.
  assert.deepEqual(await first('Gunmen attacked the village on 25 February.', '2024-02-10'), ['2023-02-25']);
});

test('a night named by its days, weekdays or not, is one event on its first day, to the day', async () => {
  // Published on Wednesday 2023-06-07.
  for (const text of [
    'Des hommes armés ont tué trois villageois dans la nuit du 3 au 4 juin près de Téra.',
    'Des hommes armés ont tué trois villageois dans la nuit du samedi 3 au dimanche 4 juin près de Téra.',
    'Gunmen killed three villagers near Tera in the night of June 3 to 4.',
  ]) {
    assert.deepEqual(await eventDate(text), [['2023-06-03', 1]], text);
  }
  // "Dans la nuit" alone is last night; followed by its days, it is no date of its own.
  assert.deepEqual((await dates('Le poste a été attaqué dans la nuit du 3 au 4 juin.')).map((d) => d.text), ['3 au 4 juin']);
  assert.equal((await dates('Le poste a été attaqué dans la nuit.'))[0].date, '2023-06-06');
  assert.equal((await dates('Des hommes armés ont attaqué le poste samedi 3 juin.'))[0].text, 'samedi 3 juin');
  // A night named by its weekdays before the date of its second day: the day before that date.
  assert.deepEqual(await eventDate('Des hommes armés ont tué trois villageois dans la nuit du vendredi au samedi 3 juin près de Téra.'), [['2023-06-02', 1]]);
  assert.deepEqual(await eventDate('Gunmen killed three villagers near Tera on the night of Friday to Saturday, June 3.'), [['2023-06-02', 1]]);
});

test('"le 5 courant", "on 5/6", "two days ago": this month, day and month in figures, days back', async () => {
  const first = async (text: string) => (await dates(text))[0]?.date ?? null;
  assert.equal(await first('Des hommes armés ont attaqué le poste le 5 courant.'), '2023-06-05');
  // A night or a range of this month: its first day, to the day for a night.
  assert.deepEqual(await eventDate('Des bandits ont pillé le dépôt de Kantchari dans la nuit du 4 au 5 courant.'), [['2023-06-04', 1]]);
  assert.deepEqual((await dates('Des affrontements ont eu lieu du 2 au 4 courant.')).map((x) => [x.date, x.precision]), [['2023-06-02', 2]]);
  // No 31st in June: no date.
  assert.equal(await first('Des hommes armés ont attaqué le poste le 31 courant.'), null);
  assert.equal(await first('Gunmen attacked the post on the 5th of this month.'), '2023-06-05');
  assert.equal(await first('Gunmen attacked the post on 5/6.'), '2023-06-05');
  assert.equal(await first('Gunmen attacked the post two days ago.'), '2023-06-05');
  assert.equal(await first('Des hommes armés ont attaqué le poste il y a deux jours.'), '2023-06-05');
  // Figures after no preposition are a ratio or a score, not a date.
  assert.equal(await first('Soldiers keep a 24/7 watch on the market.'), null);
});

test('the weekend is its Saturday, to the week; "last Wednesday" on a Wednesday is a week back', async () => {
  const first = async (text: string) => (await dates(text)).map((d) => [d.date, d.precision])[0];
  assert.deepEqual(await first('Gunmen attacked the post over the weekend.'), ['2023-06-03', 2]);
  assert.deepEqual(await first('Des hommes armés ont attaqué le poste le week-end dernier.'), ['2023-06-03', 2]);
  assert.deepEqual(await first('Gunmen attacked the post last Wednesday.'), ['2023-05-31', 1]);
  assert.deepEqual(await first('Des hommes armés ont attaqué le poste mercredi dernier.'), ['2023-05-31', 1]);
  assert.deepEqual(await first('Gunmen attacked the post on Wednesday.'), ['2023-06-07', 1]);
  assert.deepEqual(await first('Des hommes armés ont attaqué le poste mercredi passé.'), ['2023-05-31', 1]);
  assert.deepEqual(await first('Gunmen attacked the post two weeks ago.'), ['2023-05-22', 2]);
});

test('a part of a month: "early May" is read; "late June" in a report of June 7 is this June, not after publication', async () => {
  assert.deepEqual((await dates('Gunmen attacked the post in early May.', '2023-05-20')).map((d) => [d.date, d.precision]), [['2023-05-01', 3]]);
  assert.deepEqual((await dates('Gunmen attacked the post in late June.')).map((d) => [d.date, d.precision]), [['2023-06-07', 3]]);
});

test('a number like 2000 is a year only after a word that introduces one, and not when it counts people', async () => {
  assert.deepEqual(await dates('Some 2000 people demonstrated in Niamey against the cost of living.'), []);
  assert.deepEqual(await dates('Plus de 2000 personnes ont manifesté à Niamey contre la vie chère.'), []);
  assert.deepEqual(await dates('French Mirage 2000 jets flew over the town.'), []);
  for (const text of ['The rebels surrendered in 2012.', 'Back in 2012, rebels captured the town.', 'Since the 2012 coup, attacks have spread.']) {
    assert.equal((await dates(text))[0]?.text, '2012', text);
  }
  assert.deepEqual(await eventDate('Some 2000 people demonstrated in Niamey against the cost of living.'), [['2023-06-07', 1]]);
});

test('an old year after a preposition is not the date of the verb right after it: that verb is the news', async () => {
  assert.deepEqual(await eventDate('Workers fired in 2012 demonstrated in Niamey on Monday to demand their pay.'), [['2023-06-05', 1]]);
  assert.deepEqual(await eventDate('Des travailleurs licenciés en 2012 ont manifesté à Niamey pour réclamer leurs salaires.'), [['2023-06-07', 1]]);
  // Carried on by "and", the year still tells of the verb: a recollection, no event.
  assert.deepEqual(await eventDate('The rebels first emerged in 2012 and captured the town of Tera that year.'), []);
  // After a noun, the dated phrase is the subject: its verb tells of the past too.
  assert.deepEqual(await eventDate('A wave of killings in Tera in June 2021 left dozens dead, according to the UN.'), []);
});

test('a weekday told of the future is ahead of publication: "will march on Saturday", "lundi prochain", "doit ... samedi"', async () => {
  // Published on Wednesday 2023-06-07.
  const first = async (text: string) => (await dates(text))[0]?.date;
  assert.equal(await first('The governor said he would visit the village on Thursday.'), '2023-06-08');
  assert.equal(await first('Les syndicats manifesteront lundi prochain à Niamey.'), '2023-06-12');
  assert.equal(await first("Les partis d'opposition doivent manifester samedi à Niamey."), '2023-06-10');
  assert.equal(await first('Opposition parties will hold a rally next Wednesday.'), '2023-06-14');
  // A plan is no event of the report; what happened, even told next to a plan, keeps its past day.
  assert.deepEqual(await eventDate('Opposition parties will march in Niamey on Saturday.'), []);
  assert.deepEqual(await eventDate('Gunmen killed three villagers near Tera on Monday, and the army will deploy troops.'), [['2023-06-05', 1]]);
});

test('a range of weekdays is one event a day, ending by publication; two weekdays joined by "and", or a night, are no range', async () => {
  // Published on Friday 2023-06-09.
  const days = async (text: string) =>
    (await testExtractor()).extract(text, { published: '2023-06-09' }).events.map((e) => e.event_date);
  assert.deepEqual(await days('Des combats ont opposé soldats et jihadistes près de Téra du samedi au lundi.'), ['2023-06-03', '2023-06-04', '2023-06-05']);
  assert.deepEqual(await days('Soldiers clashed with militants near Tera from Wednesday to Sunday.'), ['2023-05-31', '2023-06-01', '2023-06-02', '2023-06-03', '2023-06-04']);
  assert.deepEqual(await days('Soldiers clashed with militants near Tera on Saturday and Monday.'), ['2023-06-03']);
  assert.deepEqual(await days('Gunmen killed three villagers near Tera on the night of Saturday to Sunday.'), ['2023-06-03']);
});
