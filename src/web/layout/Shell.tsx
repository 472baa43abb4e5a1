import { AppShell, Box, Burger, Group, Menu, NavLink, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Fragment, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, Link as RouterLink, useLocation, useNavigate } from 'react-router';
import { AreaSearch } from '../components/AreaSearch';
import { beforeSignOut, visibleNav } from '../modules';
import { isNavItemActive, navSections } from '../nav';
import { useMe, useSignOut } from '../session';
import { LanguageSwitch } from './LanguageSwitch';
import { PageErrorBoundary } from './PageErrorBoundary';
import { PageLoader } from './PageLoader';

/** The signed-in layout: header, main navigation (a drawer behind a burger on phones) and main. */
export function Shell() {
  const { t } = useTranslation('common');
  const me = useMe();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const nav = visibleNav(me.permissions);

  const main = useRef<HTMLElement>(null);
  const firstPage = useRef(true);

  // After following a link: close the drawer (phones) and move focus to the new page, so keyboard
  // and screen-reader users start at its top instead of in the navigation.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only.
  useEffect(() => {
    close();
    if (firstPage.current) firstPage.current = false;
    else main.current?.focus();
  }, [location.pathname]);

  const findsAreas = me.permissions.includes('areas.read');

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="gs-skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <AppShell.Header className="gs-header">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.close') : t('nav.open')}
              aria-expanded={opened}
              aria-controls="main-nav"
            />
            <Text fw={700} size="lg" className="gs-brand">
              {t('appName')}
            </Text>
            <Text size="sm" c="dimmed" truncate visibleFrom="xs">
              {me.organisation.name}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {/* Partners, who see only the situation picture, have no profiles to find. */}
            {findsAreas && (
              <Box component="search" visibleFrom="sm">
                <AreaSearch />
              </Box>
            )}
            <LanguageSwitch signedIn />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id="main-nav" aria-label={t('nav.main')} p="xs">
        <AppShell.Section grow component={ScrollArea}>
          <Text size="xs" c="dimmed" hiddenFrom="xs" px="sm" pb="xs">
            {me.organisation.name}
          </Text>
          {/* On a phone the header has no room for the search: it opens with the menu. */}
          {findsAreas && (
            <Box component="search" hiddenFrom="sm" px="sm" pb="sm">
              <AreaSearch />
            </Box>
          )}
          {navSections(nav).map((section) => (
            <Fragment key={section.groupKey ?? section.items[0].to}>
              {section.groupKey && (
                <Text component="h2" size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" pt="md" pb={4}>
                  {t(section.groupKey)}
                </Text>
              )}
              {section.items.map((item) => {
                const active = isNavItemActive(item, location.pathname, nav);
                return (
                  <NavLink
                    key={item.to}
                    component={RouterLink}
                    to={item.to}
                    // A plain link: aria-current follows `active`, which knows the other items.
                    aria-current={active ? 'page' : undefined}
                    label={t(item.labelKey)}
                    py={6}
                    active={active}
                  />
                );
              })}
            </Fragment>
          ))}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" ref={main} tabIndex={-1} className="gs-main">
        <PageErrorBoundary key={location.pathname}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </PageErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}

function UserMenu() {
  const { t } = useTranslation('common');
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    // No initial-focus placeholder: it is a focusable div inside role="menu", which axe rejects.
    <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <UnstyledButton className="gs-user-button" aria-label={t('user.menu', { name: me.name })}>
          <Text size="sm" fw={500} truncate maw={160} visibleFrom="sm">
            {me.name}
          </Text>
          <Text size="sm" fw={500} hiddenFrom="sm" aria-hidden>
            {initials(me.name)}
          </Text>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {me.name} · {t(`roles.${me.role}`)}
        </Menu.Label>
        <Menu.Item
          onClick={async () => {
            // Modules first (rounds sends what the phone still holds while the session is valid).
            await beforeSignOut();
            await signOut();
            navigate('/sign-in');
          }}
        >
          {t('user.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}
