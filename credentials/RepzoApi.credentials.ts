import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

import { REPZO_BASE_URL } from '../nodes/Repzo/baseUrl';

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
		request: { baseURL: REPZO_BASE_URL, url: '/client', qs: { page: 1, per_page: 1 } },
	};
}
