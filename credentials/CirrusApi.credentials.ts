import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/** The REST address is not published: both Cirrus credentials ask for it. */
export const cirrusBaseUrl: INodeProperties = {
	displayName: 'REST API Base URL',
	name: 'baseUrl',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. https://api.cirruscrm.io/rest',
	hint: 'Ask your Cirrus contact for the address of the REST API (v2), including any version path. Paths such as /accounts/ are added to it.',
};

export class CirrusApi implements ICredentialType {
	name = 'cirrusApi';

	displayName = 'Cirrus API';

	icon = { light: 'file:../icons/cirrus.svg', dark: 'file:../icons/cirrus.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-salesops/n8n-nodes-salesops/blob/main/docs/cirrus.md';

	properties: INodeProperties[] = [
		cirrusBaseUrl,
		{
			displayName: 'API Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The personal API token of a Cirrus user, sent in the X-Token header',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { 'X-Token': '={{$credentials.token}}' } },
	};

	/** One account from the first page: the cheapest list every user can read. */
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/accounts/',
			qs: { page: 1, per_page: 1, sorting: 'name_asc' },
		},
	};
}
