/**
 * The one way a request leaves our nodes: operations, lists, batch writes, Create or Update lookups,
 * trigger polls, pickers, Custom API Call and file downloads (Repzo's PDFs, sent without the
 * credential) all send through `VendorSender.send`, so each of them gets the node's Request Options
 * (proxy, timeout, Ignore SSL Issues), redirects kept within the credential's origin, waiting and
 * retrying when the vendor is busy, the vendor's refusal checks, and failures that carry the vendor's
 * words and HTTP status with the credential's secrets redacted.
 */
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';
import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestOptions, IN8nHttpFullResponse, INode, JsonObject } from 'n8n-workflow';

import type { VendorConnection } from '../catalog';
import { failureText, httpFailure, networkMessage, VendorFailure } from './failures';
import type { HttpFailure } from './failures';
import { redact, redactText, secretValues } from './redact';
import { decideRedirect, headerValue, isRedirect, originOf, requestUrl } from './redirects';
import { decideRetry, isRetriedStatus, RETRY_OPTIONS, retryPolicy } from './retry';
import type { RetryPolicy } from './retry';

/** What the sender needs of an n8n context: every kind (execute, per item, poll, load options) has it. */
export interface SenderContext {
	getNode(): INode;
	getCredentials(type: string, itemIndex?: number): Promise<ICredentialDataDecryptedObject>;
	helpers: {
		httpRequestWithAuthentication(this: unknown, credentialsType: string, requestOptions: IHttpRequestOptions): Promise<unknown>;
		httpRequest(this: unknown, requestOptions: IHttpRequestOptions): Promise<unknown>;
	};
}

/** Reads a node parameter as the calling context sees it (one item's value, or the editor's current one); undefined when unset. */
export type ParameterReader = (name: string) => unknown;

/** What one call expects of the answer. */
export interface AnswerRules {
	/** A list or record is expected: an empty or non-JSON 2xx body fails (false for writes and Custom API Call). */
	expectsRecords: boolean;
	/**
	 * Sent without the credential, to an address the vendor handed out on another host (a file link):
	 * redirects are then followed to any host, as nothing secret travels with the request.
	 */
	withoutCredential?: boolean;
}

/** RoutingNode's timeout when the node's Request Options set none. */
const DEFAULT_TIMEOUT_MS = 300_000;

/** Marks errors the sender already explained (words, status, redaction), so no later step words them again. */
const EXPLAINED = Symbol.for('n8n-nodes-salesops.explained');

export function isExplained(error: unknown): boolean {
	return typeof error === 'object' && error !== null && (error as { [EXPLAINED]?: boolean })[EXPLAINED] === true;
}

function markExplained<T extends object>(error: T): T {
	Object.defineProperty(error, EXPLAINED, { value: true, enumerable: false });
	return error;
}

/** The credential the node's settings select, by the credentials' display rules (e.g. an Authentication switch). */
export function credentialTypeFor(connection: VendorConnection, read: ParameterReader): string {
	const shown = connection.credentials.find((credential) =>
		Object.entries(credential.displayOptions?.show ?? {}).every(([name, values]) => ((values ?? []) as unknown[]).includes(read(name))),
	);
	return (shown ?? connection.credentials[0]).name;
}

/** The node's request defaults as n8n's routing reads them (the base URL is the connection's, added per call). */
export function requestDefaultsOf(connection: VendorConnection): { headers: Record<string, string>; json: true; arrayFormat?: VendorConnection['arrayFormat'] } {
	return connection.arrayFormat ? { headers: { ...connection.headers }, json: true, arrayFormat: connection.arrayFormat } : { headers: { ...connection.headers }, json: true };
}

/**
 * The node's "Request Options" (the collection n8n adds to declarative nodes), applied as n8n's
 * RoutingNode applies them: proxy, Ignore SSL Issues, timeout. Batching is per item: the callers that
 * loop over items wait between batches.
 */
export function applyRequestOptions(options: IHttpRequestOptions, read: ParameterReader, node: INode, itemIndex: number | undefined): void {
	const settings = (read('requestOptions') ?? {}) as IDataObject;
	const proxy = typeof settings.proxy === 'string' ? settings.proxy.trim() : '';
	if (proxy) {
		let parsed: URL | undefined;
		try {
			parsed = new URL(/^[a-z][a-z\d+\-.]*:\/\//i.test(proxy) ? proxy : `http://${proxy}`);
		} catch {
			parsed = undefined;
		}
		if (!parsed || !parsed.hostname || !parsed.port) {
			throw new NodeOperationError(node, 'The proxy is not valid', {
				itemIndex,
				description: `'Proxy' under Request Options needs a host and a port, e.g. http://proxy.example.com:3128 (it is '${proxy}')`,
			});
		}
		options.proxy = { host: parsed.hostname, port: Number(parsed.port), protocol: parsed.protocol.replace(/:$/, '') };
		if (parsed.username) options.proxy.auth = { username: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) };
	}
	if (settings.allowUnauthorizedCerts === true) options.skipSslCertificateValidation = true;
	const timeout = Number(settings.timeout);
	options.timeout = Number.isFinite(timeout) && timeout > 0 ? timeout : (options.timeout ?? DEFAULT_TIMEOUT_MS);
}

