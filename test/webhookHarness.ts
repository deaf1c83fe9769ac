/**
 * Runs our webhook triggers the way n8n's server does: activation and deactivation call the node's
 * `webhookMethods` through n8n-core's own `HookContext` (checkExists, then create when it answers
 * false; delete), and each delivery calls `webhook()` through n8n-core's `WebhookContext` over a real
 * `Workflow`, with a request carrying the raw body as n8n's body parser leaves it. The outcome is
 * what n8n would do with the answer: start an execution with `workflowData`, or not.
 * Works on n8n-core 1.x and 2.x: both export these contexts with the same constructor arguments.
 */
import { HookContext, WebhookContext } from 'n8n-core';
import { Workflow } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeParameters,
	IWebhookData,
	IWebhookDescription,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';

import { nodeTypes, PACKAGE, serverServices, TestCredentialsHelper } from './harness';

export const WEBHOOK_BASE = 'https://n8n.example.com/webhook';
export const WEBHOOK_TEST_BASE = 'https://n8n.example.com/webhook-test';
const WEBHOOK_ID = '4f1c2a57-hook';
const NODE_NAME = 'Instant Trigger Under Test';

export interface Delivery {
	headers: Record<string, string>;
	/** The bytes as sent; the parsed body is JSON.parse of them. */
	rawBody: string;
}

export interface DeliveryOutcome {
	/** The HTTP status the sender of the delivery gets. */
	status: number;
	/** What the node answered itself (a refusal), if anything. */
	answer?: unknown;
	/** Whether n8n would start an execution, and with which items. */
	started: boolean;
	items: IDataObject[];
	response: IWebhookResponseData;
}

export interface WebhookSessionOptions {
	/** Trigger node name without the package prefix, e.g. `repzoInstantTrigger`. */
	node: string;
	parameters: INodeParameters;
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** "Listen for test event" (test URL, manual mode) instead of an active workflow. */
	test?: boolean;
}

/** One workflow with one webhook trigger: activate it, send it deliveries, deactivate it. */
export class WebhookSession {
	readonly helper = new TestCredentialsHelper();

	private workflow: Workflow;

	private readonly node: INode;

	constructor(private readonly options: WebhookSessionOptions) {
		const credentials: Record<string, { id: string; name: string }> = {};
		for (const [type, data] of Object.entries(options.credentials ?? {})) {
			this.helper.stored[type] = { ...data };
			credentials[type] = { id: `cred-${type}`, name: type };
		}
		this.node = {
			id: 'instant-trigger',
			name: NODE_NAME,
			type: `${PACKAGE}.${options.node}`,
			typeVersion: 1,
			position: [0, 0],
			parameters: options.parameters,
			credentials,
			webhookId: WEBHOOK_ID,
		};
		this.workflow = this.createWorkflow({});
	}

	private createWorkflow(staticData: IDataObject): Workflow {
		return new Workflow({
			id: 'wf-instant',
			name: 'Orders to ERP',
			nodes: [{ ...this.node, parameters: { ...this.node.parameters } }],
			connections: {},
			nodeTypes,
			active: !this.options.test,
			staticData,
		});
	}

	private get mode(): WorkflowExecuteMode {
		return this.options.test ? 'manual' : 'webhook';
	}

	private additionalData(extra: Partial<IWorkflowExecuteAdditionalData> = {}): IWorkflowExecuteAdditionalData {
		return serverServices<IWorkflowExecuteAdditionalData>({
			credentialsHelper: this.helper,
			currentNodeParameters: undefined,
			executionId: undefined,
			parentExecution: undefined,
			ssrfBridge: undefined,
			webhookBaseUrl: WEBHOOK_BASE,
			webhookTestBaseUrl: WEBHOOK_TEST_BASE,
			httpRequest: undefined,
			httpResponse: undefined,
			...extra,
		} as Partial<IWorkflowExecuteAdditionalData>);
	}

	private webhookData(additionalData: IWorkflowExecuteAdditionalData): IWebhookData {
		const description = nodeTypes.getByNameAndVersion(this.node.type, 1).description.webhooks![0] as IWebhookDescription;
		return {
			httpMethod: 'POST',
			node: NODE_NAME,
			path: `${WEBHOOK_ID}/${String(description.path)}`,
			webhookDescription: description,
			workflowId: 'wf-instant',
			workflowExecuteAdditionalData: additionalData,
			webhookId: WEBHOOK_ID,
			isTest: this.options.test === true,
		};
	}

