import type { TimeOfDay } from './situation.table';

/**
 * The demo's incident model: per category a weekly rate per 1,000 households, a season, who reports
 * it, typical texts and places (fictional, about places and situations, never people).
 */
type Season = (week: number) => number;
const flat: Season = () => 1;
const summer: Season = (w) => (w >= 22 && w <= 34 ? 2.6 : w >= 18 && w <= 38 ? 1.5 : 0.6);
const newYear: Season = (w) => (w >= 52 || w === 1 ? 5 : w === 17 ? 1.8 : 1); // New Year, Valborg
const dark: Season = (w) => (w >= 42 || w <= 8 ? 1.6 : 0.8);

/** Per category: weekly rate per 1,000 households, season, who reports it, typical texts and places. */
export const model: Record<
  string,
  {
    rate: number;
    season: Season;
    sources: string[];
    texts: string[];
    places: string[];
    restricted?: number;
    max?: number;
    times: TimeOfDay[];
  }
> = {
  vandalism: {
    rate: 0.5,
    season: flat,
    sources: ['housing', 'Trygga Vakter AB'],
    texts: [
      'Krossad ruta i entrédörr',
      'Trasig belysning i trapphus, troligen sönderslagen',
      'Sönderslagen bänk på gården',
    ],
    places: ['stairwell', 'courtyard', 'basement'],
    times: ['night', 'evening'],
  },
  graffiti: {
    rate: 0.6,
    season: (w) => (w >= 14 && w <= 40 ? 1.3 : 0.7),
    sources: ['housing', 'Trygga Vakter AB', 'Västerås stad, park och gata'],
    texts: ['Klotter på fasad mot gångvägen', 'Tags i trapphuset', 'Klotter på miljöbod'],
    places: ['stairwell', 'waste_room', 'path'],
    max: 4,
    times: ['night'],
  },
  littering: {
    rate: 0.5,
    season: summer,
    sources: ['housing', 'Västerås stad, park och gata'],
    texts: [
      'Nedskräpning vid grillplatsen',
      'Grovsopor ställda utanför miljöboden',
      'Mycket skräp på lekplatsen efter helgen',
    ],
    places: ['courtyard', 'playground', 'waste_room'],
    max: 3,
    times: ['morning', 'day'],
  },
  fire: {
    rate: 0.12,
    season: newYear,
    sources: ['housing', 'Trygga Vakter AB', 'Polisen Västerås'],
    texts: [
      'Brand i papperskorg',
      'Anlagd brand i soprum, släckt av boende',
      'Fyrverkerier avfyrade mot fasad',
    ],
    places: ['waste_room', 'courtyard', 'path'],
    times: ['evening', 'night'],
  },
  burglary: {
    rate: 0.18,
    season: dark,
    sources: ['Polisen Västerås', 'housing'],
    texts: ['Inbrott i källarförråd', 'Uppbrutet cykelrum', 'Försök till inbrott i lägenhet via balkong'],
    places: ['basement', 'stairwell'],
    times: ['night', 'day'],
  },
  robbery: {
    rate: 0.03,
    season: dark,
    sources: ['Polisen Västerås'],
    texts: ['Rån vid busshållplatsen', 'Personrån på gångvägen'],
    places: ['bus_stop', 'path'],
    restricted: 0.5,
    times: ['evening', 'night'],
  },
  assault_threat: {
    rate: 0.08,
    season: summer,
    sources: ['Polisen Västerås', 'Västerås stad, socialtjänst'],
    texts: ['Hot mellan grupper vid centrumtorget', 'Misshandel utanför butiken'],
    places: ['square', 'shop'],
    restricted: 0.4,
    times: ['evening', 'night'],
  },
  drug_dealing: {
    rate: 0.1,
    season: flat,
    sources: ['Polisen Västerås', 'Västerås stad, socialtjänst', 'Trygga Vakter AB'],
    texts: ['Rykten om försäljning vid garaget', 'Misstänkt försäljning vid lekplatsen kvällstid'],
    places: ['parking', 'playground'],
    restricted: 0.7,
    times: ['evening'],
  },
  gatherings: {
    rate: 0.45,
    season: summer,
    sources: ['Västerås stad, fritid', 'Trygga Vakter AB', 'housing'],
    texts: [
      'Grupp ungdomar samlas sent vid kiosken, hög musik',
      'Mopedåkning och samlingar vid skolan kvällstid',
      'Stökigt i trapphus, boende oroliga',
    ],
    places: ['square', 'school', 'stairwell'],
    times: ['evening', 'night'],
  },
  illegal_driving: {
    rate: 0.2,
    season: summer,
    sources: ['Västerås stad, park och gata', 'housing', 'Polisen Västerås'],
    texts: ['Mopeder på gång- och cykelvägen', 'Bil kör på gångvägen mellan husen'],
    places: ['path'],
    times: ['evening'],
  },
  unsafe_place: {
    rate: 0.2,
    season: dark,
    sources: ['housing', 'Västerås stad, park och gata'],
    texts: ['Släckt belysning längs gångvägen', 'Buskage skymmer entrén', 'Porten går inte i lås'],
    places: ['path', 'courtyard', 'stairwell'],
    times: ['evening', 'day'],
  },
  staff_incident: {
    rate: 0.04,
    season: flat,
    sources: ['housing'],
    texts: ['Kvartersvärd hotad vid tillsägelse', 'Personal utsatt för glåpord vid rondering'],
    places: ['courtyard', 'stairwell'],
    times: ['day'],
  },
  positive: {
    rate: 0.25,
    season: summer,
    sources: ['Västerås stad, fritid', 'housing'],
    texts: [
      'Gårdsfest med många barnfamiljer',
      'Fotbollsturnering på planen, lugnt och trevligt',
      'Trygghetsvandring med boende',
    ],
    places: ['courtyard', 'square'],
    times: ['day', 'evening'],
  },
};

/** Areas that see more: the demo's fictional hot areas. */
export const areaRisk = (code: string) =>
  code.startsWith('BACKBY')
    ? 1.8
    : code.startsWith('RABY')
      ? 1.6
      : code.startsWith('VALLBY')
        ? 1.3
        : code.startsWith('SKULTUNA')
          ? 0.6
          : 1;
