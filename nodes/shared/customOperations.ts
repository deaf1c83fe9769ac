/**
 * Two kinds of operation n8n runs as custom operations (`customOperations`, n8n 1.84 and later)
 * rather than through its RoutingNode, with the same routing the node description carries, so the
 * pre-send steps, request loop, error mapping and post-receive steps are the ones RoutingNode runs:
 *
 * - Batch writes answer for every input item at once (the first item's call sends the records of
 *   all items). Under RoutingNode each other item would still pass through the per-item routing
 *   (every property of the node read and its expressions evaluated, twice on n8n 2.x) only to send
 *   nothing: 1,000 input items cost seconds. Here they run once per node run.
 * - Lists (Get Many): RoutingNode hands each item's records to `Array.prototype.push` as arguments,
 *   which overflows the call stack at about 125,000 records from one item. Here each item's list is
 *   appended record by record, and each record is paired with the input item it came from.
 */
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IDisplayOptions,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	INodeCredentialDescription,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	INodePropertyRouting,
	INodeType,
	INodeTypeDescription,
	JsonObject,
} from 'n8n-workflow';

import type { RequestLoop, VendorCatalog } from './catalog';
import { requestStart, sendRouted } from './routeRequest';

/** Request loops that send for every input item from the first item's call (see `sendRecordsInBatches`). */
export const loopsForAllItems = new WeakSet<RequestLoop>();

/** The node's `requestDefaults.baseURL` as code, from the credential (RoutingNode evaluates the expression). */
export type BaseUrl = (credentials: ICredentialDataDecryptedObject) => string;

type Read = (name: string) => unknown;

/**
 * Whether a display rule made of plain value lists (the only kind our nodes use) shows a property;
 * inside a collection, only rules on top-level parameters (`/resource`).
 */
