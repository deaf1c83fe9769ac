import type { VendorConnection } from '../shared/catalog';
import { enappsBaseUrl } from '../../credentials/EnappsApi.credentials';

/** How the Enapps ERP nodes reach the API: a login token (renewed by n8n on 401) and the credential's server address. */
export const enappsConnection: VendorConnection = {
	credentials: [{ name: 'enappsApi', required: true }],
	baseUrl: enappsBaseUrl,
	headers: { Accept: 'application/json' },
	arrayFormat: 'repeat',
	renewingCredentials: ['enappsApi'],
};
