import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, IExecutePaginationFunctions, INode, JsonObject } from 'n8n-workflow';

import type { RequestLoop } from './catalog';

const MESSAGE_KEYS = ['message', 'Message', 'error_message', 'errorMessage', 'msg', 'detail', 'error_description', 'description', 'error', 'errors', 'title'];

/** The vendor's own words from an error body, wherever the vendor put them. */
export function vendorMessage(body: unknown, depth = 0): string | undefined {
	if (body === undefined || body === null || depth > 3) return undefined;
	if (typeof body === 'string') {
		const trimmed = body.trim();
		if (!trimmed) return undefined;
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

interface HttpFailure {
	status?: number;
	body?: unknown;
}

/** Status and body of a failed call, as n8n's request helpers report it (axios-style or request-style). */
function httpFailure(error: unknown): HttpFailure | undefined {
	const candidate = error as {
		cause?: { response?: { status?: number; data?: unknown; body?: unknown }; status?: number };
		response?: { status?: number; data?: unknown };
		httpCode?: string | null;
		context?: { data?: unknown };
	};
	const response = candidate.cause?.response ?? candidate.response;
	if (response && typeof response.status === 'number') {
		return { status: response.status, body: response.data ?? (response as { body?: unknown }).body ?? candidate.context?.data };
	}
	// n8n 1.x hands over its own NodeApiError without the cause: status and body are on the error itself.
	const status = Number(candidate.httpCode);
	if (Number.isInteger(status) && status >= 400 && candidate.context && 'data' in candidate.context) {
		return { status, body: candidate.context.data };
	}
	return undefined;
}

/**
 * Wraps a request loop so an HTTP failure reaches the user as a NodeApiError carrying the vendor's
 * own message and the HTTP status, built from the response body only (never from the request,
 * which holds the credentials). Errors without an HTTP response pass through unchanged.
 */
export function withVendorErrors(vendor: string, loop: RequestLoop): RequestLoop {
	return async function (this: IExecutePaginationFunctions, requestData) {
		try {
			return await loop.call(this, requestData);
		} catch (error) {
			throw vendorError(this.getNode(), vendor, error, this.getItemIndex());
		}
	};
}

/**
 * The error a failed call reaches the user as: a NodeApiError with the vendor's own message and the
 * HTTP status, built from the response body only. Used by operations and by record pickers alike.
 */
export function vendorError(node: INode, vendor: string, error: unknown, itemIndex?: number): NodeApiError {
	const failure = httpFailure(error);
	if (!failure) {
		// Already explained (e.g. by a vendor check of the response body): keep its words.
		const known = error as Error & { description?: string };
		return new NodeApiError(node, error as JsonObject, { message: known.message, description: known.description, itemIndex });
	}
	const message = vendorMessage(failure.body) ?? (error as Error).message;
	const body = failure.body && typeof failure.body === 'object' && !Buffer.isBuffer(failure.body) ? (failure.body as JsonObject) : { message };
	return new NodeApiError(node, body, {
		message: `${vendor} answered HTTP ${failure.status}: ${message}`,
		description: describeStatus(failure.status),
		httpCode: String(failure.status),
		itemIndex,
	});
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
			return 'Too many requests. Space the calls out with the Batching option under Request Options.';
		default:
			return status !== undefined && status >= 500
				? 'The service could not handle the request. Try again later; if it persists, contact the vendor.'
				: 'The API refused the request.';
	}
}

/** The plain one-call loop, so every operation goes through the same error mapping. */
export async function singleRequest(this: IExecutePaginationFunctions, requestData: Parameters<RequestLoop>[0]) {
	return await this.makeRoutingRequest(requestData);
}
