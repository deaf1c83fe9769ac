/** The redirect rule: follow a redirect only within the origin of the credential's base URL. */
import type { IDataObject } from 'n8n-workflow';

/**
 * Redirects, handled by the node instead of n8n's HTTP layer (which would send the credential's headers
 * to any host a server redirects to, on n8n 1.x and by default on 2.x). Every request goes out with
 * `disableFollowRedirect` (honoured by n8n 1.x and 2.x alike); a redirect then comes back to the node,
 * which follows it only within the origin (scheme, host and port) of the credential's base URL.
 */
export const MAX_REDIRECTS = 5;

export function originOf(url: string | undefined): string | undefined {
	if (!url) return undefined;
	try {
		return new URL(url).origin;
	} catch {
		return undefined;
	}
}

export function hostOf(url: string | undefined): string {
	try {
		return new URL(url ?? '').host;
	} catch {
		return String(url ?? '');
	}
}

export function isRedirect(status: number | undefined): boolean {
	return status !== undefined && [301, 302, 303, 307, 308].includes(status);
}

/** The request's full URL, the way axios joins `baseURL` and `url`. */
export function requestUrl(options: { baseURL?: string; url?: string }): string {
	const url = options.url ?? '';
	if (/^[a-z][a-z\d+\-.]*:\/\//i.test(url) || !options.baseURL) return url;
	return `${options.baseURL.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
}

export function headerValue(headers: IDataObject | undefined, name: string): string | undefined {
	if (!headers) return undefined;
	const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
	const value = key === undefined ? undefined : headers[key];
	if (value === undefined || value === null) return undefined;
	return String(Array.isArray(value) ? value[0] : value);
}

export type RedirectDecision =
	| { follow: string; method: string; dropBody: boolean }
	| { refuse: string; target?: string };

/**
 * What to do with a redirect: follow it (same origin, or any origin for a request that carries no
 * credential; GET for any redirect, other methods only where the method and body are kept: 307/308),
 * or refuse it with the reason.
 */
export function decideRedirect(
	status: number,
	location: string | undefined,
	currentUrl: string,
	baseOrigin: string | undefined,
	method: string,
	hops: number,
	anyOrigin = false,
): RedirectDecision {
	if (!location) return { refuse: 'without saying where to (no Location header)' };
	let target: string;
	try {
		target = new URL(location, currentUrl).href;
	} catch {
		return { refuse: `to an address that is not valid (${location.slice(0, 100)})` };
	}
	const targetOrigin = originOf(target);
	if (!anyOrigin && (!baseOrigin || targetOrigin !== baseOrigin)) {
		return { refuse: `to ${hostOf(target) || target}, outside the base URL of the credential (${hostOf(baseOrigin)})`, target };
	}
	if (hops >= MAX_REDIRECTS) return { refuse: `more than ${MAX_REDIRECTS} times in a row` };
	const upper = method.toUpperCase();
	if (upper === 'GET') return { follow: target, method: 'GET', dropBody: true };
	if (status === 307 || status === 308) return { follow: target, method: upper, dropBody: false };
	return { refuse: `to ${new URL(target).pathname} with HTTP ${status}, which would turn the ${upper} into a GET; the node does not follow it so that nothing is written twice or lost` };
}
