/**
 * Regular mode: every example workflow (minimum role: the first single-vendor example of each
 * vendor) runs with `n8n execute`, then its scenario checks what it left in the sandbox.
 */
import { freePort } from '../../scripts/dev/runtime';
import { parseExecution } from './execution';
import { SCENARIOS, type Scenario } from './scenarios';
import { runScenario, seconds, type N8nContext, type Outcome, type Suite } from './suite';

/** The examples a run covers: all, or on the minimum the first single-vendor example per vendor. */
export function examplesFor(context: N8nContext): Array<{ file: string; id: string; scenario?: Scenario }> {
	const all = context.workspace.examples
		.map((example) => ({ file: example.file, id: example.id, scenario: SCENARIOS.find((candidate) => candidate.workflowId === example.id) }))
		// Trigger examples run activated, in the triggers and instant suites.
		.filter(({ scenario }) => !scenario?.activated && !scenario?.instant);
	if (context.role !== 'minimum') return all;
	const seen = new Set<string>();
	return all.filter(({ scenario }) => {
		if (!scenario || scenario.vendors.length !== 1 || seen.has(scenario.vendors[0])) return false;
		seen.add(scenario.vendors[0]);
		return true;
	});
}

export const examplesSuite: Suite = {
	name: 'examples',
	roles: ['full', 'minimum'],
	async run(context) {
		const { n8n, sandbox, workspace, flags } = context;
		const outcomes: Outcome[] = [];
		const examples = examplesFor(context);
		for (const example of examples) {
			if (flags.only && example.id !== flags.only) continue;
			const { scenario } = example;
			const name = scenario ? `${example.file}: ${scenario.title}` : example.file;
			if (!scenario) {
				outcomes.push({ name, ok: false, seconds: 0, detail: 'no scenario in test/e2e/scenarios.ts checks this example' });
				continue;
			}
			const began = Date.now();
			try {
				const digest = await runScenario(sandbox, scenario, async () => {
					const env = n8n.env(workspace.userFolder, await freePort(), {
						N8N_LOG_LEVEL: 'info',
						N8N_RUNNERS_BROKER_PORT: String(await freePort()),
					});
					const result = await n8n.run(['execute', `--id=${example.id}`, '--rawOutput'], env);
					return parseExecution(result.stdout, result.stderr, result.status);
				});
				context.regularState.set(example.id, digest);
				if (scenario.rerunCreatesNothingIn) {
					// A rerun must find what the first run wrote (Create or Update) and create nothing new.
					const created = () =>
						scenario.rerunCreatesNothingIn!.map(([vendor, collection]) => sandbox.vendors.get(vendor)!.collection(collection).stats.created.length);
					const before = created();
					const env = n8n.env(workspace.userFolder, await freePort(), { N8N_LOG_LEVEL: 'info', N8N_RUNNERS_BROKER_PORT: String(await freePort()) });
					const second = await n8n.run(['execute', `--id=${example.id}`, '--rawOutput'], env);
					const again = parseExecution(second.stdout, second.stderr, second.status);
					if (!again.ok) throw new Error(`second run: ${again.error ?? 'failed'}`);
					created().forEach((count, index) => {
						const [vendor, collection] = scenario.rerunCreatesNothingIn![index];
						if (count !== before[index]) throw new Error(`the second run created ${count - before[index]} ${vendor} ${collection} records; a rerun must create none`);
					});
				}
				outcomes.push({ name, ok: true, seconds: seconds(began) });
			} catch (error) {
				outcomes.push({ name, ok: false, seconds: seconds(began), detail: (error as Error).message });
			}
		}
		if (!flags.only && context.role === 'full') {
			// Every node the build has is run by at least one example: here, or activated in the triggers or instant suite.
			const activated = SCENARIOS.filter((scenario) => (scenario.activated || scenario.instant) && workspace.examples.some((example) => example.id === scenario.workflowId));
			const covered = new Set([...examples.flatMap((example) => example.scenario?.vendors ?? []), ...activated.flatMap((scenario) => scenario.vendors)]);
			for (const type of workspace.nodeTypes) {
				const key = type.split('.')[1];
				if (!covered.has(key)) outcomes.push({ name: `coverage: ${key}`, ok: false, seconds: 0, detail: `the ${key} node is built but no example workflow runs it` });
			}
		}
		return outcomes;
	},
};
