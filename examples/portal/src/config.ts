// The portal's settings, read once from dist/config.js (window.PPPDESK_PORTAL).

const raw = window.PPPDESK_PORTAL ?? { apiUrl: 'http://localhost:8080', municipality: 'aomori' };

/** apiRoot is the pppdesk server's root with a trailing slash, so paths resolve under it. */
export const apiRoot = new URL(raw.apiUrl.replace(/\/*$/, '/'), location.href);

/** municipality is the slug every request names in X-Municipality. */
export const municipality = raw.municipality;
