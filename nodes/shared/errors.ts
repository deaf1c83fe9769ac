import { NodeApiError, sleep } from 'n8n-workflow';
import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';

import type { RequestLoop, VendorHttpOptions } from './catalog';
import { redact, redactText, secretValues } from './redact';
import { decideRedirect, headerValue, hostOf, isRedirect, originOf, requestUrl } from './redirects';
import { decideRetry, isRetriedStatus, RETRY_OPTIONS, retryPolicy } from './retry';
import type { RetryPolicy } from './retry';

const MESSAGE_KEYS = ['message', 'Message', 'error_message', 'errorMessage', 'msg', 'detail', 'error_description', 'description', 'error', 'errors', 'title'];

/** True for a body that is a web page (a proxy's or server's error page) rather than an API answer. */
function isMarkup(text: string): boolean {
	return /^\s*<(!doctype|html|head|body|\?xml|[a-z][\w-]*[\s>])/i.test(text) && /<\/?[a-z][\w-]*[^>]*>/i.test(text);
}

/** A web page in a few words: its title or first heading, without markup. */
export function summarizeMarkup(text: string): string {
	const pick = (pattern: RegExp) => pattern.exec(text)?.[1];
	const raw = pick(/<title[^>]*>([\s\S]*?)<\/title>/i) ?? pick(/<h1[^>]*>([\s\S]*?)<\/h1>/i) ?? text;
	const plain = raw
		.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 120);
	return plain ? `${plain} (a web page, not an answer of the API)` : 'a web page, not an answer of the API';
}

/** The vendor's own words from an error body, wherever the vendor put them. */
export function vendorMessage(body: unknown, depth = 0): string | undefined {
	if (body === undefined || body === null || depth > 3) return undefined;
	if (typeof body === 'string') {
		const trimmed = body.trim();
		if (!trimmed) return undefined;
		if (isMarkup(trimmed)) return summarizeMarkup(trimmed);
		try {
			return vendorMessage(JSON.parse(trimmed), depth + 1) ?? trimmed.slice(0, 500);
		} catch {
			return trimmed.slice(0, 500);
		}
	}
	if (Buffer.isBuffer(body)) return vendorMessage(body.toString('utf8'), depth + 1);
	if (Array.isArray(body)) {
		const parts = body.map((entry) => vendorMessage(entry, depth + 1)).filter(Boolean);
		return parts.length ? parts.join('; ') : undefined;
	}
	if (typeof body === 'object') {
		const record = body as IDataObject;
		for (const key of MESSAGE_KEYS) {
			const found = vendorMessage(record[key], depth + 1);
			if (found) return found;
		}
	}
	if (typeof body === 'number' || typeof body === 'boolean') return String(body);
	return undefined;
}

/** What went wrong with one call, read from whichever shape n8n's request helpers gave it. */
export interface HttpFailure {
	status?: number;
	statusText?: string;
	body?: unknown;
	headers?: IDataObject;
	/** False when n8n passed on only the status (n8n 1.x drops the response from thrown errors). */
	headersKnown?: boolean;
	/** A network failure: ECONNRESET, ENOTFOUND, ECONNREFUSED, ETIMEDOUT, ... */
	code?: string;
	networkText?: string;
	/** A message this package already wrote (e.g. by the Enapps login), kept as it is. */
	explained?: string;
	/** Why the body of a 2xx answer is not usable: not JSON, or a refusal inside it. */
	bodyProblem?: 'notJson' | 'refusal';
	refusal?: string;
}

/** A failure found while reading an answer (status, body) in the node's first post-receive step. */
class ResponseSignal extends Error {
	constructor(readonly failure: HttpFailure) {
		super(`HTTP ${failure.status}`);
	}
}

/** A call that finally failed, with what was tried. Turned into a NodeApiError by `explain`. */
class VendorFailure extends Error {
	constructor(
		readonly failure: HttpFailure,
		readonly attempts: number,
		readonly note?: string,
		readonly timeoutMs?: number,
		readonly url?: string,
	) {
		super(failure.explained ?? `HTTP ${failure.status ?? failure.code}`);
	}
}

const NETWORK_CODES =
	/\b(ECONNABORTED|ETIMEDOUT|ESOCKETTIMEDOUT|ECONNRESET|EPIPE|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|EPROTO|CERT_[A-Z_]+|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|ERR_TLS_CERT_ALTNAME_INVALID)\b/;

