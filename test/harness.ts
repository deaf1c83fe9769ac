/**
 * Runs our nodes the way n8n runs them: a real `Workflow`, n8n-core's `WorkflowExecute` (which hands
 * declarative nodes to its `RoutingNode`), and a credentials helper that resolves credentials like
 * n8n's server does (defaults applied, generic `authenticate` expressions, `preAuthentication` for
 * expirable tokens). HTTP goes through n8n's own request helpers, so `nock` sees the real requests.
 */
import { DirectoryLoader, ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import {
	ICredentialsHelper,
	isExpression,
	NodeHelpers,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type ICredentials,
	type IDataObject,
	type IExecuteData,
	type IHttpRequestHelper,
	type IHttpRequestOptions,
	type INode,
	type INodeCredentialsDetails,
	type INodeExecutionData,
	type INodeParameters,
	type INodeProperties,
	type INodeType,
	type INodeTypes,
	type IRun,
	type IRunExecutionData,
	type IWorkflowExecuteAdditionalData,
	type WorkflowExecuteMode,
} from 'n8n-workflow';

import nock from 'nock';
import { readdirSync } from 'fs';
import { join } from 'path';

export const PACKAGE = 'n8n-nodes-salesops';

/** Every node and credential of the package, found on disk so a new vendor needs no harness change. */
function loadClasses<T>(dir: string, suffix: string): Array<new () => T> {
	const found: Array<new () => T> = [];
	const walk = (path: string) => {
		for (const entry of readdirSync(path, { withFileTypes: true })) {
			const full = join(path, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith(suffix)) {
				const mod = require(full) as Record<string, unknown>;
				for (const value of Object.values(mod)) if (typeof value === 'function' && /^class\b/.test(Function.prototype.toString.call(value))) found.push(value as new () => T);
			}
		}
	};
	walk(join(__dirname, '..', dir));
	return found;
}

const nodeClasses: Record<string, new () => INodeType> = {};
for (const Cls of loadClasses<INodeType>('nodes', '.node.ts')) {
	nodeClasses[new Cls().description.name] = Cls;
}

const credentialClasses = loadClasses<ICredentialType>('credentials', '.credentials.ts');

/** n8n's generic OAuth2 credential, which `CirrusOAuth2Api` extends (shipped by n8n itself, not by us). */
const oAuth2Api: ICredentialType = {
	name: 'oAuth2Api',
	displayName: 'OAuth2 API',
	properties: [
		{ displayName: 'Grant Type', name: 'grantType', type: 'hidden', default: 'authorizationCode' },
		{ displayName: 'Access Token URL', name: 'accessTokenUrl', type: 'string', default: '' },
		{ displayName: 'Client ID', name: 'clientId', type: 'string', default: '' },
		{ displayName: 'Client Secret', name: 'clientSecret', type: 'string', default: '' },
		{ displayName: 'Scope', name: 'scope', type: 'string', default: '' },
		{ displayName: 'Authentication', name: 'authentication', type: 'hidden', default: 'header' },
	],
};

export const credentialTypes: Record<string, ICredentialType> = { oAuth2Api };
for (const Cls of credentialClasses) {
	const instance = new Cls();
	credentialTypes[instance.name] = instance;
}

export const nodeTypes: INodeTypes = {
	getByName(type: string) {
		return nodeInstance(type);
	},
	getByNameAndVersion(type: string, version?: number) {
		return NodeHelpers.getVersionedNodeType(nodeInstance(type), version);
	},
	getKnownTypes() {
		return {};
	},
} as INodeTypes;

const nodeInstances = new Map<string, INodeType>();
function nodeInstance(type: string): INodeType {
	const name = type.replace(`${PACKAGE}.`, '');
	if (!nodeInstances.has(name)) {
		const Cls = nodeClasses[name];
		if (!Cls) throw new Error(`Unknown node type ${type}`);
		const instance = new Cls();
		// As n8n's loader: declarative nodes get the "Request Options" collection (proxy, timeout, SSL, batching).
		DirectoryLoader.applyDeclarativeNodeOptionParameters(instance);
		nodeInstances.set(name, instance);
	}
	return nodeInstances.get(name)!;
}

/** Makes a node type that is not in the package runnable by `runNode` (benchmarks compare against such anchors). */
export function addNodeType(instance: INodeType): void {
	nodeInstances.set(instance.description.name, instance);
}

function parentTypes(typeName: string): string[] {
	const parents = credentialTypes[typeName]?.extends ?? [];
	return parents.flatMap((parent) => [parent, ...parentTypes(parent)]);
}

function credentialProperties(typeName: string): INodeProperties[] {
	const type = credentialTypes[typeName];
	const inherited = (type.extends ?? []).flatMap((parent) => credentialProperties(parent));
	const combined = [...inherited];
	NodeHelpers.mergeNodeProperties(combined, type.properties);
	return combined;
}

/** Stored credentials, the way n8n's database would keep them (updates from pre-authentication land here). */
export class TestCredentialsHelper extends ICredentialsHelper {
	stored: Record<string, ICredentialDataDecryptedObject> = {};

	updates: Array<{ type: string; data: ICredentialDataDecryptedObject }> = [];

	preAuthenticationCalls = 0;

	getParentTypes(name: string): string[] {
		return parentTypes(name);
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
		workflow: Workflow,
		node: INode,
	): Promise<IHttpRequestOptions> {
		const type = credentialTypes[typeName];
		const authenticate = type.authenticate;
		if (typeof authenticate === 'function') return await authenticate(credentials, requestOptions);
		if (authenticate && authenticate.type === 'generic') {
			const resolve = (value: unknown) =>
				isExpression(value)
					? String(
							workflow.expression.getSimpleParameterValue(node, value as string, 'internal', { $credentials: credentials }, undefined, '') ?? '',
						)
					: value;
			for (const [outerKey, values] of Object.entries(authenticate.properties)) {
				const target = ((requestOptions as unknown as IDataObject)[outerKey] ?? {}) as IDataObject;
				for (const [key, value] of Object.entries(values as IDataObject)) {
					target[resolve(key) as string] = resolve(value) as string;
				}
				(requestOptions as unknown as IDataObject)[outerKey] = target;
			}
		}
		return requestOptions;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = credentialTypes[typeName];
		const expirable = type.properties.find((property) => property.type === 'hidden' && property.typeOptions?.expirable === true);
		if (!expirable || typeof type.preAuthentication !== 'function') return undefined;
		if (credentials[expirable.name] !== '' && credentials[expirable.name] !== undefined && !credentialsExpired) return undefined;
		this.preAuthenticationCalls += 1;
		const output = (await type.preAuthentication.call(helpers, credentials)) as ICredentialDataDecryptedObject;
		if (output[expirable.name] === undefined) return undefined;
		const merged: ICredentialDataDecryptedObject = Object.assign(credentials, output);
		this.stored[typeName] = { ...this.stored[typeName], ...output };
		this.updates.push({ type: typeName, data: output });
		void node;
		return merged;
	}

	async runPreAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used by declarative nodes');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const raw = this.stored[type];
		if (!raw) throw new Error(`No test credentials of type ${type}`);
		const withDefaults = NodeHelpers.getNodeParameters(credentialProperties(type), raw as INodeParameters, true, false, null, null);
		const data = { ...(withDefaults as ICredentialDataDecryptedObject) };
		if (raw.oauthTokenData !== undefined) data.oauthTokenData = raw.oauthTokenData;
		return data;
	}

	async updateCredentials(_details: INodeCredentialsDetails, type: string, data: ICredentialDataDecryptedObject): Promise<void> {
		this.stored[type] = { ...data };
	}

	async updateCredentialsOauthTokenData(_details: INodeCredentialsDetails, type: string, data: ICredentialDataDecryptedObject): Promise<void> {
		this.stored[type] = { ...this.stored[type], oauthTokenData: data.oauthTokenData };
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	getCredentialsProperties(type: string) {
		return credentialProperties(type);
	}
}

export interface RunOptions {
	/** Node name without the package prefix: `enapps`, `cirrus`, ... */
	node: string;
	parameters: INodeParameters;
	/** Credentials by type name, as the user saved them. */
	credentials: Record<string, ICredentialDataDecryptedObject>;
	/** Input items (default: one empty item). */
	input?: IDataObject[];
	/** Whole input items, e.g. with binary data; used instead of `input` when given. */
	inputItems?: INodeExecutionData[];
	continueOnFail?: boolean;
	helper?: TestCredentialsHelper;
	mode?: WorkflowExecuteMode;
	/** n8n's node settings "Retry On Fail" (waits 1 s between tries unless `waitBetweenTries` is set). */
	retry?: Pick<INode, 'retryOnFail' | 'maxTries' | 'waitBetweenTries'>;
	/** More node settings: Execute Once, Always Output Data, On Error (e.g. the error output). */
	settings?: Pick<INode, 'executeOnce' | 'alwaysOutputData' | 'onError'>;
	/** The workflow's static data (what a trigger keeps between polls). */
	staticData?: IDataObject;
	/** The node version the workflow was saved with (default 1). */
	typeVersion?: number;
}

export interface RunResult {
	items: INodeExecutionData[];
	/** The error that stopped the node, if any. */
	error?: Error & { description?: string; httpCode?: string; context?: IDataObject };
	helper: TestCredentialsHelper;
	run: IRun;
	/** Every output of the node; with On Error "error output" the second one holds the error items. */
	outputs: INodeExecutionData[][];
}

const NODE_NAME = 'Node Under Test';

/**
 * Stands in for the server-side services n8n passes to an execution (database hooks, push, ...):
 * the given members are real, anything else is a no-op function, so the run is what the engine does
 * on its own. Works outside jest too (benchmarks).
 */
export function serverServices<T extends object>(known: Partial<T> = {}): T {
	const noop = () => undefined;
	return new Proxy(known as T, {
		get(target, property) {
			if (property in target) return (target as Record<PropertyKey, unknown>)[property];
			if (property === 'then') return undefined;
			return noop;
		},
	});
}

/** Executes one node of ours with the given parameters, inside a real n8n workflow run. */
export async function runNode(options: RunOptions): Promise<RunResult> {
	const helper = options.helper ?? new TestCredentialsHelper();
	for (const [type, data] of Object.entries(options.credentials)) {
		if (!helper.stored[type]) helper.stored[type] = { ...data };
	}
	const credentialRefs: Record<string, { id: string; name: string }> = {};
	for (const type of Object.keys(options.credentials)) credentialRefs[type] = { id: `cred-${type}`, name: type };

	const node: INode = {
		id: 'node-under-test',
		name: NODE_NAME,
		type: `${PACKAGE}.${options.node}`,
		typeVersion: options.typeVersion ?? 1,
		position: [0, 0],
		parameters: options.parameters,
		credentials: credentialRefs,
		continueOnFail: options.continueOnFail,
		onError: options.continueOnFail ? 'continueRegularOutput' : undefined,
		...options.retry,
		...options.settings,
	};
	const workflow = new Workflow({ id: 'test', nodes: [node], connections: {}, nodeTypes, active: false, staticData: options.staticData });
	const hooks = new ExecutionLifecycleHooks(options.mode ?? 'manual', '1', serverServices());
	let resolveRun: (run: IRun) => void = () => undefined;
	const finished = new Promise<IRun>((resolve) => (resolveRun = resolve));
	hooks.addHandler('workflowExecuteAfter', (run) => resolveRun(run));

	// Optional server features are left off, as on a plain n8n.
	const additionalData = serverServices<IWorkflowExecuteAdditionalData>({
		hooks,
		credentialsHelper: helper,
		currentNodeParameters: undefined,
		evalLlmMockHandler: undefined,
		encryptedRunnerIdentity: undefined,
		executionId: undefined,
		parentExecution: undefined,
		ssrfBridge: undefined,
	} as Partial<IWorkflowExecuteAdditionalData>);

	const input = options.inputItems ?? (options.input ?? [{}]).map((json) => ({ json }));
	const runExecutionData: IRunExecutionData = {
		resultData: { runData: {} },
		executionData: {
			metadata: {},
			contextData: {},
			waitingExecution: {},
			waitingExecutionSource: null,
			nodeExecutionStack: [{ node, data: { main: [input] }, source: null } as IExecuteData],
		},
	} as IRunExecutionData;
	const execution = new WorkflowExecute(additionalData, options.mode ?? 'manual', runExecutionData);
	await execution.processRunExecutionData(workflow);
	const run = await finished;
	const taskData = run.data.resultData.runData[NODE_NAME]?.[0];
	const error = (taskData?.error ?? run.data.resultData.error) as RunResult['error'];
	const outputs = (taskData?.data?.main ?? []).map((output) => output ?? []);
	return { items: outputs[0] ?? [], error, helper, run, outputs };
}

/** Records every request to a host, whatever its method and path: input refused before sending must leave it empty. */
export function recordRequests(base: string, reply: unknown = {}): string[] {
	const seen: string[] = [];
	for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
		nock(base)
			.persist()
			[method](/.*/)
			.query(true)
			.reply(200, (uri: string) => {
				seen.push(`${method.toUpperCase()} ${uri}`);
				return reply as IDataObject;
			});
	}
	return seen;
}
