/** The site's own cookie holding the editor's better-auth session token (sent to the API as a bearer token). */
export const SESSION_COOKIE = 'parley.desk_session';