/** n8n 1.x replaces a network error's message by one of these, keeping the original only in `messages`. */
const N8N_NETWORK_TEXTS: Array<[RegExp, string]> = [
	[/timed out|timeout of \d+ms exceeded/i, 'ETIMEDOUT'],
	[/refused the connection/i, 'ECONNREFUSED'],
	[/closed unexpectedly|socket hang up/i, 'ECONNRESET'],
	[/incorrect host|getaddrinfo/i, 'ENOTFOUND'],
	[/connection was aborted/i, 'ECONNABORTED'],
];

type ErrorShape = {
	message?: string;
	messages?: string[];
	description?: string;
	code?: string;
	httpCode?: string | number | null;
	statusCode?: number;
	status?: number;
	error?: unknown;
	context?: { data?: unknown };
	cause?: unknown;
	response?: { status?: number; statusCode?: number; data?: unknown; body?: unknown; headers?: IDataObject; statusText?: string; statusMessage?: string };
};

function errorChain(error: unknown): ErrorShape[] {
	const chain: ErrorShape[] = [];
	let current = error as ErrorShape | undefined;
	while (current && typeof current === 'object' && chain.length < 5 && !chain.includes(current)) {
		chain.push(current);
		current = current.cause as ErrorShape | undefined;
	}
	return chain;
}

const ownMessage = (vendor: string) =>
	new RegExp(`^${vendor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (answered|did not answer|could not be reached|closed the connection|redirected|refused)`);

/**
 * Status, headers and body of a failed call, from every shape n8n's helpers produce:
 * axios-style `response` (n8n 2.x keeps it as the error's `cause`), request-style `statusCode`/`error`,
 * and n8n 1.x's NodeApiError, which drops the cause but keeps `httpCode` and `context.data`.
 */
export function httpFailure(error: unknown, vendor?: string): HttpFailure | undefined {
	const chain = errorChain(error);
	if (vendor) {
		const own = ownMessage(vendor);
		for (const link of chain) {
			const text = [link.message, ...(Array.isArray(link.messages) ? link.messages : [])].find((candidate) => typeof candidate === 'string' && own.test(candidate));
			if (text) {
				const status = /HTTP (\d{3})/.exec(text)?.[1] ?? (typeof link.httpCode === 'string' && /^\d{3}$/.test(link.httpCode) ? link.httpCode : undefined);
				return { explained: text, status: status ? Number(status) : undefined };
			}
		}
	}
	for (const link of chain) {
		const response = link.response;
		const status = response?.status ?? response?.statusCode;
		if (response && typeof response === 'object' && typeof status === 'number') {
			return {
				status,
				statusText: response.statusText ?? response.statusMessage,
				body: response.data ?? response.body ?? link.error ?? link.context?.data,
				headers: response.headers,
				headersKnown: response.headers !== undefined,
			};
		}
		if (typeof link.statusCode === 'number' && link.statusCode >= 300) {
			return { status: link.statusCode, body: link.error ?? link.context?.data, headersKnown: false };
		}
	}
	for (const link of chain) {
		const httpCode = link.httpCode === null || link.httpCode === undefined ? '' : String(link.httpCode);
		if (/^[3-5]\d\d$/.test(httpCode)) {
			return { status: Number(httpCode), body: link.context?.data ?? link.description, headersKnown: false };
		}
	}
	const texts = chain.flatMap((link) => [link.code, link.httpCode, link.message, ...(Array.isArray(link.messages) ? link.messages : [])]);
	for (const text of texts) {
		if (typeof text !== 'string') continue;
		const code = NETWORK_CODES.exec(text)?.[1] ?? N8N_NETWORK_TEXTS.find(([pattern]) => pattern.test(text))?.[1];
		if (code) {
			const detail = texts.find((candidate) => typeof candidate === 'string' && candidate !== code && !/^[A-Z_]+$/.test(candidate));
			return { code, networkText: typeof detail === 'string' ? detail : undefined };
		}
	}
	return undefined;
}

function describeStatus(status: number | undefined): string {
	switch (status) {
		case 400:
		case 422:
			return 'The API did not accept the request. Check the values named in the message.';
		case 401:
			return 'The API did not accept the credential. Check it in the credential settings.';
		case 403:
			return 'The credential has no permission for this operation.';
		case 404:
			return 'The record or endpoint was not found. Check the ID, or the path if you use Custom API Call.';
		case 429:
			return 'Too many requests. Raise Max Wait under Retry When Busy, or space the calls out with the Batching option under Request Options.';
		default:
			return status !== undefined && status >= 500
				? 'The service could not handle the request. Try again later; if it persists, contact the vendor.'
				: 'The API refused the request.';
	}
}

const seconds = (ms: number) => (ms >= 10_000 ? Math.round(ms / 1000) : Number((ms / 1000).toFixed(1)));

