import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	INodeProperties,
} from 'n8n-workflow';

/** The token may come back under any of these keys; the vendor does not document which. */
const TOKEN_KEYS = ['access_token', 'accessToken', 'token', 'jwt', 'access'];

function findToken(body: unknown): string | undefined {
	if (typeof body === 'string') {
		const trimmed = body.trim().replace(/^"|"$/g, '');
		if (/^[\w-]+\.[\w-]+\.[\w-]+$/.test(trimmed)) return trimmed;
		try {
			return findToken(JSON.parse(body));
		} catch {
			return undefined;
		}
	}
	if (!body || typeof body !== 'object') return undefined;
	const record = body as IDataObject;
	for (const key of TOKEN_KEYS) {
		if (typeof record[key] === 'string' && record[key]) return record[key] as string;
	}
	for (const nested of ['data', 'result']) {
		const found = findToken(record[nested]);
		if (found) return found;
	}
	return undefined;
}

export function enappsBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	const server = String(credentials.serverUrl ?? '').replace(/\/+$/, '');
	const apiPath = String(credentials.apiPath ?? '').replace(/\/+$/, '');
	return `${server}${apiPath}`;
}

export class EnappsApi implements ICredentialType {
	name = 'enappsApi';

	displayName = 'Enapps ERP API';

	icon = { light: 'file:../icons/enapps.svg', dark: 'file:../icons/enapps.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-salesops/n8n-nodes-salesops/blob/main/docs/enapps.md';

	properties: INodeProperties[] = [
		{
			displayName: 'Server URL',
			name: 'serverUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. https://company.erp.zone:4095',
			hint: 'Port 4095 is the live system, 5095 the development copy that is rebuilt every weekend',
		},
		{
			displayName: 'API Path',
			name: 'apiPath',
			type: 'string',
			default: '/api/v1',
			description: 'Path of the API on the server; change it only if Enapps gave you another one',
		},
		{
			displayName: 'Authentication',
			name: 'authType',
			type: 'options',
			options: [
				{ name: 'Access Token', value: 'accessToken', description: 'A token issued by Enapps that does not expire' },
				{ name: 'Login and Password', value: 'login', description: 'Exchanged for a token that lasts 24 hours' },
			],
			default: 'login',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authType: ['accessToken'] } },
		},
		{
			displayName: 'Login',
			name: 'login',
			type: 'string',
			default: '',
			displayOptions: { show: { authType: ['login'] } },
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authType: ['login'] } },
		},
		{
			displayName: 'Secret Key',
			name: 'secretKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'The bearer secret key Enapps issued for your company; the login call needs it',
			displayOptions: { show: { authType: ['login'] } },
		},
		{
			displayName: 'Session Token',
			name: 'sessionToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	/** Logs in when n8n has no token yet or the last one was rejected; n8n stores the result. */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		if (credentials.authType === 'accessToken') {
			return { sessionToken: String(credentials.accessToken ?? '') };
		}
		let response: unknown;
		try {
			response = await this.helpers.httpRequest({
				method: 'POST',
				baseURL: enappsBaseUrl(credentials),
				url: '/auth',
				headers: { Authorization: `Bearer ${String(credentials.secretKey ?? '')}` },
				body: { login: credentials.login, password: credentials.password },
				json: true,
			});
		} catch (error) {
			const status = (error as { response?: { status?: number } }).response?.status;
			const body = (error as { response?: { data?: IDataObject } }).response?.data;
			const vendorMessage = body && typeof body === 'object' ? (body.message ?? body.error ?? body.detail) : undefined;
			throw new Error(
				`Enapps login failed${status ? ` (HTTP ${status})` : ''}: ${vendorMessage ? String(vendorMessage) : 'check the login, password and secret key'}`,
			);
		}
		const token = findToken(response);
		if (!token) {
			const keys = response && typeof response === 'object' ? Object.keys(response).join(', ') : typeof response;
			throw new Error(`Enapps login answered without a token (response keys: ${keys})`);
		}
		return { sessionToken: token };
	}

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization:
					'={{"Bearer " + ($credentials.authType === "accessToken" ? $credentials.accessToken : $credentials.sessionToken)}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.serverUrl.replace(/\\/+$/, "") + ($credentials.apiPath || "").replace(/\\/+$/, "")}}',
			url: '/additional_fields',
		},
	};
}
