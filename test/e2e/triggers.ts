/**
 * The trigger examples in a running n8n: every example whose scenario is `activated` (one per vendor
 * trigger, polling every minute, the shortest interval n8n allows) is ACTIVATED, `n8n start` runs,
 * and the sandbox plan of its vendor (test/triggers/sandboxPlan.ts) creates or changes records in two
 * rounds, each after a poll. A scenario with `again` (a trigger feeding a Create or Update) then
 * changes records it already delivered once more, a third round, so the workflow writes them a second
 * time. What the workflows wrote in the sandbox must show that each change started exactly one item
 * (each changed record one target record, however often it changed), that round 1 arrived before
 * round 2 was made (two polls at least), and a further poll repeats nothing.
 */
import type { SandboxHandle } from '../../sandbox/server';
import { DEFAULT_N8N, freePort, log, stopChild, type N8n } from '../../scripts/dev/runtime';
import type { ExampleWorkflow } from '../../scripts/dev/workspace';
import { TRIGGER_PLANS, type TriggerPlan } from '../triggers/sandboxPlan';
import { SCENARIOS, type Scenario, type ScenarioContext } from './scenarios';

export interface TriggerOutcome {
	name: string;
	ok: boolean;
	seconds: number;
	detail?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `done()` holds, checking every second; false on timeout. */
async function waitFor(done: () => boolean, timeoutMs: number): Promise<boolean> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (done()) return true;
		await sleep(1000);
	}
	return done();
}

/** n8n 1.x activates with `update:workflow --active=true`; later CLIs call it `publish:workflow`. */
export async function activate(n8n: N8n, id: string, env: NodeJS.ProcessEnv): Promise<void> {
	const updated = await n8n.run(['update:workflow', `--id=${id}`, '--active=true'], env);
	if (updated.status === 0) return;
	const published = await n8n.run(['publish:workflow', `--id=${id}`], env);
	if (published.status !== 0) throw new Error(`Could not activate ${id}:\n${updated.stderr || updated.stdout}\n${published.stderr || published.stdout}`);
}

function sandboxContext(sandbox: SandboxHandle, changed?: string[], changedAgain?: string[]): ScenarioContext {
	const vendor = (key: string) => sandbox.vendors.get(key)!;
	return {
		run: { ok: true, nodes: {} },
		sandbox,
		requests: (key, method, path) => sandbox.requests.filter((entry) => entry.vendor === key && (!method || entry.method === method) && (!path || entry.path === path)),
		stats: (key, collection) => vendor(key).collection(collection).stats,
		records: (key, collection) => vendor(key).collection(collection).records,
		items: () => {
			throw new Error('an activated workflow is checked by what it wrote, not by run data');
		},
		changed,
		changedAgain,
	};
}

interface Watched {
	scenario: Scenario;
	example: ExampleWorkflow;
	plan: TriggerPlan;
	changed: string[];
	/** Source IDs the `again` round changed once more. */
	changedAgain: string[];
	afterRound1?: number;
}

/**
 * Activates the trigger examples in `n8n start`; the user folder must hold the pack, the sandbox
 * credentials and the imported examples (prepareWorkspace). One outcome per trigger example.
 */
