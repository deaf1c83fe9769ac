import { startSandbox, type SandboxHandle, type SandboxOptions } from '../../sandbox/server';

export interface Answer {
	status: number;
	headers: Headers;
	text: string;
	json: any;
}

/** A sandbox on an ephemeral loopback port, for one test file. */
export async function openSandbox(options: SandboxOptions = {}): Promise<SandboxHandle> {
	return await startSandbox({ port: 0, catalogs: 'source', ...options });
}

export async function call(url: string, init: RequestInit & { json?: unknown } = {}): Promise<Answer> {
	const { json, ...rest } = init;
	const headers = new Headers(rest.headers);
	let body = rest.body;
	if (json !== undefined) {
		headers.set('content-type', 'application/json');
		body = JSON.stringify(json);
	}
	const response = await fetch(url, { ...rest, headers, body });
	const text = await response.text();
	let parsed: unknown;
	try {
		parsed = text ? JSON.parse(text) : undefined;
	} catch {
		parsed = undefined;
	}
	return { status: response.status, headers: response.headers, text, json: parsed };
}
