/**
 * Reads the run data of one execution: what `n8n execute --rawOutput` prints, or what the REST API
 * stores (see rest.ts).
 */

export interface NodeRun {
	items: Array<Record<string, unknown>>;
	error?: string;
	/** How long the node ran (n8n's own `executionTime`), in ms. */
	ms?: number;
}

export interface ExecutionResult {
	ok: boolean;
	/** Per node name: the items of its first output in its first run. */
	nodes: Record<string, NodeRun>;
	error?: string;
}

export interface RawRunData {
	data?: {
		resultData?: {
			error?: { message?: string; description?: string };
			runData?: Record<string, Array<{ data?: { main?: Array<Array<{ json: Record<string, unknown> }> | null> }; error?: { message?: string }; executionTime?: number }>>;
		};
	};
}

export function parseExecution(stdout: string, stderr: string, status: number | null): ExecutionResult {
	const start = stdout.search(/^\{$/m);
	if (start < 0) {
		const tail = `${stdout}\n${stderr}`.trim().split('\n').slice(-40).join('\n');
		return { ok: false, nodes: {}, error: `n8n execute printed no run data (exit ${String(status)}):\n${tail}` };
	}
	// The runner sends n8n's log to a file (N8N_LOG_OUTPUT=file), so stdout holds the JSON; should a
	// line follow it, the JSON ends at the last `}` alone on a line.
	const rest = stdout.slice(start).trimEnd();
	let raw: RawRunData;
	try {
		raw = JSON.parse(rest) as RawRunData;
	} catch {
		raw = JSON.parse(rest.slice(0, rest.lastIndexOf('\n}') + 2)) as RawRunData;
	}
	const run = parseRunData(raw);
	return { ...run, ok: status === 0 && run.ok };
}

export function parseRunData(raw: RawRunData): ExecutionResult {
	const nodes: Record<string, NodeRun> = {};
	for (const [name, runs] of Object.entries(raw.data?.resultData?.runData ?? {})) {
		const first = runs[0];
		nodes[name] = {
			items: (first?.data?.main?.[0] ?? []).map((item) => item.json),
			error: first?.error?.message,
			ms: first?.executionTime,
		};
	}
	const error = raw.data?.resultData?.error;
	return { ok: !error, nodes, error: error ? `${error.message ?? ''} ${error.description ?? ''}`.trim() : undefined };
}
