/** The one paginator: reads a list page by page (page numbers or offsets), stops at the last page, Limit or a ceiling. */
import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecutePaginationFunctions, INodeExecutionData } from 'n8n-workflow';

import type { ListSpec, RequestLoop } from './catalog';
import { getPath } from './requestHooks';
import { readBoolean } from './validation';

interface Page {
	records: IDataObject[];
	meta: IDataObject | undefined;
	/** The response items themselves, when they already are one per record (output as they are). */
	items?: INodeExecutionData[];
}

/** Finds the records of one page, whether the body is the array, an envelope, or an envelope in an array. */
export function extractPage(items: INodeExecutionData[], rootProperty: string | undefined): Page {
	if (!rootProperty) {
		if (items.length === 1 && Array.isArray(items[0].json)) return { records: items[0].json as IDataObject[], meta: undefined };
		return { records: items.map((item) => item.json), meta: undefined, items };
	}
	const envelope = items.length === 1 ? items[0].json : undefined;
	const records = envelope ? getPath(envelope, rootProperty, rootProperty.includes('.')) : undefined;
	if (Array.isArray(records)) return { records: records as IDataObject[], meta: envelope };
	if (records && typeof records === 'object') return { records: [records as IDataObject], meta: envelope };
	// An empty body, or an envelope without the records key, means no records.
	if (!envelope || Object.keys(envelope).length === 0 || records === undefined || records === null) {
		return { records: [], meta: envelope };
	}
	return { records: items.map((item) => item.json), meta: undefined, items };
}

/** Where one item's list stops with an error rather than loop or overflow (an object, so tests can lower them). */
export const paginationLimits = {
	/** Most pages one list fetches: a server that keeps answering "more" ends in an error, never in a loop. */
	pages: 10_000,
	/**
	 * Most records one item's list returns. n8n holds every output item in memory and saves them with
	 * the execution: past a million records an instance runs out of memory before the list ends, so
	 * the list stops with a clear error instead. (Lists run as custom operations, so n8n-core's routing
	 * node, which overflows the stack from about 125,000 items of one request, is not in the way.)
	 */
	records: 1_000_000,
};

/** What the envelope says about further pages; `undefined` when it says nothing. */
function envelopeSaysMore(list: ListSpec, meta: IDataObject | undefined, requestCount: number): boolean | undefined {
	if (!meta) return undefined;
	if (list.totalPagesProperty && meta[list.totalPagesProperty] !== undefined && meta[list.totalPagesProperty] !== null) {
		const total = Number(meta[list.totalPagesProperty]);
		if (Number.isFinite(total)) {
			// A server that repeats a wrong current page must not keep us asking: count our own requests too.
			const stated = list.currentPageProperty ? Number(meta[list.currentPageProperty]) : NaN;
			const current = Number.isFinite(stated) ? Math.max(stated, requestCount) : requestCount;
			return current < total;
		}
	}
	if (list.nextPageProperty && list.nextPageProperty in meta) return Boolean(meta[list.nextPageProperty]);
	return undefined;
}

/**
 * Whether one page read on its own is the last (for pickers, which read one page per call): the
 * envelope's page count or next link decides where it says something, else an empty or short page.
 */
export function isLastPage(list: ListSpec, page: Page, pageNumber: number, requestedSize: number | undefined): boolean {
	if (page.records.length === 0) return true;
	const more = envelopeSaysMore(list, page.meta, pageNumber);
	if (more !== undefined) return !more;
	return requestedSize !== undefined && page.records.length < requestedSize;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** A full page equal to the one before: the server ignores the paging parameter. */
function repeatsPage(previous: IDataObject[] | undefined, page: IDataObject[]): boolean {
	if (!previous || page.length === 0 || previous.length !== page.length) return false;
	if (!same(previous[0], page[0]) || !same(previous[page.length - 1], page[page.length - 1])) return false;
	return page.every((record, index) => same(record, previous[index]));
}

function stopError(ctx: IExecutePaginationFunctions, message: string, description: string): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), message, { itemIndex: ctx.getItemIndex(), description });
}

/**
 * One paginator for every vendor. Return All asks for the largest page the API serves and stops on
 * the last page: an empty page; else where the envelope states a page count or a next link, that
 * decides; else a page shorter than asked, when we asked for no more than the documented page size
 * (past it, or with none documented, a server may serve less than asked, so a page counts as short
 * only against the ones it sent before). Limit asks for no more than it needs.
 */
