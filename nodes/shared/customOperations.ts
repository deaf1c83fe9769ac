/**
 * Two kinds of operation n8n runs as custom operations (`customOperations`, n8n 1.84 and later)
 * rather than through its RoutingNode, with the same routing the node description carries, so the
 * pre-send steps, request loop, error mapping and post-receive steps are the ones RoutingNode runs:
 *
 * - Batch writes answer for every input item at once (one item's call sends the records of it and
 *   all later items). Under RoutingNode each other item would still pass through the per-item routing
 *   (every property of the node read and its expressions evaluated, twice on n8n 2.x) only to send
 *   nothing: 1,000 input items cost seconds. Here they run once per node run.
 * - Lists (Get Many): RoutingNode hands each item's records to `Array.prototype.push` as arguments,
 *   which overflows the call stack at about 125,000 records from one item. Here each item's list is
 *   appended record by record, and each record is paired with the input item it came from.
 */
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IDisplayOptions,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	INodePropertyRouting,
	INodeType,
	INodeTypeDescription,
	JsonObject,
} from 'n8n-workflow';

import { errorItem, inItemOrder, requestPacer } from './batching';
import type { VendorCatalog } from './catalog';
import { requestStart, sendRouted } from './request/routing';
import { requestDefaultsOf } from './request/sender';

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
 * The routing RoutingNode would gather for one item: that of every shown property with routing
 * (the Resource input's common steps, Simplify, conversions) and the selected operation option's at
 * the place of its Operation input, in the order of the properties.
 */
function gatherRouting(properties: INodeProperties[], option: INodePropertyOptions, read: Read): INodePropertyRouting {
	const preSend: NonNullable<NonNullable<INodePropertyRouting['send']>['preSend']> = [];
	const postReceive: NonNullable<NonNullable<INodePropertyRouting['output']>['postReceive']> = [];
	const operations: NonNullable<INodePropertyRouting['operations']> = {};
	let paginate: boolean | string | undefined;
	const take = (routing: INodePropertyRouting | undefined) => {
		preSend.push(...(routing?.send?.preSend ?? []));
		postReceive.push(...(routing?.output?.postReceive ?? []));
		// As RoutingNode: the first property that says whether to paginate decides; later request operations win.
		paginate ??= routing?.send?.paginate;
		Object.assign(operations, routing?.operations ?? {});
	};
	let optionTaken = false;
	for (const property of properties) {
		if (property.name === 'operation') {
			if (!optionTaken && shown(property.displayOptions, read) && ((property.options ?? []) as INodePropertyOptions[]).includes(option)) {
				take(option.routing);
				optionTaken = true;
			}
			continue;
		}
		const children = property.type === 'collection' ? ((property.options ?? []) as INodeProperties[]).filter((child) => child.routing) : [];
		if ((!property.routing && children.length === 0) || !shown(property.displayOptions, read)) continue;
		if (property.routing?.request || property.routing?.send?.property || property.routing?.output?.maxResults) {
			throw new Error(`Property '${property.name}': only pre-send, post-receive and request-operation steps are supported outside RoutingNode`);
		}
		take(property.routing);
		// As RoutingNode: a collection's set options with their own routing (e.g. Cirrus Fields to Return).
		const value = (read(property.name) ?? {}) as IDataObject;
		for (const child of children) if (value[child.name] !== undefined && shown(child.displayOptions, read, true)) take(child.routing);
	}
	if (!optionTaken) take(option.routing);
	return { ...option.routing, send: { ...option.routing?.send, preSend, paginate }, operations, output: { ...option.routing?.output, postReceive } };
}

function operationOption(description: INodeTypeDescription, resource: string, operation: string): INodePropertyOptions | undefined {
	for (const property of description.properties) {
		if (property.name !== 'operation' || !(property.displayOptions?.show?.resource ?? []).includes(resource)) continue;
		const option = (property.options as INodePropertyOptions[] | undefined)?.find((candidate) => candidate.value === operation);
		if (option) return option;
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
async function sendForItem(ctx: IExecuteFunctions, catalog: VendorCatalog, description: INodeTypeDescription, option: INodePropertyOptions, itemIndex: number) {
	const read: Read = (name) => ctx.getNodeParameter(name, itemIndex, undefined);
	const routing = gatherRouting(description.properties, option, read);
	const url = String(routing.request?.url ?? '');
	const options = requestStart(requestDefaultsOf(catalog.connection), routing.request?.method, url.startsWith('=') ? String(ctx.evaluateExpression(url.slice(1), itemIndex)) : url);
	return await sendRouted({ single: itemContext(ctx, itemIndex), options, routing });
}

/** The input item an error names (`[item N]`), if it names one. */
function namedItem(caught: unknown): number | undefined {
	const itemIndex = (caught as { context?: IDataObject } | undefined)?.context?.itemIndex;
	return typeof itemIndex === 'number' ? itemIndex : undefined;
}

/**
 * A batch write: the first item whose own request can be built sends for itself and every later
 * item (the request loop leaves out, with Continue On Fail, each later item it cannot send). An
 * earlier item refused by its own request's checks answers with its error alone.
 */
async function runForAllItems(ctx: IExecuteFunctions, catalog: VendorCatalog, description: INodeTypeDescription, option: INodePropertyOptions): Promise<INodeExecutionData[]> {
	const output: INodeExecutionData[] = [];
	const count = ctx.getInputData().length;
	for (let leader = 0; leader < count; leader++) {
		try {
			output.push(...(await sendForItem(ctx, catalog, description, option, leader)));
			break;
		} catch (caught) {
			const named = namedItem(caught) ?? leader;
			const error = asNodeError(ctx, caught, named);
			if (!ctx.continueOnFail()) throw error;
			output.push(errorItem(error, named));
			if (named === leader && error instanceof NodeOperationError) continue;
			// Anything else failed the call as a whole: every later item gets the error too.
			for (let other = leader; other < count; other++) if (other !== named) output.push(errorItem(error, other));
			break;
		}
	}
	return inItemOrder(output);
}

/** A list: each input item's records in turn, appended one by one and paired with their item. */
async function runPerItem(ctx: IExecuteFunctions, catalog: VendorCatalog, description: INodeTypeDescription, option: INodePropertyOptions): Promise<INodeExecutionData[]> {
	const output: INodeExecutionData[] = [];
	const count = ctx.getInputData().length;
	const pace = requestPacer(ctx.getNodeParameter('requestOptions', 0, {}));
	for (let itemIndex = 0; itemIndex < count; itemIndex++) {
		await pace(itemIndex);
		let items: INodeExecutionData[];
		try {
			items = await sendForItem(ctx, catalog, description, option, itemIndex);
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
export function buildCustomOperations(catalog: VendorCatalog, description: INodeTypeDescription): NonNullable<INodeType['customOperations']> {
	const operations: NonNullable<INodeType['customOperations']> = {};
	for (const op of catalog.operations) {
		const once = op.forAllItems === true;
		if (!once && !op.list) continue;
		const option = operationOption(description, op.resource, op.operation);
		if (!option) throw new Error(`${catalog.vendor} ${op.resource}.${op.operation}: not in the node description`);
		const run = once ? runForAllItems : runPerItem;
		operations[op.resource] ??= {};
		operations[op.resource][op.operation] = async function (this: IExecuteFunctions) {
			return [await run(this, catalog, description, option)];
		};
	}
	return operations;
}
