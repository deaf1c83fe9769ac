import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	INodePropertyRouting,
} from 'n8n-workflow';

import type { FieldSpec, OperationSpec, RequestLoop, VendorCatalog } from './catalog';
import { customApiCallProperties, CUSTOM_API_CALL_RESOURCE } from './customApiCall';
import type { CustomApiCallHooks } from './customApiCall';
import { fieldInputWith, inVersion, parameterKey } from './fields';
import { paginateList } from './pagination';
import { checkPickers, fillPickedPath, locatorValue, pickerInput } from './pickers';
import { prepareCatalogRequest, sendBodyJson, sendBodyJsonAs, setPath } from './requestHooks';
import { retryOptionsProperty } from './request/retry';
import { mapperInput, mapperSteps, mapsFields, withMapperOption } from './resourceMapper';
import { singleRequest, throughSender } from './request/routing';
import { dropImpliedResources, shareAcrossResources } from './shareAcrossResources';
import { simplifyProperties } from './simplify';
import { checkEveryItem } from './validation';
import type { OptionalPlacement } from './validation';

export type { OptionalPlacement } from './validation';

type PreSend = (this: IExecuteSingleFunctions, opts: IHttpRequestOptions) => Promise<IHttpRequestOptions>;

export interface BuildOptions {
	/** Properties placed first (e.g. an Authentication switch). */
	leadingProperties?: INodeProperties[];
	/** Vendor-wide properties placed last (e.g. an option that applies to every call). */
	trailingProperties?: INodeProperties[];
	/** Vendor checks that also apply to Custom API Call (e.g. errors reported in a 200 body). */
	customApiCall?: CustomApiCallHooks;
	/** Merge properties that several resources show identically (default on; off only to compare views). */
	shareAcrossResources?: boolean;
	/**
	 * Resource values listed first, in this order; the rest follow alphabetically. n8n's node panel lists
	 * a node's actions in the order of its Resource options, so the common ones come first there too.
	 */
	leadingResources?: string[];
}

const isList = (op: OperationSpec) => op.list !== undefined;

/** Turns `{id}` placeholders into an n8n expression that URL-encodes the field's value. */
export function pathExpression(op: OperationSpec): string {
	if (!op.path.includes('{')) return op.path;
	const fields = op.fields ?? [];
	return (
		'=' +
		op.path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
			const field = fields.find((candidate) => candidate.in === 'path' && candidate.name === name);
			if (!field) throw new Error(`${op.resource}.${op.operation}: path field {${name}} is not described`);
			// A picker's value is filled in by `fillPickedPath`, which reads it the way n8n extracts locators.
			if (field.picker) return `{${name}}`;
			return `{{encodeURIComponent(String($parameter["${parameterKey(field)}"]))}}`;
		})
	);
}

function unwrapResponse(rootProperty: string) {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		return items.flatMap((item) => {
			const inner = rootProperty.split('.').reduce<unknown>((value, key) => (value as IDataObject | undefined)?.[key], item.json);
			if (inner === undefined || inner === null) return [item];
			return Array.isArray(inner) ? inner.map((json) => ({ json: json as IDataObject })) : [{ json: inner as IDataObject }];
		});
	};
}

function replaceEmptyResponse(replacement: IDataObject) {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const body = response.body as unknown;
		const empty = body === undefined || body === null || body === '' || (typeof body === 'object' && Object.keys(body as object).length === 0);
		return empty ? [{ json: { ...replacement } }] : items;
	};
}


/** The placement of an input that is not in a collection. */
const TOP_LEVEL = '';

/**
 * Sends the entries the user added to an operation's collections, by wire name, in one pre-send step.
 * One step per operation instead of a routing entry per collection field keeps the description light
 * (n8n ships every description to the editor at start-up); the requests are the same.
 */