/** A failed call's status, body and headers from a full response. */
function failureOf(response: IN8nHttpFullResponse): HttpFailure {
	return { status: response.statusCode, body: response.body, headers: response.headers as IDataObject, headersKnown: true, statusText: response.statusMessage };
}

/** Why a 2xx body cannot be used: not JSON (or empty where records are expected), or a refusal inside it. */
function bodyProblem(response: IN8nHttpFullResponse, rules: AnswerRules, connection: VendorConnection, vendorReadsAnswers: boolean): HttpFailure | undefined {
	const seen = failureOf(response);
	const body = response.body as unknown;
	if (typeof body === 'string') {
		const text = body.trim();
		const contentType = headerValue(response.headers as IDataObject, 'content-type') ?? '';
		// A JSON string value arrives parsed (a string); anything else that is still text did not parse.
		const notJson = text ? /^[<{[]/.test(text) || !/json/i.test(contentType) : rules.expectsRecords && response.statusCode !== 204;
		if (notJson) return { ...seen, bodyProblem: 'notJson' };
	} else if ((body === undefined || body === null) && rules.expectsRecords && response.statusCode !== 204) {
		return { ...seen, bodyProblem: 'notJson' };
	}
	// A vendor hook that reads every answer itself (QUINCE's operations) words its own refusals.
	const refusal = vendorReadsAnswers ? undefined : connection.refusal?.(body);
	return refusal ? { ...seen, bodyProblem: 'refusal', refusal } : undefined;
}

/**
 * Sends the requests of one operation run for one item (or of one picker or poll call): one instance
 * per run, so the credential, its secrets and the retry settings are read once.
 */
export class VendorSender {
	readonly credentialType: string;

	private readonly policy: RetryPolicy;

	private credentials?: ICredentialDataDecryptedObject;

	private secrets?: string[];

	constructor(
		private readonly ctx: SenderContext,
		readonly vendor: string,
		readonly connection: VendorConnection,
		private readonly read: ParameterReader,
		private readonly itemIndex?: number,
	) {
		this.credentialType = credentialTypeFor(connection, read);
		this.policy = retryPolicy((read(RETRY_OPTIONS) ?? {}) as IDataObject);
	}

	/** Whether n8n renews this credential's token when a request throws on 401. */
	private get renews(): boolean {
		return /oauth2/i.test(this.credentialType) || (this.connection.renewingCredentials ?? []).includes(this.credentialType);
	}

	async baseUrl(): Promise<string> {
		this.credentials ??= await this.ctx.getCredentials(this.credentialType, this.itemIndex);
		return this.connection.baseUrl(this.credentials);
	}

	/**
	 * One call, with its answer as n8n's full response. A request that already says
	 * `ignoreHttpStatusErrors` (a vendor hook that reads every answer itself) gets HTTP errors and
	 * refusals back, except the ones retried here. Every other failure is thrown, explained.
	 */
	async send(request: IHttpRequestOptions, rules: AnswerRules): Promise<IN8nHttpFullResponse> {
		const vendorReadsErrors = request.ignoreHttpStatusErrors === true;
		let options: IHttpRequestOptions = { ...request, disableFollowRedirect: true, ignoreHttpStatusErrors: true, returnFullResponse: true };
		if (!options.baseURL && !/^[a-z][a-z\d+\-.]*:\/\//i.test(options.url)) options.baseURL = await this.baseUrl();
		applyRequestOptions(options, this.read, this.ctx.getNode(), this.itemIndex);
		const method = String(options.method ?? 'GET').toUpperCase();
		const baseOrigin = originOf(options.baseURL) ?? originOf(requestUrl(options));
		let attempts = 0;
		let waited = 0;
		let hops = 0;
		for (;;) {
			attempts += 1;
			const url = requestUrl(options);
			const fail = async (failure: HttpFailure, note?: string) =>
				await this.explain(new VendorFailure(failure, attempts, note, options.timeout, url), method);
			let response: IN8nHttpFullResponse;
			try {
				response = await this.transmit(options, rules.withoutCredential === true);
			} catch (error) {
				const failure = httpFailure(error, this.vendor);
				if (!failure || failure.explained) throw await this.explain(error, method);
				if (failure.status === undefined) throw await fail(failure);
				// Only a renewal that failed again throws with a status: its headers may be gone (n8n 1.x).
				response = { statusCode: failure.status, statusMessage: failure.statusText, body: failure.body, headers: failure.headers ?? {} } as IN8nHttpFullResponse;
			}
			const status = response.statusCode;
			if (status < 300) {
				const problem = bodyProblem(response, rules, this.connection, vendorReadsErrors);
				if (problem) throw await fail(problem);
				return response;
			}
			const failure = failureOf(response);
			if (isRedirect(status)) {
				const decision = decideRedirect(status, headerValue(failure.headers, 'location'), url, baseOrigin, method, hops, rules.withoutCredential === true);
				if (!('follow' in decision)) throw await fail(failure, decision.refuse);
				hops += 1;
				attempts -= 1;
				options = { ...options, url: decision.follow, baseURL: undefined, qs: {}, method: decision.method as IHttpRequestOptions['method'] };
				if (decision.dropBody) delete options.body;
				continue;
			}
			// A vendor check that reads error bodies itself (QUINCE) gets them, except the ones retried here.
			if (status >= 400 && vendorReadsErrors && !isRetriedStatus(status, method)) return response;
			const retry = decideRetry(this.policy, status, method, failure.headers, attempts, waited);
			if (!('wait' in retry)) throw await fail(failure, retry.stop);
			await sleep(retry.wait * 1000);
			waited += retry.wait;
		}
	}

	/**
	 * Sends with the credential (unless told not to). HTTP errors come back as answers, so their headers
	 * (Retry-After, Location) are read on n8n 1.x too; a 401 for a credential n8n renews is asked once
	 * more in the way that makes n8n renew the token (it renews only when its helper throws).
	 */
	private async transmit(options: IHttpRequestOptions, withoutCredential: boolean): Promise<IN8nHttpFullResponse> {
		const { helpers } = this.ctx;
		if (withoutCredential) return (await helpers.httpRequest.call(this.ctx, options)) as IN8nHttpFullResponse;
		const response = (await helpers.httpRequestWithAuthentication.call(this.ctx, this.credentialType, options)) as IN8nHttpFullResponse;
		if (response.statusCode !== 401 || !this.renews) return response;
		return (await helpers.httpRequestWithAuthentication.call(this.ctx, this.credentialType, { ...options, ignoreHttpStatusErrors: false })) as IN8nHttpFullResponse;
	}

	private async secretsOf(): Promise<string[]> {
		if (this.secrets) return this.secrets;
		const found: string[] = [];
		for (const type of Object.keys(this.ctx.getNode().credentials ?? {})) {
			try {
				found.push(...secretValues(await this.ctx.getCredentials(type, this.itemIndex)));
			} catch {
				// A credential that cannot be read has nothing to redact.
			}
		}
		this.secrets = [...new Set(found)].sort((a, b) => b.length - a.length);
		return this.secrets;
	}

	/** Any failure of a call as a NodeApiError with the vendor's words and status, secrets redacted. */
	async explain(error: unknown, method = 'GET'): Promise<NodeApiError> {
		if (isExplained(error)) return error as NodeApiError;
		const secrets = await this.secretsOf();
		const node = this.ctx.getNode();
		const itemIndex = this.itemIndex;
		let built: NodeApiError;
		const failure = error instanceof VendorFailure ? error : undefined;
		const read = failure ? undefined : httpFailure(error, this.vendor);
		if (failure || (read && !read.explained && read.status !== undefined)) {
			const vendorFailure = failure ?? new VendorFailure(read!, 1);
			const text = failureText(this.vendor, vendorFailure, method);
			const body = vendorFailure.failure.body;
			const data = body && typeof body === 'object' && !Buffer.isBuffer(body) ? (redact(body, secrets) as JsonObject) : { message: redactText(text.message, secrets) };
			built = new NodeApiError(node, data, {
				message: redactText(text.message, secrets),
				description: redactText(text.description, secrets),
				httpCode: text.httpCode,
				itemIndex,
			});
		} else {
			// Already explained (a vendor check of the body, the login, or a network failure): keep its words.
			const known = error as Error & { description?: string; context?: IDataObject; httpCode?: string | null };
			const explained = read?.explained;
			const message = explained ?? known.message;
			const network = read && !explained && read.code ? networkMessage(this.vendor, read, undefined, undefined) : undefined;
			const context = known.context?.data && typeof known.context.data === 'object' ? (known.context.data as JsonObject) : undefined;
			built = new NodeApiError(node, redact(context ?? { message: network?.[0] ?? message }, secrets) as JsonObject, {
				message: redactText(network?.[0] ?? message ?? 'The request failed', secrets),
				description: known.description || network?.[1] ? redactText(String(known.description || network?.[1]), secrets) : undefined,
				httpCode: read?.status ? String(read.status) : typeof known.httpCode === 'string' && /^\d{3}$/.test(known.httpCode) ? known.httpCode : undefined,
				itemIndex,
			});
		}
		return markExplained(built);
	}
}
