export { getMe, ME_QUERY_KEY, meQueryOptions, useMe } from './api/me';
export { login, useLogin, type Credentials } from './api/login';
export { logout, useLogout } from './api/logout';
export { LoginPage } from './components/login-page';
export { CurrentUserProvider, useCurrentUser } from './current-user';