function sendOptionalFields(placements: OptionalPlacement[]): PreSend {
	return async function (this: IExecuteSingleFunctions, opts: IHttpRequestOptions) {
		const bags = new Map<string, IDataObject>();
		let fieldsBody: boolean | undefined;
		for (const { field, collection: name, onlyWithFieldsBody } of placements) {
			// The operation's request loop checks and sends these itself (e.g. batch records).
			if (field.sentByRequestLoop || !inVersion(field, this.getNode().typeVersion)) continue;
			if (onlyWithFieldsBody) {
				fieldsBody ??= this.getNodeParameter('bodyMode', 'fields') === 'fields';
				if (!fieldsBody) continue;
			}
			const key = parameterKey(field);
			let value: unknown;
			if (name === TOP_LEVEL) {
				// A top-level input: sent when shown (n8n keeps only the parameters a node shows), as n8n's routing would.
				if (!Object.prototype.hasOwnProperty.call(this.getNode().parameters, key)) continue;
				// Only a locator needs n8n to extract its value (which looks the property up: not for every input).
				value = field.picker ? this.getNodeParameter(key, undefined, { extractValue: true }) : this.getNodeParameter(key, undefined);
			} else {
				if (!bags.has(name)) bags.set(name, (this.getNodeParameter(name, {}) ?? {}) as IDataObject);
				const bag = bags.get(name)!;
				if (!Object.prototype.hasOwnProperty.call(bag, key)) continue;
				value = locatorValue(bag[key]);
			}
			const location = field.in === 'query' ? 'qs' : field.in === 'header' ? 'headers' : 'body';
			if (!opts[location] || typeof opts[location] !== 'object') opts[location] = {};
			const wire = field.property ?? field.name;
			// A literal dot in a wire name is not nesting (only `property` paths are).
			setPath(opts[location] as IDataObject, wire, field.property !== undefined, value);
		}
		return opts;
	};
}

/** The routing of one operation option: request line, pre-send steps, pagination and unwrapping. */
export function operationRouting(catalog: Pick<VendorCatalog, 'vendor' | 'connection'>, op: OperationSpec, placements: OptionalPlacement[], mapped = false): INodePropertyRouting {
	const preSend: PreSend[] = [checkEveryItem(op, placements, (field) => field.sentByRequestLoop === true)];
	if (placements.length) preSend.push(sendOptionalFields(placements));
	// "Map Fields" fills the body before the catalog's conversions, so its body is the one the fields would send.
	if (mapped) preSend.push(...mapperSteps(op));
	const pickedPath = fillPickedPath(op);
	if (pickedPath) preSend.push(pickedPath);
	preSend.push(prepareCatalogRequest(op));
	if (op.bodyJsonMode) preSend.push(op.bodyJson ? sendBodyJsonAs(op.bodyJson.label) : sendBodyJson);
	preSend.push(...(op.preSend ?? []));
	const postReceive: NonNullable<NonNullable<INodePropertyRouting['output']>['postReceive']> = [...(op.postReceive ?? [])];
	if (op.emptyResponse) postReceive.push(replaceEmptyResponse(op.emptyResponse as IDataObject));
	if (op.rootProperty && !op.list) postReceive.push(unwrapResponse(op.rootProperty));
	// Every call runs through a request loop (n8n's pagination hook), so errors are mapped in one place.
	const loop = op.list ? paginateList(op.list, op.action) : (op.requestLoop ?? singleRequest);
	const routing: INodePropertyRouting = {
		request: { method: op.method, url: pathExpression(op) },
		send: { preSend, paginate: true },
		operations: { pagination: throughSender(catalog, loop) },
	};
	if (postReceive.length) routing.output = { postReceive };
	return routing;
}

type PostReceive = NonNullable<NonNullable<INodePropertyRouting['output']>['postReceive']>;

/** An operation's routing, run by `commonRouting`. */
interface OperationSteps {
	request: NonNullable<INodePropertyRouting['request']>;
	preSend: PreSend[];
	pagination: RequestLoop;
	postReceive: PostReceive;
}

