import type { IncomingMessage, ServerResponse } from 'http';

import type { SandboxResponse } from './types';

/** `a=1&a=2&b[]=3` → `{ a: ['1', '2'], b: ['3'] }`; single values stay strings. */
export function parseQuery(search: URLSearchParams): Record<string, string | string[]> {
	const query: Record<string, string | string[]> = {};
	for (const [rawKey, value] of search) {
		const key = rawKey.replace(/\[\]$/, '');
		const existing = query[key];
		if (existing === undefined) query[key] = rawKey.endsWith('[]') ? [value] : value;
		else query[key] = ([] as string[]).concat(existing, value);
	}
	return query;
}

export async function readBody(request: IncomingMessage, limitBytes = 20 * 1024 * 1024): Promise<string> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of request) {
		size += (chunk as Buffer).length;
		if (size > limitBytes) throw new Error('Request body too large');
		chunks.push(chunk as Buffer);
	}
	return Buffer.concat(chunks).toString('utf8');
}

/** Text parts of a multipart/form-data body (files are not needed by any vendor here). */
function parseMultipart(raw: string, boundary: string): Record<string, string | string[]> {
	const fields: Record<string, string | string[]> = {};
	for (const part of raw.split(`--${boundary}`)) {
		const match = /^\r?\n([\s\S]*?)\r?\n\r?\n([\s\S]*?)\r?\n?$/.exec(part);
		if (!match) continue;
		const name = /name="([^"]*)"/i.exec(match[1])?.[1];
		if (!name) continue;
		const key = name.replace(/\[\]$/, '');
		const existing = fields[key];
		fields[key] = existing === undefined ? match[2] : ([] as string[]).concat(existing, match[2]);
	}
	return fields;
}

export class BodyParseError extends Error {}

/** Parses JSON, URL-encoded and multipart bodies; anything else stays text. */
export function parseBody(raw: string, contentType: string | undefined): unknown {
	if (!raw) return undefined;
	const type = (contentType ?? '').toLowerCase();
	if (type.includes('application/x-www-form-urlencoded')) return parseQuery(new URLSearchParams(raw));
	if (type.includes('multipart/form-data')) {
		const boundary = /boundary=("?)([^";]+)\1/i.exec(contentType ?? '')?.[2];
		return boundary ? parseMultipart(raw, boundary) : undefined;
	}
	const trimmed = raw.trim();
	if (type.includes('json') || trimmed.startsWith('{') || trimmed.startsWith('[')) {
		try {
			return JSON.parse(trimmed);
		} catch (error) {
			throw new BodyParseError(`Malformed JSON body: ${(error as Error).message}`);
		}
	}
	return raw;
}

export function send(response: ServerResponse, result: SandboxResponse): void {
	const headers: Record<string, string> = { ...(result.headers ?? {}) };
	let payload: string | Buffer = '';
	if (result.rawText !== undefined) {
		payload = result.rawText;
		headers['content-type'] ??= 'application/json; charset=utf-8';
	} else if (result.body !== undefined && result.status !== 204) {
		payload = JSON.stringify(result.body);
		headers['content-type'] ??= 'application/json; charset=utf-8';
	}
	headers['content-length'] = String(Buffer.byteLength(payload));
	response.writeHead(result.status, headers);
	response.end(payload);
}
