// Content editors (challenges, case studies, agreements, projects, announcements, methods,
// media, preview). Add one entry per screen; see CONVENTIONS.md.
import type { Route } from '../../router';
import { tc } from '../../i18n/content';
import { AgreementPage, Agreements } from './agreements';
import { AnnouncementPage, Announcements } from './announcements';
import { CaseStudies, CaseStudyPage } from './caseStudies';
import { ChallengePage, Challenges } from './challenges';
import { MethodPage, Methods } from './methods';
import { PreviewPage } from './preview';
import { ProjectPage, Projects } from './projects';

/** contentRoutes are the content area's screens (nav order 200–299). */
export const contentRoutes: Route[] = [
  { path: '/content/challenges/:id', component: ChallengePage, permission: { resource: 'challenge', action: 'write' } },
  { path: '/content/challenges', component: Challenges, nav: { label: () => tc('navChallenges'), order: 200 }, permission: { resource: 'challenge', action: 'write' } },
  { path: '/content/case-studies/:id', component: CaseStudyPage, permission: { resource: 'caseStudy', action: 'write' } },
  { path: '/content/case-studies', component: CaseStudies, nav: { label: () => tc('navCaseStudies'), order: 210 }, permission: { resource: 'caseStudy', action: 'write' } },
  { path: '/content/agreements/:id', component: AgreementPage, permission: { resource: 'agreement', action: 'write' } },
  { path: '/content/agreements', component: Agreements, nav: { label: () => tc('navAgreements'), order: 220 }, permission: { resource: 'agreement', action: 'write' } },
  { path: '/content/projects/:id', component: ProjectPage, permission: { resource: 'project', action: 'write' } },
  { path: '/content/projects', component: Projects, nav: { label: () => tc('navProjects'), order: 230 }, permission: { resource: 'project', action: 'write' } },
  { path: '/content/announcements/:id', component: AnnouncementPage, permission: { resource: 'announcement', action: 'write' } },
  { path: '/content/announcements', component: Announcements, nav: { label: () => tc('navAnnouncements'), order: 240 }, permission: { resource: 'announcement', action: 'write' } },
  { path: '/content/methods/:id', component: MethodPage, permission: { resource: 'collaborationMethod', action: 'write' } },
  { path: '/content/methods', component: Methods, nav: { label: () => tc('navMethods'), order: 250 }, permission: { resource: 'collaborationMethod', action: 'write' } },
  { path: '/preview/:token', component: PreviewPage, permission: { resource: 'content', action: 'preview' } },
];
