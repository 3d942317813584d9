/**
 * The directory page as a lazy route component, so a module's entry does not pull the page's code in:
 * `{ path: '', component: directoryPage, props: { type: 'law_firm' } }`.
 */
export const directoryPage = () => import('./OrganizationDirectoryPage.vue');
