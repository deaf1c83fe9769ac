/**
 * Our descriptions of Repzo fields, written from the facts alone (name, type, enum, format, limits,
 * where the field travels): templates in our own words, never the vendor's prose. The text depends
 * only on the field, so identical fields of different operations still share one n8n property.
 */
import type { FieldSpec } from '../../nodes/shared/catalog';
import type { SeedField } from './extract';
import { FIELD_DESCRIPTIONS } from './overrides';

/**
 * A field while the generator builds it. `decimal`: the facts type it `number`, not `integer`; the
 * description says so, and the mark is dropped before the catalog is written (n8n's number input keeps
 * the decimals typed when no precision is set, so the field needs no type option for them).
 */
export interface DraftField extends FieldSpec {
	decimal?: boolean;
}

const ACRONYM: Record<string, string> = { id: 'ID', ids: 'IDs', url: 'URL', sku: 'SKU', qr: 'QR', nps: 'NPS', ocr: 'OCR', pdf: 'PDF', msl: 'MSL', ai: 'AI', api: 'API', vat: 'VAT' };

function words(name: string): string {
	return name
		.replace(/^_+/, '')
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.split(/[_\s.-]+/)
		.filter(Boolean)
		.map((word) => ACRONYM[word.toLowerCase()] ?? word.toLowerCase())
		.join(' ');
}

/** Names that always hold a Repzo record's `_id`. */
const REFERENCES: Record<string, string> = {
	client: 'client',
	clients: 'clients',
	rep: 'rep (sales representative)',
	reps: 'reps (sales representatives)',
	warehouse: 'warehouse',
	product: 'product',
	variant: 'product variant',
	category: 'category',
	subcategory: 'subcategory',
	brand: 'brand',
	supplier: 'supplier',
	asset: 'asset',
	assetPart: 'asset part',
	assetPartUnit: 'asset part unit',
	assetUnit: 'asset unit',
	template: 'template',
	route: 'route',
	team: 'team',
	teams: 'teams',
	tags: 'tags',
	invoice: 'invoice',
	workorder: 'work order',
	creator: 'user who created the record',
	editor: 'user who last changed the record',
	assignedTo: 'user the record is assigned to',
	assigned_to: 'user the record is assigned to',
	createdBy: 'user who created the record',
	requestedBy: 'user who asked for it',
	approvedBy: 'user who approved it',
	authorizedBy: 'user who authorised it',
	receivedBy: 'user who received it',
	transferredBy: 'user who moved it',
	parent_category: 'parent category',
	purchaseOrder: 'purchase order',
	paymentTerm: 'payment term',
	pricelist: 'price list',
	tax: 'tax',
	measureunit: 'measure unit',
	channel: 'client channel',
	speciality: 'speciality',
	job: 'OCR invoice job',
	group: 'group',
};

