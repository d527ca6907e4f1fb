// The ISO 3166 countries named in the user's language (from /api/ui/countries, once per language),
// for the country lists of forms, and to show a stored code by its name.
import { api } from './api.js';
import { LANGUAGES, currentLanguage } from './i18n.js';

const lists = new Map();
const names = new Map();

/** The countries as `{code, name}` in the current language's alphabetical order. */
export function countries() {
  const lang = currentLanguage();
  if (!lists.has(lang)) {
    const list = api(`/ui/countries?lang=${lang}`).then((loaded) => {
      names.set(lang, new Map(loaded.map((country) => [country.code, country.name])));
      return loaded;
    });
    list.catch(() => lists.delete(lang));
    lists.set(lang, list);
  }
  return lists.get(lang);
}

/** A stored country as the user reads it: its name once the list is loaded, else as stored. */
export function countryName(code) {
  return names.get(currentLanguage())?.get(code) ?? code ?? '';
}

const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();

/**
 * The ISO code a stored country stands for: the code itself, or the code of a country whose name
 * in one of the UI's languages it is (older free text such as "España"); null when none matches.
 */
export function countryCode(value, list) {
  if (!value) return null;
  const upper = value.trim().toUpperCase();
  if (list.some((country) => country.code === upper)) return upper;
  const wanted = fold(value);
  for (const lang of LANGUAGES) {
    let display;
    try {
      display = new Intl.DisplayNames([lang], { type: 'region' });
    } catch {
      return null;
    }
    const found = list.find((country) => fold(display.of(country.code) ?? '') === wanted);
    if (found) return found.code;
  }
  return null;
}