export async function checkTriggers(options: { sandbox: SandboxHandle; userFolder: string; examples: ExampleWorkflow[]; n8n?: N8n }): Promise<TriggerOutcome[]> {
	const { sandbox, userFolder } = options;
	const n8n = options.n8n ?? DEFAULT_N8N;
	const started = Date.now();
	const seconds = () => Math.round((Date.now() - started) / 100) / 10;
	const watched: Watched[] = [];
	for (const scenario of SCENARIOS.filter((candidate) => candidate.activated)) {
		const example = options.examples.find((candidate) => candidate.id === scenario.workflowId);
		const plan = TRIGGER_PLANS.find((candidate) => candidate.vendor === scenario.activated!.plan);
		if (example && plan) watched.push({ scenario, example, plan, changed: [], changedAgain: [] });
	}
	if (watched.length === 0) return [];
	const port = await freePort();
	const env = n8n.env(userFolder, port, { N8N_RUNNERS_BROKER_PORT: String(await freePort()), N8N_LOG_LEVEL: 'info' });
	for (const entry of watched) await activate(n8n, entry.example.id, env);

	for (const vendor of sandbox.vendors.values()) vendor.reset({ keepSessions: true });
	sandbox.faults.clear();
	sandbox.requests.length = 0;
	const polls = (plan: TriggerPlan) =>
		sandbox.requests.filter((entry) => entry.vendor === plan.vendor && entry.method === plan.poll.method && entry.path === plan.poll.path && entry.status === 200).length;
	const delivered = (entry: Watched) => entry.scenario.activated!.delivered(sandboxContext(sandbox));
	const problems = new Map<Watched, string[]>(watched.map((entry) => [entry, []]));

	const server = await n8n.start(env, port);
	log(`${n8n.label}: n8n start ready in ${server.seconds} s with ${watched.length} trigger workflows active; waiting for their first polls`);
	try {
		// Activation runs each trigger's first poll: it remembers where to start and emits nothing.
		if (!(await waitFor(() => watched.every((entry) => polls(entry.plan) > 0), 120_000))) {
			for (const entry of watched) if (polls(entry.plan) === 0) problems.get(entry)!.push(`no poll after activation:\n${server.logs().slice(-2000)}`);
		}
		for (const round of [1, 2]) {
			const before = new Map(watched.map((entry) => [entry, polls(entry.plan)]));
			for (const entry of watched) entry.changed.push(...(await entry.plan.change(sandbox.url, round)));
			log(`${n8n.label}: round ${round}: ${watched.map((entry) => `${entry.plan.vendor} ${entry.changed.join(',')}`).join('; ')}`);
			// A record changed in both rounds is one target record (Create or Update): count records, not changes.
			await waitFor(() => watched.every((entry) => polls(entry.plan) > before.get(entry)! && delivered(entry).length >= new Set(entry.changed).size), 150_000);
			if (round === 1) for (const entry of watched) entry.afterRound1 = delivered(entry).length;
		}
		const rerun = watched.filter((entry) => entry.scenario.activated!.again);
		if (rerun.length) {
			const before = new Map(rerun.map((entry) => [entry, polls(entry.plan)]));
			for (const entry of rerun) {
				entry.changedAgain = await entry.scenario.activated!.again!.change(sandbox.url, [...entry.changed]);
				entry.changed.push(...entry.changedAgain);
			}
			log(`${n8n.label}: round 3, changed again: ${rerun.map((entry) => `${entry.plan.vendor} ${entry.changedAgain.join(',')}`).join('; ')}`);
			const arrived = (entry: Watched) => entry.scenario.activated!.again!.arrived(sandboxContext(sandbox), entry.changedAgain);
			if (!(await waitFor(() => rerun.every((entry) => polls(entry.plan) > before.get(entry)! && arrived(entry)), 150_000))) {
				for (const entry of rerun) if (!arrived(entry)) problems.get(entry)!.push(`the second change of ${entry.changedAgain.join(', ')} did not reach the target within 150 s`);
			}
		}
		// One more poll each: nothing may come twice.
		const settled = new Map(watched.map((entry) => [entry, polls(entry.plan)]));
		await waitFor(() => watched.every((entry) => polls(entry.plan) > settled.get(entry)!), 90_000);
		await sleep(5000);
	} finally {
		await stopChild(server.child);
	}

	return watched.map((entry) => {
		const found = problems.get(entry)!;
		try {
			entry.scenario.check(sandboxContext(sandbox, entry.changed, entry.changedAgain));
		} catch (error) {
			found.push(`${(error as Error).message}: wrote ${JSON.stringify(delivered(entry))} for changes ${JSON.stringify(entry.changed)}`);
		}
		const roundOne = entry.afterRound1 ?? 0;
		if (roundOne === 0 || roundOne >= entry.changed.length) found.push(`round 1 wrote ${roundOne} of ${entry.changed.length} before round 2: the changes did not arrive over two polls`);
		return {
			name: `${entry.example.file}: ${entry.scenario.title} (${polls(entry.plan)} polls)`,
			ok: found.length === 0,
			seconds: seconds(),
			detail: found.join('\n'),
		};
	});
}