/** Fixed wording for fields every Repzo resource shares. */
const COMMON: Record<string, string> = {
	name: 'Name shown in Repzo',
	local_name: 'Name in the second (local) language',
	description: 'Free text about the record',
	notes: 'Free text notes',
	comment: 'Free text comment',
	company_namespace: 'Company namespace(s); Repzo sets it from the API key',
	integration_meta: 'Your keys from another system, as JSON, e.g. {"erp_id": "1"}',
	metadata: 'Extra keys and values, as a JSON object',
	customFields: 'Your account’s custom fields, as JSON keyed by field name',
	custom_fields: 'Your account’s custom fields, as JSON keyed by field name',
	disabled: 'Whether the record is hidden from the apps',
	isActive: 'Whether the record is in use',
	is_active: 'Whether the record is in use',
	search: 'Text to look for in the main text fields',
	filter: 'Conditions as a JSON object, e.g. {"status": "active"}; sent JSON-encoded in the query string',
	sort: 'Name of the field to order the results by, e.g. createdAt',
	order: 'Whether the results come smallest first (ascending) or largest first (descending)',
	sortPageOrder: 'Whether the results come smallest first (ascending) or largest first (descending)',
	sortBy: 'Several sort keys at once, as a JSON list such as [{"field": "_id", "type": "desc"}]; leave empty to use Sort Field and Sort Order',
	populatedKeys: 'Linked records to return in full',
	currency: 'Currency code, e.g. USD or EUR',
	email: 'Email address, e.g. name@example.com',
	phone: 'Phone number, ideally with the country code, e.g. +962790000000',
	barcode: 'Barcode printed on the item',
	sku: 'Stock-keeping unit code of the item',
	serialNumber: 'Serial number that identifies this one unit',
	serial: 'Serial number that identifies this one unit',
	code: 'Short code that identifies the record, e.g. in another system',
	title: 'Short title shown in lists',
	address: 'Street and house number',
	city: 'Town or city',
	state: 'State, province or region',
	country: 'Country name or code',
	color: 'Colour, e.g. #FF8800',
	icon: 'Icon name or image URL',
	position: 'Place in the display order; lower numbers come first',
	amount: 'Amount of money, in the record’s currency',
	price: 'Price per unit, in the record’s currency',
	cost: 'Cost, in the record’s currency',
	total: 'Total amount, in the record’s currency',
	weight: 'Weight of the item',
	reason: 'Why this was done, as text or a reason record’s ID',
	reference: 'Your own reference, e.g. a receipt or document number',
	ids: 'IDs of the records to act on, as a list',
	location: 'Geographic position as a JSON object, e.g. {"lat": 31.95, "lng": 35.91}',
	_id: 'Match these record IDs (_id)',
};

/** Last words of a name that make it a reference to another record. */
const REFERENCE_ENDINGS = new Set(['warehouse', 'client', 'rep', 'product', 'variant', 'route', 'team', 'supplier', 'brand', 'template', 'user', 'approver', 'assignee', 'visit', 'invoice', 'proforma']);

/** A flag: `with_*`/`include*` ask for more in the answer, `is_*`/`has_*` read as they are. */
function describeFlag(label: string, query: boolean): string {
	const [first, ...rest] = label.split(' ');
	const tail = rest.join(' ');
	if (query && (first === 'with' || first === 'include') && tail) return `Whether to include ${tail} in the answer`;
	if (first === 'is' && tail) return query ? `Whether matching records are ${tail}` : `Whether the record is ${tail}`;
	if (first === 'has' && tail) return query ? `Whether matching records have ${tail}` : `Whether the record has ${tail}`;
	return query ? `Whether matching records have ${label} set` : `Whether ${label} is on for the record`;
}

const rangeText = (seed?: SeedField) => {
	if (seed?.minimum !== undefined && seed.maximum !== undefined) return ` from ${seed.minimum} to ${seed.maximum}`;
	if (seed?.minimum !== undefined) return ` of ${seed.minimum} or more`;
	if (seed?.maximum !== undefined) return ` up to ${seed.maximum}`;
	return '';
};

/** Words that carry no meaning of their own beside a label ("Credit limit, a number"). */
const FILLER = new Set('a an the as of is are be for this that record records whether text number numbers list lists true false value values date time id ids string strings field fields its it in on to with or and by set yes no one each s'.split(' '));
const plainWords = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').split(' ').filter(Boolean);

/** Whether a description only restates the field's label: beside the label's words and filler it says nothing. */
export function restatesLabel(description: string, field: FieldSpec): boolean {
	const label = new Set([...plainWords(words(field.name)), ...plainWords(field.label ?? ''), ...plainWords(field.name)]);
	return !plainWords(description).some((word) => !label.has(word) && !FILLER.has(word) && !label.has(word.replace(/s$/, '')));
}

/**
 * Under a list filter the template has nothing particular for: how to enter it and what matches, said
 * once where the user types (the label and the Filters collection already say what it filters).
 */
export const LIST_FILTER_HINT = 'Match any of these values, separated by commas';

/**
 * One sentence (no final period, as n8n's conventions ask) saying what the field is and how it is sent.
 * Where the template would only restate the label, our written words (FIELD_DESCRIPTIONS) or nothing:
 * a description that adds nothing is worse than none. A plain list filter gets a hint instead.
 */
