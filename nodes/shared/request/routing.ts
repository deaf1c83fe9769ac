/**
 * Runs an operation's routing (pre-send steps, request loop, post-receive steps) with every call of its
 * request loop sent by the one sender: the same for n8n's RoutingNode (Get, Create, Update…), the
 * custom operations (lists, batch writes), Create or Update lookups and trigger polls.
 */
import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodePropertyRouting,
} from 'n8n-workflow';

import type { RequestLoop, VendorConnection } from '../catalog';
import { VendorSender } from './sender';

type PostReceiveStep = (this: IExecuteSingleFunctions, items: INodeExecutionData[], response: IN8nHttpFullResponse) => Promise<INodeExecutionData[]>;

interface PostReceiveEntry {
	data: { parameterValue: unknown };
	actions: unknown[];
}

/** The vendor a request loop sends to. */
export interface VendorRoute {
	vendor: string;
	connection: VendorConnection;
}

/**
 * What RoutingNode does with each answer: the body as one item through every post-receive entry of
 * the request, or one item per array entry when there are none.
 */
async function responseItems(ctx: IExecuteSingleFunctions, response: IN8nHttpFullResponse, entries: PostReceiveEntry[]): Promise<INodeExecutionData[]> {
	if (entries.length === 0) {
		return Array.isArray(response.body) ? (response.body as IDataObject[]).map((json) => ({ json })) : [{ json: response.body as IDataObject }];
	}
	let items: INodeExecutionData[] = [{ json: response.body as IDataObject }];
	for (const entry of entries) {
		for (const action of entry.actions) {
			if (typeof action !== 'function') throw new Error('Only function post-receive steps are supported');
			items = await (action as PostReceiveStep).call(ctx, items, response);
		}
	}
	return items;
}

/** Reads a parameter in a per-item context; undefined when the node has none of that name. */
function itemParameter(ctx: IExecuteSingleFunctions, name: string): unknown {
	try {
		return ctx.getNodeParameter(name, undefined);
	} catch {
		return undefined;
	}
}

const SENDER = Symbol('vendorSender');

/**
 * Wraps a request loop so each of its calls (`this.makeRoutingRequest`) is sent by the one sender and
 * answered through the request's post-receive steps, and any failure reaches the user explained.
 */
export function throughSender(route: VendorRoute, loop: RequestLoop): RequestLoop {
	return async function (this: IExecutePaginationFunctions, requestData) {
		const single = this as IExecuteSingleFunctions;
		const sender = new VendorSender(single, route.vendor, route.connection, (name) => itemParameter(single, name), single.getItemIndex());
		const expectsRecords = itemParameter(single, 'resource') !== 'customApiCall';
		const paging = Object.create(this, {
			makeRoutingRequest: {
				value: async (data: DeclarativeRestApiSettings.ResultOptions) => {
					const method = String(data.options.method ?? 'GET').toUpperCase();
					const response = await sender.send(data.options as IHttpRequestOptions, { expectsRecords: expectsRecords && method === 'GET' });
					// Read at answer time, so post-receive steps the request loop adds take part.
					return await responseItems(single, response, data.postReceive as unknown as PostReceiveEntry[]);
				},
			},
			[SENDER]: { value: sender },
		}) as IExecutePaginationFunctions;
		try {
			return await loop.call(paging, requestData);
		} catch (error) {
			throw await sender.explain(error, String(requestData.options.method ?? 'GET').toUpperCase());
		}
	};
}

/** One call made by a request loop itself (a batch's chunk): any failure, of the call or its post-receive steps, comes back explained. */
export async function sendExplained(ctx: IExecutePaginationFunctions, data: DeclarativeRestApiSettings.ResultOptions): Promise<INodeExecutionData[]> {
	try {
		return await ctx.makeRoutingRequest(data);
	} catch (error) {
		const sender = (ctx as unknown as { [SENDER]?: VendorSender })[SENDER];
		throw sender ? await sender.explain(error, String(data.options.method ?? 'GET').toUpperCase()) : error;
	}
}

/** The plain one-call loop, so every operation's call goes through the sender. */
export async function singleRequest(this: IExecutePaginationFunctions, requestData: Parameters<RequestLoop>[0]) {
	return await this.makeRoutingRequest(requestData);
}

/** A request as RoutingNode starts it: the node's request defaults (copied) and the request line. */
export function requestStart(defaults: IDataObject, method: IHttpRequestOptions['method'], url: string): IHttpRequestOptions {
	const copy = JSON.parse(JSON.stringify(defaults)) as IDataObject;
	return {
		qs: {},
		body: {},
		...copy,
		headers: { ...((copy.headers as IDataObject | undefined) ?? {}) },
		method,
		url,
	};
}

export interface RoutedCall {
	/** The context the operation's hooks see: one input item's parameters and index. */
	single: IExecuteSingleFunctions;
	/** The request as far as it is known before the pre-send steps (defaults, method, path). */
	options: IHttpRequestOptions;
	/** The operation option's routing, as the node description carries it. */
	routing: INodePropertyRouting;
	/** Return only this many records (Limit); all when undefined. */
	maxResults?: number;
}

/**
 * Runs an operation's routing for one item where RoutingNode does not (custom operations, trigger
 * polls): the pre-send steps on the request, then the request loop, which sends through the sender.
 */
export async function sendRouted(call: RoutedCall): Promise<INodeExecutionData[]> {
	const { single, routing } = call;
	const preSend = routing.send?.preSend ?? [];
	let options = call.options;
	for (const step of preSend) options = await step.call(single, options);
	const postReceive: PostReceiveEntry[] = ((routing.output?.postReceive ?? []) as PostReceiveStep[]).map((step) => ({
		data: { parameterValue: undefined },
		actions: [step],
	}));
	const requestData = {
		options,
		paginate: true,
		// Kept on the request as RoutingNode keeps them: batch loops build other items' bodies with them.
		preSend: [...preSend],
		postReceive,
		requestOperations: {},
		maxResults: call.maxResults,
	} as unknown as DeclarativeRestApiSettings.ResultOptions;
	const loop = routing.operations?.pagination as RequestLoop | undefined;
	if (typeof loop !== 'function') throw new Error('The operation has no request loop');
	return await loop.call(single as IExecutePaginationFunctions, requestData);
}
