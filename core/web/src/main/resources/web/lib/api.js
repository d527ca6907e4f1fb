// Calls to /api: the session cookie travels by itself, unsafe calls repeat the CSRF token, and a
// failure becomes an ApiError holding the problem+json body, so forms can show errors per field.
// Every call asks for the language the page shows, so messages and timeline titles speak it too.

import { currentLanguage } from './i18n.js';

const CSRF_HEADER = 'X-CSRF-Token';
let csrfToken = null;

/** An answer other than 2xx; `problem` is the RFC 9457 body, `fieldErrors` its `errors` list. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
    this.fieldErrors = Array.isArray(problem?.errors) ? problem.errors : [];
  }

  /** The server could not be reached at all (status 0). */
  get offline() {
    return this.status === 0;
  }
}

export function useCsrfToken(token) {
  csrfToken = token;
}

/** The If-Match value for a record as read: core tags records by their version. */
export const tagOf = (record) => `"${record.version}"`;

async function readProblem(response) {
  try {
    return await response.json();
  } catch {
    return { title: response.statusText };
  }
}

/** Sends the call and answers the response when it is 2xx; anything else becomes an ApiError. */
async function send(path, { method = 'GET', body, record, signal } = {}) {
  // the server's words (error messages, timeline titles) in the language the page shows
  const headers = { Accept: 'application/json', 'Accept-Language': currentLanguage() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
  if (record) headers['If-Match'] = tagOf(record);
  let response;
  try {
    response = await fetch(`/api${path}`, {
      method, headers, signal, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, { title: 'offline' });
  }
  if (response.status === 401 && !path.startsWith('/auth/')) {
    // the session ended elsewhere (sign-out, expiry, restart): the shell shows the sign-in form
    window.dispatchEvent(new CustomEvent('atrium-signed-out'));
  }
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  return response;
}

/**
 * Calls `/api${path}` and answers the parsed JSON (null for 204). With `record`, the call carries
 * its version in If-Match, so a concurrent change answers 409 instead of being overwritten.
 */
export async function api(path, options = {}) {
  const response = await send(path, options);
  return response.status === 204 ? null : response.json();
}

/**
 * A GET of a list that answers a plain array and names its next page in a header (the run log's
 * `X-Next-Cursor`): `{items, next}`, `next` null on the last page.
 */
export async function apiPage(path, nextHeader = 'X-Next-Cursor') {
  const response = await send(path);
  return { items: await response.json(), next: response.headers.get(nextHeader) };
}

/** A GET of a text answer (an HTML snippet): the same session and errors as {@link api}. */
export async function apiText(path, accept = 'text/html') {
  let response;
  try {
    response = await fetch(`/api${path}`, { headers: { Accept: accept, 'Accept-Language': currentLanguage() }, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, { title: 'offline' });
  }
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  return response.text();
}

/** Builds `?a=1&b=2` from the entries whose value is neither empty nor null. */
export function queryString(parameters) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
