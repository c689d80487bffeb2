export const LOGIN_PATH = '/login';
const REDIRECT_PARAM = 'redirectTo';

/** The login page, remembering where the user wanted to go. */
export function loginPath(redirectTo: string): string {
  if (redirectTo === '/' || redirectTo === '' || redirectTo.startsWith(LOGIN_PATH)) {
    return LOGIN_PATH;
  }
  return `${LOGIN_PATH}?${new URLSearchParams({ [REDIRECT_PARAM]: redirectTo }).toString()}`;
}

/** Where to go after login: only a path inside this app, never another site. */
export function redirectTarget(search: string): string | undefined {
  const target = new URLSearchParams(search).get(REDIRECT_PARAM);
  if (target === null || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
    return undefined;
  }
  return target;
}
