// Text and formats in the user's language. Messages come from /ui/i18n/<language>.json (English
// fills any gap); dates, numbers, money and phone numbers follow the language's conventions.

export const LANGUAGES = ['en', 'es', 'ru'];
const STORAGE_KEY = 'atrium.language';
const LOCALES = { en: 'en-GB', es: 'es-ES', ru: 'ru-RU' };

let language = 'en';
let messages = {};
let english = {};

async function load(lang) {
  const response = await fetch(`/ui/i18n/${lang}.json`, { credentials: 'same-origin' });
  return response.ok ? response.json() : {};
}

/** The language to start in: the one chosen on this browser, else the user's, else the browser's. */
export function preferredLanguage(userLocale) {
  const candidates = [localStorage.getItem(STORAGE_KEY), userLocale, ...navigator.languages];
  for (const candidate of candidates) {
    const lang = candidate?.slice(0, 2).toLowerCase();
    if (LANGUAGES.includes(lang)) return lang;
  }
  return 'en';
}

/** Switches every text on the page: elements listen for `atrium-language` and render again. */
export async function setLanguage(lang, remember = false) {
  if (!LANGUAGES.includes(lang)) lang = 'en';
  if (!Object.keys(english).length) english = await load('en');
  messages = lang === 'en' ? english : await load(lang);
  language = lang;
  document.documentElement.lang = lang;
  if (remember) localStorage.setItem(STORAGE_KEY, lang);
  window.dispatchEvent(new CustomEvent('atrium-language', { detail: lang }));
}

export const currentLanguage = () => language;
export const locale = () => LOCALES[language];

/** The message `key` with `{name}` placeholders filled from `values`. */
export function t(key, values = {}) {
  const text = messages[key] ?? english[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** A label given in several languages, as modules send them. */
export const pick = (labels) => labels?.[language] ?? labels?.en ?? '';

export function formatDate(value) {
  return value ? new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(new Date(value)) : '';
}

export function formatDateTime(value) {
  return value ? new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value)) : '';
}

export function formatNumber(value) {
  return value === null || value === undefined ? '' : new Intl.NumberFormat(locale()).format(value);
}

export function formatMoney(amount, currency) {
  if (amount === null || amount === undefined || amount === '') return '';
  try {
    return new Intl.NumberFormat(locale(), { style: 'currency', currency }).format(Number(amount));
  } catch {
    return `${formatNumber(Number(amount))} ${currency ?? ''}`.trim();
  }
}

// Grouping of national numbers for the countries whose languages the UI speaks; the number's own
// country decides the grouping, the user's language whether the national prefix is shown.
const PHONE_PLANS = {
  7: { country: 'ru', trunk: '8', groups: [3, 3, 2, 2], pattern: (g) => `(${g[0]}) ${g[1]}-${g[2]}-${g[3]}` },
  34: { country: 'es', trunk: '', groups: [3, 2, 2, 2], pattern: (g) => g.join(' ') },
  1: { country: null, trunk: '', groups: [3, 3, 4], pattern: (g) => `${g[0]} ${g[1]} ${g[2]}` },
  44: { country: null, trunk: '', groups: [4, 6], pattern: (g) => g.join(' ') },
};

function split(digits, sizes) {
  const groups = [];
  let at = 0;
  for (const size of sizes) {
    groups.push(digits.slice(at, at + size));
    at += size;
  }
  return at === digits.length ? groups : null;
}

/** An international number (+7 812 123-45-67, +78121234567) as people of the user's language write it. */
export function formatPhone(phone) {
  if (!phone?.startsWith('+')) return phone ?? '';
  const digits = phone.replace(/\D/g, '');
  for (const [code, plan] of Object.entries(PHONE_PLANS)) {
    if (!digits.startsWith(code)) continue;
    const groups = split(digits.slice(code.length), plan.groups);
    if (!groups) break;
    const national = plan.pattern(groups);
    if (plan.country !== language) return `+${code} ${national}`;
    return plan.trunk ? `${plan.trunk} ${national}` : national;
  }
  return phone;
}
