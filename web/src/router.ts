/** The app's pages by address; each page is loaded when it is first visited. */
import { createRouter, createWebHistory, type RouterScrollBehavior } from 'vue-router';

import { HEADER_OFFSET_PX } from './components/scroll-to-hash';
import CataloguePage from './pages/catalogue/CataloguePage.vue';

// An anchor on a page whose data is still loading is not there yet; the page itself scrolls
// to it once its data arrives (useScrollToHash).
const scrollBehavior: RouterScrollBehavior = (to, from, savedPosition) => {
  if (savedPosition) return savedPosition;
  if (to.hash && anchorExists(to.hash)) return { el: to.hash, top: HEADER_OFFSET_PX };
  if (to.path === from.path) return false;
  return { top: 0 };
};

function anchorExists(hash: string): boolean {
  return document.getElementById(decodeURIComponent(hash.slice(1))) !== null;
}

export function createAppRouter() {
  return createRouter({
    history: createWebHistory(),
    scrollBehavior,
    routes: [
      { path: '/', name: 'catalogue', component: CataloguePage },
      {
        path: '/services/:code',
        name: 'service',
        component: () => import('./pages/service/ServicePage.vue'),
        props: true,
      },
      {
        path: '/estimate',
        name: 'estimate',
        component: () => import('./pages/estimate/EstimatePage.vue'),
      },
      {
        path: '/support',
        name: 'support',
        component: () => import('./pages/support/SupportPage.vue'),
      },
      {
        path: '/categories',
        name: 'categories',
        component: () => import('./pages/categories/CategoriesPage.vue'),
      },
      {
        path: '/development',
        name: 'development',
        component: () => import('./pages/development/DevelopmentPage.vue'),
      },
      {
        path: '/crowdfunding',
        name: 'crowdfunding',
        component: () => import('./pages/crowdfunding/CrowdfundingPage.vue'),
      },
      { path: '/works', name: 'works', component: () => import('./pages/works/WorksPage.vue') },
      {
        path: '/balance',
        name: 'balance',
        component: () => import('./pages/balance/BalancePage.vue'),
      },
      { path: '/desk', name: 'desk', component: () => import('./pages/desk/DeskPage.vue') },
      {
        path: '/calendar',
        name: 'calendar',
        component: () => import('./pages/calendar/CalendarPage.vue'),
      },
      {
        path: '/requests',
        name: 'requests',
        component: () => import('./pages/requests/RequestsPage.vue'),
      },
      {
        path: '/requests/:id',
        name: 'request',
        component: () => import('./pages/request/RequestPage.vue'),
        props: true,
      },
      { path: '/login', name: 'login', component: () => import('./pages/login/LoginPage.vue') },
      {
        path: '/:unknown(.*)*',
        name: 'not-found',
        component: () => import('./pages/not-found/NotFoundPage.vue'),
      },
    ],
  });
}
