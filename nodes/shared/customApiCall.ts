/** "Custom API Call": any method and path of the vendor API, sent with the node's own credential through the one sender. */
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyRouting,
} from 'n8n-workflow';

import type { OperationSpec, VendorCatalog } from './catalog';
import { singleRequest, throughSender } from './request/routing';
import { invalidInput, parseJsonInput } from './requestHooks';
import { checkCustomCallBodies } from './validation';

export const CUSTOM_API_CALL_RESOURCE = 'customApiCall';

export interface CustomApiCallHooks {
	preSend?: OperationSpec['preSend'];
	postReceive?: OperationSpec['postReceive'];
}

const show = { resource: [CUSTOM_API_CALL_RESOURCE] };

/** The Method list; an expression may give no other method (TRACE, OPTIONS, ...) to send with the credential. */
const METHODS: IHttpRequestMethods[] = ['DELETE', 'GET', 'PATCH', 'POST', 'PUT'];

/** The method to send, in upper case: n8n's HTTP Request node sends `post` as POST, so we accept it too. */
function checkedMethod(ctx: IExecuteSingleFunctions): IHttpRequestMethods {
	const given = ctx.getNodeParameter('customMethod', 'GET') as unknown;
	const method = METHODS.find((allowed) => typeof given === 'string' && given.toUpperCase() === allowed);
	if (method) return method;
	throw invalidInput(
		ctx,
		'Method',
		`The method '${String(given)}' is not one of ${METHODS.join(', ')}`,
		'Custom API Call sends only the methods of the Method list, so the credential never goes out with another one. Lower case (e.g. post) is accepted too.',
	);
}

/** Checks the method, validates the path, adds the query pairs and parses the JSON body of a custom call. */
async function prepareCustomApiCall(this: IExecuteSingleFunctions, opts: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const method = checkedMethod(this);
	opts.method = method;
	const path = String(this.getNodeParameter('customPath', '')).trim();
	if (!path.startsWith('/')) {
		throw invalidInput(
			this,
			'Path',
			`The path '${path}' does not start with '/'`,
			'Give the path below the base URL of the credential, as in the Path field\'s example. Full URLs are not accepted: the host always comes from the credential.',
		);
	}
	if (/^[/\\]{2}/.test(path) || /^\/[\\]/.test(path)) {
		throw invalidInput(
			this,
			'Path',
			`The path '${path}' starts with '//', which would call another host`,
			'Give the path below the base URL of the credential with a single leading slash, as in the example of the Path field. The host always comes from the credential.',
		);
	}
	const segments = path.split(/[?#]/)[0].split(/[/\\]/);
	if (segments.some((segment) => /^(\.|%2e){2}$/i.test(segment))) {
		throw invalidInput(
			this,
			'Path',
			`The path '${path}' contains '..', which would leave the base URL of the credential`,
			'Give the path below the base URL of the credential without ".." segments, e.g. /partners/12',
		);
	}
	opts.url = path;
	const query = this.getNodeParameter('customQuery.parameter', []) as Array<{ name: string; value: string }>;
	opts.qs = { ...(opts.qs ?? {}) };
	for (const pair of query) {
		if (!pair.name) continue;
		const existing = opts.qs[pair.name];
		if (existing === undefined) opts.qs[pair.name] = pair.value;
		else opts.qs[pair.name] = ([] as unknown[]).concat(existing, pair.value) as IDataObject[];
	}
	if (method !== 'GET' && method !== 'DELETE') {
		const raw = this.getNodeParameter('customBody', '') as unknown;
		if (typeof raw !== 'string' || raw.trim() !== '') opts.body = parseJsonInput(this, raw, 'Body (JSON)') as IDataObject;
	}
	return opts;
}

/** "Custom API Call": any method and path, sent with the node's own credential. */
export function customApiCallProperties(catalog: Pick<VendorCatalog, 'vendor' | 'connection' | 'customApiCallPath'>, hooks: CustomApiCallHooks = {}): INodeProperties[] {
	const pathExample = catalog.customApiCallPath ?? '/partners';
	const routing: INodePropertyRouting = {
		request: { method: '={{$parameter.customMethod}}' as IHttpRequestMethods, url: '={{$parameter.customPath}}' },
		send: { preSend: [checkCustomCallBodies(), prepareCustomApiCall, ...(hooks.preSend ?? [])], paginate: true },
		operations: { pagination: throughSender(catalog, singleRequest) },
	};
	if (hooks.postReceive?.length) routing.output = { postReceive: [...hooks.postReceive] };
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show },
			options: [
				{
					name: 'Make Request',
					value: 'request',
					action: 'Make custom API call',
					description: 'Call an endpoint this node does not list, using the same credential',
					routing,
				},
			],
			default: 'request',
		},
		{
			displayName: 'Method',
			name: 'customMethod',
			type: 'options',
			description: 'HTTP method of the call',
			displayOptions: { show },
			options: METHODS.map((method) => ({ name: method, value: method })),
			default: 'GET',
		},
		{
			displayName: 'Path',
			name: 'customPath',
			type: 'string',
			required: true,
			displayOptions: { show },
			default: '',
			placeholder: `e.g. ${pathExample}`,
			description: 'Path below the base URL of the credential',
		},
		{
			displayName: 'Query Parameters',
			name: 'customQuery',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			displayOptions: { show },
			placeholder: 'Add Parameter',
			default: {},
			options: [
				{
					displayName: 'Parameter',
					name: 'parameter',
					values: [
						{ displayName: 'Name', name: 'name', type: 'string', default: '' },
						{ displayName: 'Value', name: 'value', type: 'string', default: '' },
					],
				},
			],
		},
		{
			displayName: 'Body (JSON)',
			name: 'customBody',
			type: 'json',
			displayOptions: { show: { ...show, customMethod: ['PATCH', 'POST', 'PUT'] } },
			default: '{}',
			description: 'Request body as a JSON object or array',
		},
	];
}
