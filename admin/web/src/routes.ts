// The one table of screens. Each area owns its routes file (screens/<area>/routes.ts) and
// this file only concatenates them, so helpers adding screens in parallel do not collide.
import type { Route } from './router';
import { t } from './i18n/common';
import { Home } from './screens/home';
import { proposalRoutes } from './screens/proposals/routes';
import { contentRoutes } from './screens/content/routes';
import { deskRoutes } from './screens/desk/routes';

/** routes is every screen, first match wins; nav entries are sorted by nav.order. */
export const routes: Route[] = [
  { path: '/', component: Home, nav: { label: () => t('home'), order: 0 } },
  ...proposalRoutes,
  ...contentRoutes,
  ...deskRoutes,
];