/**
 * Every operation's routing, declared once on the Resource input and picked by resource and operation
 * when a call is made; the description carries it once, not once per operation. It runs as each
 * operation option's routing did: n8n sets the request line before any pre-send step (here the first
 * step sets it), gathers the Resource input's steps before the operation's, and hands the request
 * loop the post-receive entries, where the operation's come first (no property before the Operation
 * input has any) and only when it has steps (with none, an answer's array becomes one item per entry).
 */
function commonRouting(catalog: Pick<VendorCatalog, 'vendor' | 'connection'>, steps: Map<string, OperationSteps>): INodePropertyRouting {
	const stepsOf = (ctx: IExecuteSingleFunctions) =>
		steps.get(`${String(ctx.getNodeParameter('resource', ''))}\u0000${String(ctx.getNodeParameter('operation', ''))}`);
	const plain = throughSender(catalog, singleRequest);
	async function operationPreSend(this: IExecuteSingleFunctions, opts: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const found = stepsOf(this);
		if (!found) return opts;
		const url = String(found.request.url);
		// The path expression is evaluated as n8n evaluates a routing URL.
		opts.method = found.request.method;
		opts.url = url.startsWith('=') ? String(this.evaluateExpression(url.slice(1), this.getItemIndex())) : url;
		let current = opts;
		for (const step of found.preSend) current = await step.call(this, current);
		return current;
	}
	const operationLoop: RequestLoop = async function (this, requestData) {
		const found = stepsOf(this);
		if (!found) return await plain.call(this, requestData);
		if (found.postReceive.length) requestData.postReceive = [{ data: { parameterValue: undefined }, actions: found.postReceive }, ...requestData.postReceive];
		return await found.pagination.call(this, requestData);
	};
	return { send: { preSend: [operationPreSend], paginate: true }, operations: { pagination: operationLoop } };
}

/**
 * Shares identical inputs between operations of one resource: one property whose display rule lists
 * every operation that takes it, instead of one copy per operation.
 */
class SharedProperties {
	private readonly byKey = new Map<string, INodeProperties>();

	readonly ordered: INodeProperties[] = [];

	add(resource: string, operation: string, property: INodeProperties, extraShow: IDataObject = {}): void {
		const signature = JSON.stringify([resource, extraShow, property, property.routing]);
		const existing = this.byKey.get(signature);
		if (existing) {
			(existing.displayOptions!.show!.operation as string[]).push(operation);
			return;
		}
		const shared: INodeProperties = {
			...property,
			displayOptions: { show: { resource: [resource], operation: [operation], ...extraShow } },
		};
		this.byKey.set(signature, shared);
		this.ordered.push(shared);
	}
}

/** The input of a field: a picker where it names a record, the entries of a list built the same way. */
function inputOf(field: FieldSpec, catalog: VendorCatalog): INodeProperties {
	return pickerInput(field, catalog) ?? fieldInputWith(field, (member) => inputOf(member, catalog));
}

/** n8n's display rule for a field shown on some node versions only. */
const versionRule = (field: FieldSpec): IDataObject => (field.versions ? { '@version': field.versions } : {});

