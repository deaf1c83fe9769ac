/** Reads a failed call, from whichever shape n8n's request helpers gave it, and words it for people. */
import type { IDataObject } from 'n8n-workflow';

import { hostOf, isRedirect } from './redirects';

const MESSAGE_KEYS = ['message', 'Message', 'error_message', 'errorMessage', 'msg', 'detail', 'error_description', 'description', 'error', 'errors', 'title'];

/** True for a body that is a web page (a proxy's or server's error page) rather than an API answer. */
export function isMarkup(text: string): boolean {
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

/** A call that finally failed, with what was tried. Turned into a NodeApiError by `explain`. */
export class VendorFailure extends Error {
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

export function networkMessage(vendor: string, failure: HttpFailure, timeoutMs: number | undefined, url: string | undefined): [string, string] {
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
export function failureText(vendor: string, failure: VendorFailure, method: string): { message: string; description: string; httpCode?: string } {
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

