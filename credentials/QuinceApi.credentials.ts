import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * QUINCE does not publish its API host or how the token is sent: the address is required, and the
 * header that carries the token is a setting (`Authorization: Bearer <token>` unless QUINCE says otherwise).
 */
export class QuinceApi implements ICredentialType {
	name = 'quinceApi';

	displayName = 'QUINCE API';

	icon = { light: 'file:../icons/quince.svg', dark: 'file:../icons/quince.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-salesops/n8n-nodes-salesops/blob/main/docs/quince.md';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. https://api.example.com',
			description: 'Address of your QUINCE API, without the /api/v2 path. Ask QUINCE support for it.',
		},
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Header Name',
			name: 'headerName',
			type: 'string',
			default: 'Authorization',
			required: true,
			description: 'HTTP header that carries the token; change it only if QUINCE names another one',
		},
		{
			displayName: 'Value Prefix',
			name: 'headerPrefix',
			type: 'string',
			default: 'Bearer',
			description: 'Word sent before the token in the header; leave empty to send the token alone',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				'={{$credentials.headerName}}': '={{($credentials.headerPrefix ? $credentials.headerPrefix.trim() + " " : "") + $credentials.apiToken}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/api/v2/partner/list',
			method: 'POST',
			body: { page: 1 },
			json: true,
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: { key: 'success', value: false, message: 'QUINCE refused the token. Check the token and the header settings.' },
			},
		],
	};
}
