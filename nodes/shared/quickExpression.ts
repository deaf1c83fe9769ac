/**
 * The two expressions batch writes meet on every input item, read straight from the item instead of
 * through n8n's expression engine (which builds a data proxy and a date context for each one, about
 * a millisecond per item): the whole item `{{ $json }}` (the Records default) and one of its
 * properties, `{{ $json.Name }}` or `{{ $json["Full name"] }}` (what dragging a field in writes),
 * when that property holds text, a number or true/false. Anything else goes to n8n as before.
 * Only `={{ … }}` with nothing outside the braces: n8n keeps outside text (even a space or a
 * newline) and then turns the value into text, so `={{ $json.Name }} ` must give "Acme ".
 */
import { deepCopy } from 'n8n-workflow';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

const WHOLE = /^=\{\{\s*\$json\s*\}\}$/;
// A quoted key with a line break is a syntax error to n8n, so it is left to n8n to say so.
const PROPERTY = /^=\{\{\s*\$json(?:\.([A-Za-z_$][\w$]*)|\[\s*(?:"([^"\\\r\n]*)"|'([^'\\\r\n]*)')\s*\])\s*\}\}$/;

type ExecuteDataHolder = { getExecuteData?: () => { data?: { main?: Array<INodeExecutionData[] | null> } } | undefined };

/** The value of `raw` for the item, when it is one of those expressions and the item answers it; otherwise `undefined`. */
export function quickItemValue(ctx: ExecuteDataHolder, raw: string, itemIndex: number): { value: unknown } | undefined {
	if (!raw.startsWith('=') || !raw.includes('$json')) return undefined;
	const json = ctx.getExecuteData?.()?.data?.main?.[0]?.[itemIndex]?.json as IDataObject | undefined;
	if (!json) return undefined;
	// A copy, as the expression engine gives: later steps may change the record, never the input item.
	if (WHOLE.test(raw)) return { value: deepCopy(json) };
	const match = PROPERTY.exec(raw);
	if (!match) return undefined;
	const name = match[1] ?? match[2] ?? match[3];
	if (!Object.prototype.hasOwnProperty.call(json, name)) return undefined;
	const value = json[name];
	return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? { value } : undefined;
}
