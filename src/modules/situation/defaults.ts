/** The default EST categories of the issue; each organisation may rename, add or deactivate. */
export const defaultCategories: { code: string; sv: string; en: string; positive?: boolean }[] = [
  { code: 'vandalism', sv: 'Skadegörelse', en: 'Vandalism' },
  { code: 'graffiti', sv: 'Klotter', en: 'Graffiti' },
  { code: 'littering', sv: 'Nedskräpning', en: 'Littering' },
  { code: 'fire', sv: 'Brand eller anlagd brand', en: 'Fire or arson' },
  { code: 'burglary', sv: 'Inbrott', en: 'Burglary' },
  { code: 'robbery', sv: 'Rån', en: 'Robbery' },
  { code: 'assault_threat', sv: 'Misshandel eller hot', en: 'Assault or threat' },
  {
    code: 'drug_dealing',
    sv: 'Öppen narkotikaförsäljning eller rykten om det',
    en: 'Open drug dealing or rumours of it',
  },
  { code: 'gatherings', sv: 'Samlingar som stör boende', en: 'Gatherings that disturb residents' },
  {
    code: 'illegal_driving',
    sv: 'Olovlig körning på gång- och cykelvägar',
    en: 'Illegal driving on foot and cycle paths',
  },
  {
    code: 'unsafe_place',
    sv: 'Otrygg plats (belysning, vegetation, dörrar)',
    en: 'Unsafe place (lighting, vegetation, doors)',
  },
  { code: 'staff_incident', sv: 'Händelse mot personal', en: 'Incident against staff' },
  { code: 'positive', sv: 'Positiv händelse', en: 'Positive event', positive: true },
];

/** The default four-level scale. */
export const defaultGradeLevels = [
  { level: 1, sv: 'Normalläge', en: 'Normal', colour: '#2f9e44' },
  { level: 2, sv: 'Förhöjd oro', en: 'Raised concern', colour: '#fcc419' },
  { level: 3, sv: 'Oroligt', en: 'Unsettled', colour: '#f76707' },
  { level: 4, sv: 'Allvarligt läge', en: 'Serious', colour: '#e03131' },
];

/** Place types offered in the form (free text is allowed too). */
export const placeTypes = [
  'stairwell',
  'basement',
  'courtyard',
  'playground',
  'parking',
  'waste_room',
  'path',
  'square',
  'shop',
  'school',
  'bus_stop',
  'other',
] as const;