function collection(name: string, displayName: string, placeholder: string, fields: FieldSpec[], catalog: VendorCatalog): INodeProperties {
	return {
		displayName,
		name,
		type: 'collection',
		placeholder,
		default: {},
		options: fields
			.map((field) => (field.versions ? { ...inputOf(field, catalog), displayOptions: { show: { '@version': field.versions } } } : inputOf(field, catalog)))
			.sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

/**
 * Combinations the shared steps do not serve, refused when the node is built: a polled list's trigger
 * has versions of its own, "Map Fields" lists every body field of every version as one flat column, and
 * an entries input is sent and checked where it is top level.
 */
function checkVersionedFields(op: OperationSpec, mapped: boolean, isTop: (field: FieldSpec) => boolean | undefined): void {
	for (const field of op.fields ?? []) {
		const where = `${op.resource}.${op.operation}: field ${field.name}`;
		if (field.versions && op.poll) throw new Error(`${where} is shown on some node versions only, but the list is polled by the trigger, which has versions of its own`);
		if (mapped && (field.versions || field.kind === 'entries')) throw new Error(`${where} cannot be offered in "Map Fields" (versioned or a list of entries)`);
		if (field.kind === 'entries' && !isTop(field)) throw new Error(`${where} is a list of entries: make it required or topLevel`);
	}
}

function checkUniqueKeys(op: OperationSpec): void {
	const seen = new Set<string>();
	for (const field of op.fields ?? []) {
		const key = parameterKey(field);
		if (seen.has(key) || ['resource', 'operation', 'returnAll', 'limit', 'filters', 'additionalFields', 'options', 'sortOptions', 'bodyMode', 'bodyJson', 'mappedFields'].includes(key)) {
			throw new Error(`${op.resource}.${op.operation}: parameter name "${key}" is used twice; give the field a key`);
		}
		seen.add(key);
	}
}

const returnAllInput: INodeProperties = {
	displayName: 'Return All',
	name: 'returnAll',
	type: 'boolean',
	default: false,
	description: 'Whether to return all results or only up to a given limit',
};

function limitInput(): INodeProperties {
	return {
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		default: 50,
		typeOptions: { minValue: 1 },
		description: 'Max number of results to return',
	};
}

const bodyModeInput: INodeProperties = {
	displayName: 'Send Body As',
	name: 'bodyMode',
	type: 'options',
	description: 'Field by field, or one JSON object',
	options: [
		{ name: 'Fields Below', value: 'fields', description: 'Fill in the record field by field' },
		{ name: 'JSON', value: 'json', description: 'Send a whole object, e.g. one prepared by a previous node' },
	],
	default: 'fields',
};

const bodyJsonInput: INodeProperties = {
	displayName: 'Body (JSON)',
	name: 'bodyJson',
	type: 'json',
	default: '{}',
	description: 'The record to send, as a JSON object. It is sent unchanged.',
};

function namedBodyJson({ label, hint, ...rest }: NonNullable<OperationSpec['bodyJson']>): Partial<INodeProperties> {
	return hint ? { displayName: label, hint, ...rest } : { displayName: label, ...rest };
}

/** The whole declarative property list of a vendor node, built from its catalog. */
export function buildProperties(catalog: VendorCatalog, options: BuildOptions = {}): INodeProperties[] {
	checkPickers(catalog);
	const leading = options.leadingResources ?? [];
	const unknown = leading.filter((value) => !catalog.resources.some((resource) => resource.value === value));
	if (unknown.length) throw new Error(`leadingResources names resources ${catalog.vendor} does not have: ${unknown.join(', ')}`);
	const rank = (value: string) => (leading.includes(value) ? leading.indexOf(value) : leading.length);
	const resourceOptions: INodePropertyOptions[] = catalog.resources
		.map((resource) => {
			const option: INodePropertyOptions = { name: resource.name, value: resource.value };
			if (resource.description) option.description = resource.description;
			return option;
		})
		.sort((a, b) => rank(a.value as string) - rank(b.value as string) || a.name.localeCompare(b.name));
	resourceOptions.push({ name: 'Custom API Call', value: CUSTOM_API_CALL_RESOURCE, description: 'Call any endpoint with this credential' });

	const resourceInput: INodeProperties = {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: resourceOptions,
		default: '',
	};
	resourceInput.default = catalog.resources[0].value;
	const properties: INodeProperties[] = [...(options.leadingProperties ?? []), resourceInput];

	const shared = new SharedProperties();
	const steps = new Map<string, OperationSteps>();
	for (const resource of catalog.resources) {
		const ops = catalog.operations.filter((op) => op.resource === resource.value);
		if (ops.length === 0) throw new Error(`Resource ${resource.value} has no operations`);
		const placementsByOp = new Map<string, OptionalPlacement[]>();
		const fieldInputs: Array<() => void> = [];

		for (const op of ops) {
			checkUniqueKeys(op);
			const placements: OptionalPlacement[] = [];
			placementsByOp.set(op.operation, placements);
			const place = (fields: FieldSpec[], name: string, onlyWithFieldsBody = false) => {
				for (const field of fields) placements.push({ field, collection: name, onlyWithFieldsBody });
			};
			const fields = op.fields ?? [];
			const isTop = (field: FieldSpec) => field.in === 'path' || field.required || field.topLevel;
			const fieldsMode = op.bodyJsonMode ? { bodyMode: ['fields'] } : {};
			const add = (property: INodeProperties, extraShow: IDataObject = {}) =>
				fieldInputs.push(() => shared.add(resource.value, op.operation, property, extraShow));
			const mapped = mapsFields(resource, op);
			checkVersionedFields(op, mapped, isTop);
			if (op.bodyJsonMode) {
				add(mapped ? withMapperOption(bodyModeInput) : bodyModeInput);
				add(op.bodyJson ? { ...bodyJsonInput, ...namedBodyJson(op.bodyJson) } : bodyJsonInput, { bodyMode: ['json'] });
				if (mapped) add(mapperInput(op), { bodyMode: ['mapper'] });
			}
			// Top-level inputs are sent by the operation's one pre-send step too, not by a routing entry each.
			for (const field of fields.filter(isTop)) add(inputOf(field, catalog), { ...(field.in === 'body' ? fieldsMode : {}), ...versionRule(field) });
			place(fields.filter((field) => isTop(field) && field.in !== 'path'), TOP_LEVEL);
			// A list the API returns in one piece has nothing to limit: it is returned whole.
			if (isList(op) && op.list!.pagination !== 'none') {
				add(returnAllInput);
				add(limitInput(), { returnAll: [false] });
			}
			const sortFields = fields.filter((field) => !isTop(field) && field.group === 'sort');
			if (sortFields.length) {
				add(collection('sortOptions', 'Sort', 'Add Sort Option', sortFields, catalog));
				place(sortFields, 'sortOptions');
			}
			const optional = fields.filter((field) => !isTop(field) && field.group !== 'sort');
			if (optional.length === 0) continue;
			if (isList(op)) {
				add(collection('filters', 'Filters', 'Add Filter', optional, catalog));
				place(optional, 'filters');
				continue;
			}
			const optionalBody = optional.filter((field) => field.in === 'body');
			const optionalOther = optional.filter((field) => field.in !== 'body');
			if (optionalBody.length) {
				add(collection('additionalFields', 'Additional Fields', 'Add Field', optionalBody, catalog), fieldsMode);
				place(optionalBody, 'additionalFields', op.bodyJsonMode === true);
			}
			if (optionalOther.length) {
				add(collection('options', 'Options', 'Add Option', optionalOther, catalog));
				place(optionalOther, 'options');
			}
		}

		const operationInput: INodeProperties = {
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource.value] } },
			options: ops
				.map((op) => {
					const { request, send, operations, output } = operationRouting(catalog, op, placementsByOp.get(op.operation)!, mapsFields(resource, op));
					steps.set(`${op.resource}\u0000${op.operation}`, {
						request: request!,
						preSend: send!.preSend as PreSend[],
						pagination: operations!.pagination as RequestLoop,
						postReceive: output?.postReceive ?? [],
					});
					const option: INodePropertyOptions = { name: op.name, value: op.operation, action: op.action };
					if (op.description) option.description = op.description;
					return option;
				})
				.sort((a, b) => a.name.localeCompare(b.name)),
			default: '',
		};
		operationInput.default = ops[0].operation;
		properties.push(operationInput);
		for (const addInput of fieldInputs) addInput();
	}
	resourceInput.routing = commonRouting(catalog, steps);
	properties.push(
		...shared.ordered,
		...simplifyProperties(catalog),
		...customApiCallProperties(catalog, options.customApiCall),
		...(options.trailingProperties ?? []),
		retryOptionsProperty,
	);
	return options.shareAcrossResources === false ? properties : dropImpliedResources(shareAcrossResources(properties));
}
