// Content editors (challenges, case studies, agreements, projects, announcements, methods,
// departments, media). Add one entry per screen; see CONVENTIONS.md.
import type { Route } from '../../router';

/** contentRoutes are the content area's screens (nav order 200–299). */
export const contentRoutes: Route[] = [];
