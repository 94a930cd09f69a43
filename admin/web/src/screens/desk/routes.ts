// Desk administration (inquiries, staff accounts, webhooks, audit log). Add one entry per
// screen; see CONVENTIONS.md.
import type { Route } from '../../router';

/** deskRoutes are the desk administration screens (nav order 300–399). */
export const deskRoutes: Route[] = [];
