/** Reads what `n8n execute --rawOutput` prints: the run data of one execution. */

export interface NodeRun {
	items: Array<Record<string, unknown>>;
	error?: string;
}

export interface ExecutionResult {
	ok: boolean;
	/** Per node name: the items of its first output in its first run. */
	nodes: Record<string, NodeRun>;
	error?: string;
}

interface RawRun {
	data?: {
		resultData?: {
			error?: { message?: string; description?: string };
			runData?: Record<string, Array<{ data?: { main?: Array<Array<{ json: Record<string, unknown> }> | null> }; error?: { message?: string } }>>;
		};
	};
}

export function parseExecution(stdout: string, stderr: string, status: number | null): ExecutionResult {
	const start = stdout.search(/^\{$/m);
	if (start < 0) {
		const tail = `${stdout}\n${stderr}`.trim().split('\n').slice(-40).join('\n');
		return { ok: false, nodes: {}, error: `n8n execute printed no run data (exit ${String(status)}):\n${tail}` };
	}
	const raw = JSON.parse(stdout.slice(start)) as RawRun;
	const nodes: Record<string, NodeRun> = {};
	for (const [name, runs] of Object.entries(raw.data?.resultData?.runData ?? {})) {
		const first = runs[0];
		nodes[name] = {
			items: (first?.data?.main?.[0] ?? []).map((item) => item.json),
			error: first?.error?.message,
		};
	}
	const error = raw.data?.resultData?.error;
	return { ok: status === 0 && !error, nodes, error: error ? `${error.message ?? ''} ${error.description ?? ''}`.trim() : undefined };
}
