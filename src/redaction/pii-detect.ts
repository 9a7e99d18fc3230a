/**
 * What looks like personal information in a piece of public text: e-mail addresses, telephone
 * numbers, social insurance numbers and home addresses (a street address with a postal code).
 *
 * The shapes come from the Canadian Digital Service's detector (`@cdssnc/sanitize-pii`, its
 * exported `defaultPatterns`, read by name): North American and international telephone numbers,
 * the SIN, English and French street addresses, Canadian postal codes. Its `detectPii` is not
 * used: it gives the first match of each pattern without its offset, and it removes what each
 * pattern matched before the next one runs, so offsets would shift. Binder runs the same regular
 * expressions with `matchAll` to know where each match is, and adds what the package lacks:
 * - an e-mail pattern (the package has none);
 * - the French street address as Canada Post writes it, with a comma after the number
 *   ("365, avenue Laurier Ouest", "50, boul. Saint-Charles"): the package's French pattern wants
 *   the street type right after the number, and knows `bd` (France) but not `boul` (Canada Post);
 * - filters that keep a binder's numbers out: a telephone number's area code and exchange start
 *   with 2–9 (the North American Numbering Plan), so coding blocks like 110-210-5201 are not one;
 *   a SIN passes the Luhn check and does not start with 0 or 8 (Employment and Social Development
 *   Canada's rules), so nine digits in a row seldom are one; an amount ("$300 000 000",
 *   "300 000 000 $") and a number inside a longer group of digits ("12-613-555-0100-45") are
 *   neither; a street address counts only with a postal code after it, as "2021 Leaders Summit"
 *   and "2019 Federal Court" have the shape of a street address (a number, a word, a street type).
 *
 * Cost: each text is scanned once per pattern, and a pattern runs only where a cheap test finds
 * what it needs (a digit or `@` at all; `@` for e-mail; three digits then three more for numbers;
 * `+` for international numbers; a postal code for street addresses, the costliest patterns).
 * Measured over every public text (December 2026, this machine): the demo binder's 37 entries in
 * about 15 ms, the benchmark's synthetic binder of 1000 entries (5.2 MB) in about 55 ms, against
 * 14 s to load it.
 */
import { defaultPatterns } from '@cdssnc/sanitize-pii';
import type { PersonalInformationKind } from '../diagnostics/catalogue/publishing.ts';

export type { PersonalInformationKind };

export interface Found {
  kind: PersonalInformationKind;
  /** Offsets in the text, `end` exclusive. */
  start: number;
  end: number;
  /** What was matched: compared with the values marked public, never printed. */
  value: string;
}

/** One of the package's patterns, by name: a missing name (a changed package) fails loudly here. */
function cds(name: string): RegExp {
  const found = defaultPatterns.find((p) => p.name === name);
  if (!found) throw new Error(`@cdssnc/sanitize-pii has no pattern named ${name}`);
  return new RegExp(found.regex.source, found.regex.flags.includes('g') ? found.regex.flags : `${found.regex.flags}g`);
}

const email =
  /(?<![\w.%+-])[A-Za-z0-9][\w.%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}\b/g;
const frenchStreetWithComma =
  /\b\d+[A-Z]?,\s+(?:rue|avenue|av\.|boulevard|boul\.?|chemin|ch\.|route|place|promenade|croissant|allée|rang|montée|côte|impasse|carré|voie|quai)\s/gi;
const patterns = {
  telephone: [cds('phone_number'), cds('phone_number_international')] as const,
  sin: cds('sin'),
  street: [cds('address_en'), cds('address_fr'), frenchStreetWithComma],
};
/** The package's postal code, once, without `g` (so `test` and `exec` keep no state). */
const postalCode = new RegExp(cds('postal_code').source, cds('postal_code').flags.replace('g', ''));
/** How far after a street address its postal code may be: the city and province in between. */
const postalCodeWindow = 80;

/** Everything in `text` that looks like personal information, in order, without overlaps. */
export function findPersonalInformation(text: string): Found[] {
  if (!/[\d@]/.test(text)) return [];
  const found: Found[] = [];
  // Each kind only where what it needs is there: a character test or a cheap pattern first.
  if (text.includes('@')) found.push(...matches(text, email, 'email'));
  if (/\d{3}\)?[-_.\s]?\d{3}/.test(text)) {
    const [northAmerican, international] = patterns.telephone;
    found.push(...matches(text, northAmerican, 'telephone').filter((f) => isTelephone(text, f)));
    if (text.includes('+')) found.push(...matches(text, international, 'telephone').filter((f) => isTelephone(text, f)));
    found.push(...matches(text, patterns.sin, 'sin').filter((f) => isSin(text, f)));
  }
  if (postalCode.test(text)) for (const regex of patterns.street) found.push(...addresses(text, regex));
  return withoutOverlaps(found);
}

function matches(text: string, regex: RegExp, kind: PersonalInformationKind): Found[] {
  // The package's SIN pattern takes the separator after the last group too: it is not part of the value.
  return [...text.matchAll(regex)].map((m) => {
    const value = m[0].replace(/[-_.\s]+$/, '');
    return { kind, start: m.index, end: m.index + value.length, value };
  });
}

/** A street address followed, within a short distance, by a postal code: from its number to the code. */
function addresses(text: string, street: RegExp): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(street)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + postalCodeWindow);
    const code = postalCode.exec(after);
    if (!code) continue;
    const end = m.index + m[0].length + code.index + code[0].length;
    found.push({ kind: 'address', start: m.index, end, value: text.slice(m.index, end) });
  }
  return found;
}

const digitsOf = (value: string) => value.replace(/\D/g, '');

/** An amount: a currency sign just before, or a sign or the word dollars just after. */
function isAmount(text: string, f: Found): boolean {
  return /[$€£]\s?$/.test(text.slice(Math.max(0, f.start - 2), f.start)) || /^\s?(?:\$|€|£|dollars\b)/i.test(text.slice(f.end, f.end + 9));
}

function isTelephone(text: string, f: Found): boolean {
  if (isAmount(text, f) || /^[-.]\d/.test(text.slice(f.end, f.end + 2))) return false;
  if (f.value.trimStart().startsWith('+') && !/^\+1\b|^\+1[-.\s(]/.test(f.value.trimStart())) return true;
  const digits = digitsOf(f.value).replace(/^1(?=\d{10}$)/, '');
  // NANP: NXX-NXX-XXXX, N from 2 to 9.
  return /^[2-9]\d\d[2-9]\d{6}$/.test(digits);
}

function isSin(text: string, f: Found): boolean {
  if (isAmount(text, f)) return false;
  if (/\d[\s.,-]?$/.test(text.slice(Math.max(0, f.start - 2), f.start)) || /^[\s.,-]?\d/.test(text.slice(f.end, f.end + 2))) return false;
  const digits = digitsOf(f.value);
  return digits.length === 9 && !/^[08]/.test(digits) && luhn(digits);
}

/** The Luhn check (ISO/IEC 7812-1) that every valid SIN passes. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

function withoutOverlaps(found: Found[]): Found[] {
  const sorted = found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const f of sorted) if (!kept.length || f.start >= kept.at(-1)!.end) kept.push(f);
  return kept;
}

/** The form two writings of one value share: digits for numbers, lower case for the rest. */
export function normalisedValue(kind: PersonalInformationKind, value: string): string {
  if (kind === 'telephone') return digitsOf(value).replace(/^1(?=\d{10}$)/, '');
  if (kind === 'sin') return digitsOf(value);
  if (kind === 'email') return value.trim().toLowerCase();
  return value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@]+/gu, ' ')
    .trim();
}
