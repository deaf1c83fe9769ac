/** When and how long to wait before asking a busy vendor again ("Retry When Busy"). */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

/**
 * Waiting and retrying when a vendor says it is busy, inside the node's own request loop, so a Return
 * All continues at the page that was refused instead of starting again.
 *
 * What is retried, and why a retry never writes twice:
 * - 429 (Too Many Requests) and 503 (Service Unavailable): the server says it did not process the
 *   request, so every method is retried, writes included.
 * - 502 (Bad Gateway) and 504 (Gateway Timeout): a proxy in front of the API gave up; the API may
 *   still have processed the request, so only reads (GET) are retried, never a write.
 * - Never 401 (n8n renews the credential's token itself) and never any other 4xx or 500.
 */
export const RETRY_OPTIONS = 'retryOptions';

export interface RetryPolicy {
	enabled: boolean;
	maxRetries: number;
	/** Total waiting per request, in seconds. */
	maxWait: number;
	/** First wait when the answer has no Retry-After, in seconds; doubled on every further retry. */
	firstDelay: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { enabled: true, maxRetries: 3, maxWait: 60, firstDelay: 1 };

const ALWAYS_RETRIED = [429, 503];
const RETRIED_FOR_READS = [502, 504];

/** Kept short: it is part of every node's description, which n8n sends to the editor. */
export const retryOptionsProperty: INodeProperties = {
	displayName: 'Retry When Busy',
	name: RETRY_OPTIONS,
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	description: 'Waiting and asking again when the API answers 429 or 503 (reads also 502/504)',
	options: [
		{ displayName: 'Enabled', name: 'enabled', type: 'boolean', default: true, description: 'Whether to wait and retry' },
		{
			displayName: 'First Delay (Seconds)',
			name: 'firstDelay',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 1,
			description: 'Used without Retry-After; doubles each retry',
		},
		{ displayName: 'Max Retries', name: 'maxRetries', type: 'number', typeOptions: { minValue: 0, maxValue: 10 }, default: 3 },
		{ displayName: 'Max Wait (Seconds)', name: 'maxWait', type: 'number', typeOptions: { minValue: 0 }, default: 60, description: 'Per request' },
	],
};

const finite = (value: unknown, fallback: number, min = 0) => {
	const number = Number(value);
	return Number.isFinite(number) && number >= min ? number : fallback;
};

/** The policy the user set under the node's Retry When Busy option. */
export function retryPolicy(options: IDataObject | undefined): RetryPolicy {
	const set = options ?? {};
	return {
		enabled: set.enabled !== false,
		maxRetries: Math.floor(finite(set.maxRetries, DEFAULT_RETRY_POLICY.maxRetries)),
		maxWait: finite(set.maxWait, DEFAULT_RETRY_POLICY.maxWait),
		firstDelay: finite(set.firstDelay, DEFAULT_RETRY_POLICY.firstDelay),
	};
}

/** Seconds a `Retry-After` header asks for (delta seconds or an HTTP date), or undefined. */
export function retryAfterSeconds(headers: IDataObject | undefined, now = Date.now()): number | undefined {
	if (!headers) return undefined;
	const key = Object.keys(headers).find((name) => name.toLowerCase() === 'retry-after');
	const raw = key === undefined ? undefined : headers[key];
	const value = String(Array.isArray(raw) ? raw[0] : (raw ?? '')).trim();
	if (!value) return undefined;
	if (/^\d+(\.\d+)?$/.test(value)) return Number(value);
	const date = Date.parse(value);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, (date - now) / 1000);
}

export function isRetriedStatus(status: number | undefined, method: string | undefined): boolean {
	if (status === undefined) return false;
	if (ALWAYS_RETRIED.includes(status)) return true;
	return RETRIED_FOR_READS.includes(status) && (method ?? 'GET').toUpperCase() === 'GET';
}

export type RetryDecision = { wait: number } | { stop: string | undefined };

/**
 * Whether to send a refused request again, and after how many seconds. `attempts` counts the requests
 * made so far, `waited` the seconds already waited for this request.
 */
export function decideRetry(
	policy: RetryPolicy,
	status: number | undefined,
	method: string | undefined,
	headers: IDataObject | undefined,
	attempts: number,
	waited: number,
): RetryDecision {
	if (!policy.enabled || !isRetriedStatus(status, method)) return { stop: undefined };
	if (attempts > policy.maxRetries) return { stop: undefined };
	const asked = retryAfterSeconds(headers);
	const wait = asked ?? policy.firstDelay * 2 ** (attempts - 1);
	if (waited + wait > policy.maxWait) {
		return {
			stop:
				asked !== undefined
					? `it asked to wait ${Math.ceil(asked)} s (Retry-After), longer than the ${policy.maxWait} s the node waits`
					: `waiting longer than ${policy.maxWait} s`,
		};
	}
	return { wait };
}
