import type { VendorConnection } from '../shared/catalog';

/** How the Guardant nodes reach the API: the credential's token and base URL. */
export const guardantConnection: VendorConnection = {
	credentials: [{ name: 'guardantApi', required: true }],
	baseUrl: (credentials) => String(credentials.baseUrl ?? '').replace(/\/+$/, ''),
	headers: { Accept: 'application/json' },
};
