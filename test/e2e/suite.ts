/**
 * What the e2e runner hands each suite, and what a suite hands back. The runner (run.ts) installs
 * every n8n of the matrix, then, per n8n (the n8n side by side, each with its own sandbox), prepares
 * one user folder and runs every suite whose `roles` include that n8n's role. A new suite (triggers, errors, …) is one object with a `run` and one line
 * in run.ts's SUITES list.
 */
import type { SandboxHandle } from '../../sandbox/server';
import type { N8n, N8nRole } from '../../scripts/dev/runtime';
import type { Workspace } from '../../scripts/dev/workspace';
import type { VendorPackage } from '../../scripts/pack/vendors';
import type { ExecutionResult } from './execution';
import type { Scenario, ScenarioContext } from './scenarios';

export interface Outcome {
	name: string;
	ok: boolean;
	seconds: number;
	detail?: string;
}

export interface E2eFlags {
	/** Run only the example with this workflow id (`--only <id>`). */
	only?: string;
	/** Suites asked for by `--suites a,b` (undefined: all). */
	suites?: string[];
	/** Every flag as given, for suites with their own (`--no-editor`, …). */
	raw: Set<string>;
}

export interface N8nContext {
	n8n: N8n;
	role: N8nRole;
	sandbox: SandboxHandle;
	/** The regular-mode user folder: the five vendor packages installed, the sandbox credentials and every example imported. */
	workspace: Workspace;
	/** The five vendor packages run.ts packed once for the whole run (tarballs included). */
	vendorPackages: VendorPackage[];
	flags: E2eFlags;
	/** What each example left in the sandbox in regular mode, by workflow id (queue mode compares). */
	regularState: Map<string, SandboxDigest>;
	log(message: string): void;
}

export interface Suite {
	name: string;
	/** The n8n roles (see N8N_MATRIX) this suite runs on. */
	roles: N8nRole[];
	/** Runs beside the other suites of its n8n, from the start, on a sandbox and a user folder of its own (a suite that mostly waits). */
	apart?: boolean;
	run(context: N8nContext): Promise<Outcome[]>;
}

export function seconds(since: number): number {
	return Math.round((Date.now() - since) / 100) / 10;
}

/** Runs `body`; a thrown error becomes a failed outcome with its message. */
export async function attempt(name: string, body: () => Promise<string | void>): Promise<Outcome> {
	const began = Date.now();
	try {
		const detail = await body();
		return { name, ok: true, seconds: seconds(began), detail: detail || undefined };
	} catch (error) {
		return { name, ok: false, seconds: seconds(began), detail: (error as Error).message };
	}
}

export function scenarioContext(sandbox: SandboxHandle, run: ExecutionResult): ScenarioContext {
	const vendor = (key: string) => {
		const found = sandbox.vendors.get(key);
		if (!found) throw new Error(`The sandbox does not serve ${key}`);
		return found;
	};
	return {
		run,
		sandbox,
		requests: (key, method, path) =>
			sandbox.requests.filter((entry) => entry.vendor === key && (!method || entry.method === method) && (!path || entry.path === path)),
		stats: (key, collection) => vendor(key).collection(collection).stats,
		records: (key, collection) => vendor(key).collection(collection).records,
		items(node) {
			const result = run.nodes[node];
			if (!result) throw new Error(`Node "${node}" did not run`);
			if (result.error) throw new Error(`Node "${node}" failed: ${result.error}`);
			return result.items;
		},
	};
}

/** Resets the sandbox (sessions kept), clears faults and the request log. */
export function resetSandbox(sandbox: SandboxHandle): void {
	for (const vendor of sandbox.vendors.values()) vendor.reset({ keepSessions: true });
	sandbox.faults.clear();
	sandbox.requests.length = 0;
}

/**
 * One scenario from a clean sandbox: `before`, the execution (however the suite starts it), the
 * scenario's checks; returns what the run left in the sandbox.
 */
export async function runScenario(sandbox: SandboxHandle, scenario: Scenario, execute: () => Promise<ExecutionResult>): Promise<SandboxDigest> {
	resetSandbox(sandbox);
	await scenario.before?.(sandbox);
	const run = await execute();
	if (!run.ok) throw new Error(run.error ?? 'the execution failed');
	scenario.check(scenarioContext(sandbox, run));
	return sandboxDigest(sandbox);
}

/**
 * What a run left in the sandbox, comparable across runs: per collection its size and how many
 * records were created, updated and deleted; per vendor call (method, path, status) how many were made.
 */
export interface SandboxDigest {
	collections: Record<string, { count: number; created: number; updated: number; deleted: number }>;
	calls: Record<string, number>;
}

export function sandboxDigest(sandbox: SandboxHandle): SandboxDigest {
	const collections: SandboxDigest['collections'] = {};
	for (const [key, vendor] of sandbox.vendors) {
		for (const collection of vendor.collectionsSnapshot()) {
			const { count, created, updated, deleted } = collection.stats;
			if (!created.length && !updated.length && !deleted.length) continue;
			collections[`${key} ${collection.name}`] = { count, created: created.length, updated: updated.length, deleted: deleted.length };
		}
	}
	const calls: Record<string, number> = {};
	for (const entry of sandbox.requests) {
		const call = `${entry.vendor} ${entry.method} ${entry.path} → ${entry.status}`;
		calls[call] = (calls[call] ?? 0) + 1;
	}
	return { collections: sortKeys(collections), calls: sortKeys(calls) };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
	return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

/** Differences between two digests, one line each ('' when equal). */
export function digestDifference(expected: SandboxDigest, actual: SandboxDigest): string {
	const lines: string[] = [];
	for (const part of ['collections', 'calls'] as const) {
		const keys = new Set([...Object.keys(expected[part]), ...Object.keys(actual[part])]);
		for (const key of [...keys].sort()) {
			const a = JSON.stringify(expected[part][key] ?? null);
			const b = JSON.stringify(actual[part][key] ?? null);
			if (a !== b) lines.push(`${key}: regular ${a}, now ${b}`);
		}
	}
	return lines.join('\n');
}

/** Set E2E_RUN_SUFFIX to give one run its own user folders, so two e2e runs of one n8n version can run side by side. */
export const RUN_SUFFIX = process.env.E2E_RUN_SUFFIX ? `-${process.env.E2E_RUN_SUFFIX}` : '';
