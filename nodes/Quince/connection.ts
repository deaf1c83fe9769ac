import type { VendorConnection } from '../shared/catalog';
import { quinceRefusal } from './hooks';

/** How the QUINCE nodes reach the API: the credential's token and base URL; `success: false` is a refusal. */
export const quinceConnection: VendorConnection = {
	credentials: [{ name: 'quinceApi', required: true }],
	baseUrl: (credentials) => String(credentials.baseUrl ?? '').replace(/\/+$/, ''),
	headers: { Accept: 'application/json' },
	refusal: quinceRefusal,
};
