/**
 * File content: Cirrus takes it as Base64 text (`content`). In n8n files travel as binary data, so
 * the file operations also take the name of an input binary field and encode that file themselves.
 */
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { FieldSpec } from '../../shared/catalog';
import { invalidInput } from '../../shared/requestHooks';

const BINARY_LABEL = 'Input Binary Field';
const CONTENT_LABEL = 'Content (Base64)';

export const binaryContentField: FieldSpec = {
	name: 'binaryPropertyName',
	in: 'body',
	kind: 'string',
	label: BINARY_LABEL,
	topLevel: true,
	placeholder: 'e.g. data',
	description: 'Name of the input binary field holding the file, e.g. data; the node sends it Base64-encoded (leave empty to give Content (Base64) instead)',
};

/** Puts the file in `content`: from the binary field when one is named, otherwise the Base64 text as given. */
export async function sendFileContent(this: IExecuteSingleFunctions, opts: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body = opts.body as IDataObject | undefined;
	// Body (JSON) sends the object as written; only the fields mode assembles the content.
	if (!body || typeof body !== 'object' || Array.isArray(body) || this.getNodeParameter('bodyMode', 'fields') !== 'fields') return opts;
	const property = typeof body.binaryPropertyName === 'string' ? body.binaryPropertyName.trim() : '';
	delete body.binaryPropertyName;
	const text = typeof body.content === 'string' ? body.content.trim() : body.content;
	if (property) {
		if (text) throw invalidInput(this, BINARY_LABEL, 'Both a binary field and Base64 content are given', `Give either ${BINARY_LABEL} or ${CONTENT_LABEL}, not both`);
		const item = this.getInputData();
		if (!item?.binary?.[property]) {
			throw invalidInput(this, BINARY_LABEL, `The input item has no binary field '${property}'`, 'Name a binary field of the input item, e.g. data from a Read File or HTTP Request node');
		}
		body.content = (await this.helpers.getBinaryDataBuffer(property)).toString('base64');
		return opts;
	}
	if (!text) throw invalidInput(this, CONTENT_LABEL, 'A value is required', `Give the file as Base64 text, or name its binary field in ${BINARY_LABEL}`);
	return opts;
}
