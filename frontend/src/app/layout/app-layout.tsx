import { AppShell, Burger, Button, Group, NavLink, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';

import { LanguageSwitch } from '@/components/language-switch';
import { useCurrentUser, useLogout } from '@/features/auth';
import { NotificationBell } from '@/features/notifications';

import { navigationFor } from '../navigation';
import { LOGIN_PATH } from '../routes/paths';
import classes from './app-layout.module.css';

const MAIN_ID = 'main-content';
const NAV_ID = 'main-navigation';

/** Header (app name, user, notifications, language, logout), the user's navigation, and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const [navOpen, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const logout = useLogout({ onSuccess: () => navigate(LOGIN_PATH, { replace: true }) });
  const items = navigationFor(me.roles);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding="lg"
    >
      <a href={`#${MAIN_ID}`} className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpen}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
              aria-expanded={navOpen}
              aria-controls={NAV_ID}
            />
            <Text component={Link} to="/" fw={700} size="lg" className={classes.brand} data-testid="app-name">
              {t('app.name')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" visibleFrom="sm" data-testid="user-name">
              <VisuallyHidden>{t('header.signedInAs', { name: me.displayName })}</VisuallyHidden>
              <span aria-hidden="true">{me.displayName}</span>
            </Text>
            <NotificationBell />
            <LanguageSwitch />
            <Button
              variant="default"
              size="xs"
              onClick={() => logout.mutate()}
              loading={logout.isPending}
              data-testid="logout"
            >
              {t('header.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        p="xs"
        component="nav"
        id={NAV_ID}
        aria-label={t('nav.label')}
        className={classes.navbar}
        data-open={navOpen || undefined}
        data-testid="main-nav"
      >
        {items.map((item) => {
          const active = location.pathname === item.path || location.pathname.startsWith(`${item.path}/`);
          return (
            <NavLink
              key={item.key}
              component={Link}
              to={item.path}
              label={t(`nav.${item.key}`)}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={closeNav}
              data-testid={`nav-${item.key}`}
            />
          );
        })}
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_ID} tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
