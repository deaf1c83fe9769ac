import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';

import type { VendorConnection } from '../shared/catalog';
import { vendorMessage } from '../shared/request/failures';
import { headerValue, originOf } from '../shared/request/redirects';
import { VendorSender } from '../shared/request/sender';
import { invalidInput } from '../shared/requestHooks';

/** An update without any field would send `{}`: stop before calling Repzo and say what to add. */
export async function refuseEmptyUpdate(this: IExecuteSingleFunctions, opts: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body = opts.body as IDataObject | undefined;
	if (body && typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length > 0) return opts;
	const mode = this.getNodeParameter('bodyMode', 'fields');
	if (mode === 'json') throw invalidInput(this, 'Body (JSON)', 'Nothing to update', 'Give at least one field of the record, e.g. {"name": "Acme"}');
	if (mode === 'mapper') throw invalidInput(this, 'Fields', 'Nothing to update', 'Map at least one field to change');
	throw invalidInput(this, 'Additional Fields', 'Nothing to update', 'Add at least one field to change under Additional Fields');
}

/** Repzo may answer HTTP 200 with `{ success: false, ... }`: that is a refusal, with Repzo's words. */
export function repzoRefusal(body: unknown): string | undefined {
	if (!body || typeof body !== 'object' || Array.isArray(body) || (body as IDataObject).success !== false) return undefined;
	const record = body as IDataObject;
	return vendorMessage(record.error ?? record) ?? vendorMessage(record) ?? 'no reason given';
}

/** Convert Document's switch: download the PDF Repzo made and output it as binary data (off: the answer only, as before). */
export const DOWNLOAD_PDF = 'downloadPdf';

/** Convert Document's binary field for the PDF, under Options (`data` when not set). */
export const PDF_BINARY_FIELD = 'binaryPropertyName';

/** A parameter of the item's node run; undefined when the node has none of that name. */
function parameterOf(ctx: IExecuteSingleFunctions, name: string): unknown {
	try {
		return ctx.getNodeParameter(name, undefined);
	} catch {
		return undefined;
	}
}

/** A file name for the PDF: Repzo's `filename`, else the link's last path segment, else `document.pdf`; `.pdf` added when it has no extension. */
function pdfFileName(answer: IDataObject, url: URL): string {
	const fromLink = decodeURIComponent(url.pathname.split('/').pop() ?? '');
	const name = [answer.filename, fromLink].find((candidate): candidate is string => typeof candidate === 'string' && candidate.trim() !== '')?.trim() ?? 'document';
	return /\.[a-z0-9]{2,5}$/i.test(name) ? name : `${name}.pdf`;
}

/** The MIME type the download names, unless it names none in particular (then a PDF's). */
function pdfMimeType(headers: IDataObject): string {
	const named = String(headerValue(headers, 'content-type') ?? '').split(';')[0].trim().toLowerCase();
	return named && !/^(application|binary)\/octet-stream$/.test(named) ? named : 'application/pdf';
}

function bytesOf(body: unknown): Buffer {
	if (Buffer.isBuffer(body)) return body;
	if (body instanceof ArrayBuffer) return Buffer.from(body);
	if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
	return Buffer.from(typeof body === 'string' ? body : '', 'binary');
}

/** Who answers a link on another host, in the sender's words ("the file host answered HTTP 404: …"). */
const FILE_HOST = 'the file host';

/**
 * A link on another host (e.g. a storage bucket) leaves through the same sender, WITHOUT the
 * credential: Request Options, waiting and retrying when the host is busy, and redaction hold as for
 * Repzo's own calls. Redirects are followed to any host (storage links often redirect to a region or
 * a CDN), as no secret travels with this request.
 */
async function downloadElsewhere(ctx: IExecuteSingleFunctions, connection: VendorConnection, url: URL, itemIndex: number): Promise<IN8nHttpFullResponse> {
	const sender = new VendorSender(ctx, FILE_HOST, connection, (name) => parameterOf(ctx, name), itemIndex);
	try {
		return await sender.send({ method: 'GET', url: url.href, encoding: 'arraybuffer', json: false }, { expectsRecords: false, withoutCredential: true });
	} catch (error) {
		const explained = await sender.explain(error);
		explained.message = `Repzo's PDF could not be downloaded from ${url.host}: ${explained.message}`;
		explained.description = `Reading ${url.host}${url.pathname} failed. The link Repzo gave may have expired or the file may be gone: run the conversion again.`;
		throw explained;
	}
}

/**
 * Convert Document with "Download PDF" on: fetches `pdfUrl` and adds the file to the item as binary
 * data, keeping Repzo's answer as the item's JSON. The api-key goes only to Repzo's own host (the
 * credential's origin); a link elsewhere is fetched without it. Both go through the one sender.
 */
export function downloadConvertedPdf(connection: VendorConnection) {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		if (parameterOf(this, DOWNLOAD_PDF) !== true) return items;
		const itemIndex = this.getItemIndex();
		const options = (parameterOf(this, 'options') ?? {}) as IDataObject;
		const field = typeof options[PDF_BINARY_FIELD] === 'string' ? options[PDF_BINARY_FIELD].trim() : '';
		const property = field || 'data';
		const sender = new VendorSender(this, 'Repzo', connection, (name) => parameterOf(this, name), itemIndex);
		const base = await sender.baseUrl();
		const downloaded: INodeExecutionData[] = [];
		for (const item of items) {
			const link = typeof item.json.pdfUrl === 'string' ? item.json.pdfUrl.trim() : '';
			if (!link) {
				throw new NodeOperationError(this.getNode(), "Repzo's answer has no pdfUrl to download", {
					itemIndex,
					description: 'Turn off Download PDF to see what Repzo answered',
				});
			}
			let url: URL | undefined;
			try {
				url = new URL(link, `${base}/`);
			} catch {
				url = undefined;
			}
			if (!url || !/^https?:$/.test(url.protocol)) {
				throw new NodeOperationError(this.getNode(), `Repzo's pdfUrl is not a web address: ${link.slice(0, 80)}`, { itemIndex });
			}
			let response: IN8nHttpFullResponse;
			if (url.origin === originOf(base)) {
				try {
					// n8n answers `arraybuffer` with a Buffer, which the sender's JSON and refusal checks pass as it is.
					response = await sender.send({ method: 'GET', url: url.href, encoding: 'arraybuffer', json: false }, { expectsRecords: false });
				} catch (error) {
					const explained = await sender.explain(error);
					explained.message = `Repzo's PDF could not be downloaded: ${explained.message}`;
					throw explained;
				}
			} else {
				response = await downloadElsewhere(this, connection, url, itemIndex);
			}
			const headers = (response.headers ?? {}) as IDataObject;
			const binary = await this.helpers.prepareBinaryData(bytesOf(response.body), pdfFileName(item.json, url), pdfMimeType(headers));
			downloaded.push({ ...item, binary: { ...(item.binary ?? {}), [property]: binary } });
		}
		return downloaded;
	};
}
