/**
 * Sends one operation the way n8n's RoutingNode sends a declarative operation, for the places
 * RoutingNode does not serve: a trigger's `poll()` and the operations n8n runs as custom operations
 * (batch writes, which answer for every input item at once). Our nodes keep all routing on the
 * operation option (request line, pre-send steps, pagination hook, post-receive steps), so this
 * is what RoutingNode does with it: the pre-send steps on the request options, then the pagination
 * hook with `makeRoutingRequest` sending each call with the node's credential, and each answer
 * through the request's post-receive entries.
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

type PostReceiveStep = (this: IExecuteSingleFunctions, items: INodeExecutionData[], response: IN8nHttpFullResponse) => Promise<INodeExecutionData[]>;

interface PostReceiveEntry {
	data: { parameterValue: unknown };
	actions: unknown[];
}

type RequestLoopFunction = (this: IExecutePaginationFunctions, data: DeclarativeRestApiSettings.ResultOptions) => Promise<INodeExecutionData[]>;

/**
 * What RoutingNode does with each answer: the body as one item through every post-receive entry of
 * the request (steps the request loop adds on the way included), or one item per array entry when
 * there are none.
 */
async function responseItems(ctx: IExecuteSingleFunctions, response: IN8nHttpFullResponse, entries: PostReceiveEntry[]): Promise<INodeExecutionData[]> {
	if (entries.length === 0) {
		return Array.isArray(response.body) ? (response.body as INodeExecutionData['json'][]).map((json) => ({ json })) : [{ json: response.body as INodeExecutionData['json'] }];
	}
	let items: INodeExecutionData[] = [{ json: response.body as INodeExecutionData['json'] }];
	for (const entry of entries) {
		for (const action of entry.actions) {
			if (typeof action !== 'function') throw new Error('Only function post-receive steps can run outside n8n’s routing node');
			items = await (action as PostReceiveStep).call(ctx, items, response);
		}
	}
	return items;
}

/** A request as RoutingNode starts it: the node's request defaults (copied), the base URL and the request line. */
export function requestStart(defaults: IDataObject, baseURL: string, method: IHttpRequestOptions['method'], url: string): IHttpRequestOptions {
	const copy = JSON.parse(JSON.stringify(defaults)) as IDataObject;
	return {
		qs: {},
		body: {},
		...copy,
		headers: { ...((copy.headers as IDataObject | undefined) ?? {}) },
		baseURL,
		method,
		url,
	};
}

export interface RoutedCall {
	/** The context the operation's hooks see: one input item's parameters and index. */
	single: IExecuteSingleFunctions;
	/** The credential type the call is sent with. */
	credentialType: string;
	/** The request as far as it is known before the pre-send steps (defaults, base URL, method, path). */
	options: IHttpRequestOptions;
	/** The operation option's routing, as the node description carries it. */
	routing: INodePropertyRouting;
	/** Return only this many records (Limit); all when undefined. */
	maxResults?: number;
}

export interface RoutedResult {
	items: INodeExecutionData[];
	requests: number;
}

/** Runs the pre-send steps and the request loop of one operation for one input item. */
export async function sendRouted(call: RoutedCall): Promise<RoutedResult> {
	const { single, credentialType, routing } = call;
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

	let requests = 0;
	// As RoutingNode: each call goes out with the credential (full response), and comes back through
	// the request's post-receive entries, read at answer time so steps the request loop adds take part.
	const paginating = Object.create(single, {
		makeRoutingRequest: {
			value: async (data: DeclarativeRestApiSettings.ResultOptions) => {
				requests += 1;
				data.options.returnFullResponse = true;
				const response = (await single.helpers.httpRequestWithAuthentication.call(single, credentialType, data.options as IHttpRequestOptions)) as IN8nHttpFullResponse;
				return await responseItems(single, response, requestData.postReceive as unknown as PostReceiveEntry[]);
			},
		},
	}) as IExecutePaginationFunctions;
	const loop = routing.operations?.pagination as RequestLoopFunction | undefined;
	if (typeof loop !== 'function') throw new Error('The operation has no request loop');
	const items = await loop.call(paginating, requestData);
	return { items, requests };
}
