// The islands' own pages, in a module of their own: a browser script that imports the routes table
// bundles all of it (the menu and key-page lists are built when the module loads), so islands import
// these two names from here. routes.ts re-exports them; every other path lives there.
export const WIZARD_PATH = '/wizard/';
export const CALCULATOR_PATH = '/calculator/';
