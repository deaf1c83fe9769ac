/**
 * n8n credentials for every vendor, pointing at the sandbox. The ids are fixed so the example
 * workflows in examples/ can name them; `n8n import:credentials` encrypts the plain data.
 */
import { SANDBOX_SECRETS } from '../../sandbox/secrets';

export interface N8nCredential {
	id: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
}

/** Ids and names the example workflows refer to. */
export const CREDENTIAL_REFS = {
	enappsApi: { id: 'sbxEnappsLogin01', name: 'Enapps sandbox (login)' },
	enappsToken: { id: 'sbxEnappsToken01', name: 'Enapps sandbox (access token)' },
	cirrusApi: { id: 'sbxCirrusToken01', name: 'Cirrus sandbox (X-Token)' },
	cirrusOAuth2Api: { id: 'sbxCirrusOAuth201', name: 'Cirrus sandbox (OAuth2 client credentials)' },
	guardantApi: { id: 'sbxGuardant00001', name: 'Guardant sandbox' },
	quinceApi: { id: 'sbxQuince0000001', name: 'QUINCE sandbox' },
	repzoApi: { id: 'sbxRepzo00000001', name: 'Repzo sandbox' },
} as const;

/** One credential per type (two for Enapps and Cirrus, one per way to sign in) for the types the pack has. */
export function sandboxCredentials(sandboxUrl: string, availableTypes: string[]): N8nCredential[] {
	const all: N8nCredential[] = [
		{
			...CREDENTIAL_REFS.enappsApi,
			type: 'enappsApi',
			data: {
				serverUrl: `${sandboxUrl}/enapps`,
				apiPath: '/api/v1',
				authType: 'login',
				login: SANDBOX_SECRETS.enapps.login,
				password: SANDBOX_SECRETS.enapps.password,
				secretKey: SANDBOX_SECRETS.enapps.secretKey,
			},
		},
		{
			...CREDENTIAL_REFS.enappsToken,
			type: 'enappsApi',
			data: { serverUrl: `${sandboxUrl}/enapps`, apiPath: '/api/v1', authType: 'accessToken', accessToken: SANDBOX_SECRETS.enapps.accessToken },
		},
		{
			...CREDENTIAL_REFS.cirrusApi,
			type: 'cirrusApi',
			data: { baseUrl: `${sandboxUrl}/cirrus/rest`, token: SANDBOX_SECRETS.cirrus.apiToken },
		},
		{
			...CREDENTIAL_REFS.cirrusOAuth2Api,
			type: 'cirrusOAuth2Api',
			data: {
				baseUrl: `${sandboxUrl}/cirrus/rest`,
				grantType: 'clientCredentials',
				accessTokenUrl: `${sandboxUrl}/cirrus/oauth/token`,
				clientId: SANDBOX_SECRETS.cirrus.clientId,
				clientSecret: SANDBOX_SECRETS.cirrus.clientSecret,
				scope: '',
				authentication: 'header',
				authQueryParameters: '',
			},
		},
		{
			...CREDENTIAL_REFS.guardantApi,
			type: 'guardantApi',
			data: { baseUrl: `${sandboxUrl}/guardant`, token: SANDBOX_SECRETS.guardant.apiToken, headerName: 'Authorization', headerPrefix: 'Bearer' },
		},
		{
			...CREDENTIAL_REFS.quinceApi,
			type: 'quinceApi',
			data: { baseUrl: `${sandboxUrl}/quince`, apiToken: SANDBOX_SECRETS.quince.apiToken, headerName: 'Authorization', headerPrefix: 'Bearer' },
		},
		{
			...CREDENTIAL_REFS.repzoApi,
			type: 'repzoApi',
			data: { apiKey: SANDBOX_SECRETS.repzo.apiKey, environment: 'custom', baseUrl: `${sandboxUrl}/repzo` },
		},
	];
	return all.filter((credential) => availableTypes.includes(credential.type));
}
