import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/** The API host of the credential's environment, as an expression (for the credential test). */
const REPZO_BASE_URL =
	'={{$credentials.environment === "custom" ? String($credentials.baseUrl || "").replace(/\\/+$/, "") : $credentials.environment === "staging" ? "https://staging.sv.api.repzo.me" : "https://sv.api.repzo.me"}}';

/** The same choice in code, for every request the Repzo nodes send. */
export function repzoBaseUrl(credentials: { environment?: unknown; baseUrl?: unknown }): string {
	if (credentials.environment === 'custom') return String(credentials.baseUrl || '').replace(/\/+$/, '');
	return credentials.environment === 'staging' ? 'https://staging.sv.api.repzo.me' : 'https://sv.api.repzo.me';
}

export class RepzoApi implements ICredentialType {
	name = 'repzoApi';

	displayName = 'Repzo API';

	icon = { light: 'file:../icons/repzo.svg', dark: 'file:../icons/repzo.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-salesops/n8n-nodes-salesops/blob/main/docs/repzo.md';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'An API key created in the Repzo admin console',
		},
		{
			displayName: 'Environment',
			name: 'environment',
			type: 'options',
			options: [
				{ name: 'Custom', value: 'custom', description: 'Another Repzo host, e.g. a dedicated instance' },
				{ name: 'Production', value: 'production', description: 'https://sv.api.repzo.me' },
				{ name: 'Staging', value: 'staging', description: 'https://staging.sv.api.repzo.me' },
			],
			default: 'production',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. https://sv.api.repzo.me',
			displayOptions: { show: { environment: ['custom'] } },
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { 'api-key': '={{$credentials.apiKey}}' } },
	};

	test: ICredentialTestRequest = {
		// A redirect is not followed: the API key must not reach another host.
		request: { baseURL: REPZO_BASE_URL, url: '/client', qs: { page: 1, per_page: 1 }, disableFollowRedirect: true },
	};
}