export function paginateList(list: ListSpec, operation = 'this list', options: { shortPageEnds?: boolean } = {}): RequestLoop {
	return async function (this: IExecutePaginationFunctions, requestData) {
		if (list.pagination === 'none') {
			const items = await this.makeRoutingRequest(requestData);
			return toItems(extractPage(items, list.rootProperty).records);
		}

		// Read as the pre-send check reads it: the text "false" from an expression is false, not a truthy string.
		const given = this.getNodeParameter('returnAll', false);
		const returnAll = readBoolean(given ?? false);
		if (returnAll === undefined) {
			throw stopError(this, `'${String(given)}' is not true or false in 'Return All' [item ${this.getItemIndex()}]`, 'Switch the option on or off, or give true or false');
		}
		const limit = returnAll ? Infinity : Number(this.getNodeParameter('limit', 50));
		if (!returnAll && (!Number.isInteger(limit) || limit < 1)) {
			throw stopError(this, `'${String(limit)}' is not a whole number of 1 or more in 'Limit' [item ${this.getItemIndex()}]`, 'Give the most results to return, e.g. 50, or switch on Return All');
		}
		const maxPageSize = list.maxPageSize ?? Infinity;
		const location = list.in === 'body' ? 'body' : 'qs';
		const results: INodeExecutionData[] = [];

		const sizeParam = list.pagination === 'page' ? list.sizeParam : list.limitParam;
		const pagingParam = list.pagination === 'page' ? (list.pageParam ?? 'page') : (list.offsetParam ?? 'offset');
		// Page numbers only line up when every page has the same size.
		const pageSize = Math.min(maxPageSize, limit);
		let pageNumber = list.firstPage ?? 1;
		let offset = 0;
		let previous: IDataObject[] | undefined;
		let largest = 0;
		for (let requestCount = 1; ; requestCount++) {
			if (requestCount > paginationLimits.pages) {
				throw stopError(
					this,
					`Stopped after ${paginationLimits.pages} pages of '${operation}': the server kept answering that more pages follow`,
					'Narrow the list with filters, or use Limit. If the list really is this long, split the work, e.g. by date range.',
				);
			}
			const remaining = limit - results.length;
			const size = list.pagination === 'offset' ? Math.min(maxPageSize, remaining) : pageSize;
			const params: IDataObject = { ...((requestData.options[location] as IDataObject) ?? {}) };
			params[pagingParam] = list.pagination === 'page' ? pageNumber : offset;
			if (sizeParam && Number.isFinite(size)) params[sizeParam] = size;
			const items = await this.makeRoutingRequest({
				...requestData,
				options: { ...requestData.options, [location]: params },
			});
			const page = extractPage(items, list.rootProperty);
			const records = page.records;
			if (repeatsPage(previous, records)) {
				throw stopError(
					this,
					`The server sent the same ${records.length} records again for '${operation}' (${pagingParam} ${String(params[pagingParam])}): it ignores the '${pagingParam}' parameter`,
					'Return All stopped instead of asking forever. Check the server or its version; use Limit to get the first page only.',
				);
			}
			if (page.items) for (const item of page.items) results.push(item);
			else for (const json of records) results.push({ json });
			if (Math.min(results.length, limit) > paginationLimits.records) {
				const ceiling = paginationLimits.records.toLocaleString('en-US');
				throw stopError(
					this,
					`'${operation}' has more than ${ceiling} records, more than one item's list returns`,
					`n8n keeps every output item in memory and saves it with the execution, so the node stops at ${ceiling}. Split the work into parts below that: filters (e.g. one date range per input item or per run), or Limit.`,
				);
			}
			if (results.length >= limit) break;
			// An empty page ends a list, always: a page count that promises more overstates it.
			if (records.length === 0) break;
			const more = envelopeSaysMore(list, page.meta, requestCount);
			if (more === false) break;
			if (more === undefined) {
				const asked = sizeParam ? (Number.isFinite(size) ? size : undefined) : list.maxPageSize;
				if (asked !== undefined && list.maxPageSize !== undefined && asked <= list.maxPageSize) {
					// We asked for no more than the documented page size: a shorter page is the last.
					if (records.length < asked) break;
				} else {
					// Past the documented size, or none documented: the server may serve less than asked, so a
					// page is full relative to what was asked or, failing that, to what it sent before.
					// A trigger's poll (no routing node) takes a short first page as the last: it asks again on its next poll.
					const polling = typeof (this as Partial<IExecutePaginationFunctions>).getExecuteData !== 'function';
					// A lookup by one key (Create or Update) takes a short page as the last: one call per record, not two.
					const full = (asked !== undefined && records.length >= asked) || (records.length >= largest && !options.shortPageEnds && !(polling && requestCount === 1));
					if (!full) break;
				}
			}
			largest = Math.max(largest, records.length);
			previous = records;
			pageNumber += 1;
			offset += records.length;
		}
		return results.length > limit ? results.slice(0, limit) : results;
	};
}

function toItems(records: IDataObject[]): INodeExecutionData[] {
	return records.map((json) => ({ json }));
}
