import type { ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

import { cirrusBaseUrl } from './CirrusApi.credentials';

/** OAuth 2.0 client of Cirrus: n8n fetches the token and sends it as `Authorization: Bearer`. */
export class CirrusOAuth2Api implements ICredentialType {
	name = 'cirrusOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Cirrus OAuth2 API';

	icon = { light: 'file:../icons/cirrus.svg', dark: 'file:../icons/cirrus.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-salesops/n8n-nodes-salesops/blob/main/docs/cirrus.md';

	properties: INodeProperties[] = [
		cirrusBaseUrl,
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'options',
			options: [
				{ name: 'Client Credentials', value: 'clientCredentials', description: 'For background jobs, without a signed-in user' },
				{ name: 'Authorization Code', value: 'authorizationCode', description: 'A Cirrus user signs in and approves the access' },
			],
			default: 'clientCredentials',
			description: 'Your Cirrus contact tells you which grants your client may use',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. https://account.cirruscrm.io/oauth/authorize',
			description: 'The sign-in page of Cirrus; ask your Cirrus contact for it',
			displayOptions: { show: { grantType: ['authorizationCode'] } },
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: 'https://account.cirruscrm.io/oauth/token',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'string',
			default: '',
			description: 'Leave empty unless your Cirrus contact gave you scopes, separated by spaces',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'header',
		},
	];

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/accounts/',
			qs: { page: 1, per_page: 1, sorting: 'name_asc' },
		},
	};
}
