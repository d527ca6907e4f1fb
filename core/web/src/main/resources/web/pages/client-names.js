import { api } from 'atrium/api.js';

// Names of the clients that lists of deals or tasks mention, fetched a few at a time and kept for
// the page's life, so a board of 200 deals costs one request per distinct client, once.
const PARALLEL = 6;
const known = new Map();

export async function clientNames(ids) {
  const missing = [...new Set(ids)].filter((id) => id && !known.has(id));
  for (let i = 0; i < missing.length; i += PARALLEL) {
    await Promise.all(missing.slice(i, i + PARALLEL).map(async (id) => {
      try {
        known.set(id, (await api(`/clients/${encodeURIComponent(id)}`)).name);
      } catch {
        known.set(id, '—');
      }
    }));
  }
  return new Map(ids.filter(Boolean).map((id) => [id, known.get(id)]));
}
