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
	// The run data is printed indented: it opens with a `{` alone on a line and closes with the last
	// `}` alone on a line. n8n's log shares stdout and may print a `{` line of its own (an object it
	// logs) before it, or lines after it: try each opening line until one parses.
	const starts = [...stdout.matchAll(/^\{$/gm)].map((match) => match.index ?? 0);
	const ends = [...stdout.matchAll(/^\}$/gm)].map((match) => (match.index ?? 0) + 1).reverse();
	for (const start of starts) {
		for (const end of ends.filter((candidate) => candidate > start)) {
			let raw: RawRunData;
			try {
				raw = JSON.parse(stdout.slice(start, end)) as RawRunData;
			} catch {
				continue;
			}
			if (!raw.data?.resultData) continue; // a logged object, not the run data
			const run = parseRunData(raw);
			return { ...run, ok: status === 0 && run.ok };
		}
	}
	const tail = `${stdout}\n${stderr}`.trim().split('\n').slice(-40).join('\n');
	return { ok: false, nodes: {}, error: `n8n execute printed no run data (exit ${String(status)}):\n${tail}` };
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