const WRITE_NOTE = 'The request may have been processed: check in the vendor system before running it again.';

function networkMessage(vendor: string, failure: HttpFailure, timeoutMs: number | undefined, url: string | undefined): [string, string] {
	const host = hostOf(url) || 'the server';
	switch (failure.code) {
		case 'ETIMEDOUT':
		case 'ESOCKETTIMEDOUT':
		case 'ECONNABORTED':
			return [
				`${vendor} did not answer within ${seconds(timeoutMs ?? 300_000)} s`,
				'The server took too long. Try again later, or raise the Timeout under Request Options.',
			];
		case 'ECONNRESET':
		case 'EPIPE':
			return [`${vendor} closed the connection before answering (${host})`, 'The server or a proxy dropped the connection. Try again later.'];
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
			return [`${vendor} could not be reached: the host ${host} was not found`, 'Check the server address in the credential.'];
		case 'ECONNREFUSED':
			return [`${vendor} could not be reached: ${host} refused the connection`, 'Check the server address and port in the credential, and that the server is running.'];
		case 'EHOSTUNREACH':
		case 'ENETUNREACH':
			return [`${vendor} could not be reached: no route to ${host}`, 'Check the network between n8n and the server.'];
		default:
			return [
				`${vendor} could not be reached: ${failure.code}${failure.networkText ? ` (${failure.networkText})` : ''}`,
				'Check the server address in the credential; for certificate errors, check the server certificate.',
			];
	}
}

/** The words for a failed call: "<Vendor> answered HTTP <status>: <vendor message>", and a hint. */
function failureText(vendor: string, failure: VendorFailure, method: string): { message: string; description: string; httpCode?: string } {
	const { failure: what, attempts, note } = failure;
	if (what.explained) return { message: what.explained, description: '', httpCode: what.status ? String(what.status) : undefined };
	const tries = attempts > 1 ? ` (gave up after ${attempts} attempts${note ? `: ${note}` : ''})` : note ? ` (not retried: ${note})` : '';
	const isWrite = method !== 'GET';
	if (what.status === undefined) {
		const [message, description] = networkMessage(vendor, what, failure.timeoutMs, failure.url);
		return { message: `${message}${tries}`, description: isWrite ? `${description} ${WRITE_NOTE}` : description };
	}
	const httpCode = String(what.status);
	if (what.bodyProblem === 'notJson') {
		const text = typeof what.body === 'string' || Buffer.isBuffer(what.body) ? String(what.body).trim() : '';
		const shown = !text ? 'the body is empty' : isMarkup(text) ? summarizeMarkup(text) : text.slice(0, 80);
		return {
			message: `${vendor} answered HTTP ${what.status} with a body that is not JSON: ${shown}`,
			description: `The node expects JSON from the API. Check the base URL in the credential: a web page or proxy may have answered instead of the API.${isWrite ? ` ${WRITE_NOTE}` : ''}`,
			httpCode,
		};
	}
	if (what.bodyProblem === 'refusal') {
		return { message: `${vendor} refused the request: ${what.refusal}`, description: 'Check the values named in the message.', httpCode };
	}
	if (isRedirect(what.status)) {
		return {
			message: `${vendor} answered HTTP ${what.status}: it redirected the request ${note ?? ''}`.trim(),
			description:
				'The node does not follow this redirect, so that the credential is not sent to another address and nothing is sent twice. Check the server address (base URL) in the credential, e.g. https instead of http, or the new address of a moved server.',
			httpCode,
		};
	}
	const said = vendorMessage(what.body) ?? what.statusText ?? 'no reason given';
	return { message: `${vendor} answered HTTP ${what.status}: ${said}${tries}`, description: describeStatus(what.status), httpCode };
}

/** Errors this module built (already explained and redacted). */
const explainedErrors = new WeakSet<object>();

type PostReceiveEntry = DeclarativeRestApiSettings.ResultOptions['postReceive'][number];

const STATE = Symbol('vendorRequestState');

/** One item's calls: how they are sent and checked, and how their failures are explained. */
class VendorRequests {
	readonly policy: RetryPolicy;

	readonly throwsOnStatus: boolean;

	readonly vendorReadsErrors: boolean;

	readonly expectsRecords: boolean;

	readonly method: string;

	private secrets?: string[];

