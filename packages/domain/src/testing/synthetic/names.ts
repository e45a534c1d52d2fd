/** Made-up name parts: synthetic people must never be mistaken for real ones. */
const syllables = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tha',
  'vor',
  'zel',
  'dun',
  'pra',
  'sel',
  'qua',
  'bri',
  'nok',
  'fen',
  'gar',
  'hul',
  'jin',
  'mar',
  'osk',
  'pel',
  'ruv',
  'sto',
  'tev',
  'ulm',
  'wex',
  'yor',
  'cal',
  'dre',
  'ela',
  'fos',
];
const givenNames = ['Aster', 'Brann', 'Ciro', 'Dalia', 'Evar', 'Fenna', 'Goran', 'Hesta', 'Ilka', 'Joro'];

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A surname unique to `index` (three syllables, 27,000 of them), e.g. "Kalomi". */
export function surname(index: number): string {
  const n = syllables.length;
  if (index >= n ** 3) throw new RangeError(`only ${n ** 3} synthetic surnames exist`);
  const parts = [Math.floor(index / (n * n)), Math.floor(index / n) % n, index % n];
  return capitalize(parts.map((i) => syllables[i]).join(''));
}

/** A full synthetic name for the person at `index`. */
export function personName(index: number): string {
  return `${givenNames[index % givenNames.length]} ${surname(index)}`;
}
