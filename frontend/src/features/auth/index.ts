export { getMe, ME_QUERY_KEY, meQueryOptions, useMe } from './api/me';
export { login, useLogin, type Credentials } from './api/login';
export { getAuthConfig, useAuthConfig, type AuthConfig } from './api/auth-config';
export { logout, useLogout, type LoggedOut } from './api/logout';
export { LoginPage } from './components/login-page';
export { CurrentUserProvider, useCurrentUser } from './current-user';
