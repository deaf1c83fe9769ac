import type { VendorConnection } from '../shared/catalog';

/** How the Cirrus nodes reach the API: an X-Token or an OAuth2 token, chosen by the Authentication parameter. */
export const cirrusConnection: VendorConnection = {
	credentials: [
		{ name: 'cirrusApi', required: true, displayOptions: { show: { authentication: ['apiToken'] } } },
		{ name: 'cirrusOAuth2Api', required: true, displayOptions: { show: { authentication: ['oAuth2'] } } },
	],
	baseUrl: (credentials) => String(credentials.baseUrl ?? '').replace(/\/+$/, ''),
	headers: { Accept: 'application/json' },
	arrayFormat: 'repeat',
};
