import type { IDataObject, IExecutePaginationFunctions, INodeExecutionData } from 'n8n-workflow';

import type { ListSpec, RequestLoop } from './catalog';
import { getPath } from './requestHooks';

interface Page {
	records: IDataObject[];
	meta: IDataObject | undefined;
}

/** Finds the records of one page, whether the body is the array, an envelope, or an envelope in an array. */
export function extractPage(items: INodeExecutionData[], rootProperty: string | undefined): Page {
	if (!rootProperty) {
		if (items.length === 1 && Array.isArray(items[0].json)) return { records: items[0].json as IDataObject[], meta: undefined };
		return { records: items.map((item) => item.json), meta: undefined };
	}
	const envelope = items.length === 1 ? items[0].json : undefined;
	const records = envelope ? getPath(envelope, rootProperty, rootProperty.includes('.')) : undefined;
	if (Array.isArray(records)) return { records: records as IDataObject[], meta: envelope };
	if (records && typeof records === 'object') return { records: [records as IDataObject], meta: envelope };
	// An empty body, or an envelope without the records key, means no records.
	if (!envelope || Object.keys(envelope).length === 0 || records === undefined || records === null) {
		return { records: [], meta: envelope };
	}
	return { records: items.map((item) => item.json), meta: undefined };
}

export function isLastPage(list: ListSpec, page: Page, pageNumber: number, requestedSize: number | undefined): boolean {
	if (page.records.length === 0) return true;
	if (requestedSize !== undefined && page.records.length < requestedSize) return true;
	const meta = page.meta;
	if (meta && list.totalPagesProperty) {
		const total = Number(meta[list.totalPagesProperty]);
		const current = list.currentPageProperty ? Number(meta[list.currentPageProperty]) : pageNumber;
		if (Number.isFinite(total) && Number.isFinite(current) && current >= total) return true;
	}
	if (meta && list.nextPageProperty && list.nextPageProperty in meta && !meta[list.nextPageProperty]) return true;
	return false;
}

/**
 * One paginator for every vendor. Return All asks for the largest page the API serves and stops on
 * the last page (short page, page count reached, or no next link); Limit asks for no more than it needs.
 */
export function paginateList(list: ListSpec): RequestLoop {
	return async function (this: IExecutePaginationFunctions, requestData) {
		if (list.pagination === 'none') {
			const items = await this.makeRoutingRequest(requestData);
			return toItems(extractPage(items, list.rootProperty).records);
		}

		const returnAll = this.getNodeParameter('returnAll', false) as boolean;
		const limit = returnAll ? Infinity : Math.max(1, Number(this.getNodeParameter('limit', 50)));
		const maxPageSize = list.maxPageSize ?? Infinity;
		const location = list.in === 'body' ? 'body' : 'qs';
		const results: IDataObject[] = [];

		const sizeParam = list.pagination === 'page' ? list.sizeParam : list.limitParam;
		// Page numbers only line up when every page has the same size.
		const pageSize = Math.min(maxPageSize, limit);
		let pageNumber = list.firstPage ?? 1;
		let offset = 0;
		for (;;) {
			const remaining = limit - results.length;
			const size = list.pagination === 'offset' ? Math.min(maxPageSize, remaining) : pageSize;
			const params: IDataObject = { ...((requestData.options[location] as IDataObject) ?? {}) };
			if (list.pagination === 'page') params[list.pageParam ?? 'page'] = pageNumber;
			else params[list.offsetParam ?? 'offset'] = offset;
			if (sizeParam && Number.isFinite(size)) params[sizeParam] = size;
			const items = await this.makeRoutingRequest({
				...requestData,
				options: { ...requestData.options, [location]: params },
			});
			const page = extractPage(items, list.rootProperty);
			results.push(...page.records);
			const expected = sizeParam ? (Number.isFinite(size) ? size : undefined) : list.maxPageSize;
			if (results.length >= limit || isLastPage(list, page, pageNumber, expected)) break;
			pageNumber += 1;
			offset += page.records.length;
		}
		return toItems(results.slice(0, limit));
	};
}

function toItems(records: IDataObject[]): INodeExecutionData[] {
	return records.map((json) => ({ json }));
}
