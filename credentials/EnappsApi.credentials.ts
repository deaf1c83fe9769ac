import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IN8nHttpFullResponse,
	INodeProperties,
} from 'n8n-workflow';

import { httpFailure, vendorMessage } from '../nodes/shared/request/failures';
import { redactText, secretValues } from '../nodes/shared/request/redact';
import { decideRedirect, headerValue, isRedirect, originOf } from '../nodes/shared/request/redirects';

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

const VENDOR = 'Enapps ERP';

/** How long the result of a login is shared: the items of one run, and n8n's Retry On Fail of the node. */
const LOGIN_SHARED_MS = 60_000;

/** A login failure, in words that reach the user unchanged (status included). */
class LoginError extends Error {
	httpCode: string | null;

	constructor(
		message: string,
		readonly status?: number,
		readonly refused = false,
	) {
		super(message);
		this.httpCode = status ? String(status) : null;
	}
}

interface LoginAttempt {
	at: number;
	token: Promise<string>;
}

/** Logins in progress or just done, by credential (and the token they replace). */
const logins = new Map<string, LoginAttempt>();

function loginKey(credentials: ICredentialDataDecryptedObject): string {
	return JSON.stringify([enappsBaseUrl(credentials), credentials.login, credentials.password, credentials.secretKey, credentials.sessionToken ?? '']);
}

/** One login for all items that need one at the same time; a refusal is remembered instead of retried. */
async function sharedLogin(helper: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<string> {
	const now = Date.now();
	for (const [key, attempt] of logins) if (now - attempt.at > LOGIN_SHARED_MS) logins.delete(key);
	const key = loginKey(credentials);
	const earlier = logins.get(key);
	if (earlier) {
		try {
			return await earlier.token;
		} catch (error) {
			const failure = error as LoginError;
			if (now - earlier.at < 1000) throw failure;
			throw new LoginError(
				`${failure.message} (not tried again: the login was refused ${Math.round((now - earlier.at) / 1000)} s ago, and repeated attempts can lock the account; fix the credential or wait a minute)`,
				failure.status,
				true,
			);
		}
	}
	const attempt: LoginAttempt = { at: now, token: logIn(helper, credentials) };
	logins.set(key, attempt);
	attempt.token.then(
		() => {
			// A first login is shared only while it runs (the items of one run); one that replaced a
			// rejected token is kept a minute, for the items that meet the same rejected token later.
			if (!credentials.sessionToken) logins.delete(key);
		},
		(error: LoginError) => {
			// Only a refusal of the login itself is remembered; a network failure or busy server may be retried.
			if (!error.refused) logins.delete(key);
		},
	);
	return await attempt.token;
}

/** POST /auth, following a redirect only within the server's own origin, so the login never goes elsewhere. */
async function logIn(helper: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<string> {
	const secrets = secretValues(credentials);
	const base = enappsBaseUrl(credentials);
	let url = `${base}/auth`;
	let response: IN8nHttpFullResponse | undefined;
	for (let hops = 0; ; hops++) {
		try {
			response = (await helper.helpers.httpRequest({
				method: 'POST',
				url,
				headers: { Authorization: `Bearer ${String(credentials.secretKey ?? '')}` },
				body: { login: credentials.login, password: credentials.password },
				json: true,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				disableFollowRedirect: true,
			})) as IN8nHttpFullResponse;
		} catch (error) {
			const failure = httpFailure(error);
			const reason = failure?.code ? `${failure.code}${failure.networkText ? ` (${failure.networkText})` : ''}` : (error as Error).message;
			throw new LoginError(redactText(`${VENDOR} could not be reached for the login: ${reason}`, secrets));
		}
		if (!isRedirect(response.statusCode)) break;
		const decision = decideRedirect(response.statusCode, headerValue(response.headers as IDataObject, 'location'), url, originOf(base), 'POST', hops);
		if (!('follow' in decision)) {
			throw new LoginError(
				redactText(`${VENDOR} answered HTTP ${response.statusCode} to the login: it redirected the login ${decision.refuse}; the login, password and secret key were not sent there`, secrets),
				response.statusCode,
				true,
			);
		}
		url = decision.follow;
	}
	const status = response.statusCode;
	if (status >= 400) {
		const said = vendorMessage(response.body) ?? 'check the login, password and secret key';
		throw new LoginError(redactText(`${VENDOR} answered HTTP ${status} to the login: ${said}`, secrets), status, status < 500 && status !== 429);
	}
	const token = findToken(response.body);
	if (!token) {
		const body = response.body;
		const keys = body && typeof body === 'object' ? Object.keys(body).join(', ') : typeof body;
		throw new LoginError(`${VENDOR} answered HTTP ${status} to the login without a token (response keys: ${keys})`, status);
	}
	return token;
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

	/**
	 * Logs in when n8n has no token yet or the last one was rejected; n8n stores the result. The items
	 * of a run share one login, and a refused login is not repeated for a minute (lock-out risk).
	 */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		if (credentials.authType === 'accessToken') {
			return { sessionToken: String(credentials.accessToken ?? '') };
		}
		return { sessionToken: await sharedLogin(this, credentials) };
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
			// A redirect is not followed: the credential must not reach another host.
			disableFollowRedirect: true,
			baseURL: '={{$credentials.serverUrl.replace(/\\/+$/, "") + ($credentials.apiPath || "").replace(/\\/+$/, "")}}',
			url: '/additional_fields',
		},
	};
}
