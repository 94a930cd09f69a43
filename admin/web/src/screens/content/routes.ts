// Content editors (challenges, case studies, agreements, projects, announcements, methods,
// media, preview). Add one entry per screen; see CONVENTIONS.md.
import type { Route } from '../../router';
import { tc } from '../../i18n/content';
import { ChallengePage, Challenges } from './challenges';

/** contentRoutes are the content area's screens (nav order 200–299). */
export const contentRoutes: Route[] = [
  { path: '/content/challenges/:id', component: ChallengePage, permission: { resource: 'challenge', action: 'write' } },
  { path: '/content/challenges', component: Challenges, nav: { label: () => tc('navChallenges'), order: 200 }, permission: { resource: 'challenge', action: 'write' } },
];
