/**
 * Calls a node's `listSearch` / `loadOptions` methods the way the n8n editor's backend does: a real
 * `Workflow` holding the node with its current parameters and credentials, and n8n-core's own
 * `LoadOptionsContext` (n8n-core 1.x before it: `NodeExecuteFunctions.getLoadOptionsFunctions`), so
 * requests go through n8n's request helpers and credential handling and `nock` sees them.
 */
import * as core from 'n8n-core';
import { Workflow } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	ILoadOptionsFunctions,
	INode,
	INodeListSearchResult,
	INodeParameters,
	INodePropertyOptions,
	IWorkflowExecuteAdditionalData,
	ResourceMapperFields,
} from 'n8n-workflow';

import { nodeTypes, PACKAGE, serverServices, TestCredentialsHelper } from '../harness';

export interface PickerCall {
	node: string;
	/** The node's current parameters (resource, operation, …). */
	parameters: INodeParameters;
	credentials: Record<string, ICredentialDataDecryptedObject>;
	helper?: TestCredentialsHelper;
}

type LoadOptionsConstructor = new (workflow: Workflow, node: INode, additionalData: IWorkflowExecuteAdditionalData, path: string) => ILoadOptionsFunctions;

function context(call: PickerCall, path: string): ILoadOptionsFunctions {
	const helper = call.helper ?? new TestCredentialsHelper();
	for (const [type, data] of Object.entries(call.credentials)) if (!helper.stored[type]) helper.stored[type] = { ...data };
	const credentials: INode['credentials'] = {};
	for (const type of Object.keys(call.credentials)) credentials[type] = { id: `cred-${type}`, name: type };
	const node: INode = {
		id: 'node-under-test',
		name: 'Node Under Test',
		type: `${PACKAGE}.${call.node}`,
		typeVersion: 1,
		position: [0, 0],
		parameters: call.parameters,
		credentials,
	};
	const workflow = new Workflow({ id: 'test', nodes: [node], connections: {}, nodeTypes, active: false });
	const additionalData = serverServices<IWorkflowExecuteAdditionalData>({
		credentialsHelper: helper,
		currentNodeParameters: call.parameters,
		executionContext: undefined,
		ssrfBridge: undefined,
	} as Partial<IWorkflowExecuteAdditionalData>);
	const exported = core as unknown as {
		LoadOptionsContext?: LoadOptionsConstructor;
		NodeExecuteFunctions?: { getLoadOptionsFunctions: (w: Workflow, n: INode, p: string, a: IWorkflowExecuteAdditionalData) => ILoadOptionsFunctions };
	};
	if (exported.LoadOptionsContext) return new exported.LoadOptionsContext(workflow, node, additionalData, path);
	if (exported.NodeExecuteFunctions) return exported.NodeExecuteFunctions.getLoadOptionsFunctions(workflow, node, path, additionalData);
	throw new Error('This n8n-core has no load-options context');
}

function methods(node: string) {
	const type = nodeTypes.getByNameAndVersion(`${PACKAGE}.${node}`, 1);
	if (!type.methods) throw new Error(`${node} has no methods`);
	return type.methods;
}

/** One call of a resource locator's search, as the editor makes it when the list opens, is searched or scrolled. */
export async function listSearch(call: PickerCall & { method: string; filter?: string; paginationToken?: string }): Promise<INodeListSearchResult> {
	const method = methods(call.node).listSearch?.[call.method];
	if (!method) throw new Error(`${call.node} has no listSearch method ${call.method}`);
	return await method.call(context(call, 'parameters.x'), call.filter, call.paginationToken);
}

/** One call of a dropdown's options, as the editor makes it when the dropdown opens. */
export async function loadOptions(call: PickerCall & { method: string }): Promise<INodePropertyOptions[]> {
	const method = methods(call.node).loadOptions?.[call.method];
	if (!method) throw new Error(`${call.node} has no loadOptions method ${call.method}`);
	return await method.call(context(call, 'parameters.x'));
}

/** One call of a resource mapper's field list, as the editor makes it when the mapper opens. */
export async function resourceMapping(call: PickerCall & { method: string }): Promise<ResourceMapperFields> {
	const method = methods(call.node).resourceMapping?.[call.method];
	if (!method) throw new Error(`${call.node} has no resourceMapping method ${call.method}`);
	return await method.call(context(call, 'parameters.mappedFields'));
}
