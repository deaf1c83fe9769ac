/**
 * Repzo: `api-key` header, MongoDB-style `_id`s, ISO timestamps in records and epoch-millisecond
 * `from_*`/`to_*` filters. Classic resources page with `page`/`per_page` and answer
 * `{data, total_result, current_count, total_pages, current_page, per_page, *_page_url, path}`;
 * the newer ones (offset/limit lists, `data`-wrapped records) answer `{success: true, data}`.
 * Errors look like Repzo's Feathers back end: `{name, message, code, className}`.
 */
import { valueMatches } from '../engine';
import { SANDBOX_SECRETS } from '../secrets';
import { companyName, seededTime } from '../seed';
import type { RouteContext, SandboxRecord, SandboxRequest, SandboxResponse, VendorAdapter } from '../types';

const ERROR_NAMES: Record<number, [string, string]> = {
	400: ['BadRequest', 'bad-request'],
	401: ['NotAuthenticated', 'not-authenticated'],
	403: ['Forbidden', 'forbidden'],
	404: ['NotFound', 'not-found'],
	405: ['MethodNotAllowed', 'method-not-allowed'],
	429: ['TooManyRequests', 'too-many-requests'],
	500: ['GeneralError', 'general-error'],
};

/** The newer resources wrap answers in `{success, data}`; the catalog says which by `rootProperty: 'data'`. */
function wrapsInData(context: RouteContext): boolean {
	return context.route.rootProperty === 'data' || context.route.list?.pagination === 'offset';
}

/** Payment terms answer `{success, result, pagination}` (the seed's envelope); the catalog says so by `result`. */
function wrapsInResult(context: RouteContext): boolean {
	return context.route.rootProperty === 'result' || context.route.list?.rootProperty === 'result';
}

function pageUrl(context: RouteContext, page: number | null): string | null {
	if (page === null) return null;
	const query = new URLSearchParams();
	for (const [key, value] of Object.entries(context.request.query)) {
		for (const entry of Array.isArray(value) ? value : [value]) query.append(key, entry);
	}
	query.set('page', String(page));
	return `${context.route.template}?${query.toString()}`;
}

/** The document types the seed's "Convert document to PDF" accepts. */
const PDF_DOCUMENT_TYPES = ['invoice', 'proforma', 'order', 'quote', 'receipt'];

/**
 * The one-page PDF the sandbox makes for a document: deterministic, with a binary comment line (bytes
 * above 0x7F) so a download that treats it as text is caught by a byte comparison.
 */
export function samplePdf(documentType: string, documentId: string): Buffer {
	const text = `Repzo ${documentType} ${documentId}`.replace(/[()\\]/g, '');
	const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
		`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
	];
	const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%', 'latin1'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a])];
	const offsets: number[] = [];
	let length = parts.reduce((sum, part) => sum + part.length, 0);
	objects.forEach((body, index) => {
		offsets.push(length);
		const part = Buffer.from(`${index + 1} 0 obj\n${body}\nendobj\n`, 'latin1');
		parts.push(part);
		length += part.length;
	});
	const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `)].join('\n');
	parts.push(Buffer.from(`${xref}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
	return Buffer.concat(parts);
}

/** Where the sandbox serves a converted document, below the vendor prefix. */
const PDF_FILES = '/files/pdf/';

/**
 * "Convert document to PDF" answers as the seed's sample does (`pdfUrl`, `filename`, …) with a link on
 * the sandbox itself; the link serves the PDF (api-key required, as every Repzo call).
 */
function convertToPdf(request: SandboxRequest, now: number): SandboxResponse | undefined {
	if (request.method === 'GET' && request.path.startsWith(PDF_FILES)) {
		const match = /^(\w+)-(.+)\.pdf$/.exec(decodeURIComponent(request.path.slice(PDF_FILES.length)));
		if (!match || !PDF_DOCUMENT_TYPES.includes(match[1])) return repzoAdapter.error(404, `No file ${request.path}`);
		return { status: 200, rawText: samplePdf(match[1], match[2]), headers: { 'content-type': 'application/pdf' } };
	}
	if (request.method !== 'POST' || request.path !== '/quick-convert-to-pdf') return undefined;
	const body = (request.body ?? {}) as Record<string, unknown>;
	const documentType = String(body.documentType ?? '');
	const documentId = String(body.documentId ?? '').trim();
	if (!PDF_DOCUMENT_TYPES.includes(documentType)) return repzoAdapter.error(400, `documentType must be one of ${PDF_DOCUMENT_TYPES.join(', ')}`);
	if (!documentId || !/^[\w.-]+$/.test(documentId)) return repzoAdapter.error(400, 'documentId is required');
	const filename = `${documentType}-${documentId}.pdf`;
	const generatedAt = new Date(now);
	return {
		status: 200,
		body: {
			success: true,
			pdfUrl: `http://${String(request.headers.host)}/repzo${PDF_FILES}${encodeURIComponent(filename)}`,
			filename,
			size: samplePdf(documentType, documentId).length,
			pages: 1,
			generatedAt: generatedAt.toISOString(),
			expiresAt: new Date(generatedAt.getTime() + 3_600_000).toISOString(),
		},
	};
}

/** Create or Update keys (see nodes/Repzo/catalog/upserts.ts): looked up as a JSON array of one code. */
const LOOKUP_KEYS = new Set(['client_code', 'sku', 'username']);

