/**
 * Runs our trigger nodes the way an active n8n workflow polls them: n8n-core's own `PollContext`
 * over a real `Workflow` whose static data carries the cursor from one poll to the next, the poll
 * run by n8n-core's `TriggersAndPollers`, and the result handed on as n8n's poll executor does
 * (`__emit` when the poll returns items, `__emitError` when it throws). "Fetch Test Event" runs the
 * node through `WorkflowExecute` in manual mode, which is where n8n-core calls `poll()` for it.
 * Works on n8n-core 1.x and 2.x: the constructor arguments used here are common to both, and the
 * runner is `runPollFunction` (2.x) or `runPoll` (1.x).
 */
import { PollContext } from 'n8n-core';
import { Workflow } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	IPollFunctions,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';

import { nodeTypes, PACKAGE, runNode, serverServices, TestCredentialsHelper } from './harness';
import type { RunResult } from './harness';

type PollRunner = (workflow: Workflow, node: INode, ctx: IPollFunctions) => Promise<INodeExecutionData[][] | null>;

/** n8n-core's own poll runner, under either major's name. */
function corePollRunner(): PollRunner {
	// The module path is the same in both majors, the method name is not.
	const { TriggersAndPollers } = require('n8n-core/dist/execution-engine/triggers-and-pollers') as {
		TriggersAndPollers: new () => Record<string, PollRunner | undefined>;
	};
	const runner = new TriggersAndPollers();
	const run = runner.runPollFunction ?? runner.runPoll;
	if (!run) throw new Error('n8n-core has neither runPollFunction nor runPoll');
	return run.bind(runner);
}

export interface PollOutcome {
	/** Items the poll emitted (one workflow execution's trigger data), empty when it returned null. */
	items: IDataObject[];
	/** Whether n8n would have started an execution. */
	emitted: boolean;
	/** The error n8n would report for the trigger (`__emitError`). */
	error?: Error & { httpCode?: string; description?: string };
}

export interface PollSessionOptions {
	/** Trigger node name without the package prefix, e.g. `enappsTrigger`. */
	node: string;
	parameters: INodeParameters;
	credentials: Record<string, ICredentialDataDecryptedObject>;
	/** The workflow's timezone (default UTC). */
	timezone?: string;
}

const NODE_NAME = 'Trigger Under Test';

/** One activated workflow with one trigger node: poll it again and again, like n8n's schedule does. */
export class PollSession {
	readonly helper = new TestCredentialsHelper();

	private workflow: Workflow;

	private readonly node: INode;

	private readonly runPoll = corePollRunner();

	polls = 0;

	constructor(private readonly options: PollSessionOptions) {
		for (const [type, data] of Object.entries(options.credentials)) this.helper.stored[type] = { ...data };
		const credentials: Record<string, { id: string; name: string }> = {};
		for (const type of Object.keys(options.credentials)) credentials[type] = { id: `cred-${type}`, name: type };
		this.node = {
			id: 'trigger-under-test',
			name: NODE_NAME,
			type: `${PACKAGE}.${options.node}`,
			typeVersion: 1,
			position: [0, 0],
			parameters: options.parameters,
			credentials,
		};
		this.workflow = this.createWorkflow({});
	}

	private createWorkflow(staticData: IDataObject): Workflow {
		return new Workflow({
			id: 'poll-test',
			nodes: [{ ...this.node, parameters: { ...this.node.parameters } }],
			connections: {},
			nodeTypes,
			active: true,
			staticData,
			settings: { timezone: this.options.timezone ?? 'UTC' },
		});
	}

	private additionalData(): IWorkflowExecuteAdditionalData {
		return serverServices<IWorkflowExecuteAdditionalData>({
			credentialsHelper: this.helper,
			currentNodeParameters: undefined,
			executionId: undefined,
			parentExecution: undefined,
			ssrfBridge: undefined,
		} as Partial<IWorkflowExecuteAdditionalData>);
	}

	/** The node's static data as n8n keeps it (the cursor). */
	get state(): IDataObject {
		return this.workflow.getStaticData('node', this.workflow.getNode(NODE_NAME)!);
	}

	/** One scheduled poll: n8n-core's runner, then emit or report the error as its poll executor does. */
	async poll(): Promise<PollOutcome> {
		this.polls += 1;
		const outcome: PollOutcome = { items: [], emitted: false };
		const node = this.workflow.getNode(NODE_NAME)!;
		const context = new PollContext(
			this.workflow,
			node,
			this.additionalData(),
			'trigger',
			'activate',
			(data: INodeExecutionData[][]) => {
				outcome.emitted = true;
				outcome.items = data[0].map((item) => item.json);
			},
			(error: Error) => {
				outcome.error = error;
			},
		);
		try {
			const response = await this.runPoll(this.workflow, node, context);
			if (response !== null) context.__emit(response);
		} catch (error) {
			context.__emitError(error as Error);
		}
		return outcome;
	}

	/**
	 * n8n saves an active workflow's static data and loads it back (e.g. after a restart): the
	 * cursor must survive being stored as JSON.
	 */
	reload(): void {
		const saved = JSON.parse(JSON.stringify(this.workflow.staticData)) as IDataObject;
		this.workflow = this.createWorkflow(saved);
	}

	/** "Fetch Test Event": a manual run through WorkflowExecute, over the same static data. */
	async fetchTestEvent(): Promise<RunResult> {
		return await runNode({
			node: this.options.node,
			parameters: this.node.parameters,
			credentials: this.options.credentials,
			helper: this.helper,
			mode: 'manual',
			staticData: this.workflow.staticData,
		});
	}
}
