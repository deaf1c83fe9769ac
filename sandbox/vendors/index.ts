import type { VendorAdapter } from '../types';
import { enappsAdapter } from './enapps';

/** Every vendor the sandbox can serve; each is served once its catalog exists. */
export const ALL_ADAPTERS: VendorAdapter[] = [enappsAdapter];
