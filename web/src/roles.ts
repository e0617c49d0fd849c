/** Which pages each role sees: the same rules as the API's, which the pages' reads would enforce anyway. */

export type Role = 'platform-admin' | 'regulator' | 'dc-operator' | 'tenant-admin' | 'tenant-member' | 'dc-agent';

export type Page = 'overview' | 'alerts' | 'federation' | 'planner' | 'operator' | 'offers' | 'buy' | 'jobs' | 'billing' | 'tenants' | 'users' | 'audit' | 'settings';

const PAGES: Record<Role, readonly Page[]> = {
  'platform-admin': ['overview', 'alerts', 'federation', 'planner', 'offers', 'jobs', 'tenants', 'users', 'audit', 'settings'],
  regulator: ['overview', 'alerts', 'federation', 'planner', 'audit'],
  'dc-operator': ['operator', 'alerts', 'jobs'],
  'tenant-admin': ['offers', 'buy', 'jobs', 'billing', 'users'],
  'tenant-member': ['offers', 'buy', 'jobs', 'billing'],
  'dc-agent': [],
};

/** Where each page lives. */
export const PATH: Record<Page, string> = {
  overview: '/', alerts: '/alerts', federation: '/federation', planner: '/planner', operator: '/operator', offers: '/offers', buy: '/buy',
  jobs: '/jobs', billing: '/billing', tenants: '/admin/tenants', users: '/admin/users', audit: '/admin/audit', settings: '/admin/settings',
};

export function pagesOf(role: string): readonly Page[] {
  return PAGES[role as Role] ?? [];
}

export function may(role: string, page: Page): boolean {
  return pagesOf(role).includes(page);
}

/** The first page a role lands on. */
export function homeOf(role: string): string {
  return PATH[pagesOf(role)[0] ?? 'overview'];
}

/** Whether the role buys (a tenant's roles). */
export const isTenant = (role: string): boolean => role === 'tenant-admin' || role === 'tenant-member';
