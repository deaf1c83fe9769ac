import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * Guardant Station does not document how API calls authenticate, so the header that carries the
 * token is a setting: `Authorization: Bearer <token>` unless Guardant tells you otherwise.
 */
export class GuardantApi implements ICredentialType {
	name = 'guardantApi';

	displayName = 'Guardant Station API';

	icon = { light: 'file:../icons/guardant.svg', dark: 'file:../icons/guardant.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-salesops/n8n-nodes-salesops/blob/main/docs/guardant.md';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://station.guardant.ru',
			required: true,
			description: 'Address of Guardant Station, without the /v1.0 path',
		},
		{
			displayName: 'Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The API token of your Guardant Station account',
		},
		{
			displayName: 'Header Name',
			name: 'headerName',
			type: 'string',
			default: 'Authorization',
			required: true,
			description: 'HTTP header that carries the token; change it only if Guardant names another one',
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
				'={{$credentials.headerName}}': '={{($credentials.headerPrefix ? $credentials.headerPrefix.trim() + " " : "") + $credentials.token}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/v1.0/customers',
			qs: { limit: 1 },
		},
	};
}