function shown(rule: IDisplayOptions | undefined, read: Read, nested = false): boolean {
	const matches = (name: string, values: unknown) => {
		if (!Array.isArray(values) || values.some((value) => value !== null && typeof value === 'object') || (nested && !name.startsWith('/'))) {
			throw new Error(`Display rule on '${name}' is not a plain value list of a top-level parameter`);
		}
		return (values as unknown[]).includes(read(name.replace(/^\//, '')));
	};
	for (const [name, values] of Object.entries(rule?.show ?? {})) if (!matches(name, values)) return false;
	for (const [name, values] of Object.entries(rule?.hide ?? {})) if (matches(name, values)) return false;
	return true;
}

/** The credential the node's settings select, by the credentials' display rules (e.g. an Authentication switch). */
function chosenCredential(credentials: INodeCredentialDescription[], read: Read): string {
	return (credentials.find((credential) => shown(credential.displayOptions, read)) ?? credentials[0]).name;
}

/** The execute context as RoutingNode's per-item context for `itemIndex` shows it to the hooks. */
function itemContext(ctx: IExecuteFunctions, itemIndex: number): IExecuteSingleFunctions {
	return Object.create(ctx, {
		getNodeParameter: {
			value: (name: string, fallback?: unknown, options?: IDataObject) => ctx.getNodeParameter(name, itemIndex, fallback as never, options),
		},
		getItemIndex: { value: () => itemIndex },
		getInputData: { value: () => ctx.getInputData()[itemIndex] },
		evaluateExpression: { value: (expression: string, index?: number) => ctx.evaluateExpression(expression, index ?? itemIndex) },
	}) as IExecuteSingleFunctions;
}

/**
 * The routing RoutingNode would gather for one item: the selected operation option's, then that of
 * every other shown property with routing (Simplify, conversions), in the order of the properties.
 */
function gatherRouting(properties: INodeProperties[], option: INodePropertyOptions, read: Read): INodePropertyRouting {
	const preSend = [...(option.routing?.send?.preSend ?? [])];
	const postReceive = [...(option.routing?.output?.postReceive ?? [])];
	const take = (property: INodeProperties) => {
		if (!property.routing) return;
		if (property.routing.request || property.routing.operations || property.routing.send?.property || property.routing.output?.maxResults) {
			throw new Error(`Property '${property.name}': only pre-send and post-receive steps are supported outside RoutingNode`);
		}
		preSend.push(...(property.routing.send?.preSend ?? []));
		postReceive.push(...(property.routing.output?.postReceive ?? []));
	};
	for (const property of properties) {
		const children = property.type === 'collection' ? ((property.options ?? []) as INodeProperties[]).filter((child) => child.routing) : [];
		if (property.name === 'operation' || (!property.routing && children.length === 0) || !shown(property.displayOptions, read)) continue;
		take(property);
		// As RoutingNode: a collection's set options with their own routing (e.g. Cirrus Fields to Return).
		const value = (read(property.name) ?? {}) as IDataObject;
		for (const child of children) if (value[child.name] !== undefined && shown(child.displayOptions, read, true)) take(child);
	}
	return { ...option.routing, send: { ...option.routing?.send, preSend }, output: { ...option.routing?.output, postReceive } };
}

function operationOption(description: INodeTypeDescription, resource: string, operation: string): INodePropertyOptions | undefined {
	for (const property of description.properties) {
		if (property.name !== 'operation' || !(property.displayOptions?.show?.resource ?? []).includes(resource)) continue;
		const option = (property.options as INodePropertyOptions[] | undefined)?.find((candidate) => candidate.value === operation);
		if (option?.routing) return option;
	}
	return undefined;
}

function asNodeError(ctx: IExecuteFunctions, caught: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	const error =
		caught instanceof NodeApiError || caught instanceof NodeOperationError
			? caught
			: new NodeApiError(ctx.getNode(), caught as JsonObject, { itemIndex, message: (caught as Error)?.message });
	const context = ((error as { context?: IDataObject }).context ??= {});
	context.itemIndex = itemIndex;
	return error;
}

/** Sends the operation for one input item, as RoutingNode does. */
async function sendForItem(ctx: IExecuteFunctions, description: INodeTypeDescription, baseUrl: BaseUrl, option: INodePropertyOptions, itemIndex: number) {
	const read: Read = (name) => ctx.getNodeParameter(name, itemIndex, undefined);
	const routing = gatherRouting(description.properties, option, read);
	const credentialType = chosenCredential(description.credentials ?? [], read);
	const credentials = await ctx.getCredentials(credentialType, itemIndex);
	const url = String(routing.request?.url ?? '');
	// requestStart replaces the description's baseURL expression with the credential's base URL.
	const defaults = (description.requestDefaults ?? {}) as IDataObject;
	const options = requestStart(defaults, baseUrl(credentials), routing.request?.method, url.startsWith('=') ? String(ctx.evaluateExpression(url.slice(1), itemIndex)) : url);
	// RoutingNode's timeout when the node has no request options.
	options.timeout = 300_000;
	return await sendRouted({ single: itemContext(ctx, itemIndex), credentialType, options, routing });
}

/** A batch write: once for all input items, as RoutingNode would send it for item 0. */
async function runForAllItems(ctx: IExecuteFunctions, description: INodeTypeDescription, baseUrl: BaseUrl, option: INodePropertyOptions): Promise<INodeExecutionData[]> {
	try {
		return (await sendForItem(ctx, description, baseUrl, option, 0)).items;
	} catch (caught) {
		const error = asNodeError(ctx, caught, 0);
		if (ctx.continueOnFail()) return [{ json: {}, error, pairedItem: { item: 0 } }];
		throw error;
	}
}

/** A list: each input item's records in turn, appended one by one and paired with their item. */
async function runPerItem(ctx: IExecuteFunctions, description: INodeTypeDescription, baseUrl: BaseUrl, option: INodePropertyOptions): Promise<INodeExecutionData[]> {
	const output: INodeExecutionData[] = [];
	const count = ctx.getInputData().length;
	for (let itemIndex = 0; itemIndex < count; itemIndex++) {
		let items: INodeExecutionData[];
		try {
			items = (await sendForItem(ctx, description, baseUrl, option, itemIndex)).items;
		} catch (caught) {
			const error = asNodeError(ctx, caught, itemIndex);
			if (!ctx.continueOnFail()) throw error;
			output.push({ json: {}, error, pairedItem: { item: itemIndex } });
			continue;
		}
		for (const item of items) {
			item.pairedItem ??= { item: itemIndex };
			output.push(item);
		}
	}
	return output;
}

/**
 * The `customOperations` of an action node: every batch write (request loop answering for all
 * input items) and every list, keyed by resource and operation.
 */
export function buildCustomOperations(catalog: VendorCatalog, description: INodeTypeDescription, baseUrl: BaseUrl): NonNullable<INodeType['customOperations']> {
	const operations: NonNullable<INodeType['customOperations']> = {};
	for (const op of catalog.operations) {
		const once = op.requestLoop !== undefined && loopsForAllItems.has(op.requestLoop);
		if (!once && !op.list) continue;
		const option = operationOption(description, op.resource, op.operation);
		if (!option) throw new Error(`${catalog.vendor} ${op.resource}.${op.operation}: no routing in the node description`);
		const run = once ? runForAllItems : runPerItem;
		operations[op.resource] ??= {};
		operations[op.resource][op.operation] = async function (this: IExecuteFunctions) {
			return [await run(this, description, baseUrl, option)];
		};
	}
	return operations;
}
