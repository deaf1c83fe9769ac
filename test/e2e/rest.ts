/**
 * n8n's own REST API as the editor uses it (cookie session of the owner): credential tests, node
 * types, executions, community packages. One client for every n8n major; where 1.x and 2.x differ,
 * the difference is handled here.
 */
import { createRequire } from 'module';
import { join } from 'path';

import type { N8n } from '../../scripts/dev/runtime';
import { setUpOwner } from '../../scripts/dev/owner';
import { parseRunData, type ExecutionResult, type RawRunData } from './execution';

export interface RestAnswer {
	status: number;
	text: string;
	json<T = unknown>(): T;
}

export class N8nRest {
	private cookie = '';

	constructor(
		readonly n8n: N8n,
		readonly baseUrl: string,
	) {}

	async request(method: string, path: string, body?: unknown): Promise<RestAnswer> {
		const response = await fetch(`${this.baseUrl}${path}`, {
			method,
			headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const setCookie = response.headers.getSetCookie?.() ?? [];
		const auth = setCookie.map((line) => line.split(';')[0]).find((pair) => pair.startsWith('n8n-auth='));
		if (auth) this.cookie = auth;
		const text = await response.text();
		return {
			status: response.status,
			text,
			json: <T>() => {
				try {
					return JSON.parse(text) as T;
				} catch {
					throw new Error(`${method} ${path} answered ${response.status} with no JSON: ${text.slice(0, 200)}`);
				}
			},
		};
	}

	get = (path: string) => this.request('GET', path);
	post = (path: string, body: unknown) => this.request('POST', path, body);

	/** Sets up the owner on a fresh n8n, or signs in. */
	async signIn(): Promise<void> {
		await setUpOwner(this.baseUrl, async (url, body) => {
			const answer = await this.request('POST', url.slice(this.baseUrl.length), body);
			return { status: answer.status, text: answer.text };
		});
	}

	/** The node and credential type names this n8n loaded (what the editor's node panel offers). */
	async loadedTypes(): Promise<{ nodes: Set<string>; credentials: Set<string> }> {
		const nodes = await this.get('/types/nodes.json');
		const credentials = await this.get('/types/credentials.json');
		if (nodes.status !== 200 || credentials.status !== 200) {
			throw new Error(`GET /types/*.json answered ${nodes.status} / ${credentials.status}`);
		}
		return {
			nodes: new Set(nodes.json<Array<{ name: string }>>().map((type) => type.name)),
			credentials: new Set(credentials.json<Array<{ name: string }>>().map((type) => type.name)),
		};
	}

	/** The credential modal's "Test": `{ status: 'OK' | 'Error', message }`. */
	async testCredential(credential: { id: string; name: string; type: string; data: Record<string, unknown> }): Promise<{ status: string; message: string; http: number }> {
		const answer = await this.post('/rest/credentials/test', { credentials: credential });
		try {
			const parsed = answer.json<{ data?: { status?: string; message?: string } }>();
			return { status: parsed.data?.status ?? 'unknown', message: parsed.data?.message ?? answer.text.slice(0, 300), http: answer.status };
		} catch {
			return { status: 'unknown', message: answer.text.slice(0, 300), http: answer.status };
		}
	}

	/**
	 * Activates (2.x: publishes) a workflow, as the editor's toggle does: 1.x PATCHes `active`, 2.x
	 * POSTs `/activate` with the version to publish.
	 */
	async activate(workflowId: string): Promise<void> {
		const current = await this.get(`/rest/workflows/${workflowId}`);
		if (current.status !== 200) throw new Error(`GET /rest/workflows/${workflowId} answered ${current.status}: ${current.text.slice(0, 300)}`);
		const workflow = current.json<{ data: { versionId: string } }>().data;
		const answer =
			this.n8n.major >= 2
				? await this.post(`/rest/workflows/${workflowId}/activate`, { versionId: workflow.versionId })
				: await this.request('PATCH', `/rest/workflows/${workflowId}`, { active: true, versionId: workflow.versionId });
		if (answer.status !== 200) throw new Error(`activating workflow ${workflowId} answered ${answer.status}: ${answer.text.slice(0, 500)}`);
	}

	/** Deactivates (2.x: unpublishes) a workflow, as the editor's toggle does; its triggers' `delete` runs. */
	async deactivate(workflowId: string): Promise<void> {
		const current = await this.get(`/rest/workflows/${workflowId}`);
		if (current.status !== 200) throw new Error(`GET /rest/workflows/${workflowId} answered ${current.status}: ${current.text.slice(0, 300)}`);
		const workflow = current.json<{ data: { versionId: string } }>().data;
		const answer =
			this.n8n.major >= 2
				? await this.post(`/rest/workflows/${workflowId}/deactivate`, {})
				: await this.request('PATCH', `/rest/workflows/${workflowId}`, { active: false, versionId: workflow.versionId });
		if (answer.status !== 200) throw new Error(`deactivating workflow ${workflowId} answered ${answer.status}: ${answer.text.slice(0, 500)}`);
	}

	/**
	 * POSTs `{}` to the production webhook `path` of a workflow just activated. n8n 2.x publishes
	 * through an outbox (`useWorkflowPublicationService`, on by default), so its webhooks register up
	 * to one outbox poll (15 s) after the activate call has answered: a 404 "is not registered" is retried.
	 */
	async callWebhook(path: string, timeoutMs = 60_000): Promise<{ status: number; text: string }> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const response = await fetch(`${this.baseUrl}/webhook/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
			const text = await response.text();
			if (response.status !== 404 || !text.includes('is not registered') || Date.now() > deadline) return { status: response.status, text };
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
	}

	/** Executions of one workflow, newest first. */
	async executions(workflowId: string): Promise<Array<{ id: string; status: string; mode: string; finished: boolean }>> {
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		const answer = await this.get(`/rest/executions?filter=${filter}&limit=50`);
		if (answer.status !== 200) throw new Error(`GET /rest/executions answered ${answer.status}: ${answer.text.slice(0, 300)}`);
		const body = answer.json<{ data: { results: Array<{ id: string; status: string; mode: string; finished: boolean }> } }>();
		return body.data.results;
	}

	/** Waits until `count` executions of the workflow have ended; returns them newest first. */
	async waitForExecutions(workflowId: string, count: number, timeoutMs = 120_000): Promise<Array<{ id: string; status: string; mode: string }>> {
		const deadline = Date.now() + timeoutMs;
		let last: Array<{ id: string; status: string; mode: string; finished: boolean }> = [];
		while (Date.now() < deadline) {
			last = await this.executions(workflowId);
			const ended = last.filter((execution) => !['new', 'running', 'waiting', 'unknown'].includes(execution.status));
			if (ended.length >= count) return ended;
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		throw new Error(`workflow ${workflowId}: ${count} execution(s) had not ended after ${timeoutMs / 1000} s (${JSON.stringify(last)})`);
	}

	/** One stored execution, read as the execution view shows it. */
	async execution(id: string): Promise<ExecutionResult & { status: string; mode: string }> {
		const answer = await this.get(`/rest/executions/${id}`);
		if (answer.status !== 200) throw new Error(`GET /rest/executions/${id} answered ${answer.status}: ${answer.text.slice(0, 300)}`);
		const detail = answer.json<{ data: { status: string; mode: string; data: string } }>().data;
		// n8n stores run data in the `flatted` format (circular-safe JSON); read it with n8n's own copy.
		const flatted = createRequire(join(this.n8n.dir, 'node_modules', 'n8n', 'package.json'))('flatted') as { parse(text: string): unknown };
		const run = parseRunData({ data: flatted.parse(detail.data) as RawRunData['data'] });
		return { ...run, ok: run.ok && detail.status === 'success', status: detail.status, mode: detail.mode };
	}
}