/**
 * What `search` matches. The seed names the field only for client channels and client contacts
 * ("Search text for channel name", "... contact name"); elsewhere it says "text fields", so the
 * sandbox takes the name-like and code-like ones. Case-insensitive, anywhere in the value.
 */
const SEARCH_FIELDS_BY_COLLECTION: Record<string, string[]> = { '/client-channel': ['name'], '/client-contact': ['name'] };
const SEARCHED_TEXT = /^(name|local_name|title|client_name|sku|barcode|code)$|_code$/;

function searchedValues(record: SandboxRecord, collection: string): unknown[] {
	const named = SEARCH_FIELDS_BY_COLLECTION[collection];
	if (named) return named.map((field) => record[field]);
	return Object.entries(record)
		.filter(([key]) => SEARCHED_TEXT.test(key))
		.map(([, value]) => value);
}

export const repzoAdapter: VendorAdapter = {
	key: 'repzo',
	catalogFolder: 'Repzo',
	apiBase: '',
	idField: '_id',
	idKind: 'objectId',
	controlParams: ['sortBy', 'from__id', 'to__id', 'filter'],

	/** Lists take several values as a JSON array, e.g. `client_code=["C-00001"]` (how Create or Update looks codes up). */
	filter(key, value) {
		const first = (Array.isArray(value) ? value[0] : value).trim();
		if (!LOOKUP_KEYS.has(key) || !first.startsWith('[')) return undefined;
		let wanted: unknown;
		try {
			wanted = JSON.parse(first);
		} catch {
			return undefined;
		}
		if (!Array.isArray(wanted)) return undefined;
		const codes = wanted.map(String);
		return (record) => record[key] !== undefined && codes.some((code) => valueMatches(record[key], code));
	},

	search(text, collection) {
		const wanted = text.toLowerCase();
		return (record) => searchedValues(record, collection).some((value) => typeof value === 'string' && value.toLowerCase().includes(wanted));
	},

	defaultPageSize(list) {
		return list.pagination === 'offset' ? 20 : 25;
	},

	/** `sort=<field>` with `sortPageOrder=asc|dsc` (classic lists) or `order=asc|desc` (newer ones). */
	sort(input) {
		const field = input.sort ?? input.sortBy;
		if (typeof field !== 'string' || !field) return undefined;
		const order = String(input.sortPageOrder ?? input.order ?? 'asc');
		return { field, descending: order === 'dsc' || order === 'desc' };
	},

	handle: (request, runtime) => convertToPdf(request, runtime.now()),

	authenticate(request) {
		const key = request.headers['api-key'];
		if (key !== SANDBOX_SECRETS.repzo.apiKey) return this.error(401, key ? 'Invalid api-key' : 'api-key header is missing');
		return undefined;
	},

	error(status, message) {
		const [name, className] = ERROR_NAMES[status] ?? ['GeneralError', 'general-error'];
		return { status, body: { name, message, code: status, className } };
	},

	listBody(page, context) {
		if (wrapsInResult(context)) {
			return { success: true, result: page.records, pagination: { total: page.total, page: page.page, per_page: page.pageSize, total_pages: page.totalPages } };
		}
		if (wrapsInData(context)) return { success: true, data: page.records, total: page.total, limit: page.pageSize, offset: page.offset };
		const next = page.page < page.totalPages ? page.page + 1 : null;
		return {
			data: page.records,
			total_result: page.total,
			current_count: page.records.length,
			total_pages: page.totalPages,
			current_page: page.page,
			per_page: page.pageSize,
			first_page_url: pageUrl(context, 1),
			last_page_url: pageUrl(context, page.totalPages),
			next_page_url: pageUrl(context, next),
			prev_page_url: pageUrl(context, page.page > 1 ? page.page - 1 : null),
			path: context.route.template,
		};
	},

	unpagedBody(records, context) {
		return wrapsInData(context) ? { success: true, data: records } : records;
	},

	recordBody(record, context) {
		if (wrapsInResult(context)) return { success: true, result: record };
		return wrapsInData(context) ? { success: true, data: record } : record;
	},

	deletedBody(record, context) {
		return wrapsInData(context) ? { success: true, data: record } : record;
	},

	toRecord(body, _context, mode, runtime) {
		const stamp = new Date(runtime.now()).toISOString();
		return mode === 'create'
			? { disabled: false, company_namespace: ['sandbox'], ...body, createdAt: stamp, updatedAt: stamp, __v: 0 }
			: { ...body, updatedAt: stamp };
	},

	template(collection, index) {
		if (collection === '/client') {
			return {
				name: companyName(index),
				local_name: '',
				client_code: `C-${String(index).padStart(5, '0')}`,
				tax_number: String(4100000000 + index),
				phone: `+962 6 ${String(5000000 + index).slice(1)}`,
				email: `buyer@client${index}.example`,
				city: ['Amman', 'Irbid', 'Zarqa', 'Aqaba', 'Dubai'][index % 5],
				country: index % 5 === 4 ? 'AE' : 'JO',
				tags: index % 3 === 0 ? ['key-account'] : [],
				disabled: index % 30 === 0,
			};
		}
		return undefined;
	},

	seedExtras(_collection, _index, random): SandboxRecord {
		const created = seededTime(random);
		return {
			company_namespace: ['sandbox'],
			createdAt: new Date(created).toISOString(),
			updatedAt: new Date(created + random.int(0, 60) * 86_400_000).toISOString(),
			__v: 0,
		};
	},
};
