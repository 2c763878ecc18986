// Every catalog of the interface, for the tests that check them (the bundles import only their own).
import * as options from './options';
import * as popup from './popup';
import * as sidebar from './sidebar';

export const catalogs = { sidebar: sidebar.catalog, popup: popup.catalog, options: options.catalog };
