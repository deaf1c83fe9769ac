import { repzoBaseUrl } from '../../credentials/RepzoApi.credentials';
import type { VendorConnection } from '../shared/catalog';
import { repzoRefusal } from './hooks';

/** How the Repzo nodes reach the API: the `api-key` credential, its environment's host; `success: false` is a refusal. */
export const repzoConnection: VendorConnection = {
	credentials: [{ name: 'repzoApi', required: true }],
	baseUrl: repzoBaseUrl,
	headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
	refusal: repzoRefusal,
};