	/** The URL n8n shows on the node (production, or test when listening for a test event). */
	get url(): string {
		return `${this.options.test ? WEBHOOK_TEST_BASE : WEBHOOK_BASE}/${WEBHOOK_ID}/webhook`;
	}

	/** The node's static data as n8n keeps it. */
	get state(): IDataObject {
		return this.workflow.getStaticData('node', this.workflow.getNode(NODE_NAME)!);
	}

	private async hook(method: 'checkExists' | 'create' | 'delete'): Promise<boolean> {
		const node = this.workflow.getNode(NODE_NAME)!;
		const additionalData = this.additionalData();
		const context = new HookContext(this.workflow, node, additionalData, this.mode, this.options.test ? 'manual' : 'activate', this.webhookData(additionalData));
		const nodeType = nodeTypes.getByNameAndVersion(node.type, 1);
		const fn = nodeType.webhookMethods?.default?.[method];
		if (!fn) throw new Error(`${node.type} has no webhookMethods.default.${method}`);
		return (await fn.call(context)) as boolean;
	}

	async checkExists(): Promise<boolean> {
		return await this.hook('checkExists');
	}

	/** Activation as n8n's webhook service does it: create only when checkExists says no. */
	async activate(): Promise<{ existed: boolean }> {
		const existed = await this.hook('checkExists');
		if (!existed) await this.hook('create');
		return { existed };
	}

	async deactivate(): Promise<boolean> {
		return await this.hook('delete');
	}

	/** n8n stores static data as JSON and loads it back (e.g. after a restart). */
	reload(): void {
		this.workflow = this.createWorkflow(JSON.parse(JSON.stringify(this.workflow.staticData)) as IDataObject);
	}

	/** The workflow's static data as n8n would have saved it now. */
	saved(): IDataObject {
		return JSON.parse(JSON.stringify(this.workflow.staticData)) as IDataObject;
	}

	/** Loads static data saved earlier: what n8n 2.x hands the next delivery, which does not save what a webhook call changed. */
	restore(saved: IDataObject): void {
		this.workflow = this.createWorkflow(JSON.parse(JSON.stringify(saved)) as IDataObject);
	}

	/** One POST to the node's webhook URL. */
	async deliver(delivery: Delivery): Promise<DeliveryOutcome> {
		const headers: Record<string, string> = { 'content-type': 'application/json' };
		for (const [name, value] of Object.entries(delivery.headers)) headers[name.toLowerCase()] = value;
		let parsed: unknown = {};
		try {
			parsed = JSON.parse(delivery.rawBody);
		} catch {
			parsed = {};
		}
		const request = { method: 'POST', url: this.url, headers, body: parsed, rawBody: Buffer.from(delivery.rawBody, 'utf8'), params: {}, query: {} };
		const written: { status?: number; body?: unknown } = {};
		const response = {
			status(code: number) {
				written.status = code;
				return response;
			},
			json(body: unknown) {
				written.body = body;
				return response;
			},
			send(body: unknown) {
				written.body = body;
				return response;
			},
			end() {
				return response;
			},
		};
		const additionalData = this.additionalData({ httpRequest: request, httpResponse: response } as unknown as Partial<IWorkflowExecuteAdditionalData>);
		const node = this.workflow.getNode(NODE_NAME)!;
		const context = new WebhookContext(this.workflow, node, additionalData, this.mode, this.webhookData(additionalData), [], null);
		const nodeType = nodeTypes.getByNameAndVersion(node.type, 1);
		const result = (await nodeType.webhook!.call(context)) as IWebhookResponseData;
		const items = (result.workflowData?.[0] ?? []).map((item) => item.json);
		return {
			// n8n answers 200 ("Workflow was started" or the node's webhookResponse) unless the node answered itself.
			status: result.noWebhookResponse ? (written.status ?? 200) : 200,
			answer: written.body,
			started: result.workflowData !== undefined,
			items,
			response: result,
		};
	}
}
