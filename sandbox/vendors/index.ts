import type { VendorAdapter } from '../types';
import { cirrusAdapter } from './cirrus';
import { enappsAdapter } from './enapps';
import { guardantAdapter } from './guardant';
import { quinceAdapter } from './quince';
import { repzoAdapter } from './repzo';

/** Every vendor the sandbox can serve; each is served once its catalog exists. */
export const ALL_ADAPTERS: VendorAdapter[] = [enappsAdapter, cirrusAdapter, guardantAdapter, quinceAdapter, repzoAdapter];