	constructor(
		readonly ctx: IExecutePaginationFunctions,
		readonly vendor: string,
		readonly http: VendorHttpOptions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	) {
		this.policy = retryPolicy(ctx.getNodeParameter(RETRY_OPTIONS, {}) as IDataObject);
		const types = Object.keys(ctx.getNode().credentials ?? {});
		this.throwsOnStatus = types.some((type) => /oauth2/i.test(type) || (http.renewingCredentials ?? []).includes(type));
		this.vendorReadsErrors = requestData.options.ignoreHttpStatusErrors === true;
		this.method = String(requestData.options.method ?? 'GET').toUpperCase();
		let resource = '';
		try {
			resource = String(ctx.getNodeParameter('resource', ''));
		} catch {
			resource = '';
		}
		this.expectsRecords = this.method === 'GET' && resource !== 'customApiCall';
	}

	/** The first post-receive step of every call: refuses redirects, HTTP errors and bodies that are not data. */
	inspect(hadPostReceive: boolean) {
		return async (items: INodeExecutionData[], response: IN8nHttpFullResponse): Promise<INodeExecutionData[]> => {
			const status = response.statusCode;
			const headers = response.headers as IDataObject;
			const seen: HttpFailure = { status, body: response.body, headers, headersKnown: true, statusText: response.statusMessage };
			if (status >= 300) {
				// A vendor check that reads error bodies itself (QUINCE) gets them, except the ones retried here.
				if (status >= 400 && this.vendorReadsErrors && !isRetriedStatus(status, this.method)) return items;
				throw new ResponseSignal(seen);
			}
			const body = response.body as unknown;
			if (typeof body === 'string') {
				const text = body.trim();
				const contentType = headerValue(headers, 'content-type') ?? '';
				// A JSON string value arrives parsed (a string); anything else that is still text did not parse.
				const notJson = text ? /^[<{[]/.test(text) || !/json/i.test(contentType) : this.expectsRecords && status !== 204;
				if (notJson) throw new ResponseSignal({ ...seen, bodyProblem: 'notJson' });
			} else if ((body === undefined || body === null) && this.expectsRecords && status !== 204) {
				throw new ResponseSignal({ ...seen, bodyProblem: 'notJson' });
			}
			const refusal = this.http.refusal?.(body);
			if (refusal) throw new ResponseSignal({ ...seen, bodyProblem: 'refusal', refusal });
			if (hadPostReceive) return items;
			// What n8n does when an operation has no post-receive step of its own.
			return Array.isArray(body) ? body.map((json) => ({ json: json as IDataObject })) : [{ json: body as IDataObject }];
		};
	}

	/** Sends one call: follows redirects within the credential's origin, waits and retries when the vendor is busy. */
	async send(original: IExecutePaginationFunctions['makeRoutingRequest'], requestData: DeclarativeRestApiSettings.ResultOptions) {
		let options = { ...requestData.options, disableFollowRedirect: true };
		if (!this.throwsOnStatus) options.ignoreHttpStatusErrors = true;
		const method = String(options.method ?? 'GET').toUpperCase();
		const baseOrigin = originOf(options.baseURL) ?? originOf(requestUrl(options));
		let attempts = 0;
		let waited = 0;
		let hops = 0;
		for (;;) {
			attempts += 1;
			const outcome = await original.call(this.ctx, { ...requestData, options }).then(
				(items) => ({ items, error: undefined }),
				(error: unknown) => ({ items: undefined, error }),
			);
			if (outcome.items) return outcome.items;
			const error = outcome.error;
			if (explainedErrors.has(error as object)) throw error;
			const failure = error instanceof ResponseSignal ? error.failure : httpFailure(error, this.vendor);
			if (!failure || failure.explained) throw error;
			const timeoutMs = typeof options.timeout === 'number' ? options.timeout : undefined;
			const url = requestUrl(options);
			if (failure.bodyProblem || failure.status === undefined) throw new VendorFailure(failure, attempts, undefined, timeoutMs, url);
			if (isRedirect(failure.status)) {
				const location = headerValue(failure.headers, 'location');
				const decision =
					failure.headersKnown === false
						? { refuse: 'to an address n8n did not pass on; the node follows redirects only within the base URL of the credential' }
						: decideRedirect(failure.status, location, url, baseOrigin, method, hops);
				if ('follow' in decision) {
					hops += 1;
					attempts -= 1;
					options = { ...options, url: decision.follow, qs: {}, method: decision.method as typeof options.method };
					if (decision.dropBody) delete options.body;
					continue;
				}
				throw new VendorFailure(failure, attempts, decision.refuse, timeoutMs, url);
			}
			const retry = decideRetry(this.policy, failure.status, method, failure.headers, attempts, waited);
			if ('wait' in retry) {
				await sleep(retry.wait * 1000);
				waited += retry.wait;
				continue;
			}
			throw new VendorFailure(failure, attempts, retry.stop, timeoutMs, url);
		}
	}

	private async secretsOf(): Promise<string[]> {
		if (this.secrets) return this.secrets;
		const found: string[] = [];
		for (const type of Object.keys(this.ctx.getNode().credentials ?? {})) {
			try {
				found.push(...secretValues(await this.ctx.getCredentials(type)));
			} catch {
				// A credential that cannot be read has nothing to redact.
			}
		}
		this.secrets = [...new Set(found)].sort((a, b) => b.length - a.length);
		return this.secrets;
	}

	/** Any failure of the item's calls as a NodeApiError with the vendor's words and status, secrets redacted. */
	async explain(error: unknown): Promise<NodeApiError> {
		if (explainedErrors.has(error as object)) return error as NodeApiError;
		const secrets = await this.secretsOf();
		const node = this.ctx.getNode();
		const itemIndex = this.ctx.getItemIndex();
		let built: NodeApiError;
		const failure = error instanceof VendorFailure ? error : undefined;
		const read = failure ? undefined : httpFailure(error, this.vendor);
		if (failure || (read && !read.explained && read.status !== undefined)) {
			const vendorFailure = failure ?? new VendorFailure(read!, 1);
			const text = failureText(this.vendor, vendorFailure, this.method);
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
		explainedErrors.add(built);
		return built;
	}
}

/**
 * Wraps a request loop so every call of an item is sent and checked the same way, on n8n 1.x and 2.x:
 * redirects stay within the credential's origin, a busy vendor is waited for, a 2xx body that is not
 * JSON (or a refusal inside it) fails, and every failure reaches the user as a NodeApiError carrying
 * the vendor's own message and the HTTP status, built from the response only (never from the request,
 * which holds the credentials) with the credential's secrets redacted.
 */
export function withVendorErrors(vendor: string, loop: RequestLoop, http: VendorHttpOptions = {}): RequestLoop {
	return async function (this: IExecutePaginationFunctions, requestData) {
		const outer = (this as unknown as { [STATE]?: VendorRequests })[STATE];
		if (outer) {
			// Nested in another wrapper (e.g. a batch inside an operation): its calls are already handled.
			try {
				return await loop.call(this, requestData);
			} catch (error) {
				throw await outer.explain(error);
			}
		}
		const state = new VendorRequests(this, vendor, http, requestData);
		const entry: PostReceiveEntry = { data: { parameterValue: undefined }, actions: [state.inspect(requestData.postReceive.length > 0)] };
		requestData.postReceive.unshift(entry);
		const original = this.makeRoutingRequest;
		const wrapped = Object.create(this, {
			makeRoutingRequest: { value: async (data: DeclarativeRestApiSettings.ResultOptions) => await state.send(original, data) },
			[STATE]: { value: state },
		}) as IExecutePaginationFunctions;
		try {
			return await loop.call(wrapped, requestData);
		} catch (error) {
			throw await state.explain(error);
		} finally {
			const at = requestData.postReceive.indexOf(entry);
			if (at >= 0) requestData.postReceive.splice(at, 1);
		}
	};
}

/**
 * A failed call outside an operation (a record picker's list): the same words as an operation's
 * failure, "<Vendor> answered HTTP <status>: <vendor message>", with the credential's secrets redacted.
 */
export function vendorError(node: INode, vendor: string, error: unknown, credentials?: unknown): NodeApiError {
	const secrets = credentials ? secretValues(credentials) : [];
	const read = httpFailure(error, vendor);
	if (read && !read.explained && (read.status !== undefined || read.code)) {
		const text = failureText(vendor, new VendorFailure(read, 1), 'GET');
		const body = read.body;
		const data = body && typeof body === 'object' && !Buffer.isBuffer(body) ? (redact(body, secrets) as JsonObject) : { message: redactText(text.message, secrets) };
		return new NodeApiError(node, data, { message: redactText(text.message, secrets), description: redactText(text.description, secrets), httpCode: text.httpCode });
	}
	const known = error as Error & { description?: string };
	const message = redactText(read?.explained ?? known.message ?? 'The request failed', secrets);
	return new NodeApiError(node, { message }, { message, description: known.description ? redactText(known.description, secrets) : undefined, httpCode: read?.status ? String(read.status) : undefined });
}

/** The plain one-call loop, so every operation goes through the same error mapping. */
export async function singleRequest(this: IExecutePaginationFunctions, requestData: Parameters<RequestLoop>[0]) {
	return await this.makeRoutingRequest(requestData);
}