export function describeField(field: DraftField, seed: SeedField | undefined, pathOf: string): Pick<FieldSpec, 'description' | 'hint'> {
	const template = templateFor(field, seed, pathOf);
	if (template === undefined && field.in === 'query' && (field.kind === 'stringList' || field.kind === 'numberList')) return { hint: LIST_FILTER_HINT };
	if (template === undefined || !restatesLabel(template, field)) return { description: template };
	return { description: field.in === 'query' ? undefined : FIELD_DESCRIPTIONS[field.name] };
}

function templateFor(field: DraftField, seed: SeedField | undefined, pathOf: string): string | undefined {
	const name = field.name;
	const label = words(name);
	if (field.in === 'path') return `Repzo ID (_id) of the ${pathOf}`;
	const queryCommon = ['search', 'filter', 'sort', 'order', 'sortPageOrder', 'sortBy', 'populatedKeys', '_id'];
	if (COMMON[name] && (field.in !== 'query' || queryCommon.includes(name)) && !(name === 'reason' && field.kind !== 'string')) return COMMON[name];
	const range = /^(from|to)_(.+)$/.exec(name);
	if (range && field.in === 'query') {
		const what = words(range[2]);
		const edge = range[1] === 'from' ? 'on or after' : 'on or before';
		if (field.kind === 'dateTime') return `${capitalise(edge)} this time, sent in epoch ms`;
		return `${range[1] === 'from' ? 'Lowest' : 'Highest'} ${what} to include`;
	}
	if ((name === 'createdAt' || name === 'updatedAt') && field.in === 'query') {
		return `${name === 'createdAt' ? 'Created' : 'Updated'} at exactly this time (epoch ms); for a range use Since/Until`;
	}
	const reference =
		REFERENCES[name] ??
		(/(_id|Id)$/.test(name) ? words(name.replace(/(_id|Id)$/, '')) : undefined) ??
		// `to_warehouse`, `sv_measure_unit`, `default_assignee`: a record of that kind, by its ID.
		(REFERENCE_ENDINGS.has(label.split(' ').pop() ?? '') ? label : undefined);
	if (reference && (field.kind === 'string' || field.kind === 'stringList')) {
		const many = field.kind === 'stringList';
		if (field.in === 'query') return `Match ${many ? 'these' : 'this'} ${reference} ID${many ? 's' : ''} (_id)`;
		return `Repzo ID (_id) of the ${reference}${many ? '; several allowed' : ''}`;
	}
	const query = field.in === 'query';
	switch (field.kind) {
		case 'boolean':
			return describeFlag(label, query);
		case 'options': {
			const values = field.options?.length ?? 0;
			const preset = field.default !== undefined ? `; Repzo's default is ${String(field.default)}` : '';
			return query ? `Match this ${label}` : `${capitalise(label)}, one of ${values} values${preset}`;
		}
		case 'multiOptions':
			return query ? 'Match any of the chosen values' : `One or more ${label} values`;
		case 'dateTime':
			if (field.dateFormat === 'epochMillis') return `Point in time for ${label}, sent as epoch milliseconds`;
			if (field.dateFormat === 'date') return `${capitalise(label)} as a calendar date, sent as YYYY-MM-DD`;
			return `${capitalise(label)}, sent as an ISO 8601 date and time`;
		case 'number': {
			return query ? `Match this ${label}` : `${capitalise(label)}, a ${field.decimal ? 'number' : 'whole number'}${rangeText(seed)}`;
		}
		case 'json':
			if (field.jsonKind === 'array') return `${capitalise(label)}, a JSON list`;
			if (field.jsonKind === 'object') return `${capitalise(label)}, a JSON object`;
			return `${capitalise(label)}, as JSON`;
		case 'stringList':
		case 'numberList':
			// The list hint says it (LIST_FILTER_HINT on filters).
			return undefined;
		default:
			if (seed?.format === 'email') return 'Email address, e.g. name@example.com';
			if (seed?.format === 'uri') return `Web address (URL) of the ${label}, starting with https://`;
			if (seed?.format === 'time') return `${capitalise(label)} as a time of day, e.g. 09:30`;
			return query ? `Match this ${label}` : `${capitalise(label)}, as text`;
	}
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
