import { t, formatNumber } from 'atrium/i18n.js';

// Why two clients look alike, in words: shared by the candidates of the client form and the
// duplicate groups of the whole base.

/** A match reason in words: "same phone +78121234567", "similar name 93 %". */
export function reasonText(reason) {
  const key = `match.reason.${reason.code}`;
  const words = t(key) === key ? reason.code.toLowerCase().replaceAll('_', ' ') : t(key);
  if (reason.similarity && reason.similarity < 1) return `${words} ${formatNumber(Math.round(reason.similarity * 100))} %`;
  return reason.value ? `${words} ${reason.value}` : words;
}

/** A score of 0..1 as a percentage. */
export const scoreText = (score) => `${formatNumber(Math.round(score * 100))} %`;
