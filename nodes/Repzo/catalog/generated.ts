// Generated from repzo@1.0.254 (src/oas/*.yaml, src/types/index.ts) by scripts/repzo/generate.ts. Do not edit: run `npm run generate:repzo` (npx ts-node --transpile-only scripts/repzo/generate.ts).
import type { FieldSpec, ListSpec, OperationSpec, ResourceSpec } from '../../shared/catalog';

/** Operations in the specs of repzo@1.0.254. */
export const SPEC_OPERATION_COUNT = 439;

const list0: ListSpec = { pagination: 'offset', offsetParam: 'offset', limitParam: 'limit', maxPageSize: 100, rootProperty: 'data' };
const list1: ListSpec = { pagination: 'page', pageParam: 'page', sizeParam: 'per_page', firstPage: 1, maxPageSize: 100, rootProperty: 'data', totalPagesProperty: 'total_pages', currentPageProperty: 'current_page', nextPageProperty: 'next_page_url' };

const f0: FieldSpec = { name: 'sort', in: 'query', kind: 'string', label: 'Sort Field', group: 'sort' };
const f1: FieldSpec = { name: 'order', in: 'query', kind: 'options', options: [{ name: 'Ascending', value: 'asc' }, { name: 'Descending', value: 'desc' }], group: 'sort' };
const f2: FieldSpec = { name: 'filter', in: 'query', kind: 'json', jsonKind: 'object', arrayFormat: 'json' };
const f3: FieldSpec = { name: 'search', in: 'query', kind: 'string' };
const f4: FieldSpec = { name: 'sortPageOrder', in: 'query', kind: 'options', options: [{ name: 'Ascending', value: 'asc' }, { name: 'Descending', value: 'dsc' }], label: 'Sort Order', group: 'sort' };
const f5: FieldSpec = { name: '_id', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f6: FieldSpec = { name: 'job', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f7: FieldSpec = { name: 'template', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f8: FieldSpec = { name: 'page_number', in: 'query', kind: 'number', numberPrecision: 6 };
const f9: FieldSpec = { name: 'proforma', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f10: FieldSpec = { name: 'status', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f11: FieldSpec = { name: 'client', in: 'body', kind: 'string', required: true };
const f12: FieldSpec = { name: 'rep', in: 'body', kind: 'string', required: true };
const f13: FieldSpec = { name: 'activityType', in: 'body', kind: 'options', options: [{ name: 'Recommendation', value: 'recommendation' }, { name: 'Order Analysis', value: 'order-analysis' }, { name: 'Demand Forecasting', value: 'demand-forecasting' }, { name: 'Cross Sell', value: 'cross-sell' }, { name: 'Upsell', value: 'upsell' }], required: true };
const f14: FieldSpec = { name: 'inputData', in: 'body', kind: 'json', jsonKind: 'object' };
const f15: FieldSpec = { name: 'aiModel', in: 'body', kind: 'json', jsonKind: 'object', label: 'AI Model' };
const f16: FieldSpec = { name: 'feedback', in: 'body', kind: 'json', jsonKind: 'object' };
const f17: FieldSpec = { name: 'metadata', in: 'body', kind: 'json', jsonKind: 'object' };
const f18: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Activity AI Sales Order ID' };
const f19: FieldSpec = { name: 'company_namespace', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f20: FieldSpec = { name: 'activity_type', in: 'query', kind: 'string' };
const f21: FieldSpec = { name: 'rep', in: 'query', kind: 'string' };
const f22: FieldSpec = { name: 'client', in: 'query', kind: 'string' };
const f23: FieldSpec = { name: 'overall_satisfaction', in: 'query', kind: 'number' };
const f24: FieldSpec = { name: 'template_id', in: 'query', kind: 'string' };
const f25: FieldSpec = { name: 'route', in: 'query', kind: 'string' };
const f26: FieldSpec = { name: 'teams', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f27: FieldSpec = { name: 'visit_id', in: 'query', kind: 'string' };
const f28: FieldSpec = { name: 'from_createdAt', in: 'query', kind: 'dateTime', dateFormat: 'epochMillis', label: 'Created Since' };
const f29: FieldSpec = { name: 'to_createdAt', in: 'query', kind: 'dateTime', dateFormat: 'epochMillis', label: 'Created Until' };
const f30: FieldSpec = { name: 'from__id', in: 'query', kind: 'string' };
const f31: FieldSpec = { name: 'to__id', in: 'query', kind: 'string' };
const f32: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Route', value: 'route' }, { name: 'Visit ID', value: 'visit_id' }, { name: 'Feed Back Option', value: 'feed_back_option' }], arrayFormat: 'json' };
const f33: FieldSpec = { name: 'sortBy', in: 'query', kind: 'json', jsonKind: 'array', arrayFormat: 'json', group: 'sort' };
const f34: FieldSpec = { name: 'from_updatedAt', in: 'query', kind: 'dateTime', dateFormat: 'epochMillis', label: 'Updated Since' };
const f35: FieldSpec = { name: 'to_updatedAt', in: 'query', kind: 'dateTime', dateFormat: 'epochMillis', label: 'Updated Until' };
const f36: FieldSpec = { name: 'activity_type', in: 'body', kind: 'string', required: true };
const f37: FieldSpec = { name: 'activity_id', in: 'body', kind: 'string' };
const f38: FieldSpec = { name: 'client', in: 'body', kind: 'string' };
const f39: FieldSpec = { name: 'template_id', in: 'body', kind: 'string', required: true };
const f40: FieldSpec = { name: 'overall_satisfaction', in: 'body', kind: 'number', required: true };
const f41: FieldSpec = { name: 'responses', in: 'body', kind: 'json', jsonKind: 'array' };
const f42: FieldSpec = { name: 'nps_score', in: 'body', kind: 'number' };
const f43: FieldSpec = { name: 'completion_time', in: 'body', kind: 'number' };
const f44: FieldSpec = { name: 'session_data', in: 'body', kind: 'json', jsonKind: 'object' };
const f45: FieldSpec = { name: 'is_anonymous', in: 'body', kind: 'boolean' };
const f46: FieldSpec = { name: 'company_namespace', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f47: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Activity Feedback V2 ID' };
const f48: FieldSpec = { name: 'overall_satisfaction', in: 'body', kind: 'number' };
const f49: FieldSpec = { name: 'follow_up_actions', in: 'body', kind: 'json', jsonKind: 'array' };
const f50: FieldSpec = { name: 'date_from', in: 'query', kind: 'dateTime', dateFormat: 'date' };
const f51: FieldSpec = { name: 'date_to', in: 'query', kind: 'dateTime', dateFormat: 'date' };
const f52: FieldSpec = { name: 'rating', in: 'query', kind: 'number' };
const f53: FieldSpec = { name: 'rating', in: 'body', kind: 'number', required: true };
const f54: FieldSpec = { name: 'feedback_text', in: 'body', kind: 'string' };
const f55: FieldSpec = { name: 'feedback_categories', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f56: FieldSpec = { name: 'source', in: 'body', kind: 'options', options: [{ name: 'Mobile App', value: 'mobile_app' }, { name: 'Web Portal', value: 'web_portal' }, { name: 'Email', value: 'email' }, { name: 'Sms', value: 'sms' }, { name: 'Phone', value: 'phone' }] };
const f57: FieldSpec = { name: 'response_time', in: 'body', kind: 'number' };
const f58: FieldSpec = { name: 'attachments', in: 'body', kind: 'json', jsonKind: 'array' };
const f59: FieldSpec = { name: 'follow_up_required', in: 'body', kind: 'boolean' };
const f60: FieldSpec = { name: 'follow_up_notes', in: 'body', kind: 'string' };
const f61: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Activity Feedback ID' };
const f62: FieldSpec = { name: 'rating', in: 'body', kind: 'number' };
const f63: FieldSpec = { name: 'name', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f64: FieldSpec = { name: 'local_name', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f65: FieldSpec = { name: 'disabled', in: 'query', kind: 'boolean' };
const f66: FieldSpec = { name: 'from_time', in: 'query', kind: 'number', numberPrecision: 6 };
const f67: FieldSpec = { name: 'to_time', in: 'query', kind: 'number', numberPrecision: 6 };
const f68: FieldSpec = { name: 'user', in: 'query', kind: 'string' };
const f69: FieldSpec = { name: 'tags', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f70: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Route', value: 'route' }, { name: 'Tags', value: 'tags' }, { name: 'Client', value: 'client' }, { name: 'User', value: 'user' }, { name: 'Visit', value: 'visit' }, { name: 'Template ID', value: 'template_id' }], arrayFormat: 'json' };
const f71: FieldSpec = { name: 'template', in: 'body', kind: 'string', required: true };
const f72: FieldSpec = { name: 'date', in: 'body', kind: 'dateTime', dateFormat: 'iso', required: true };
const f73: FieldSpec = { name: 'location', in: 'body', kind: 'json', jsonKind: 'object' };
const f74: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Draft', value: 'draft' }, { name: 'Submitted', value: 'submitted' }, { name: 'Approved', value: 'approved' }, { name: 'Rejected', value: 'rejected' }] };
const f75: FieldSpec = { name: 'notes', in: 'body', kind: 'string' };
const f76: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Activity Storecheck ID' };
const f77: FieldSpec = { name: 'creator._id', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f78: FieldSpec = { name: 'accounts.type', in: 'query', kind: 'string' };
const f79: FieldSpec = { name: 'accounts.accountHolder', in: 'query', kind: 'string' };
const f80: FieldSpec = { name: 'rep', in: 'body', kind: 'string' };
const f81: FieldSpec = { name: 'type', in: 'body', kind: 'options', options: [{ name: 'Credit', value: 'credit' }, { name: 'Debit', value: 'debit' }], required: true };
const f82: FieldSpec = { name: 'amount', in: 'body', kind: 'number', numberPrecision: 6, required: true };
const f83: FieldSpec = { name: 'reason', in: 'body', kind: 'string', required: true };
const f84: FieldSpec = { name: 'reference', in: 'body', kind: 'string' };
const f85: FieldSpec = { name: 'description', in: 'body', kind: 'string' };
const f86: FieldSpec = { name: 'adjustmentDate', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f87: FieldSpec = { name: 'integration_meta', in: 'body', kind: 'json', jsonKind: 'object' };
const f88: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Adjust Account ID' };
const f89: FieldSpec = { name: 'nodeCycles', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f90: FieldSpec = { name: 'status', in: 'query', kind: 'multiOptions', options: [{ name: 'Pending', value: 'pending' }, { name: 'Approved', value: 'approved' }, { name: 'Processing', value: 'processing' }, { name: 'Rejected', value: 'rejected' }, { name: 'Processed', value: 'processed' }], arrayFormat: 'json' };
const f91: FieldSpec = { name: 'serial_number', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f92: FieldSpec = { name: 'serial_number.formatted', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f93: FieldSpec = { name: 'sync_id', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f94: FieldSpec = { name: 'to', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f95: FieldSpec = { name: 'creator', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f96: FieldSpec = { name: 'creator_type', in: 'query', kind: 'stringList', arrayFormat: 'json', label: 'Creator Type (creator_type)' };
const f97: FieldSpec = { name: 'creator.type', in: 'query', kind: 'stringList', arrayFormat: 'json', key: 'query_creator_type', label: 'Creator Type (creator.type)' };
const f98: FieldSpec = { name: 'editor', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f99: FieldSpec = { name: 'editor._id', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f100: FieldSpec = { name: 'editor_type', in: 'query', kind: 'stringList', arrayFormat: 'json', label: 'Editor Type (editor_type)' };
const f101: FieldSpec = { name: 'editor.type', in: 'query', kind: 'stringList', arrayFormat: 'json', key: 'query_editor_type', label: 'Editor Type (editor.type)' };
const f102: FieldSpec = { name: 'reason', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f103: FieldSpec = { name: 'custom_status', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f104: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Warehouse', value: 'warehouse' }, { name: 'Custom Status', value: 'custom_status' }, { name: 'Reason', value: 'reason' }, { name: 'Variant', value: 'variant' }], arrayFormat: 'json' };
const f105: FieldSpec = { name: 'warehouse', in: 'body', kind: 'string' };
const f106: FieldSpec = { name: 'items', in: 'body', kind: 'json', jsonKind: 'array' };
const f107: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Adjust Inventory ID' };
const f108: FieldSpec = { name: 'withCycle', in: 'query', kind: 'boolean' };
const f109: FieldSpec = { name: 'creator.type', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f110: FieldSpec = { name: 'type', in: 'query', kind: 'multiOptions', options: [{ name: 'Skip Job At Visit End', value: 'skip_job_at_visit_end' }, { name: 'End Visit Out Of Geofence', value: 'end_visit_out_of_geofence' }, { name: 'Skip Visit From Route', value: 'skip_visit_from_route' }, { name: 'Create Client', value: 'create_client' }, { name: 'Update Client', value: 'update_client' }, { name: 'Delete Client', value: 'delete_client' }, { name: 'Update Client Line', value: 'update_client_line' }], arrayFormat: 'json' };
const f111: FieldSpec = { name: 'subtype', in: 'query', kind: 'multiOptions', options: [{ name: 'Client Details', value: 'client_details' }, { name: 'Client Assigned To', value: 'client_assigned_to' }, { name: 'Client Location', value: 'client_location' }, { name: 'Client Credit Limit', value: 'client_credit_limit' }], arrayFormat: 'json' };
const f112: FieldSpec = { name: 'document_type', in: 'query', kind: 'multiOptions', options: [{ name: 'Client', value: 'client' }, { name: 'Visit', value: 'visit' }, { name: 'Client Line', value: 'client-line' }], arrayFormat: 'json' };
const f113: FieldSpec = { name: 'document_id', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f114: FieldSpec = { name: 'implementation_type', in: 'query', kind: 'multiOptions', options: [{ name: 'Create Doc', value: 'create_doc' }, { name: 'Update Doc', value: 'update_doc' }, { name: 'Delete Doc', value: 'delete_doc' }, { name: 'No Implementation', value: 'no_implementation' }], arrayFormat: 'json' };
const f115: FieldSpec = { name: 'implementation_status', in: 'query', kind: 'multiOptions', options: [{ name: 'Pending', value: 'pending' }, { name: 'Failed', value: 'failed' }, { name: 'Success', value: 'success' }], arrayFormat: 'json' };
const f116: FieldSpec = { name: 'status', in: 'query', kind: 'multiOptions', options: [{ name: 'Pending', value: 'pending' }, { name: 'Approved', value: 'approved' }, { name: 'Processing', value: 'processing' }, { name: 'Rejected', value: 'rejected' }], arrayFormat: 'json' };
const f117: FieldSpec = { name: 'visit_id', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f118: FieldSpec = { name: 'meta.client', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f119: FieldSpec = { name: 'meta.route', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f120: FieldSpec = { name: 'meta.business_day', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f121: FieldSpec = { name: 'meta.form._id', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f122: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'json', jsonKind: 'object', arrayFormat: 'json' };
const f123: FieldSpec = { name: 'title', in: 'body', kind: 'string' };
const f124: FieldSpec = { name: 'requestedBy', in: 'body', kind: 'string' };
const f125: FieldSpec = { name: 'entity', in: 'body', kind: 'string' };
const f126: FieldSpec = { name: 'entityId', in: 'body', kind: 'string' };
const f127: FieldSpec = { name: 'approvers', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f128: FieldSpec = { name: 'requiredApprovals', in: 'body', kind: 'number', numberPrecision: 6 };
const f129: FieldSpec = { name: 'dueDate', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f130: FieldSpec = { name: 'priority', in: 'body', kind: 'options', options: [{ name: 'Low', value: 'low' }, { name: 'Medium', value: 'medium' }, { name: 'High', value: 'high' }, { name: 'Urgent', value: 'urgent' }] };
const f131: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Approval Request ID' };
const f132: FieldSpec = { name: 'validityCheck', in: 'query', kind: 'boolean' };
const f133: FieldSpec = { name: 'originalDoc_populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Route', value: 'route' }, { name: 'Tags', value: 'tags' }, { name: 'Client', value: 'client' }, { name: 'User', value: 'user' }, { name: 'Status', value: 'status' }, { name: 'Reps', value: 'reps' }, { name: 'Assigned To', value: 'assigned_to' }, { name: 'Sv Price List', value: 'sv_priceList' }, { name: 'Payment Term', value: 'paymentTerm' }, { name: 'Job Category', value: 'job_category' }, { name: 'Msl', value: 'msl' }, { name: 'Chain', value: 'chain' }, { name: 'Channel', value: 'channel' }, { name: 'Product', value: 'product' }, { name: 'Assigned Products', value: 'assigned_products' }, { name: 'Assigned Product Groups', value: 'assigned_product_groups' }, { name: 'Speciality', value: 'speciality' }, { name: 'Contacts', value: 'contacts' }, { name: 'Retail Execution Templates', value: 'retail_execution_templates' }, { name: 'Assigned Forms V2 Templates', value: 'assigned_forms_v2_templates' }, { name: 'Assigned Clm Presentations', value: 'assigned_clm_presentations' }, { name: 'Media', value: 'media' }, { name: 'Cover Photo', value: 'cover_photo' }, { name: 'Sales Logo Media', value: 'sales.logo_media' }, { name: 'Notes', value: 'notes' }, { name: 'Tasks', value: 'tasks' }, { name: 'Photos', value: 'photos' }, { name: 'Forms', value: 'forms' }, { name: 'Audits', value: 'audits' }, { name: 'Availability', value: 'availability' }], arrayFormat: 'json' };
const f134: FieldSpec = { name: 'withOriginalDoc', in: 'query', kind: 'boolean' };
const f135: FieldSpec = { name: 'status', in: 'body', kind: 'string' };
const f136: FieldSpec = { name: 'approvalRequest', in: 'body', kind: 'string' };
const f137: FieldSpec = { name: 'approver', in: 'body', kind: 'string' };
const f138: FieldSpec = { name: 'decision', in: 'body', kind: 'options', options: [{ name: 'Approved', value: 'approved' }, { name: 'Rejected', value: 'rejected' }] };
const f139: FieldSpec = { name: 'comments', in: 'body', kind: 'string' };
const f140: FieldSpec = { name: 'signedAt', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f141: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Approval ID' };
const f142: FieldSpec = { name: 'client', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f143: FieldSpec = { name: 'warehouse', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f144: FieldSpec = { name: 'rep', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f145: FieldSpec = { name: 'admin', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f146: FieldSpec = { name: 'asset_part', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f147: FieldSpec = { name: 'asset_parts.asset_part', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f148: FieldSpec = { name: 'workorder', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f149: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Client', value: 'client' }, { name: 'Warehouse', value: 'warehouse' }, { name: 'Custom Status', value: 'custom_status' }, { name: 'Media', value: 'media' }, { name: 'Asset Part', value: 'asset_part' }, { name: 'Signature', value: 'signature' }, { name: 'Workorder', value: 'workorder' }], arrayFormat: 'json' };
const f150: FieldSpec = { name: 'receivalNumber', in: 'body', kind: 'string', required: true };
const f151: FieldSpec = { name: 'purchaseOrder', in: 'body', kind: 'string' };
const f152: FieldSpec = { name: 'supplier', in: 'body', kind: 'string', required: true };
const f153: FieldSpec = { name: 'receivalDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', required: true };
const f154: FieldSpec = { name: 'expectedDate', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f155: FieldSpec = { name: 'receivedBy', in: 'body', kind: 'string' };
const f156: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Pending', value: 'pending' }, { name: 'Partial', value: 'partial' }, { name: 'Complete', value: 'complete' }, { name: 'Cancelled', value: 'cancelled' }] };
const f157: FieldSpec = { name: 'items', in: 'body', kind: 'json', jsonKind: 'array', required: true };
const f158: FieldSpec = { name: 'totalValue', in: 'body', kind: 'number', numberPrecision: 6 };
const f159: FieldSpec = { name: 'currency', in: 'body', kind: 'string' };
const f160: FieldSpec = { name: 'shippingCost', in: 'body', kind: 'number', numberPrecision: 6 };
const f161: FieldSpec = { name: 'taxAmount', in: 'body', kind: 'number', numberPrecision: 6 };
const f162: FieldSpec = { name: 'discountAmount', in: 'body', kind: 'number', numberPrecision: 6 };
const f163: FieldSpec = { name: 'invoice', in: 'body', kind: 'json', jsonKind: 'object' };
const f164: FieldSpec = { name: 'qualityCheck', in: 'body', kind: 'json', jsonKind: 'object' };
const f165: FieldSpec = { name: 'documents', in: 'body', kind: 'json', jsonKind: 'array' };
const f166: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Asset Part Receival ID' };
const f167: FieldSpec = { name: 'creator_type', in: 'query', kind: 'multiOptions', options: [{ name: 'Admin', value: 'admin' }, { name: 'Rep', value: 'rep' }], arrayFormat: 'json', label: 'Creator Type (creator_type)' };
const f168: FieldSpec = { name: 'type', in: 'query', kind: 'multiOptions', options: [{ name: 'Load', value: 'load' }, { name: 'Unload', value: 'unload' }], arrayFormat: 'json' };
const f169: FieldSpec = { name: 'from', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f170: FieldSpec = { name: 'transaction_processed', in: 'query', kind: 'boolean' };
const f171: FieldSpec = { name: 'asset_part_unit', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f172: FieldSpec = { name: 'asset_part_units.asset_part_unit', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f173: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Warehouse', value: 'warehouse' }, { name: 'Custom Status', value: 'custom_status' }, { name: 'Asset Part Unit', value: 'asset_part_unit' }, { name: 'From', value: 'from' }, { name: 'To', value: 'to' }], arrayFormat: 'json' };
const f174: FieldSpec = { name: 'transferNumber', in: 'body', kind: 'string', required: true };
const f175: FieldSpec = { name: 'fromLocation', in: 'body', kind: 'json', jsonKind: 'object', required: true };
const f176: FieldSpec = { name: 'toLocation', in: 'body', kind: 'json', jsonKind: 'object', required: true };
const f177: FieldSpec = { name: 'requestedBy', in: 'body', kind: 'string', required: true };
const f178: FieldSpec = { name: 'approvedBy', in: 'body', kind: 'string' };
const f179: FieldSpec = { name: 'transferredBy', in: 'body', kind: 'string' };
const f180: FieldSpec = { name: 'requestDate', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f181: FieldSpec = { name: 'approvalDate', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f182: FieldSpec = { name: 'transferDate', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f183: FieldSpec = { name: 'scheduledDate', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f184: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Requested', value: 'requested' }, { name: 'Approved', value: 'approved' }, { name: 'In Progress', value: 'in-progress' }, { name: 'Completed', value: 'completed' }, { name: 'Cancelled', value: 'cancelled' }] };
const f185: FieldSpec = { name: 'reason', in: 'body', kind: 'string' };
const f186: FieldSpec = { name: 'totalItems', in: 'body', kind: 'number' };
const f187: FieldSpec = { name: 'transportMethod', in: 'body', kind: 'options', options: [{ name: 'Manual', value: 'manual' }, { name: 'Vehicle', value: 'vehicle' }, { name: 'Courier', value: 'courier' }, { name: 'Automated', value: 'automated' }] };
const f188: FieldSpec = { name: 'carrier', in: 'body', kind: 'string' };
const f189: FieldSpec = { name: 'trackingNumber', in: 'body', kind: 'string' };
const f190: FieldSpec = { name: 'estimatedArrival', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f191: FieldSpec = { name: 'actualArrival', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f192: FieldSpec = { name: 'cost', in: 'body', kind: 'number', numberPrecision: 6 };
const f193: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Asset Part Transfer ID' };
const f194: FieldSpec = { name: 'color', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f195: FieldSpec = { name: 'from__id', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f196: FieldSpec = { name: 'to__id', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f197: FieldSpec = { name: 'name', in: 'body', kind: 'string', required: true };
const f198: FieldSpec = { name: 'category', in: 'body', kind: 'string', required: true };
const f199: FieldSpec = { name: 'subcategory', in: 'body', kind: 'string' };
const f200: FieldSpec = { name: 'specifications', in: 'body', kind: 'json', jsonKind: 'object' };
const f201: FieldSpec = { name: 'compatibleAssetTypes', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f202: FieldSpec = { name: 'maintenanceSchedule', in: 'body', kind: 'json', jsonKind: 'object' };
const f203: FieldSpec = { name: 'warrantPeriod', in: 'body', kind: 'number' };
const f204: FieldSpec = { name: 'supplier', in: 'body', kind: 'string' };
const f205: FieldSpec = { name: 'standardCost', in: 'body', kind: 'number', numberPrecision: 6 };
const f206: FieldSpec = { name: 'isActive', in: 'body', kind: 'boolean' };
const f207: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Asset Part Type ID' };
const f208: FieldSpec = { name: 'asset_part_receival', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f209: FieldSpec = { name: 'asset_part_return', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f210: FieldSpec = { name: 'receival_warehouse', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f211: FieldSpec = { name: 'from_qty', in: 'query', kind: 'number', numberPrecision: 6 };
const f212: FieldSpec = { name: 'to_qty', in: 'query', kind: 'number', numberPrecision: 6 };
const f213: FieldSpec = { name: 'qty', in: 'query', kind: 'number', numberPrecision: 6 };
const f214: FieldSpec = { name: 'directional_status', in: 'query', kind: 'multiOptions', options: [{ name: 'Received', value: 'received' }, { name: 'Handed', value: 'handed' }, { name: 'Picked', value: 'picked' }, { name: 'Returned', value: 'returned' }, { name: 'Stored', value: 'stored' }], arrayFormat: 'json' };
const f215: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Client', value: 'client' }, { name: 'Warehouse', value: 'warehouse' }, { name: 'Custom Status', value: 'custom_status' }, { name: 'Media', value: 'media' }, { name: 'Asset Part', value: 'asset_part' }, { name: 'Asset Part Receival', value: 'asset_part_receival' }, { name: 'Asset Part Return', value: 'asset_part_return' }], arrayFormat: 'json' };
const f216: FieldSpec = { name: 'quotation_is_recommended', in: 'query', kind: 'boolean' };
const f217: FieldSpec = { name: 'quotation_internal_approval_status', in: 'query', kind: 'multiOptions', options: [{ name: 'Pending', value: 'pending' }, { name: 'Approved', value: 'approved' }, { name: 'Rejected', value: 'rejected' }, { name: 'Collected', value: 'collected' }], arrayFormat: 'json' };
const f218: FieldSpec = { name: 'quotation_client_approval_status', in: 'query', kind: 'multiOptions', options: [{ name: 'Pending', value: 'pending' }, { name: 'Approved', value: 'approved' }, { name: 'Rejected', value: 'rejected' }, { name: 'Collected', value: 'collected' }], arrayFormat: 'json' };
const f219: FieldSpec = { name: 'creator', in: 'body', kind: 'json', jsonKind: 'object' };
const f220: FieldSpec = { name: 'directional_status', in: 'body', kind: 'options', options: [{ name: 'Received', value: 'received' }, { name: 'Handed', value: 'handed' }, { name: 'Picked', value: 'picked' }, { name: 'Returned', value: 'returned' }, { name: 'Stored', value: 'stored' }], required: true };
const f221: FieldSpec = { name: 'asset_part_receival', in: 'body', kind: 'string', required: true };
const f222: FieldSpec = { name: 'asset_part_index', in: 'body', kind: 'number', required: true };
const f223: FieldSpec = { name: 'splitted_from', in: 'body', kind: 'string' };
const f224: FieldSpec = { name: 'client_name', in: 'body', kind: 'string', required: true };
const f225: FieldSpec = { name: 'warehouse', in: 'body', kind: 'string', required: true };
const f226: FieldSpec = { name: 'warehouse_name', in: 'body', kind: 'string' };
const f227: FieldSpec = { name: 'receival_warehouse', in: 'body', kind: 'string', required: true };
const f228: FieldSpec = { name: 'receival_warehouse_name', in: 'body', kind: 'string' };
const f229: FieldSpec = { name: 'asset_part', in: 'body', kind: 'string', required: true };
const f230: FieldSpec = { name: 'asset_part_name', in: 'body', kind: 'string', required: true };
const f231: FieldSpec = { name: 'qty', in: 'body', kind: 'number', numberPrecision: 6, required: true };
const f232: FieldSpec = { name: 'custom_status', in: 'body', kind: 'string' };
const f233: FieldSpec = { name: 'receival_comment', in: 'body', kind: 'string' };
const f234: FieldSpec = { name: 'comment', in: 'body', kind: 'string' };
const f235: FieldSpec = { name: 'media', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f236: FieldSpec = { name: 'teams', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f237: FieldSpec = { name: 'quotation_is_recommended', in: 'body', kind: 'boolean' };
const f238: FieldSpec = { name: 'quotation_internal_approval_status', in: 'body', kind: 'options', options: [{ name: 'Pending', value: 'pending' }, { name: 'Approved', value: 'approved' }, { name: 'Completed', value: 'completed' }, { name: 'Rejected', value: 'rejected' }] };
const f239: FieldSpec = { name: 'quotation_detail', in: 'body', kind: 'string' };
const f240: FieldSpec = { name: 'quotation_client_approval_status', in: 'body', kind: 'options', options: [{ name: 'Pending', value: 'pending' }, { name: 'Approved', value: 'approved' }, { name: 'Collected', value: 'collected' }, { name: 'Rejected', value: 'rejected' }] };
const f241: FieldSpec = { name: 'serialNumber', in: 'body', kind: 'string' };
const f242: FieldSpec = { name: 'batchNumber', in: 'body', kind: 'string' };
const f243: FieldSpec = { name: 'lotNumber', in: 'body', kind: 'string' };
const f244: FieldSpec = { name: 'manufactureDate', in: 'body', kind: 'dateTime', dateFormat: 'date' };
const f245: FieldSpec = { name: 'expiryDate', in: 'body', kind: 'dateTime', dateFormat: 'date' };
const f246: FieldSpec = { name: 'receiptDate', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f247: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Available', value: 'available' }, { name: 'Reserved', value: 'reserved' }, { name: 'In Use', value: 'in-use' }, { name: 'Maintenance', value: 'maintenance' }, { name: 'Disposed', value: 'disposed' }, { name: 'Returned', value: 'returned' }] };
const f248: FieldSpec = { name: 'condition', in: 'body', kind: 'options', options: [{ name: 'New', value: 'new' }, { name: 'Good', value: 'good' }, { name: 'Fair', value: 'fair' }, { name: 'Poor', value: 'poor' }, { name: 'Damaged', value: 'damaged' }] };
const f249: FieldSpec = { name: 'assignedTo', in: 'body', kind: 'json', jsonKind: 'object' };
const f250: FieldSpec = { name: 'installationDate', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f251: FieldSpec = { name: 'lastMaintenanceDate', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f252: FieldSpec = { name: 'nextMaintenanceDate', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f253: FieldSpec = { name: 'warrantyExpiry', in: 'body', kind: 'dateTime', dateFormat: 'date' };
const f254: FieldSpec = { name: 'invoice', in: 'body', kind: 'string' };
const f255: FieldSpec = { name: 'customFields', in: 'body', kind: 'json', jsonKind: 'object' };
const f256: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Asset Part Unit ID' };
const f257: FieldSpec = { name: 'asset_part_types', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f258: FieldSpec = { name: 'assets', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f259: FieldSpec = { name: 'asset_units', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f260: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Media', value: 'media' }, { name: 'Cover Photo', value: 'cover_photo' }, { name: 'Asset Part Types', value: 'asset_part_types' }, { name: 'Assets', value: 'assets' }, { name: 'Asset Units', value: 'asset_units' }], arrayFormat: 'json' };
const f261: FieldSpec = { name: 'partNumber', in: 'body', kind: 'string', required: true };
const f262: FieldSpec = { name: 'partType', in: 'body', kind: 'string', required: true };
const f263: FieldSpec = { name: 'manufacturer', in: 'body', kind: 'string' };
const f264: FieldSpec = { name: 'model', in: 'body', kind: 'string' };
const f265: FieldSpec = { name: 'compatibleAssets', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f266: FieldSpec = { name: 'minStockLevel', in: 'body', kind: 'number' };
const f267: FieldSpec = { name: 'maxStockLevel', in: 'body', kind: 'number' };
const f268: FieldSpec = { name: 'reorderPoint', in: 'body', kind: 'number' };
const f269: FieldSpec = { name: 'leadTime', in: 'body', kind: 'number' };
const f270: FieldSpec = { name: 'warrantyPeriod', in: 'body', kind: 'number' };
const f271: FieldSpec = { name: 'category', in: 'body', kind: 'string' };
const f272: FieldSpec = { name: 'barcode', in: 'body', kind: 'string' };
const f273: FieldSpec = { name: 'qrCode', in: 'body', kind: 'string' };
const f274: FieldSpec = { name: 'images', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f275: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Asset Part ID' };
const f276: FieldSpec = { name: 'name', in: 'body', kind: 'string' };
const f277: FieldSpec = { name: 'fields', in: 'body', kind: 'json', jsonKind: 'array' };
const f278: FieldSpec = { name: 'disabled', in: 'body', kind: 'boolean' };
const f279: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Asset Type ID' };
const f280: FieldSpec = { name: 'asset', in: 'query', kind: 'string' };
const f281: FieldSpec = { name: 'status', in: 'query', kind: 'options', options: [{ name: 'Active', value: 'active' }, { name: 'Maintenance', value: 'maintenance' }, { name: 'Retired', value: 'retired' }, { name: 'Disposed', value: 'disposed' }] };
const f282: FieldSpec = { name: 'location', in: 'query', kind: 'string' };
const f283: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Media', value: 'media' }, { name: 'Cover Photo', value: 'cover_photo' }, { name: 'Asset', value: 'asset' }, { name: 'Location', value: 'location' }, { name: 'Location Client', value: 'locationClient' }, { name: 'Asset Location', value: 'assetLocation' }, { name: 'Asset Location Client', value: 'assetLocationClient' }, { name: 'Custom Fields', value: 'customFields' }], arrayFormat: 'json' };
const f284: FieldSpec = { name: 'asset', in: 'body', kind: 'string', required: true };
const f285: FieldSpec = { name: 'serial_number', in: 'body', kind: 'string', required: true };
const f286: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Active', value: 'active' }, { name: 'Maintenance', value: 'maintenance' }, { name: 'Retired', value: 'retired' }, { name: 'Disposed', value: 'disposed' }] };
const f287: FieldSpec = { name: 'condition', in: 'body', kind: 'options', options: [{ name: 'Excellent', value: 'excellent' }, { name: 'Good', value: 'good' }, { name: 'Fair', value: 'fair' }, { name: 'Poor', value: 'poor' }] };
const f288: FieldSpec = { name: 'location', in: 'body', kind: 'string' };
const f289: FieldSpec = { name: 'assigned_to', in: 'body', kind: 'string' };
const f290: FieldSpec = { name: 'purchase_date', in: 'body', kind: 'dateTime', dateFormat: 'date' };
const f291: FieldSpec = { name: 'warranty_expiry', in: 'body', kind: 'dateTime', dateFormat: 'date' };
const f292: FieldSpec = { name: 'purchase_cost', in: 'body', kind: 'number', numberPrecision: 6 };
const f293: FieldSpec = { name: 'depreciation', in: 'body', kind: 'json', jsonKind: 'object' };
const f294: FieldSpec = { name: 'custom_fields', in: 'body', kind: 'json', jsonKind: 'object' };
const f295: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Asset Unit ID' };
const f296: FieldSpec = { name: 'serial_number', in: 'body', kind: 'string' };
const f297: FieldSpec = { name: 'last_maintenance', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f298: FieldSpec = { name: 'next_maintenance', in: 'body', kind: 'dateTime', dateFormat: 'date' };
const f299: FieldSpec = { name: 'ids', in: 'body', kind: 'stringList', arrayFormat: 'array', required: true };
const f300: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Active', value: 'active' }, { name: 'Maintenance', value: 'maintenance' }, { name: 'Retired', value: 'retired' }, { name: 'Disposed', value: 'disposed' }], required: true };
const f301: FieldSpec = { name: 'asset_types', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f302: FieldSpec = { name: 'location', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f303: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Media', value: 'media' }, { name: 'Cover Photo', value: 'cover_photo' }, { name: 'Location', value: 'location' }, { name: 'Location Client', value: 'locationClient' }, { name: 'Custom Fields', value: 'customFields' }, { name: 'Asset Types', value: 'asset_types' }], arrayFormat: 'json' };
const f304: FieldSpec = { name: 'assetType', in: 'body', kind: 'string' };
const f305: FieldSpec = { name: 'purchaseDate', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f306: FieldSpec = { name: 'warrantyExpiry', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f307: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Asset ID' };
const f308: FieldSpec = { name: 'code', in: 'body', kind: 'string' };
const f309: FieldSpec = { name: 'country', in: 'body', kind: 'string' };
const f310: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Bank ID' };
const f311: FieldSpec = { name: 'me', in: 'query', kind: 'boolean' };
const f312: FieldSpec = { name: 'banks', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f313: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Bank List ID' };
const f314: FieldSpec = { name: 'createdAt', in: 'query', kind: 'number', numberPrecision: 6 };
const f315: FieldSpec = { name: 'updatedAt', in: 'query', kind: 'number', numberPrecision: 6 };
const f316: FieldSpec = { name: 'local_name', in: 'body', kind: 'string' };
const f317: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Brand ID' };
const f318: FieldSpec = { name: 'client_id', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f319: FieldSpec = { name: 'type', in: 'query', kind: 'multiOptions', options: [{ name: 'Invoice', value: 'invoice' }, { name: 'Proforma', value: 'proforma' }], arrayFormat: 'json' };
const f320: FieldSpec = { name: 'implemented_by._id', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f321: FieldSpec = { name: 'type', in: 'body', kind: 'options', options: [{ name: 'Invoice', value: 'invoice' }, { name: 'Proforma', value: 'proforma' }], required: true };
const f322: FieldSpec = { name: 'processable', in: 'body', kind: 'boolean' };
const f323: FieldSpec = { name: 'failure_reasons', in: 'body', kind: 'stringList', arrayFormat: 'array', required: true };
const f324: FieldSpec = { name: 'external_serial_number', in: 'body', kind: 'string' };
const f325: FieldSpec = { name: 'skip_promos', in: 'body', kind: 'boolean' };
const f326: FieldSpec = { name: 'skipped_promotions', in: 'body', kind: 'json', jsonKind: 'array' };
const f327: FieldSpec = { name: 'client_id', in: 'body', kind: 'string', required: true };
const f328: FieldSpec = { name: 'return_comment', in: 'body', kind: 'string' };
const f329: FieldSpec = { name: 'implemented_by', in: 'body', kind: 'json', jsonKind: 'object' };
const f330: FieldSpec = { name: 'latest', in: 'body', kind: 'boolean', required: true };
const f331: FieldSpec = { name: 'version', in: 'body', kind: 'number', numberPrecision: 6 };
const f332: FieldSpec = { name: 'time', in: 'body', kind: 'number', numberPrecision: 6 };
const f333: FieldSpec = { name: 'issue_date', in: 'body', kind: 'dateTime', dateFormat: 'date', required: true };
const f334: FieldSpec = { name: 'delivery_date', in: 'body', kind: 'dateTime', dateFormat: 'date' };
const f335: FieldSpec = { name: 'currency', in: 'body', kind: 'string', required: true };
const f336: FieldSpec = { name: 'serial_number', in: 'body', kind: 'json', jsonKind: 'object' };
const f337: FieldSpec = { name: 'geo_tag', in: 'body', kind: 'json', jsonKind: 'object', required: true };
const f338: FieldSpec = { name: 'sync_id', in: 'body', kind: 'string', required: true };
const f339: FieldSpec = { name: 'address', in: 'body', kind: 'json', jsonKind: 'object' };
const f340: FieldSpec = { name: 'company_namespace', in: 'body', kind: 'stringList', arrayFormat: 'array', required: true };
const f341: FieldSpec = { name: 'promotions', in: 'body', kind: 'json', jsonKind: 'array', required: true };
const f342: FieldSpec = { name: 'priceLists', in: 'body', kind: 'json', jsonKind: 'array', required: true };
const f343: FieldSpec = { name: 'visit_id', in: 'body', kind: 'string' };
const f344: FieldSpec = { name: 'teams', in: 'body', kind: 'stringList', arrayFormat: 'array', required: true };
const f345: FieldSpec = { name: 'converter', in: 'body', kind: 'json', jsonKind: 'object' };
const f346: FieldSpec = { name: 'converted_proforma_serial_number', in: 'body', kind: 'json', jsonKind: 'object' };
const f347: FieldSpec = { name: 'converted_proforma_return_serial_number', in: 'body', kind: 'json', jsonKind: 'object' };
const f348: FieldSpec = { name: 'proforma_reference', in: 'body', kind: 'string' };
const f349: FieldSpec = { name: 'converted_at', in: 'body', kind: 'number', numberPrecision: 6 };
const f350: FieldSpec = { name: 'exclude_return_items', in: 'body', kind: 'boolean' };
const f351: FieldSpec = { name: 'returned_from', in: 'body', kind: 'string' };
const f352: FieldSpec = { name: 'returned_to', in: 'body', kind: 'string' };
const f353: FieldSpec = { name: 'returned_from_serial_number', in: 'body', kind: 'json', jsonKind: 'object' };
const f354: FieldSpec = { name: 'returned_to_serial_number', in: 'body', kind: 'json', jsonKind: 'object' };
const f355: FieldSpec = { name: 'partiall_returned_from', in: 'body', kind: 'string' };
const f356: FieldSpec = { name: 'partiall_returned_from_serial_number', in: 'body', kind: 'json', jsonKind: 'object' };
const f357: FieldSpec = { name: 'due_date', in: 'body', kind: 'dateTime', dateFormat: 'date' };
const f358: FieldSpec = { name: 'return_serial_number', in: 'body', kind: 'json', jsonKind: 'object' };
const f359: FieldSpec = { name: 'origin_warehouse', in: 'body', kind: 'string' };
const f360: FieldSpec = { name: 'msl_sales', in: 'body', kind: 'string', label: 'MSL Sales' };
const f361: FieldSpec = { name: 'route', in: 'body', kind: 'string' };
const f362: FieldSpec = { name: 'paymentsData', in: 'body', kind: 'json', jsonKind: 'object', required: true };
const f363: FieldSpec = { name: 'consumption', in: 'body', kind: 'json', jsonKind: 'object', required: true };
const f364: FieldSpec = { name: 'subtotal', in: 'body', kind: 'number', numberPrecision: 6 };
const f365: FieldSpec = { name: 'discount_amount', in: 'body', kind: 'number', numberPrecision: 6 };
const f366: FieldSpec = { name: 'discount_amount_float', in: 'body', kind: 'number', numberPrecision: 6 };
const f367: FieldSpec = { name: 'taxable_subtotal', in: 'body', kind: 'number', numberPrecision: 6 };
const f368: FieldSpec = { name: 'net_total', in: 'body', kind: 'number', numberPrecision: 6 };
const f369: FieldSpec = { name: 'tax_amount', in: 'body', kind: 'number', numberPrecision: 6 };
const f370: FieldSpec = { name: 'tax_amount_after_deduction_float', in: 'body', kind: 'number', numberPrecision: 6 };
const f371: FieldSpec = { name: 'tax_amount_after_deduction_float_rounded_sum', in: 'body', kind: 'number', numberPrecision: 6 };
const f372: FieldSpec = { name: 'tax_amount_after_deduction_float_rounded', in: 'body', kind: 'number', numberPrecision: 6 };
const f373: FieldSpec = { name: 'total', in: 'body', kind: 'number', numberPrecision: 6 };
const f374: FieldSpec = { name: 'total_float', in: 'body', kind: 'number', numberPrecision: 6 };
const f375: FieldSpec = { name: 'total_float_rounded', in: 'body', kind: 'number', numberPrecision: 6 };
const f376: FieldSpec = { name: 'total_float_rounded_sum', in: 'body', kind: 'number', numberPrecision: 6 };
const f377: FieldSpec = { name: 'total_before_tax', in: 'body', kind: 'number', numberPrecision: 6 };
const f378: FieldSpec = { name: 'taxable_amount_float', in: 'body', kind: 'number', numberPrecision: 6 };
const f379: FieldSpec = { name: 'taxable_amount_float_rounded_sum', in: 'body', kind: 'number', numberPrecision: 6 };
const f380: FieldSpec = { name: 'taxable_amount_float_rounded', in: 'body', kind: 'number', numberPrecision: 6 };
const f381: FieldSpec = { name: 'pre_subtotal', in: 'body', kind: 'number', numberPrecision: 6 };
const f382: FieldSpec = { name: 'pre_discount_amount', in: 'body', kind: 'number', numberPrecision: 6 };
const f383: FieldSpec = { name: 'pre_discount_amount_float', in: 'body', kind: 'number', numberPrecision: 6 };
const f384: FieldSpec = { name: 'pre_taxable_subtotal', in: 'body', kind: 'number', numberPrecision: 6 };
const f385: FieldSpec = { name: 'pre_net_total', in: 'body', kind: 'number', numberPrecision: 6 };
const f386: FieldSpec = { name: 'pre_tax_amount', in: 'body', kind: 'number', numberPrecision: 6 };
const f387: FieldSpec = { name: 'pre_tax_amount_after_deduction_float', in: 'body', kind: 'number', numberPrecision: 6 };
const f388: FieldSpec = { name: 'pre_tax_amount_after_deduction_float_rounded', in: 'body', kind: 'number', numberPrecision: 6 };
const f389: FieldSpec = { name: 'pre_tax_amount_after_deduction_float_rounded_sum', in: 'body', kind: 'number', numberPrecision: 6 };
const f390: FieldSpec = { name: 'pre_total', in: 'body', kind: 'number', numberPrecision: 6 };
const f391: FieldSpec = { name: 'pre_total_float', in: 'body', kind: 'number', numberPrecision: 6 };
const f392: FieldSpec = { name: 'pre_total_float_rounded', in: 'body', kind: 'number', numberPrecision: 6 };
const f393: FieldSpec = { name: 'pre_total_float_rounded_sum', in: 'body', kind: 'number', numberPrecision: 6 };
const f394: FieldSpec = { name: 'pre_total_before_tax', in: 'body', kind: 'number', numberPrecision: 6 };
const f395: FieldSpec = { name: 'pre_taxable_amount_float', in: 'body', kind: 'number', numberPrecision: 6 };
const f396: FieldSpec = { name: 'pre_taxable_amount_float_rounded', in: 'body', kind: 'number', numberPrecision: 6 };
const f397: FieldSpec = { name: 'pre_taxable_amount_float_rounded_sum', in: 'body', kind: 'number', numberPrecision: 6 };
const f398: FieldSpec = { name: 'return_subtotal', in: 'body', kind: 'number', numberPrecision: 6 };
const f399: FieldSpec = { name: 'return_discount_amount', in: 'body', kind: 'number', numberPrecision: 6 };
const f400: FieldSpec = { name: 'return_discount_amount_float', in: 'body', kind: 'number', numberPrecision: 6 };
const f401: FieldSpec = { name: 'return_taxable_subtotal', in: 'body', kind: 'number', numberPrecision: 6 };
const f402: FieldSpec = { name: 'return_net_total', in: 'body', kind: 'number', numberPrecision: 6 };
const f403: FieldSpec = { name: 'return_tax_amount', in: 'body', kind: 'number', numberPrecision: 6 };
const f404: FieldSpec = { name: 'return_tax_amount_after_deduction_float', in: 'body', kind: 'number', numberPrecision: 6 };
const f405: FieldSpec = { name: 'return_tax_amount_after_deduction_float_rounded', in: 'body', kind: 'number', numberPrecision: 6 };
const f406: FieldSpec = { name: 'return_tax_amount_after_deduction_float_rounded_sum', in: 'body', kind: 'number', numberPrecision: 6 };
const f407: FieldSpec = { name: 'return_total', in: 'body', kind: 'number', numberPrecision: 6 };
const f408: FieldSpec = { name: 'return_total_float', in: 'body', kind: 'number', numberPrecision: 6 };
const f409: FieldSpec = { name: 'return_total_float_rounded', in: 'body', kind: 'number', numberPrecision: 6 };
const f410: FieldSpec = { name: 'return_total_float_rounded_sum', in: 'body', kind: 'number', numberPrecision: 6 };
const f411: FieldSpec = { name: 'return_total_before_tax', in: 'body', kind: 'number', numberPrecision: 6 };
const f412: FieldSpec = { name: 'return_taxable_amount_float', in: 'body', kind: 'number', numberPrecision: 6 };
const f413: FieldSpec = { name: 'return_taxable_amount_float_rounded', in: 'body', kind: 'number', numberPrecision: 6 };
const f414: FieldSpec = { name: 'return_taxable_amount_float_rounded_sum', in: 'body', kind: 'number', numberPrecision: 6 };
const f415: FieldSpec = { name: 'deductionRatio', in: 'body', kind: 'number', numberPrecision: 6 };
const f416: FieldSpec = { name: 'deductionFixed', in: 'body', kind: 'number', numberPrecision: 6 };
const f417: FieldSpec = { name: 'totalDeductedTax', in: 'body', kind: 'number', numberPrecision: 6 };
const f418: FieldSpec = { name: 'totalDeductedTaxFloat', in: 'body', kind: 'number', numberPrecision: 6 };
const f419: FieldSpec = { name: 'totalDeduction', in: 'body', kind: 'number', numberPrecision: 6 };
const f420: FieldSpec = { name: 'totalDeductionFloat', in: 'body', kind: 'number', numberPrecision: 6 };
const f421: FieldSpec = { name: 'totalDeductionBeforeTax', in: 'body', kind: 'number', numberPrecision: 6 };
const f422: FieldSpec = { name: 'totalDeductionBeforeTaxFloat', in: 'body', kind: 'number', numberPrecision: 6 };
const f423: FieldSpec = { name: 'totalAfterDeduction', in: 'body', kind: 'number', numberPrecision: 6 };
const f424: FieldSpec = { name: 'totalAfterDeductionFloat', in: 'body', kind: 'number', numberPrecision: 6 };
const f425: FieldSpec = { name: 'lines_discount', in: 'body', kind: 'number', numberPrecision: 6 };
const f426: FieldSpec = { name: 'lines_discount_float', in: 'body', kind: 'number', numberPrecision: 6 };
const f427: FieldSpec = { name: 'taxes', in: 'body', kind: 'json', jsonKind: 'object' };
const f428: FieldSpec = { name: 'overwriteDeductionFixed', in: 'body', kind: 'number', numberPrecision: 6 };
const f429: FieldSpec = { name: 'overwriteTaxExempt', in: 'body', kind: 'boolean' };
const f430: FieldSpec = { name: 'tax_exempt', in: 'body', kind: 'boolean' };
const f431: FieldSpec = { name: 'overwriteDeductionRatio', in: 'body', kind: 'number', numberPrecision: 6 };
const f432: FieldSpec = { name: 'shipping_zone', in: 'body', kind: 'json', jsonKind: 'object' };
const f433: FieldSpec = { name: 'payment_method', in: 'body', kind: 'json', jsonKind: 'object' };
const f434: FieldSpec = { name: 'shipping_price', in: 'body', kind: 'number', numberPrecision: 6 };
const f435: FieldSpec = { name: 'shipping_tax', in: 'body', kind: 'number', numberPrecision: 6 };
const f436: FieldSpec = { name: 'shipping_charge', in: 'body', kind: 'number', numberPrecision: 6 };
const f437: FieldSpec = { name: 'payment_charge', in: 'body', kind: 'number', numberPrecision: 6 };
const f438: FieldSpec = { name: 'total_with_charges', in: 'body', kind: 'number', numberPrecision: 6 };
const f439: FieldSpec = { name: 'payment', in: 'body', kind: 'json', jsonKind: 'object' };
const f440: FieldSpec = { name: 'workorder', in: 'body', kind: 'string' };
const f441: FieldSpec = { name: 'asset', in: 'body', kind: 'string' };
const f442: FieldSpec = { name: 'asset_unit', in: 'body', kind: 'string' };
const f443: FieldSpec = { name: 'signature', in: 'body', kind: 'string' };
const f444: FieldSpec = { name: 'createdAt', in: 'body', kind: 'dateTime', dateFormat: 'iso', required: true };
const f445: FieldSpec = { name: 'updatedAt', in: 'body', kind: 'dateTime', dateFormat: 'iso', required: true };
const f446: FieldSpec = { name: 'return_items', in: 'body', kind: 'json', jsonKind: 'array' };
const f447: FieldSpec = { name: 'invoice_payment_type', in: 'body', kind: 'options', options: [{ name: 'Cash', value: 'cash' }, { name: 'Credit', value: 'credit' }], required: true };
const f448: FieldSpec = { name: 'total_items_base_unit_qty', in: 'body', kind: 'number', numberPrecision: 6 };
const f449: FieldSpec = { name: 'total_items_qty', in: 'body', kind: 'number', numberPrecision: 6 };
const f450: FieldSpec = { name: 'total_return_items_base_unit_qty', in: 'body', kind: 'number', numberPrecision: 6 };
const f451: FieldSpec = { name: 'total_return_items_qty', in: 'body', kind: 'number', numberPrecision: 6 };
const f452: FieldSpec = { name: 'cart', in: 'body', kind: 'json', jsonKind: 'object' };
const f453: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Cart ID' };
const f454: FieldSpec = { name: 'position', in: 'query', kind: 'numberList', arrayFormat: 'json' };
const f455: FieldSpec = { name: 'withProduct', in: 'query', kind: 'boolean' };
const f456: FieldSpec = { name: 'hasSubCategory', in: 'query', kind: 'boolean' };
const f457: FieldSpec = { name: 'isLeaf', in: 'query', kind: 'boolean' };
const f458: FieldSpec = { name: 'type', in: 'body', kind: 'options', options: [{ name: 'Main', value: 'main' }] };
const f459: FieldSpec = { name: 'photo', in: 'body', kind: 'string' };
const f460: FieldSpec = { name: 'icon', in: 'body', kind: 'string' };
const f461: FieldSpec = { name: 'position', in: 'body', kind: 'number', numberPrecision: 6 };
const f462: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Category ID' };
const f463: FieldSpec = { name: 'check_number', in: 'query', kind: 'number', numberPrecision: 6 };
const f464: FieldSpec = { name: 'client_name', in: 'query', kind: 'string' };
const f465: FieldSpec = { name: 'rep_name', in: 'query', kind: 'string' };
const f466: FieldSpec = { name: 'drawer_name', in: 'query', kind: 'string' };
const f467: FieldSpec = { name: 'bank_name', in: 'query', kind: 'string' };
const f468: FieldSpec = { name: 'amount', in: 'query', kind: 'number', numberPrecision: 6 };
const f469: FieldSpec = { name: 'settled', in: 'query', kind: 'boolean' };
const f470: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Bank', value: 'bank' }, { name: 'Client ID', value: 'client_id' }], arrayFormat: 'json' };
const f471: FieldSpec = { name: 'checkNumber', in: 'body', kind: 'string', required: true };
const f472: FieldSpec = { name: 'bank', in: 'body', kind: 'string', required: true };
const f473: FieldSpec = { name: 'accountNumber', in: 'body', kind: 'string' };
const f474: FieldSpec = { name: 'issueDate', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f475: FieldSpec = { name: 'dueDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', required: true };
const f476: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Check ID' };
const f477: FieldSpec = { name: 'withPrintDetails', in: 'query', kind: 'boolean' };
const f478: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Client Channel ID' };
const f479: FieldSpec = { name: 'creator', in: 'body', kind: 'json', jsonKind: 'any' };
const f480: FieldSpec = { name: 'editor', in: 'body', kind: 'json', jsonKind: 'any' };
const f481: FieldSpec = { name: 'phone1', in: 'body', kind: 'string' };
const f482: FieldSpec = { name: 'phone2', in: 'body', kind: 'string' };
const f483: FieldSpec = { name: 'email', in: 'body', kind: 'string' };
const f484: FieldSpec = { name: 'extra_info', in: 'body', kind: 'string' };
const f485: FieldSpec = { name: 'cover_photo', in: 'body', kind: 'string' };
const f486: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Client Contact ID' };
const f487: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Client', value: 'client' }, { name: 'Contacts', value: 'contacts' }, { name: 'Media', value: 'media' }, { name: 'Cover Photo', value: 'cover_photo' }, { name: 'Custom Fields', value: 'customFields' }], arrayFormat: 'json' };
const f488: FieldSpec = { name: 'address', in: 'body', kind: 'string', required: true };
const f489: FieldSpec = { name: 'city', in: 'body', kind: 'string' };
const f490: FieldSpec = { name: 'state', in: 'body', kind: 'string' };
const f491: FieldSpec = { name: 'postal_code', in: 'body', kind: 'string' };
const f492: FieldSpec = { name: 'coordinates', in: 'body', kind: 'json', jsonKind: 'object' };
const f493: FieldSpec = { name: 'is_primary', in: 'body', kind: 'boolean' };
const f494: FieldSpec = { name: 'location_type', in: 'body', kind: 'options', options: [{ name: 'Office', value: 'office' }, { name: 'Warehouse', value: 'warehouse' }, { name: 'Retail', value: 'retail' }, { name: 'Branch', value: 'branch' }, { name: 'Other', value: 'other' }] };
const f495: FieldSpec = { name: 'contact_info', in: 'body', kind: 'json', jsonKind: 'object' };
const f496: FieldSpec = { name: 'business_hours', in: 'body', kind: 'json', jsonKind: 'object' };
const f497: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Client Location ID' };
const f498: FieldSpec = { name: 'address', in: 'body', kind: 'string' };
const f499: FieldSpec = { name: 'active', in: 'query', kind: 'boolean' };
const f500: FieldSpec = { name: 'assigned_to', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f501: FieldSpec = { name: 'availability_msl', in: 'query', kind: 'stringList', arrayFormat: 'json', label: 'Availability MSL' };
const f502: FieldSpec = { name: 'CLIENT_TAGS', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f503: FieldSpec = { name: 'AREA_TAGS', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f504: FieldSpec = { name: 'isChain', in: 'query', kind: 'boolean' };
const f505: FieldSpec = { name: 'chain', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f506: FieldSpec = { name: 'channel', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f507: FieldSpec = { name: 'city', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f508: FieldSpec = { name: 'client_code', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f509: FieldSpec = { name: 'country', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f510: FieldSpec = { name: 'location_verified', in: 'query', kind: 'boolean' };
const f511: FieldSpec = { name: 'state', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f512: FieldSpec = { name: 'sv_priceList', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f513: FieldSpec = { name: 'assigned_media', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f514: FieldSpec = { name: 'assigned_products', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f515: FieldSpec = { name: 'integrated_client_balance', in: 'query', kind: 'numberList', arrayFormat: 'json' };
const f516: FieldSpec = { name: 'tax_number', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f517: FieldSpec = { name: 'speciality', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f518: FieldSpec = { name: 'assigned_product_groups', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f519: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Tags', value: 'tags' }, { name: 'Status', value: 'status' }, { name: 'Reps', value: 'reps' }, { name: 'Assigned To', value: 'assigned_to' }, { name: 'Sv Price List', value: 'sv_priceList' }, { name: 'Payment Term', value: 'paymentTerm' }, { name: 'Job Category', value: 'job_category' }, { name: 'Msl', value: 'msl' }, { name: 'Chain', value: 'chain' }, { name: 'Channel', value: 'channel' }, { name: 'Product', value: 'product' }, { name: 'Assigned Products', value: 'assigned_products' }, { name: 'Assigned Product Groups', value: 'assigned_product_groups' }, { name: 'Speciality', value: 'speciality' }, { name: 'Contacts', value: 'contacts' }, { name: 'Retail Execution Templates', value: 'retail_execution_templates' }, { name: 'Assigned Forms V2 Templates', value: 'assigned_forms_v2_templates' }, { name: 'Assigned Clm Presentations', value: 'assigned_clm_presentations' }, { name: 'Media', value: 'media' }, { name: 'Cover Photo', value: 'cover_photo' }, { name: 'Sales Logo Media', value: 'sales.logo_media' }], arrayFormat: 'json' };
const f520: FieldSpec = { name: 'customFields', in: 'query', kind: 'json', jsonKind: 'object', arrayFormat: 'json' };
const f521: FieldSpec = { name: 'assigned_clm_presentations', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f522: FieldSpec = { name: 'integration_meta', in: 'query', kind: 'json', jsonKind: 'object', arrayFormat: 'json' };
const f523: FieldSpec = { name: 'tags', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f524: FieldSpec = { name: 'cell_phone', in: 'body', kind: 'string' };
const f525: FieldSpec = { name: 'client_code', in: 'body', kind: 'string' };
const f526: FieldSpec = { name: 'contact_name', in: 'body', kind: 'string' };
const f527: FieldSpec = { name: 'contact_title', in: 'body', kind: 'string' };
const f528: FieldSpec = { name: 'contacts', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f529: FieldSpec = { name: 'formatted_address', in: 'body', kind: 'string' };
const f530: FieldSpec = { name: 'lat', in: 'body', kind: 'number', numberPrecision: 6 };
const f531: FieldSpec = { name: 'lng', in: 'body', kind: 'number', numberPrecision: 6 };
const f532: FieldSpec = { name: 'location_verified', in: 'body', kind: 'boolean' };
const f533: FieldSpec = { name: 'phone', in: 'body', kind: 'string' };
const f534: FieldSpec = { name: 'zip', in: 'body', kind: 'string' };
const f535: FieldSpec = { name: 'assigned_to', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f536: FieldSpec = { name: 'credit_limit', in: 'body', kind: 'number', numberPrecision: 6 };
const f537: FieldSpec = { name: 'tax_number', in: 'body', kind: 'string' };
const f538: FieldSpec = { name: 'sync_id', in: 'body', kind: 'string' };
const f539: FieldSpec = { name: 'profile_pic', in: 'body', kind: 'string' };
const f540: FieldSpec = { name: 'logo', in: 'body', kind: 'string' };
const f541: FieldSpec = { name: 'website', in: 'body', kind: 'string' };
const f542: FieldSpec = { name: 'parent_client_id', in: 'body', kind: 'string' };
const f543: FieldSpec = { name: 'target_visit', in: 'body', kind: 'number', numberPrecision: 6 };
const f544: FieldSpec = { name: 'geofencing_radius', in: 'body', kind: 'number', numberPrecision: 6 };
const f545: FieldSpec = { name: 'price_tag', in: 'body', kind: 'string' };
const f546: FieldSpec = { name: 'job_category', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f547: FieldSpec = { name: 'territory', in: 'body', kind: 'string' };
const f548: FieldSpec = { name: 'sv_priceList', in: 'body', kind: 'string' };
const f549: FieldSpec = { name: 'paymentTerm', in: 'body', kind: 'string' };
const f550: FieldSpec = { name: 'speciality', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f551: FieldSpec = { name: 'channel', in: 'body', kind: 'string' };
const f552: FieldSpec = { name: 'isChain', in: 'body', kind: 'boolean' };
const f553: FieldSpec = { name: 'chain', in: 'body', kind: 'string' };
const f554: FieldSpec = { name: 'payment_type', in: 'body', kind: 'options', options: [{ name: 'Cash', value: 'cash' }, { name: 'Credit', value: 'credit' }] };
const f555: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Client ID' };
const f556: FieldSpec = { name: 'contract', in: 'query', kind: 'string' };
const f557: FieldSpec = { name: 'status', in: 'query', kind: 'options', options: [{ name: 'Pending', value: 'pending' }, { name: 'Paid', value: 'paid' }, { name: 'Overdue', value: 'overdue' }, { name: 'Cancelled', value: 'cancelled' }] };
const f558: FieldSpec = { name: 'due_date_from', in: 'query', kind: 'dateTime', dateFormat: 'date' };
const f559: FieldSpec = { name: 'due_date_to', in: 'query', kind: 'dateTime', dateFormat: 'date' };
const f560: FieldSpec = { name: 'from_due_time', in: 'query', kind: 'number', numberPrecision: 6 };
const f561: FieldSpec = { name: 'to_due_time', in: 'query', kind: 'number', numberPrecision: 6 };
const f562: FieldSpec = { name: 'due_time', in: 'query', kind: 'number', numberPrecision: 6 };
const f563: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Media', value: 'media' }, { name: 'Contract', value: 'contract' }], arrayFormat: 'json' };
const f564: FieldSpec = { name: 'contract', in: 'body', kind: 'string', required: true };
const f565: FieldSpec = { name: 'installment_number', in: 'body', kind: 'number', required: true };
const f566: FieldSpec = { name: 'due_date', in: 'body', kind: 'dateTime', dateFormat: 'date', required: true };
const f567: FieldSpec = { name: 'late_fee', in: 'body', kind: 'number', numberPrecision: 6 };
const f568: FieldSpec = { name: 'discount_applied', in: 'body', kind: 'number', numberPrecision: 6 };
const f569: FieldSpec = { name: 'interest_rate', in: 'body', kind: 'number', numberPrecision: 6 };
const f570: FieldSpec = { name: 'grace_period_days', in: 'body', kind: 'number' };
const f571: FieldSpec = { name: 'auto_pay_enabled', in: 'body', kind: 'boolean' };
const f572: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Contract Installment ID' };
const f573: FieldSpec = { name: 'amount', in: 'body', kind: 'number', numberPrecision: 6 };
const f574: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Pending', value: 'pending' }, { name: 'Paid', value: 'paid' }, { name: 'Overdue', value: 'overdue' }, { name: 'Cancelled', value: 'cancelled' }] };
const f575: FieldSpec = { name: 'payment_date', in: 'body', kind: 'dateTime', dateFormat: 'date' };
const f576: FieldSpec = { name: 'payment_amount', in: 'body', kind: 'number', numberPrecision: 6 };
const f577: FieldSpec = { name: 'payment_method', in: 'body', kind: 'options', options: [{ name: 'Cash', value: 'cash' }, { name: 'Check', value: 'check' }, { name: 'Credit Card', value: 'credit_card' }, { name: 'Bank Transfer', value: 'bank_transfer' }, { name: 'Other', value: 'other' }] };
const f578: FieldSpec = { name: 'payment_reference', in: 'body', kind: 'string' };
const f579: FieldSpec = { name: 'payment_date', in: 'body', kind: 'dateTime', dateFormat: 'date', required: true };
const f580: FieldSpec = { name: 'payment_amount', in: 'body', kind: 'number', numberPrecision: 6, required: true };
const f581: FieldSpec = { name: 'days_overdue', in: 'query', kind: 'number' };
const f582: FieldSpec = { name: 'status', in: 'query', kind: 'multiOptions', options: [{ name: 'Open', value: 'open' }, { name: 'Closed', value: 'closed' }, { name: 'Canceled', value: 'canceled' }], arrayFormat: 'json' };
const f583: FieldSpec = { name: 'from_start_time', in: 'query', kind: 'number', numberPrecision: 6 };
const f584: FieldSpec = { name: 'to_start_time', in: 'query', kind: 'number', numberPrecision: 6 };
const f585: FieldSpec = { name: 'from_end_time', in: 'query', kind: 'number', numberPrecision: 6 };
const f586: FieldSpec = { name: 'to_end_time', in: 'query', kind: 'number', numberPrecision: 6 };
const f587: FieldSpec = { name: 'from_amount', in: 'query', kind: 'number', numberPrecision: 6 };
const f588: FieldSpec = { name: 'to_amount', in: 'query', kind: 'number', numberPrecision: 6 };
const f589: FieldSpec = { name: 'renewed_from', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f590: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Client', value: 'client' }, { name: 'Media', value: 'media' }, { name: 'Locations Asset Units', value: 'locations.asset_units' }, { name: 'Locations Assets', value: 'locations.assets' }, { name: 'Locations ID', value: 'locations._id' }, { name: 'Renewed From', value: 'renewed_from' }], arrayFormat: 'json' };
const f591: FieldSpec = { name: 'expired', in: 'query', kind: 'boolean' };
const f592: FieldSpec = { name: 'near_expiry', in: 'query', kind: 'boolean' };
const f593: FieldSpec = { name: 'startDate', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f594: FieldSpec = { name: 'endDate', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f595: FieldSpec = { name: 'totalAmount', in: 'body', kind: 'number', numberPrecision: 6 };
const f596: FieldSpec = { name: 'terms', in: 'body', kind: 'string' };
const f597: FieldSpec = { name: 'installments', in: 'body', kind: 'json', jsonKind: 'array' };
const f598: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Contract ID' };
const f599: FieldSpec = { name: 'custom_list', in: 'query', kind: 'string' };
const f600: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Cover Photo', value: 'cover_photo' }, { name: 'Custom List', value: 'custom_list' }], arrayFormat: 'json' };
const f601: FieldSpec = { name: 'value', in: 'body', kind: 'string' };
const f602: FieldSpec = { name: 'customList', in: 'body', kind: 'string' };
const f603: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Custom List Item ID' };
const f604: FieldSpec = { name: 'type', in: 'query', kind: 'string' };
const f605: FieldSpec = { name: 'code', in: 'query', kind: 'string' };
const f606: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Custom List ID' };
const f607: FieldSpec = { name: 'code', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f608: FieldSpec = { name: 'model', in: 'query', kind: 'multiOptions', options: [{ name: 'Workorder', value: 'workorder' }, { name: 'Proformas', value: 'proformas' }, { name: 'Fullinvoices', value: 'fullinvoices' }, { name: 'Transfers', value: 'transfers' }, { name: 'Payments', value: 'payments' }, { name: 'Asset Part Receival', value: 'assetPartReceival' }, { name: 'Asset Part Unit', value: 'assetPartUnit' }, { name: 'Asset Part Transfer', value: 'assetPartTransfer' }, { name: 'Return Asset Part Unit', value: 'returnAssetPartUnit' }, { name: 'Store Asset Part Unit', value: 'storeAssetPartUnit' }, { name: 'Adjust Inventory', value: 'adjustInventory' }], arrayFormat: 'json' };
const f609: FieldSpec = { name: 'is_default', in: 'query', kind: 'boolean' };
const f610: FieldSpec = { name: 'color', in: 'body', kind: 'string' };
const f611: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Custom Status ID' };
const f612: FieldSpec = { name: 'open', in: 'query', kind: 'boolean' };
const f613: FieldSpec = { name: 'day', in: 'query', kind: 'string' };
const f614: FieldSpec = { name: 'from_day', in: 'query', kind: 'string' };
const f615: FieldSpec = { name: 'to_day', in: 'query', kind: 'string' };
const f616: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }], arrayFormat: 'json' };
const f617: FieldSpec = { name: 'date', in: 'body', kind: 'dateTime', dateFormat: 'date', required: true };
const f618: FieldSpec = { name: 'startTime', in: 'body', kind: 'string' };
const f619: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Day ID' };
const f620: FieldSpec = { name: 'category', in: 'query', kind: 'string' };
const f621: FieldSpec = { name: 'is_active', in: 'query', kind: 'boolean' };
const f622: FieldSpec = { name: 'template_type', in: 'query', kind: 'options', options: [{ name: 'Survey', value: 'survey' }, { name: 'Rating', value: 'rating' }, { name: 'Nps', value: 'nps' }, { name: 'Custom', value: 'custom' }] };
const f623: FieldSpec = { name: 'label', in: 'query', kind: 'string' };
const f624: FieldSpec = { name: 'score', in: 'query', kind: 'number', numberPrecision: 6 };
const f625: FieldSpec = { name: 'deleted_at', in: 'query', kind: 'number', numberPrecision: 6 };
const f626: FieldSpec = { name: 'template_type', in: 'body', kind: 'options', options: [{ name: 'Survey', value: 'survey' }, { name: 'Rating', value: 'rating' }, { name: 'Nps', value: 'nps' }, { name: 'Custom', value: 'custom' }], required: true };
const f627: FieldSpec = { name: 'questions', in: 'body', kind: 'json', jsonKind: 'array', required: true };
const f628: FieldSpec = { name: 'settings', in: 'body', kind: 'json', jsonKind: 'object' };
const f629: FieldSpec = { name: 'styling', in: 'body', kind: 'json', jsonKind: 'object' };
const f630: FieldSpec = { name: 'notification_settings', in: 'body', kind: 'json', jsonKind: 'object' };
const f631: FieldSpec = { name: 'is_active', in: 'body', kind: 'boolean' };
const f632: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Feedback Option ID' };
const f633: FieldSpec = { name: 'questions', in: 'body', kind: 'json', jsonKind: 'array' };
const f634: FieldSpec = { name: 'clients', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f635: FieldSpec = { name: 'from_issue_date', in: 'query', kind: 'number', numberPrecision: 6 };
const f636: FieldSpec = { name: 'to_issue_date', in: 'query', kind: 'number', numberPrecision: 6 };
const f637: FieldSpec = { name: 'origin_warehouse', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f638: FieldSpec = { name: 'status', in: 'query', kind: 'multiOptions', options: [{ name: 'Paid', value: 'paid' }, { name: 'Unpaid', value: 'unpaid' }, { name: 'Partially Paid', value: 'partially_paid' }], arrayFormat: 'json' };
const f639: FieldSpec = { name: 'is_void', in: 'query', kind: 'boolean' };
const f640: FieldSpec = { name: 'has_return', in: 'query', kind: 'boolean' };
const f641: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Route', value: 'route' }, { name: 'Client', value: 'client' }, { name: 'Warehouse', value: 'warehouse' }, { name: 'Custom Status', value: 'custom_status' }, { name: 'Workorder', value: 'workorder' }, { name: 'Tax Number', value: 'tax_number' }, { name: 'Return Reason', value: 'return_reason' }, { name: 'Returned From', value: 'returned_from' }, { name: 'Partially Returned From', value: 'partially_returned_from' }, { name: 'Returned To', value: 'returned_to' }], arrayFormat: 'json' };
const f642: FieldSpec = { name: 'sortPage', in: 'query', kind: 'options', options: [{ name: 'Line Total', value: 'line_total' }, { name: 'Product Name', value: 'product_name' }, { name: 'Variant Name', value: 'variant_name' }, { name: 'Product Sku', value: 'product_sku' }, { name: 'Product Barcode', value: 'product_barcode' }, { name: 'Variant Sku', value: 'variant_sku' }, { name: 'Variant Barcode', value: 'variant_barcode' }] };
const f643: FieldSpec = { name: 'return_serial_number.formatted', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f644: FieldSpec = { name: 'returned_from', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f645: FieldSpec = { name: 'treat_invoice_as_proforma_for_etax', in: 'query', kind: 'boolean' };
const f646: FieldSpec = { name: 'serial', in: 'body', kind: 'string' };
const f647: FieldSpec = { name: 'returned_from', in: 'body', kind: 'json', jsonKind: 'any' };
const f648: FieldSpec = { name: 'returned_to', in: 'body', kind: 'json', jsonKind: 'any' };
const f649: FieldSpec = { name: 'partially_returned_from', in: 'body', kind: 'json', jsonKind: 'any' };
const f650: FieldSpec = { name: 'workorder', in: 'body', kind: 'json', jsonKind: 'any' };
const f651: FieldSpec = { name: 'delivery_fees', in: 'body', kind: 'number', numberPrecision: 6 };
const f652: FieldSpec = { name: 'bank_fees', in: 'body', kind: 'number', numberPrecision: 6 };
const f653: FieldSpec = { name: 'discount', in: 'body', kind: 'number', numberPrecision: 6 };
const f654: FieldSpec = { name: 'prepaid_amount', in: 'body', kind: 'number', numberPrecision: 6 };
const f655: FieldSpec = { name: 'return_reason', in: 'body', kind: 'string' };
const f656: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Invoice ID' };
const f657: FieldSpec = { name: 'is_void', in: 'body', kind: 'boolean' };
const f658: FieldSpec = { name: 'integrationId', in: 'body', kind: 'string', required: true };
const f659: FieldSpec = { name: 'actionType', in: 'body', kind: 'options', options: [{ name: 'Create', value: 'create' }, { name: 'Update', value: 'update' }, { name: 'Delete', value: 'delete' }, { name: 'Sync', value: 'sync' }, { name: 'Webhook', value: 'webhook' }], required: true };
const f660: FieldSpec = { name: 'entityType', in: 'body', kind: 'string', required: true };
const f661: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Pending', value: 'pending' }, { name: 'Success', value: 'success' }, { name: 'Failed', value: 'failed' }, { name: 'Retrying', value: 'retrying' }], required: true };
const f662: FieldSpec = { name: 'payload', in: 'body', kind: 'json', jsonKind: 'object' };
const f663: FieldSpec = { name: 'response', in: 'body', kind: 'json', jsonKind: 'object' };
const f664: FieldSpec = { name: 'errorMessage', in: 'body', kind: 'string' };
const f665: FieldSpec = { name: 'retryCount', in: 'body', kind: 'number' };
const f666: FieldSpec = { name: 'executionTime', in: 'body', kind: 'number', numberPrecision: 6 };
const f667: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Integration Action Log ID' };
const f668: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Available App', value: 'available_app' }], arrayFormat: 'json' };
const f669: FieldSpec = { name: 'available_app', in: 'body', kind: 'string', required: true };
const f670: FieldSpec = { name: 'company_namespace', in: 'body', kind: 'string', required: true };
const f671: FieldSpec = { name: 'config', in: 'body', kind: 'json', jsonKind: 'object' };
const f672: FieldSpec = { name: 'credentials', in: 'body', kind: 'json', jsonKind: 'object' };
const f673: FieldSpec = { name: 'endpoints', in: 'body', kind: 'json', jsonKind: 'object' };
const f674: FieldSpec = { name: 'webhooks', in: 'body', kind: 'json', jsonKind: 'object' };
const f675: FieldSpec = { name: 'sync_settings', in: 'body', kind: 'json', jsonKind: 'object' };
const f676: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Integration App ID' };
const f677: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Active', value: 'active' }, { name: 'Inactive', value: 'inactive' }, { name: 'Pending', value: 'pending' }] };
const f678: FieldSpec = { name: 'commandType', in: 'body', kind: 'options', options: [{ name: 'Sync', value: 'sync' }, { name: 'Import', value: 'import' }, { name: 'Export', value: 'export' }, { name: 'Validate', value: 'validate' }, { name: 'Transform', value: 'transform' }], required: true };
const f679: FieldSpec = { name: 'command', in: 'body', kind: 'string', required: true };
const f680: FieldSpec = { name: 'parameters', in: 'body', kind: 'json', jsonKind: 'object' };
const f681: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Pending', value: 'pending' }, { name: 'Running', value: 'running' }, { name: 'Completed', value: 'completed' }, { name: 'Failed', value: 'failed' }, { name: 'Cancelled', value: 'cancelled' }], required: true };
const f682: FieldSpec = { name: 'startTime', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f683: FieldSpec = { name: 'endTime', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f684: FieldSpec = { name: 'duration', in: 'body', kind: 'number', numberPrecision: 6 };
const f685: FieldSpec = { name: 'output', in: 'body', kind: 'json', jsonKind: 'object' };
const f686: FieldSpec = { name: 'errorLog', in: 'body', kind: 'string' };
const f687: FieldSpec = { name: 'processedRecords', in: 'body', kind: 'number' };
const f688: FieldSpec = { name: 'failedRecords', in: 'body', kind: 'number' };
const f689: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Integration Command Log ID' };
const f690: FieldSpec = { name: 'name', in: 'query', kind: 'string' };
const f691: FieldSpec = { name: 'type', in: 'body', kind: 'options', options: [{ name: 'Increase', value: 'increase' }, { name: 'Decrease', value: 'decrease' }] };
const f692: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Inventory Adjustment Reason ID' };
const f693: FieldSpec = { name: 'warehouse_id', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f694: FieldSpec = { name: 'variant_id', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f695: FieldSpec = { name: 'qty', in: 'query', kind: 'numberList', arrayFormat: 'json' };
const f696: FieldSpec = { name: 'export_behaviour', in: 'query', kind: 'boolean' };
const f697: FieldSpec = { name: 'email', in: 'query', kind: 'string' };
const f698: FieldSpec = { name: 'email', in: 'body', kind: 'string', required: true };
const f699: FieldSpec = { name: 'unsubscribe_types', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f700: FieldSpec = { name: 'user_agent', in: 'body', kind: 'string' };
const f701: FieldSpec = { name: 'ip_address', in: 'body', kind: 'string' };
const f702: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Mail Unsubscribe ID' };
const f703: FieldSpec = { name: 'measureunits', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f704: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Measureunits', value: 'measureunits' }], arrayFormat: 'json' };
const f705: FieldSpec = { name: 'measureunits', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f706: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Measure Unit Family ID' };
const f707: FieldSpec = { name: 'factor', in: 'query', kind: 'numberList', arrayFormat: 'json' };
const f708: FieldSpec = { name: 'parent', in: 'query', kind: 'options', options: [{ name: 'Nil', value: 'nil' }] };
const f709: FieldSpec = { name: 'family_name', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f710: FieldSpec = { name: 'withFamily', in: 'query', kind: 'boolean' };
const f711: FieldSpec = { name: 'factor', in: 'body', kind: 'number', numberPrecision: 6, required: true };
const f712: FieldSpec = { name: 'parent', in: 'body', kind: 'string' };
const f713: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Measure Unit ID' };
const f714: FieldSpec = { name: 'factor', in: 'body', kind: 'number', numberPrecision: 6 };
const f715: FieldSpec = { name: 'key', in: 'query', kind: 'string' };
const f716: FieldSpec = { name: 'parentDocumentId', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f717: FieldSpec = { name: 'type_name', in: 'query', kind: 'options', options: [{ name: 'File Attachment', value: 'FileAttachment' }, { name: 'Image Attachment', value: 'ImageAttachment' }] };
const f718: FieldSpec = { name: 'media_type', in: 'query', kind: 'multiOptions', options: [{ name: 'Html', value: 'html' }, { name: 'Csv', value: 'csv' }, { name: 'Json', value: 'json' }, { name: 'Image', value: 'image' }, { name: 'Pdf', value: 'pdf' }, { name: 'Ppt', value: 'ppt' }, { name: 'Pptx', value: 'pptx' }, { name: 'Xls', value: 'xls' }, { name: 'Xlsx', value: 'xlsx' }, { name: 'Doc', value: 'doc' }, { name: 'Docx', value: 'docx' }, { name: 'Images', value: 'images' }, { name: 'Zip', value: 'zip' }, { name: 'Pt', value: 'pt' }], arrayFormat: 'json' };
const f719: FieldSpec = { name: 'filename', in: 'body', kind: 'string', required: true };
const f720: FieldSpec = { name: 'url', in: 'body', kind: 'string', required: true };
const f721: FieldSpec = { name: 'mimeType', in: 'body', kind: 'string', required: true };
const f722: FieldSpec = { name: 'size', in: 'body', kind: 'number', numberPrecision: 6, required: true };
const f723: FieldSpec = { name: 'entityType', in: 'body', kind: 'string' };
const f724: FieldSpec = { name: 'isPublic', in: 'body', kind: 'boolean' };
const f725: FieldSpec = { name: 'thumbnailUrl', in: 'body', kind: 'string' };
const f726: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Media Storage ID' };
const f727: FieldSpec = { name: 'filename', in: 'body', kind: 'string' };
const f728: FieldSpec = { name: 'caption', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f729: FieldSpec = { name: 'url', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f730: FieldSpec = { name: 'type', in: 'query', kind: 'multiOptions', options: [{ name: 'Pdf', value: 'pdf' }, { name: 'Ppt', value: 'ppt' }, { name: 'Pptx', value: 'pptx' }, { name: 'Doc', value: 'doc' }, { name: 'Docx', value: 'docx' }, { name: 'Jpeg', value: 'jpeg' }, { name: 'Jpg', value: 'jpg' }, { name: 'Png', value: 'png' }], arrayFormat: 'json' };
const f731: FieldSpec = { name: 'repID', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f732: FieldSpec = { name: 'document_type', in: 'body', kind: 'options', options: [{ name: 'Html', value: 'html' }, { name: 'Csv', value: 'csv' }, { name: 'Json', value: 'json' }, { name: 'Image', value: 'image' }, { name: 'Pdf', value: 'pdf' }, { name: 'Ppt', value: 'ppt' }, { name: 'Pptx', value: 'pptx' }, { name: 'Xls', value: 'xls' }, { name: 'Xlsx', value: 'xlsx' }, { name: 'Doc', value: 'doc' }, { name: 'Docx', value: 'docx' }, { name: 'Images', value: 'images' }, { name: 'Zip', value: 'zip' }, { name: 'Pt', value: 'pt' }], required: true };
const f733: FieldSpec = { name: 'parent_document_type', in: 'body', kind: 'options', options: [{ name: 'Clients', value: 'clients' }, { name: 'Asset', value: 'asset' }, { name: 'Asset Unit', value: 'assetUnit' }, { name: 'Workorder', value: 'workorder' }, { name: 'Client Location', value: 'clientLocation' }, { name: 'Client Contact', value: 'clientContact' }, { name: 'Comments Thread', value: 'commentsThread' }, { name: 'Workorder Request', value: 'workorderRequest' }, { name: 'Workorder Portal', value: 'workorderPortal' }, { name: 'Invoice', value: 'invoice' }, { name: 'Products', value: 'products' }, { name: 'Productvariations', value: 'productvariations' }, { name: 'Representatives', value: 'representatives' }, { name: 'Productcategories', value: 'productcategories' }, { name: 'Product Sub Category', value: 'productSubCategory' }, { name: 'Speciality', value: 'speciality' }, { name: 'Line', value: 'line' }, { name: 'Banner', value: 'banner' }, { name: 'Intg Available Apps', value: 'intgAvailableApps' }] };
const f734: FieldSpec = { name: 'parent_document_key', in: 'body', kind: 'string' };
const f735: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Media ID' };
const f736: FieldSpec = { name: 'url', in: 'body', kind: 'string' };
const f737: FieldSpec = { name: 'document_type', in: 'body', kind: 'options', options: [{ name: 'Html', value: 'html' }, { name: 'Csv', value: 'csv' }, { name: 'Json', value: 'json' }, { name: 'Image', value: 'image' }, { name: 'Pdf', value: 'pdf' }, { name: 'Ppt', value: 'ppt' }, { name: 'Pptx', value: 'pptx' }, { name: 'Xls', value: 'xls' }, { name: 'Xlsx', value: 'xlsx' }, { name: 'Doc', value: 'doc' }, { name: 'Docx', value: 'docx' }, { name: 'Images', value: 'images' }, { name: 'Zip', value: 'zip' }, { name: 'Pt', value: 'pt' }] };
const f738: FieldSpec = { name: 'product_id', in: 'query', kind: 'string' };
const f739: FieldSpec = { name: 'variant_id', in: 'query', kind: 'string' };
const f740: FieldSpec = { name: 'msl_id', in: 'query', kind: 'string', label: 'MSL ID' };
const f741: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Variant', value: 'variant' }, { name: 'Msl', value: 'msl' }, { name: 'Product', value: 'product' }], arrayFormat: 'json' };
const f742: FieldSpec = { name: 'msl', in: 'body', kind: 'string', label: 'MSL' };
const f743: FieldSpec = { name: 'product', in: 'body', kind: 'string' };
const f744: FieldSpec = { name: 'variant', in: 'body', kind: 'string' };
const f745: FieldSpec = { name: 'targetQuantity', in: 'body', kind: 'number', numberPrecision: 6 };
const f746: FieldSpec = { name: 'achievedQuantity', in: 'body', kind: 'number', numberPrecision: 6 };
const f747: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'MSL Product ID' };
const f748: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'MSL ID' };
const f749: FieldSpec = { name: 'doc_type', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f750: FieldSpec = { name: 'processingSettings', in: 'body', kind: 'json', jsonKind: 'object' };
const f751: FieldSpec = { name: 'notifications', in: 'body', kind: 'json', jsonKind: 'object' };
const f752: FieldSpec = { name: 'createdBy', in: 'body', kind: 'string' };
const f753: FieldSpec = { name: 'assignedTo', in: 'body', kind: 'string' };
const f754: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'OCR Invoice Job Group ID' };
const f755: FieldSpec = { name: 'job', in: 'body', kind: 'string', required: true };
const f756: FieldSpec = { name: 'pageNumber', in: 'body', kind: 'number', required: true };
const f757: FieldSpec = { name: 'pageUrl', in: 'body', kind: 'string', required: true };
const f758: FieldSpec = { name: 'pageType', in: 'body', kind: 'options', options: [{ name: 'Cover', value: 'cover' }, { name: 'Header', value: 'header' }, { name: 'Content', value: 'content' }, { name: 'Footer', value: 'footer' }, { name: 'Summary', value: 'summary' }, { name: 'Attachment', value: 'attachment' }] };
const f759: FieldSpec = { name: 'imageProperties', in: 'body', kind: 'json', jsonKind: 'object' };
const f760: FieldSpec = { name: 'annotations', in: 'body', kind: 'json', jsonKind: 'array' };
const f761: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'OCR Invoice Job Page ID' };
const f762: FieldSpec = { name: 'version', in: 'body', kind: 'string' };
const f763: FieldSpec = { name: 'ocrEngine', in: 'body', kind: 'options', options: [{ name: 'Tesseract', value: 'tesseract' }, { name: 'Google Vision', value: 'google-vision' }, { name: 'Aws Textract', value: 'aws-textract' }, { name: 'Azure Cognitive', value: 'azure-cognitive' }, { name: 'Custom', value: 'custom' }], required: true, label: 'OCR Engine' };
const f764: FieldSpec = { name: 'documentType', in: 'body', kind: 'options', options: [{ name: 'Invoice', value: 'invoice' }, { name: 'Receipt', value: 'receipt' }, { name: 'Bill', value: 'bill' }, { name: 'Statement', value: 'statement' }, { name: 'Other', value: 'other' }], required: true };
const f765: FieldSpec = { name: 'extractionRules', in: 'body', kind: 'json', jsonKind: 'object', required: true };
const f766: FieldSpec = { name: 'preprocessingSettings', in: 'body', kind: 'json', jsonKind: 'object' };
const f767: FieldSpec = { name: 'postprocessingSettings', in: 'body', kind: 'json', jsonKind: 'object' };
const f768: FieldSpec = { name: 'supportedFormats', in: 'body', kind: 'multiOptions', options: [{ name: 'Pdf', value: 'pdf' }, { name: 'Png', value: 'png' }, { name: 'Jpg', value: 'jpg' }, { name: 'Jpeg', value: 'jpeg' }, { name: 'Tiff', value: 'tiff' }, { name: 'Bmp', value: 'bmp' }], arrayFormat: 'array' };
const f769: FieldSpec = { name: 'languages', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f770: FieldSpec = { name: 'isDefault', in: 'body', kind: 'boolean' };
const f771: FieldSpec = { name: 'lastModifiedBy', in: 'body', kind: 'string' };
const f772: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'OCR Invoice Job Template ID' };
const f773: FieldSpec = { name: 'job_group', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f774: FieldSpec = { name: 'jobNumber', in: 'body', kind: 'string', required: true };
const f775: FieldSpec = { name: 'documentName', in: 'body', kind: 'string', required: true };
const f776: FieldSpec = { name: 'documentUrl', in: 'body', kind: 'string', required: true };
const f777: FieldSpec = { name: 'documentType', in: 'body', kind: 'options', options: [{ name: 'Pdf', value: 'pdf' }, { name: 'Png', value: 'png' }, { name: 'Jpg', value: 'jpg' }, { name: 'Jpeg', value: 'jpeg' }, { name: 'Tiff', value: 'tiff' }, { name: 'Bmp', value: 'bmp' }] };
const f778: FieldSpec = { name: 'group', in: 'body', kind: 'string' };
const f779: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'OCR Invoice Job ID' };
const f780: FieldSpec = { name: 'targetEntity', in: 'body', kind: 'string', required: true };
const f781: FieldSpec = { name: 'conditions', in: 'body', kind: 'json', jsonKind: 'object' };
const f782: FieldSpec = { name: 'patches', in: 'body', kind: 'json', jsonKind: 'array', required: true };
const f783: FieldSpec = { name: 'batchSize', in: 'body', kind: 'number' };
const f784: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Draft', value: 'draft' }, { name: 'Ready', value: 'ready' }, { name: 'Running', value: 'running' }, { name: 'Completed', value: 'completed' }, { name: 'Failed', value: 'failed' }, { name: 'Cancelled', value: 'cancelled' }] };
const f785: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Patch Action ID' };
const f786: FieldSpec = { name: 'days', in: 'body', kind: 'number' };
const f787: FieldSpec = { name: 'discount_percentage', in: 'body', kind: 'number', numberPrecision: 6 };
const f788: FieldSpec = { name: 'discount_days', in: 'body', kind: 'number' };
const f789: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Payment Term ID' };
const f790: FieldSpec = { name: 'from_paytime', in: 'query', kind: 'number', numberPrecision: 6 };
const f791: FieldSpec = { name: 'to_paytime', in: 'query', kind: 'number', numberPrecision: 6 };
const f792: FieldSpec = { name: 'payment_type', in: 'query', kind: 'json', jsonKind: 'any', arrayFormat: 'json' };
const f793: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Custom Status', value: 'custom_status' }, { name: 'Teams', value: 'teams' }, { name: 'Route', value: 'route' }], arrayFormat: 'json' };
const f794: FieldSpec = { name: 'paytime', in: 'body', kind: 'string', required: true };
const f795: FieldSpec = { name: 'note', in: 'body', kind: 'string' };
const f796: FieldSpec = { name: 'payment_type', in: 'body', kind: 'options', options: [{ name: 'Check', value: 'check' }, { name: 'Cash', value: 'cash' }], required: true };
const f797: FieldSpec = { name: 'transaction_processed', in: 'body', kind: 'boolean', required: true };
const f798: FieldSpec = { name: 'check', in: 'body', kind: 'json', jsonKind: 'object' };
const f799: FieldSpec = { name: 'LinkedTxn', in: 'body', kind: 'json', jsonKind: 'object' };
const f800: FieldSpec = { name: 'client_geo_location', in: 'body', kind: 'json', jsonKind: 'object' };
const f801: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Payment ID' };
const f802: FieldSpec = { name: 'product_id', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f803: FieldSpec = { name: 'pricelist_id', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f804: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Variant', value: 'variant' }, { name: 'Product', value: 'product' }, { name: 'Pricelist', value: 'pricelist' }], arrayFormat: 'json' };
const f805: FieldSpec = { name: 'product_id', in: 'body', kind: 'string', required: true };
const f806: FieldSpec = { name: 'variant_id', in: 'body', kind: 'string', required: true };
const f807: FieldSpec = { name: 'pricelist_id', in: 'body', kind: 'string', required: true };
const f808: FieldSpec = { name: 'price', in: 'body', kind: 'number', numberPrecision: 6, required: true };
const f809: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Price List Item ID' };
const f810: FieldSpec = { name: 'product_id', in: 'body', kind: 'string' };
const f811: FieldSpec = { name: 'variant_id', in: 'body', kind: 'string' };
const f812: FieldSpec = { name: 'pricelist_id', in: 'body', kind: 'string' };
const f813: FieldSpec = { name: 'price', in: 'body', kind: 'number', numberPrecision: 6 };
const f814: FieldSpec = { name: 'createdby._id', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f815: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Price List ID' };
const f816: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Product Group ID' };
const f817: FieldSpec = { name: 'modifiers', in: 'body', kind: 'json', jsonKind: 'array' };
const f818: FieldSpec = { name: 'is_required', in: 'body', kind: 'boolean' };
const f819: FieldSpec = { name: 'max_selection', in: 'body', kind: 'number' };
const f820: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Product Modifier Group ID' };
const f821: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Media', value: 'media' }, { name: 'Category', value: 'category' }, { name: 'Sub Category', value: 'sub_category' }, { name: 'Tax', value: 'tax' }, { name: 'Sv Tax', value: 'sv_tax' }, { name: 'Measureunit Family', value: 'measureunit_family' }, { name: 'Measureunit', value: 'measureunit' }, { name: 'Sv Measure Unit', value: 'sv_measureUnit' }, { name: 'Brand', value: 'brand' }, { name: 'Product Groups', value: 'product_groups' }, { name: 'Measureunit Family With Measureunit', value: 'measureunit_family_with_measureunit' }], arrayFormat: 'json' };
const f822: FieldSpec = { name: 'category', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f823: FieldSpec = { name: 'sub_category', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f824: FieldSpec = { name: 'sv_measureUnit', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f825: FieldSpec = { name: 'base_price', in: 'query', kind: 'numberList', arrayFormat: 'json' };
const f826: FieldSpec = { name: 'modifiers_group', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f827: FieldSpec = { name: 'brand', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f828: FieldSpec = { name: 'rsp', in: 'query', kind: 'numberList', arrayFormat: 'json' };
const f829: FieldSpec = { name: 'measureunit_family', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f830: FieldSpec = { name: 'product_groups', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f831: FieldSpec = { name: 'sv_tax', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f832: FieldSpec = { name: 'barcode', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f833: FieldSpec = { name: 'sku', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f834: FieldSpec = { name: 'frozen_pre_sales', in: 'query', kind: 'boolean' };
const f835: FieldSpec = { name: 'frozen_sales', in: 'query', kind: 'boolean' };
const f836: FieldSpec = { name: 'withMedia', in: 'query', kind: 'boolean' };
const f837: FieldSpec = { name: 'withDefaultVariant', in: 'query', kind: 'boolean' };
const f838: FieldSpec = { name: 'withVariants', in: 'query', kind: 'boolean' };
const f839: FieldSpec = { name: 'active', in: 'body', kind: 'boolean' };
const f840: FieldSpec = { name: 'sku', in: 'body', kind: 'string' };
const f841: FieldSpec = { name: 'sub_category', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f842: FieldSpec = { name: 'auditable', in: 'body', kind: 'boolean' };
const f843: FieldSpec = { name: 'sv_tax', in: 'body', kind: 'string' };
const f844: FieldSpec = { name: 'sv_measureUnit', in: 'body', kind: 'string' };
const f845: FieldSpec = { name: 'local_description', in: 'body', kind: 'string' };
const f846: FieldSpec = { name: 'product_img', in: 'body', kind: 'string' };
const f847: FieldSpec = { name: 'base_price', in: 'body', kind: 'string' };
const f848: FieldSpec = { name: 'assigned_media', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f849: FieldSpec = { name: 'html_description', in: 'body', kind: 'string' };
const f850: FieldSpec = { name: 'modifiers_group', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f851: FieldSpec = { name: 'featured', in: 'body', kind: 'boolean' };
const f852: FieldSpec = { name: 'brand', in: 'body', kind: 'string' };
const f853: FieldSpec = { name: 'rsp', in: 'body', kind: 'number', numberPrecision: 6 };
const f854: FieldSpec = { name: 'measureunit_family', in: 'body', kind: 'string' };
const f855: FieldSpec = { name: 'product_groups', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f856: FieldSpec = { name: 'frozen_pre_sales', in: 'body', kind: 'boolean' };
const f857: FieldSpec = { name: 'frozen_sales', in: 'body', kind: 'boolean' };
const f858: FieldSpec = { name: 'variants', in: 'body', kind: 'json', jsonKind: 'array' };
const f859: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Product ID' };
const f860: FieldSpec = { name: 'latest', in: 'query', kind: 'boolean' };
const f861: FieldSpec = { name: 'sortPage', in: 'query', kind: 'options', options: [{ name: 'Product Name', value: 'product_name' }, { name: 'Variant Name', value: 'variant_name' }, { name: 'Product Sku', value: 'product_sku' }, { name: 'Product Barcode', value: 'product_barcode' }, { name: 'Variant Sku', value: 'variant_sku' }, { name: 'Variant Barcode', value: 'variant_barcode' }] };
const f862: FieldSpec = { name: 'export', in: 'query', kind: 'options', options: [{ name: 'Excel', value: 'excel' }] };
const f863: FieldSpec = { name: 'withClientDetails', in: 'query', kind: 'boolean' };
const f864: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Route', value: 'route' }, { name: 'Custom Status', value: 'custom_status' }, { name: 'Media', value: 'media' }, { name: 'Signature', value: 'signature' }, { name: 'Return Reason', value: 'return_reason' }], arrayFormat: 'json' };
const f865: FieldSpec = { name: 'conversion_status', in: 'query', kind: 'options', options: [{ name: 'Converted', value: 'converted' }, { name: 'Not Converted', value: 'not_converted' }, { name: 'All', value: 'all' }] };
const f866: FieldSpec = { name: 'validUntil', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f867: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Proforma ID' };
const f868: FieldSpec = { name: 'documentType', in: 'body', kind: 'options', options: [{ name: 'Invoice', value: 'invoice' }, { name: 'Proforma', value: 'proforma' }, { name: 'Order', value: 'order' }, { name: 'Quote', value: 'quote' }, { name: 'Receipt', value: 'receipt' }], required: true };
const f869: FieldSpec = { name: 'documentId', in: 'body', kind: 'string', required: true };
const f870: FieldSpec = { name: 'template', in: 'body', kind: 'string' };
const f871: FieldSpec = { name: 'options', in: 'body', kind: 'json', jsonKind: 'object', key: 'optionsField' };
const f872: FieldSpec = { name: 'language', in: 'body', kind: 'string' };
const f873: FieldSpec = { name: 'creator.name', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f874: FieldSpec = { name: 'to', in: 'query', kind: 'string' };
const f875: FieldSpec = { name: 'from', in: 'query', kind: 'string' };
const f876: FieldSpec = { name: 'status', in: 'query', kind: 'string' };
const f877: FieldSpec = { name: 'supplier', in: 'query', kind: 'string' };
const f878: FieldSpec = { name: 'receiptNumber', in: 'body', kind: 'string' };
const f879: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Receiving Material ID' };
const f880: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Pending', value: 'pending' }, { name: 'Received', value: 'received' }, { name: 'Cancelled', value: 'cancelled' }] };
const f881: FieldSpec = { name: 'transaction_type', in: 'query', kind: 'multiOptions', options: [{ name: 'Check', value: 'check' }, { name: 'Cash', value: 'cash' }], arrayFormat: 'json' };
const f882: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Route', value: 'route' }, { name: 'Custom Status', value: 'custom_status' }], arrayFormat: 'json' };
const f883: FieldSpec = { name: 'refundMethod', in: 'body', kind: 'string' };
const f884: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Refund ID' };
const f885: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Pending', value: 'pending' }, { name: 'Approved', value: 'approved' }, { name: 'Rejected', value: 'rejected' }, { name: 'Processed', value: 'processed' }] };
const f886: FieldSpec = { name: 'processedAt', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f887: FieldSpec = { name: 'rep', in: 'query', kind: 'string', required: true };
const f888: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f889: FieldSpec = { name: 'username', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f890: FieldSpec = { name: 'phone', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f891: FieldSpec = { name: 'identifier', in: 'query', kind: 'numberList', arrayFormat: 'json' };
const f892: FieldSpec = { name: 'msl_sales', in: 'query', kind: 'stringList', arrayFormat: 'json', label: 'MSL Sales' };
const f893: FieldSpec = { name: 'job_category', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f894: FieldSpec = { name: 'assigned_warehouse', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f895: FieldSpec = { name: 'assigned_main_warehouse', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f896: FieldSpec = { name: 'assigned_plan', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f897: FieldSpec = { name: 'force_online_connectivity', in: 'query', kind: 'boolean' };
const f898: FieldSpec = { name: 'assigned_targets', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f899: FieldSpec = { name: 'lines', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f900: FieldSpec = { name: 'job_option', in: 'query', kind: 'numberList', arrayFormat: 'json' };
const f901: FieldSpec = { name: 'is_test', in: 'query', kind: 'boolean' };
const f902: FieldSpec = { name: 'form_v2_option', in: 'query', kind: 'options', options: [{ name: 'All', value: 'all' }, { name: 'None', value: 'none' }, { name: 'Assigned', value: 'assigned' }, { name: 'Client Assigned', value: 'client_assigned' }] };
const f903: FieldSpec = { name: 'assigned_forms_v2', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f904: FieldSpec = { name: 'retail_execution_template_option', in: 'query', kind: 'options', options: [{ name: 'All', value: 'all' }, { name: 'None', value: 'none' }, { name: 'Assigned', value: 'assigned' }, { name: 'Client Assigned', value: 'client_assigned' }] };
const f905: FieldSpec = { name: 'assigned_retail_execution_templates', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f906: FieldSpec = { name: 'clm_presentation_option', in: 'query', kind: 'options', options: [{ name: 'All', value: 'all' }, { name: 'None', value: 'none' }, { name: 'Assigned', value: 'assigned' }, { name: 'Client Assigned', value: 'client_assigned' }] };
const f907: FieldSpec = { name: 'media', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f908: FieldSpec = { name: 'cover_photo', in: 'query', kind: 'string' };
const f909: FieldSpec = { name: 'last_login_time', in: 'query', kind: 'number', numberPrecision: 6 };
const f910: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Warehouse', value: 'warehouse' }, { name: 'Job Category', value: 'job_category' }, { name: 'Assigned Clm Presentations', value: 'assigned_clm_presentations' }, { name: 'Cover Photo', value: 'cover_photo' }, { name: 'Line', value: 'line' }, { name: 'Lines', value: 'lines' }, { name: 'Assigned Forms V2', value: 'assigned_forms_v2' }, { name: 'Assigned Plan', value: 'assigned_plan' }, { name: 'Assigned Retail Execution Templates', value: 'assigned_retail_execution_templates' }], arrayFormat: 'json' };
const f911: FieldSpec = { name: 'withProductLines', in: 'query', kind: 'boolean' };
const f912: FieldSpec = { name: 'withStatus', in: 'query', kind: 'boolean' };
const f913: FieldSpec = { name: 'username', in: 'body', kind: 'string', required: true };
const f914: FieldSpec = { name: 'password', in: 'body', kind: 'string', required: true };
const f915: FieldSpec = { name: 'device_id', in: 'body', kind: 'string' };
const f916: FieldSpec = { name: 'linked_to_device', in: 'body', kind: 'boolean' };
const f917: FieldSpec = { name: 'live_location', in: 'body', kind: 'boolean' };
const f918: FieldSpec = { name: 'integration_id', in: 'body', kind: 'string' };
const f919: FieldSpec = { name: 'role', in: 'body', kind: 'string' };
const f920: FieldSpec = { name: 'team_id', in: 'body', kind: 'string' };
const f921: FieldSpec = { name: 'permissions', in: 'body', kind: 'json', jsonKind: 'object' };
const f922: FieldSpec = { name: 'preferences', in: 'body', kind: 'json', jsonKind: 'object' };
const f923: FieldSpec = { name: 'identifier', in: 'body', kind: 'number', numberPrecision: 6 };
const f924: FieldSpec = { name: 'notification_id', in: 'body', kind: 'string' };
const f925: FieldSpec = { name: 'monthly_sales_target', in: 'body', kind: 'number', numberPrecision: 6 };
const f926: FieldSpec = { name: 'daily_target_visit', in: 'body', kind: 'number', numberPrecision: 6 };
const f927: FieldSpec = { name: 'sales_type', in: 'body', kind: 'options', options: [{ name: '1', value: 1 }, { name: '2', value: 2 }] };
const f928: FieldSpec = { name: 'job_option', in: 'body', kind: 'options', options: [{ name: '0', value: 0 }, { name: '1', value: 1 }, { name: '2', value: 2 }] };
const f929: FieldSpec = { name: 'msl_sales', in: 'body', kind: 'stringList', arrayFormat: 'array', label: 'MSL Sales' };
const f930: FieldSpec = { name: 'assigned_warehouse', in: 'body', kind: 'string' };
const f931: FieldSpec = { name: 'assigned_main_warehouse', in: 'body', kind: 'string' };
const f932: FieldSpec = { name: 'assigned_plan', in: 'body', kind: 'string' };
const f933: FieldSpec = { name: 'force_online_connectivity', in: 'body', kind: 'boolean' };
const f934: FieldSpec = { name: 'assigned_targets', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f935: FieldSpec = { name: 'lines', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f936: FieldSpec = { name: 'targetResults', in: 'body', kind: 'json', jsonKind: 'object' };
const f937: FieldSpec = { name: 'previously_assigned_clients', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f938: FieldSpec = { name: 'freshchat_id', in: 'body', kind: 'string' };
const f939: FieldSpec = { name: 'is_test', in: 'body', kind: 'boolean' };
const f940: FieldSpec = { name: 'form_v2_option', in: 'body', kind: 'options', options: [{ name: 'All', value: 'all' }, { name: 'None', value: 'none' }, { name: 'Assigned', value: 'assigned' }, { name: 'Client Assigned', value: 'client_assigned' }] };
const f941: FieldSpec = { name: 'assigned_forms_v2', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f942: FieldSpec = { name: 'retail_execution_template_option', in: 'body', kind: 'options', options: [{ name: 'All', value: 'all' }, { name: 'Client Assigned', value: 'client_assigned' }, { name: 'Assigned', value: 'assigned' }, { name: 'None', value: 'none' }] };
const f943: FieldSpec = { name: 'assigned_retail_execution_templates', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f944: FieldSpec = { name: 'last_login_time', in: 'body', kind: 'number', numberPrecision: 6 };
const f945: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Rep ID' };
const f946: FieldSpec = { name: 'username', in: 'body', kind: 'string' };
const f947: FieldSpec = { name: 'password', in: 'body', kind: 'string' };
const f948: FieldSpec = { name: 'creator.type', in: 'query', kind: 'stringList', arrayFormat: 'json', label: 'Creator Type (creator.type)' };
const f949: FieldSpec = { name: 'creator_type', in: 'query', kind: 'stringList', arrayFormat: 'json', key: 'query_creator_type', label: 'Creator Type (creator_type)' };
const f950: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Client', value: 'client' }, { name: 'Warehouse', value: 'warehouse' }, { name: 'Custom Status', value: 'custom_status' }, { name: 'Signature', value: 'signature' }, { name: 'Workorder', value: 'workorder' }, { name: 'Asset Part Unit', value: 'asset_part_unit' }, { name: 'Meadia', value: 'meadia' }], arrayFormat: 'json' };
const f951: FieldSpec = { name: 'returnNumber', in: 'body', kind: 'string', required: true };
const f952: FieldSpec = { name: 'assetPartUnit', in: 'body', kind: 'string', required: true };
const f953: FieldSpec = { name: 'returnType', in: 'body', kind: 'options', options: [{ name: 'Warranty', value: 'warranty' }, { name: 'Defective', value: 'defective' }, { name: 'Excess', value: 'excess' }, { name: 'End Of Lease', value: 'end-of-lease' }, { name: 'Maintenance', value: 'maintenance' }], required: true };
const f954: FieldSpec = { name: 'returnReason', in: 'body', kind: 'string', required: true };
const f955: FieldSpec = { name: 'returnedBy', in: 'body', kind: 'string', required: true };
const f956: FieldSpec = { name: 'authorizedBy', in: 'body', kind: 'string' };
const f957: FieldSpec = { name: 'returnDate', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f958: FieldSpec = { name: 'originalInstallDate', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f959: FieldSpec = { name: 'originalWorkOrder', in: 'body', kind: 'string' };
const f960: FieldSpec = { name: 'originalAsset', in: 'body', kind: 'string' };
const f961: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Requested', value: 'requested' }, { name: 'Approved', value: 'approved' }, { name: 'In Transit', value: 'in-transit' }, { name: 'Received', value: 'received' }, { name: 'Processed', value: 'processed' }, { name: 'Completed', value: 'completed' }, { name: 'Rejected', value: 'rejected' }] };
const f962: FieldSpec = { name: 'condition', in: 'body', kind: 'options', options: [{ name: 'New', value: 'new' }, { name: 'Good', value: 'good' }, { name: 'Fair', value: 'fair' }, { name: 'Poor', value: 'poor' }, { name: 'Damaged', value: 'damaged' }, { name: 'Defective', value: 'defective' }] };
const f963: FieldSpec = { name: 'returnLocation', in: 'body', kind: 'json', jsonKind: 'object' };
const f964: FieldSpec = { name: 'creditAmount', in: 'body', kind: 'number', numberPrecision: 6 };
const f965: FieldSpec = { name: 'replacementRequired', in: 'body', kind: 'boolean' };
const f966: FieldSpec = { name: 'replacementPartUnit', in: 'body', kind: 'string' };
const f967: FieldSpec = { name: 'warrantyStatus', in: 'body', kind: 'options', options: [{ name: 'In Warranty', value: 'in-warranty' }, { name: 'Out Of Warranty', value: 'out-of-warranty' }, { name: 'Extended Warranty', value: 'extended-warranty' }] };
const f968: FieldSpec = { name: 'qualityInspection', in: 'body', kind: 'json', jsonKind: 'object' };
const f969: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Return Asset Part Unit ID' };
const f970: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Return Reason ID' };
const f971: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Client', value: 'client' }, { name: 'List Client', value: 'list.client' }], arrayFormat: 'json' };
const f972: FieldSpec = { name: 'rep_id', in: 'body', kind: 'string', required: true };
const f973: FieldSpec = { name: 'day', in: 'body', kind: 'options', options: [{ name: 'Sat', value: 'sat' }, { name: 'Sun', value: 'sun' }, { name: 'Mon', value: 'mon' }, { name: 'Tue', value: 'tue' }, { name: 'Wed', value: 'wed' }, { name: 'Thu', value: 'thu' }, { name: 'Fri', value: 'fri' }], required: true };
const f974: FieldSpec = { name: 'clients', in: 'body', kind: 'json', jsonKind: 'array' };
const f975: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Route ID' };
const f976: FieldSpec = { name: 'rep_id', in: 'body', kind: 'string' };
const f977: FieldSpec = { name: 'day', in: 'body', kind: 'options', options: [{ name: 'Sat', value: 'sat' }, { name: 'Sun', value: 'sun' }, { name: 'Mon', value: 'mon' }, { name: 'Tue', value: 'tue' }, { name: 'Wed', value: 'wed' }, { name: 'Thu', value: 'thu' }, { name: 'Fri', value: 'fri' }] };
const f978: FieldSpec = { name: 'warehouse', in: 'query', kind: 'string' };
const f979: FieldSpec = { name: 'invoice_type', in: 'body', kind: 'options', options: [{ name: 'Sales', value: 'sales' }, { name: 'Return', value: 'return' }, { name: 'Proforma', value: 'proforma' }], required: true };
const f980: FieldSpec = { name: 'current_serial', in: 'body', kind: 'number' };
const f981: FieldSpec = { name: 'prefix', in: 'body', kind: 'string' };
const f982: FieldSpec = { name: 'suffix', in: 'body', kind: 'string' };
const f983: FieldSpec = { name: 'pad_length', in: 'body', kind: 'number' };
const f984: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Safe Invoice Serial Counter ID' };
const f985: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Settings ID' };
const f986: FieldSpec = { name: 'key', in: 'body', kind: 'string' };
const f987: FieldSpec = { name: 'value', in: 'body', kind: 'json', jsonKind: 'any' };
const f988: FieldSpec = { name: 'origin._id', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f989: FieldSpec = { name: 'origin', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f990: FieldSpec = { name: 'origin.type', in: 'query', kind: 'stringList', arrayFormat: 'json', label: 'Origin Type (origin.type)' };
const f991: FieldSpec = { name: 'origin_type', in: 'query', kind: 'stringList', arrayFormat: 'json', key: 'query_origin_type', label: 'Origin Type (origin_type)' };
const f992: FieldSpec = { name: 'payment_type', in: 'query', kind: 'string' };
const f993: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Media', value: 'media' }, { name: 'Check ID', value: 'check_id' }], arrayFormat: 'json' };
const f994: FieldSpec = { name: 'origin', in: 'body', kind: 'json', jsonKind: 'object', required: true };
const f995: FieldSpec = { name: 'serial_number', in: 'body', kind: 'json', jsonKind: 'object', required: true };
const f996: FieldSpec = { name: 'check_id', in: 'body', kind: 'string' };
const f997: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Settlement ID' };
const f998: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Speciality ID' };
const f999: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Warehouse', value: 'warehouse' }, { name: 'Custom Status', value: 'custom_status' }, { name: 'Signature', value: 'signature' }, { name: 'Asset Part Unit', value: 'asset_part_unit' }, { name: 'Meadia', value: 'meadia' }], arrayFormat: 'json' };
const f1000: FieldSpec = { name: 'storageNumber', in: 'body', kind: 'string', required: true };
const f1001: FieldSpec = { name: 'storageType', in: 'body', kind: 'options', options: [{ name: 'Inventory', value: 'inventory' }, { name: 'Spare', value: 'spare' }, { name: 'Buffer', value: 'buffer' }, { name: 'Quarantine', value: 'quarantine' }, { name: 'Maintenance', value: 'maintenance' }], required: true };
const f1002: FieldSpec = { name: 'storageReason', in: 'body', kind: 'string' };
const f1003: FieldSpec = { name: 'storedBy', in: 'body', kind: 'string', required: true };
const f1004: FieldSpec = { name: 'storageDate', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f1005: FieldSpec = { name: 'expectedRetrievalDate', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f1006: FieldSpec = { name: 'location', in: 'body', kind: 'json', jsonKind: 'object', required: true };
const f1007: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Stored', value: 'stored' }, { name: 'Reserved', value: 'reserved' }, { name: 'Allocated', value: 'allocated' }, { name: 'Picked', value: 'picked' }, { name: 'Expired', value: 'expired' }] };
const f1008: FieldSpec = { name: 'storageEnvironment', in: 'body', kind: 'json', jsonKind: 'object' };
const f1009: FieldSpec = { name: 'preservationMethod', in: 'body', kind: 'options', options: [{ name: 'None', value: 'none' }, { name: 'Plastic Wrap', value: 'plastic-wrap' }, { name: 'Desiccant', value: 'desiccant' }, { name: 'Vacuum Seal', value: 'vacuum-seal' }, { name: 'Oil Coating', value: 'oil-coating' }] };
const f1010: FieldSpec = { name: 'lastInspectionDate', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f1011: FieldSpec = { name: 'nextInspectionDate', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f1012: FieldSpec = { name: 'reservedFor', in: 'body', kind: 'json', jsonKind: 'object' };
const f1013: FieldSpec = { name: 'weight', in: 'body', kind: 'number', numberPrecision: 6 };
const f1014: FieldSpec = { name: 'dimensions', in: 'body', kind: 'json', jsonKind: 'object' };
const f1015: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Store Asset Part Unit ID' };
const f1016: FieldSpec = { name: 'local_name', in: 'query', kind: 'string' };
const f1017: FieldSpec = { name: 'sections', in: 'body', kind: 'json', jsonKind: 'array', required: true };
const f1018: FieldSpec = { name: 'targets', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f1019: FieldSpec = { name: 'frequency', in: 'body', kind: 'options', options: [{ name: 'Daily', value: 'daily' }, { name: 'Weekly', value: 'weekly' }, { name: 'Monthly', value: 'monthly' }, { name: 'Quarterly', value: 'quarterly' }, { name: 'Yearly', value: 'yearly' }, { name: 'Custom', value: 'custom' }] };
const f1020: FieldSpec = { name: 'validFrom', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f1021: FieldSpec = { name: 'validTo', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f1022: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Storecheck Template ID' };
const f1023: FieldSpec = { name: 'sections', in: 'body', kind: 'json', jsonKind: 'array' };
const f1024: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Parent ID', value: 'parent_id' }], arrayFormat: 'json' };
const f1025: FieldSpec = { name: 'parent_id', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f1026: FieldSpec = { name: 'parent_id', in: 'body', kind: 'string', required: true };
const f1027: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Subcategory ID' };
const f1028: FieldSpec = { name: 'parent_id', in: 'body', kind: 'string' };
const f1029: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Supplier ID' };
const f1030: FieldSpec = { name: 'applicationId', in: 'body', kind: 'string', required: true };
const f1031: FieldSpec = { name: 'endpointUrl', in: 'body', kind: 'string', required: true };
const f1032: FieldSpec = { name: 'eventTypes', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f1033: FieldSpec = { name: 'secret', in: 'body', kind: 'string' };
const f1034: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Svix Integration ID' };
const f1035: FieldSpec = { name: 'tag', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f1036: FieldSpec = { name: 'type', in: 'query', kind: 'multiOptions', options: [{ name: 'Client', value: 'client' }, { name: 'Photo', value: 'photo' }, { name: 'Area', value: 'area' }, { name: 'Price', value: 'price' }], arrayFormat: 'json' };
const f1037: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Tag ID' };
const f1038: FieldSpec = { name: 'rate', in: 'query', kind: 'numberList', arrayFormat: 'json' };
const f1039: FieldSpec = { name: 'type', in: 'query', kind: 'multiOptions', options: [{ name: 'Inclusive', value: 'inclusive' }, { name: 'Additive', value: 'additive' }], arrayFormat: 'json' };
const f1040: FieldSpec = { name: 'rate', in: 'body', kind: 'number', numberPrecision: 6, required: true };
const f1041: FieldSpec = { name: 'type', in: 'body', kind: 'options', options: [{ name: 'Inclusive', value: 'inclusive' }, { name: 'Additive', value: 'additive' }, { name: 'N/a', value: 'N/A' }], required: true };
const f1042: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Tax ID' };
const f1043: FieldSpec = { name: 'rate', in: 'body', kind: 'number', numberPrecision: 6 };
const f1044: FieldSpec = { name: 'type', in: 'body', kind: 'options', options: [{ name: 'Inclusive', value: 'inclusive' }, { name: 'Additive', value: 'additive' }, { name: 'N/a', value: 'N/A' }] };
const f1045: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Team ID' };
const f1046: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Custom Status', value: 'custom_status' }], arrayFormat: 'json' };
const f1047: FieldSpec = { name: 'fromWarehouse', in: 'body', kind: 'string', required: true };
const f1048: FieldSpec = { name: 'toWarehouse', in: 'body', kind: 'string', required: true };
const f1049: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Transfer ID' };
const f1050: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Pending', value: 'pending' }, { name: 'In Transit', value: 'in_transit' }, { name: 'Completed', value: 'completed' }, { name: 'Cancelled', value: 'cancelled' }] };
const f1051: FieldSpec = { name: 'targetIntegrations', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f1052: FieldSpec = { name: 'metaUpdates', in: 'body', kind: 'json', jsonKind: 'object', required: true };
const f1053: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Draft', value: 'draft' }, { name: 'Ready', value: 'ready' }, { name: 'Applied', value: 'applied' }, { name: 'Failed', value: 'failed' }, { name: 'Cancelled', value: 'cancelled' }] };
const f1054: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Integration Meta Update ID' };
const f1055: FieldSpec = { name: 'withDisabled', in: 'query', kind: 'boolean' };
const f1056: FieldSpec = { name: 'product', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f1057: FieldSpec = { name: 'price', in: 'query', kind: 'json', jsonKind: 'any', arrayFormat: 'json' };
const f1058: FieldSpec = { name: 'position', in: 'query', kind: 'json', jsonKind: 'any', arrayFormat: 'json' };
const f1059: FieldSpec = { name: 'default', in: 'query', kind: 'boolean' };
const f1060: FieldSpec = { name: 'subCategory', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f1061: FieldSpec = { name: 'productGroup', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f1062: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Product', value: 'product' }, { name: 'Modifiers Groups', value: 'modifiers_groups' }], arrayFormat: 'json' };
const f1063: FieldSpec = { name: 'product', in: 'body', kind: 'string', required: true };
const f1064: FieldSpec = { name: 'uuid', in: 'body', kind: 'string' };
const f1065: FieldSpec = { name: 'length', in: 'body', kind: 'number', numberPrecision: 6 };
const f1066: FieldSpec = { name: 'width', in: 'body', kind: 'number', numberPrecision: 6 };
const f1067: FieldSpec = { name: 'height', in: 'body', kind: 'number', numberPrecision: 6 };
const f1068: FieldSpec = { name: 'default', in: 'body', kind: 'boolean' };
const f1069: FieldSpec = { name: 'variant_img', in: 'body', kind: 'string' };
const f1070: FieldSpec = { name: 'modifiers_groups', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f1071: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Variant ID' };
const f1072: FieldSpec = { name: 'company_namespace', in: 'query', kind: 'string' };
const f1073: FieldSpec = { name: 'AREA_TAGS', in: 'query', kind: 'string' };
const f1074: FieldSpec = { name: 'availability', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f1075: FieldSpec = { name: 'from_total_time', in: 'query', kind: 'number', numberPrecision: 6 };
const f1076: FieldSpec = { name: 'to_total_time', in: 'query', kind: 'number', numberPrecision: 6 };
const f1077: FieldSpec = { name: 'closed_by_system', in: 'query', kind: 'boolean' };
const f1078: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Route', value: 'route' }, { name: 'Tags', value: 'tags' }, { name: 'Client', value: 'client' }, { name: 'User', value: 'user' }, { name: 'Notes', value: 'notes' }, { name: 'Tasks', value: 'tasks' }, { name: 'Photos', value: 'photos' }, { name: 'Forms', value: 'forms' }, { name: 'Audits', value: 'audits' }, { name: 'Availability', value: 'availability' }], arrayFormat: 'json' };
const f1079: FieldSpec = { name: 'plannedDate', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f1080: FieldSpec = { name: 'actualDate', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f1081: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Planned', value: 'planned' }, { name: 'Completed', value: 'completed' }, { name: 'Cancelled', value: 'cancelled' }] };
const f1082: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Visit ID' };
const f1083: FieldSpec = { name: 'type', in: 'query', kind: 'multiOptions', options: [{ name: 'Van', value: 'van' }, { name: 'Main', value: 'main' }, { name: 'Origin', value: 'origin' }], arrayFormat: 'json' };
const f1084: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Rep ID', value: 'rep_id' }], arrayFormat: 'json' };
const f1085: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Warehouse ID' };
const f1086: FieldSpec = { name: 'from_due_date', in: 'query', kind: 'dateTime', dateFormat: 'epochMillis', label: 'Due From', required: true };
const f1087: FieldSpec = { name: 'to_due_date', in: 'query', kind: 'dateTime', dateFormat: 'epochMillis', label: 'Due Until', required: true };
const f1088: FieldSpec = { name: 'disabled', in: 'query', kind: 'boolean', required: true };
const f1089: FieldSpec = { name: 'day_per_page', in: 'query', kind: 'number' };
const f1090: FieldSpec = { name: 'day_page', in: 'query', kind: 'number' };
const f1091: FieldSpec = { name: 'client_location', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f1092: FieldSpec = { name: 'workorder_categories', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f1093: FieldSpec = { name: 'priority_human', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f1094: FieldSpec = { name: 'contract', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f1095: FieldSpec = { name: '_id', in: 'query', kind: 'stringList', arrayFormat: 'json', required: true };
const f1096: FieldSpec = { name: 'parent_category', in: 'query', kind: 'string' };
const f1097: FieldSpec = { name: 'parent_category', in: 'body', kind: 'string' };
const f1098: FieldSpec = { name: 'priority_level', in: 'body', kind: 'number' };
const f1099: FieldSpec = { name: 'estimated_duration', in: 'body', kind: 'number' };
const f1100: FieldSpec = { name: 'required_skills', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f1101: FieldSpec = { name: 'default_assignee', in: 'body', kind: 'string' };
const f1102: FieldSpec = { name: 'approval_required', in: 'body', kind: 'boolean' };
const f1103: FieldSpec = { name: 'custom_fields', in: 'body', kind: 'json', jsonKind: 'array' };
const f1104: FieldSpec = { name: 'sla_settings', in: 'body', kind: 'json', jsonKind: 'object' };
const f1105: FieldSpec = { name: 'sort_order', in: 'body', kind: 'number' };
const f1106: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Workorder Category ID' };
const f1107: FieldSpec = { name: 'workorder', in: 'query', kind: 'string' };
const f1108: FieldSpec = { name: 'link_type', in: 'query', kind: 'options', options: [{ name: 'Public', value: 'public' }, { name: 'Private', value: 'private' }, { name: 'Secure', value: 'secure' }] };
const f1109: FieldSpec = { name: 'group_code', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f1110: FieldSpec = { name: 'workorder_portal', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f1111: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Client', value: 'client' }, { name: 'Client Location', value: 'client_location' }, { name: 'Assets', value: 'assets' }, { name: 'Asset Units', value: 'asset_units' }, { name: 'Workorder Portal', value: 'workorder_portal' }], arrayFormat: 'json' };
const f1112: FieldSpec = { name: 'workorder', in: 'body', kind: 'string', required: true };
const f1113: FieldSpec = { name: 'link_type', in: 'body', kind: 'options', options: [{ name: 'Public', value: 'public' }, { name: 'Private', value: 'private' }, { name: 'Secure', value: 'secure' }] };
const f1114: FieldSpec = { name: 'access_restrictions', in: 'body', kind: 'json', jsonKind: 'object' };
const f1115: FieldSpec = { name: 'expiry_date', in: 'body', kind: 'dateTime', dateFormat: 'iso' };
const f1116: FieldSpec = { name: 'custom_branding', in: 'body', kind: 'json', jsonKind: 'object' };
const f1117: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Workorder Portal Link ID' };
const f1118: FieldSpec = { name: 'status', in: 'query', kind: 'options', options: [{ name: 'Pending', value: 'pending' }, { name: 'In Progress', value: 'in_progress' }, { name: 'Completed', value: 'completed' }, { name: 'Cancelled', value: 'cancelled' }] };
const f1119: FieldSpec = { name: 'default_priority', in: 'query', kind: 'numberList', arrayFormat: 'json' };
const f1120: FieldSpec = { name: 'default_priority_human', in: 'query', kind: 'multiOptions', options: [{ name: 'None', value: 'none' }, { name: 'Low', value: 'low' }, { name: 'Medium', value: 'medium' }, { name: 'High', value: 'high' }], arrayFormat: 'json' };
const f1121: FieldSpec = { name: 'default_workorder_categories', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f1122: FieldSpec = { name: 'formV2', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f1123: FieldSpec = { name: 'activate_formV2_portal', in: 'query', kind: 'boolean' };
const f1124: FieldSpec = { name: 'activate_sales_order_portal', in: 'query', kind: 'boolean' };
const f1125: FieldSpec = { name: 'activate_workorder_request_portal', in: 'query', kind: 'boolean' };
const f1126: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Product Groups', value: 'product_groups' }, { name: 'Default Workorder Categories', value: 'default_workorder_categories' }, { name: 'Header Logo', value: 'header_logo' }, { name: 'Footer Logo', value: 'footer_logo' }, { name: 'Accepted Custom Fields', value: 'accepted_custom_fields' }, { name: 'Form V2', value: 'formV2' }], arrayFormat: 'json' };
const f1127: FieldSpec = { name: 'access_level', in: 'body', kind: 'options', options: [{ name: 'View Only', value: 'view_only' }, { name: 'Comment', value: 'comment' }, { name: 'Full Access', value: 'full_access' }] };
const f1128: FieldSpec = { name: 'allowed_actions', in: 'body', kind: 'multiOptions', options: [{ name: 'View', value: 'view' }, { name: 'Comment', value: 'comment' }, { name: 'Upload Files', value: 'upload_files' }, { name: 'Approve', value: 'approve' }, { name: 'Reject', value: 'reject' }], arrayFormat: 'array' };
const f1129: FieldSpec = { name: 'portal_settings', in: 'body', kind: 'json', jsonKind: 'object' };
const f1130: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Workorder Portal ID' };
const f1131: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Pending', value: 'pending' }, { name: 'In Progress', value: 'in_progress' }, { name: 'Completed', value: 'completed' }, { name: 'Cancelled', value: 'cancelled' }] };
const f1132: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Pending', value: 'pending' }, { name: 'In Progress', value: 'in_progress' }, { name: 'Completed', value: 'completed' }, { name: 'Cancelled', value: 'cancelled' }], required: true };
const f1133: FieldSpec = { name: 'priority', in: 'query', kind: 'numberList', arrayFormat: 'json' };
const f1134: FieldSpec = { name: 'priority_human', in: 'query', kind: 'multiOptions', options: [{ name: 'None', value: 'none' }, { name: 'Low', value: 'low' }, { name: 'Medium', value: 'medium' }, { name: 'High', value: 'high' }], arrayFormat: 'json' };
const f1135: FieldSpec = { name: 'status', in: 'query', kind: 'multiOptions', options: [{ name: 'Pending', value: 'pending' }, { name: 'Approved', value: 'approved' }, { name: 'Rejected', value: 'rejected' }], arrayFormat: 'json' };
const f1136: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Client', value: 'client' }, { name: 'Client Location', value: 'client_location' }, { name: 'Media', value: 'media' }, { name: 'Workorder', value: 'workorder' }, { name: 'Assets', value: 'assets' }, { name: 'Asset Units', value: 'asset_units' }, { name: 'Workorder Categories', value: 'workorder_categories' }], arrayFormat: 'json' };
const f1137: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Workorder Request ID' };
const f1138: FieldSpec = { name: 'status', in: 'query', kind: 'multiOptions', options: [{ name: 'Open', value: 'open' }, { name: 'Done', value: 'done' }, { name: 'Cancelled', value: 'cancelled' }, { name: 'Inprogress', value: 'inprogress' }, { name: 'Onhold', value: 'onhold' }], arrayFormat: 'json' };
const f1139: FieldSpec = { name: 'asset_part_units', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f1140: FieldSpec = { name: 'due_date', in: 'query', kind: 'number', numberPrecision: 6 };
const f1141: FieldSpec = { name: 'start_date', in: 'query', kind: 'number', numberPrecision: 6 };
const f1142: FieldSpec = { name: 'forms', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f1143: FieldSpec = { name: 'from_start_date', in: 'query', kind: 'number', numberPrecision: 6 };
const f1144: FieldSpec = { name: 'to_start_date', in: 'query', kind: 'number', numberPrecision: 6 };
const f1145: FieldSpec = { name: 'from_due_date', in: 'query', kind: 'dateTime', dateFormat: 'epochMillis', label: 'Due From' };
const f1146: FieldSpec = { name: 'to_due_date', in: 'query', kind: 'dateTime', dateFormat: 'epochMillis', label: 'Due Until' };
const f1147: FieldSpec = { name: 'is_dunning_allowed', in: 'query', kind: 'json', jsonKind: 'any', arrayFormat: 'json' };
const f1148: FieldSpec = { name: 'is_completed', in: 'query', kind: 'json', jsonKind: 'any', arrayFormat: 'json' };
const f1149: FieldSpec = { name: 'from_score', in: 'query', kind: 'number', numberPrecision: 6 };
const f1150: FieldSpec = { name: 'to_score', in: 'query', kind: 'number', numberPrecision: 6 };
const f1151: FieldSpec = { name: 'forms_v2.form_id', in: 'query', kind: 'stringList', arrayFormat: 'json' };
const f1152: FieldSpec = { name: 'started', in: 'query', kind: 'boolean' };
const f1153: FieldSpec = { name: 'assignedToMe', in: 'query', kind: 'boolean' };
const f1154: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Client', value: 'client' }, { name: 'Client Location', value: 'client_location' }, { name: 'Assigned To', value: 'assigned_to' }, { name: 'Media', value: 'media' }, { name: 'Cover Photo', value: 'cover_photo' }, { name: 'Forms', value: 'forms' }, { name: 'Assets', value: 'assets' }, { name: 'Asset Units', value: 'asset_units' }, { name: 'Contract', value: 'contract' }, { name: 'Workorder Categories', value: 'workorder_categories' }, { name: 'Asset Part Units', value: 'asset_part_units' }, { name: 'Forms V2', value: 'forms_v2' }], arrayFormat: 'json' };
const f1155: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Workorder ID' };
const f1156: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Client', value: 'client' }, { name: 'Client Location', value: 'client_location' }, { name: 'Assigned To', value: 'assigned_to' }, { name: 'Media', value: 'media' }, { name: 'Cover Photo', value: 'cover_photo' }, { name: 'Forms', value: 'forms' }, { name: 'Assets', value: 'assets' }, { name: 'Asset Units', value: 'asset_units' }, { name: 'Proforma', value: 'proforma' }, { name: 'Contract', value: 'contract' }, { name: 'Workorder Categories', value: 'workorder_categories' }, { name: 'Asset Part Units', value: 'asset_part_units' }, { name: 'Forms V2', value: 'forms_v2' }, { name: 'Fullinvoice', value: 'fullinvoice' }, { name: 'Activity Form V2', value: 'activity-form-v2' }, { name: 'Activity Form', value: 'activity-form' }, { name: 'Receive Parts', value: 'receive-parts' }], arrayFormat: 'json' };
const f1157: FieldSpec = { name: 'sortPage', in: 'query', kind: 'options', options: [{ name: 'Due Date', value: 'due_date' }, { name: 'Priority', value: 'priority' }, { name: 'Updated At', value: 'updatedAt' }, { name: 'Created At', value: 'createdAt' }, { name: 'From Updated At', value: 'from_updatedAt' }, { name: 'To Updated At', value: 'to_updatedAt' }, { name: 'ID', value: '_id' }] };

export const generatedResources: ResourceSpec[] = [
	{ value: 'activityAiSalesOrder', name: 'Activity AI Sales Order' },
	{ value: 'activityFeedbackV2', name: 'Activity Feedback V2' },
	{ value: 'activityFeedback', name: 'Activity Feedback' },
	{ value: 'activityStorecheck', name: 'Activity Storecheck' },
	{ value: 'adjustAccount', name: 'Adjust Account' },
	{ value: 'adjustInventory', name: 'Adjust Inventory' },
	{ value: 'approvalRequest', name: 'Approval Request' },
	{ value: 'approval', name: 'Approval' },
	{ value: 'assetPartReceival', name: 'Asset Part Receival' },
	{ value: 'assetPartTransfer', name: 'Asset Part Transfer' },
	{ value: 'assetPartType', name: 'Asset Part Type' },
	{ value: 'assetPartUnit', name: 'Asset Part Unit' },
	{ value: 'assetPart', name: 'Asset Part' },
	{ value: 'assetType', name: 'Asset Type' },
	{ value: 'assetUnit', name: 'Asset Unit' },
	{ value: 'asset', name: 'Asset' },
	{ value: 'bank', name: 'Bank' },
	{ value: 'bankList', name: 'Bank List' },
	{ value: 'brand', name: 'Brand' },
	{ value: 'cart', name: 'Cart' },
	{ value: 'category', name: 'Category' },
	{ value: 'check', name: 'Check' },
	{ value: 'clientChannel', name: 'Client Channel' },
	{ value: 'clientContact', name: 'Client Contact' },
	{ value: 'clientLocation', name: 'Client Location' },
	{ value: 'client', name: 'Client' },
	{ value: 'contractInstallment', name: 'Contract Installment' },
	{ value: 'contract', name: 'Contract' },
	{ value: 'customListItem', name: 'Custom List Item' },
	{ value: 'customList', name: 'Custom List' },
	{ value: 'customStatus', name: 'Custom Status' },
	{ value: 'day', name: 'Day' },
	{ value: 'feedbackOption', name: 'Feedback Option' },
	{ value: 'invoice', name: 'Invoice' },
	{ value: 'integrationActionLog', name: 'Integration Action Log' },
	{ value: 'integrationApp', name: 'Integration App' },
	{ value: 'integrationCommandLog', name: 'Integration Command Log' },
	{ value: 'inventoryAdjustmentReason', name: 'Inventory Adjustment Reason' },
	{ value: 'inventory', name: 'Inventory' },
	{ value: 'mailUnsubscribe', name: 'Mail Unsubscribe' },
	{ value: 'measureUnitFamily', name: 'Measure Unit Family' },
	{ value: 'measureUnit', name: 'Measure Unit' },
	{ value: 'mediaStorage', name: 'Media Storage' },
	{ value: 'media', name: 'Media' },
	{ value: 'mslProduct', name: 'MSL Product' },
	{ value: 'msl', name: 'MSL' },
	{ value: 'ocrInvoiceJobGroup', name: 'OCR Invoice Job Group' },
	{ value: 'ocrInvoiceJobPage', name: 'OCR Invoice Job Page' },
	{ value: 'ocrInvoiceJobTemplate', name: 'OCR Invoice Job Template' },
	{ value: 'ocrInvoiceJob', name: 'OCR Invoice Job' },
	{ value: 'patchAction', name: 'Patch Action' },
	{ value: 'paymentTerm', name: 'Payment Term' },
	{ value: 'payment', name: 'Payment' },
	{ value: 'priceListItem', name: 'Price List Item' },
	{ value: 'priceList', name: 'Price List' },
	{ value: 'productGroup', name: 'Product Group' },
	{ value: 'productModifierGroup', name: 'Product Modifier Group' },
	{ value: 'product', name: 'Product' },
	{ value: 'proforma', name: 'Proforma' },
	{ value: 'pdf', name: 'PDF' },
	{ value: 'receivingMaterial', name: 'Receiving Material' },
	{ value: 'refund', name: 'Refund' },
	{ value: 'repBalanceSummary', name: 'Rep Balance Summary' },
	{ value: 'rep', name: 'Rep' },
	{ value: 'returnAssetPartUnit', name: 'Return Asset Part Unit' },
	{ value: 'returnReason', name: 'Return Reason' },
	{ value: 'route', name: 'Route' },
	{ value: 'safeInvoiceSerialCounter', name: 'Safe Invoice Serial Counter' },
	{ value: 'settings', name: 'Settings' },
	{ value: 'settlement', name: 'Settlement' },
	{ value: 'speciality', name: 'Speciality' },
	{ value: 'storeAssetPartUnit', name: 'Store Asset Part Unit' },
	{ value: 'storecheckTemplate', name: 'Storecheck Template' },
	{ value: 'subcategory', name: 'Subcategory' },
	{ value: 'supplier', name: 'Supplier' },
	{ value: 'svixIntegration', name: 'Svix Integration' },
	{ value: 'tag', name: 'Tag' },
	{ value: 'tax', name: 'Tax' },
	{ value: 'team', name: 'Team' },
	{ value: 'transfer', name: 'Transfer' },
	{ value: 'integrationMetaUpdate', name: 'Integration Meta Update' },
	{ value: 'variant', name: 'Variant' },
	{ value: 'visit', name: 'Visit' },
	{ value: 'warehouse', name: 'Warehouse' },
	{ value: 'workorderAgenda', name: 'Workorder Agenda' },
	{ value: 'workorderCategory', name: 'Workorder Category' },
	{ value: 'workorderPortalLink', name: 'Workorder Portal Link' },
	{ value: 'workorderPortal', name: 'Workorder Portal' },
	{ value: 'workorderRequest', name: 'Workorder Request' },
	{ value: 'workorder', name: 'Workorder' },
];

export const generatedOperations: OperationSpec[] = [
	{ resource: 'activityAiSalesOrder', operation: 'getAll', name: 'Get Many', action: 'Get many activity AI sales orders', method: 'GET', path: '/activity-ai-sales-order', list: list0, fields: [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10] },
	{ resource: 'activityAiSalesOrder', operation: 'create', name: 'Create', action: 'Create activity AI sales order', method: 'POST', path: '/activity-ai-sales-order', rootProperty: 'data', bodyJsonMode: true, fields: [f11, f12, f13, f14, f15, f16, f17] },
	{ resource: 'activityAiSalesOrder', operation: 'get', name: 'Get', action: 'Get activity AI sales order', method: 'GET', path: '/activity-ai-sales-order/{id}', rootProperty: 'data', fields: [f18] },
	{ resource: 'activityAiSalesOrder', operation: 'update', name: 'Update', action: 'Update activity AI sales order', method: 'PUT', path: '/activity-ai-sales-order/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f18, f11, f12, f13, f14, f15, f16, f17] },
	{ resource: 'activityAiSalesOrder', operation: 'delete', name: 'Delete', action: 'Delete activity AI sales order', method: 'DELETE', path: '/activity-ai-sales-order/{id}', fields: [f18] },
	{ resource: 'activityAiSalesOrder', operation: 'generate', name: 'Generate Recommendations', action: 'Generate recommendations for AI sales order activity', method: 'POST', path: '/activity-ai-sales-order/{id}/generate', rootProperty: 'data', fields: [f18] },
	{ resource: 'activityFeedbackV2', operation: 'getAll', name: 'Get Many', action: 'Get many activity feedback v2', method: 'GET', path: '/activity-feedback-v2', list: list1, fields: [f0, f19, f20, f21, f22, f23, f24, f5, f4, f25, f26, f27, f28, f29, f30, f31, f32, f33, f34, f35] },
	{ resource: 'activityFeedbackV2', operation: 'create', name: 'Create', action: 'Create activity feedback v2', method: 'POST', path: '/activity-feedback-v2', rootProperty: 'data', bodyJsonMode: true, fields: [f36, f37, f12, f38, f39, f40, f41, f42, f43, f44, f45, f46] },
	{ resource: 'activityFeedbackV2', operation: 'get', name: 'Get', action: 'Get activity feedback v2', method: 'GET', path: '/activity-feedback-v2/{id}', rootProperty: 'data', fields: [f47] },
	{ resource: 'activityFeedbackV2', operation: 'update', name: 'Update', action: 'Update activity feedback v2', method: 'PATCH', path: '/activity-feedback-v2/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f47, f48, f41, f42, f49, f46] },
	{ resource: 'activityFeedbackV2', operation: 'delete', name: 'Delete', action: 'Delete activity feedback v2', method: 'DELETE', path: '/activity-feedback-v2/{id}', fields: [f47] },
	{ resource: 'activityFeedbackV2', operation: 'getDetailedAnalytics', name: 'Get Detailed Analytics', action: 'Get detailed activity feedback v2 analytics', method: 'GET', path: '/activity-feedback-v2/analytics/detailed', rootProperty: 'data', fields: [f50, f51, f20, f21, f24] },
	{ resource: 'activityFeedback', operation: 'getAll', name: 'Get Many', action: 'Get many activity feedback', method: 'GET', path: '/activity-feedback', list: list1, fields: [f0, f19, f20, f21, f22, f52, f5, f4, f25, f26, f27, f28, f29, f30, f31, f33, f34, f35] },
	{ resource: 'activityFeedback', operation: 'create', name: 'Create', action: 'Create activity feedback', method: 'POST', path: '/activity-feedback', rootProperty: 'data', bodyJsonMode: true, fields: [f36, f37, f12, f38, f53, f54, f55, f45, f56, f57, f58, f59, f60, f46] },
	{ resource: 'activityFeedback', operation: 'get', name: 'Get', action: 'Get activity feedback', method: 'GET', path: '/activity-feedback/{id}', rootProperty: 'data', fields: [f61] },
	{ resource: 'activityFeedback', operation: 'update', name: 'Update', action: 'Update activity feedback', method: 'PATCH', path: '/activity-feedback/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f61, f62, f54, f55, f59, f60, f46] },
	{ resource: 'activityFeedback', operation: 'delete', name: 'Delete', action: 'Delete activity feedback', method: 'DELETE', path: '/activity-feedback/{id}', fields: [f61] },
	{ resource: 'activityFeedback', operation: 'getAnalytics', name: 'Get Analytics', action: 'Get activity feedback analytics', method: 'GET', path: '/activity-feedback/analytics', rootProperty: 'data', fields: [f50, f51, f20, f21] },
	{ resource: 'activityStorecheck', operation: 'getAll', name: 'Get Many', action: 'Get many activity storechecks', method: 'GET', path: '/activity-storecheck', list: list0, fields: [f0, f1, f2, f3, f4, f5, f63, f64, f65, f34, f66, f67, f22, f68, f69, f24, f26, f25, f70, f30, f31, f33, f35, f28, f29] },
	{ resource: 'activityStorecheck', operation: 'create', name: 'Create', action: 'Create activity storecheck', method: 'POST', path: '/activity-storecheck', rootProperty: 'data', bodyJsonMode: true, fields: [f11, f12, f71, f72, f73, f41, f74, f75] },
	{ resource: 'activityStorecheck', operation: 'get', name: 'Get', action: 'Get activity storecheck', method: 'GET', path: '/activity-storecheck/{id}', rootProperty: 'data', fields: [f76] },
	{ resource: 'activityStorecheck', operation: 'update', name: 'Update', action: 'Update activity storecheck', method: 'PUT', path: '/activity-storecheck/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f76, f11, f12, f71, f72, f73, f41, f74, f75] },
	{ resource: 'activityStorecheck', operation: 'delete', name: 'Delete', action: 'Delete activity storecheck', method: 'DELETE', path: '/activity-storecheck/{id}', fields: [f76] },
	{ resource: 'adjustAccount', operation: 'getAll', name: 'Get Many', action: 'Get many adjust accounts', method: 'GET', path: '/adjust-account', list: list1, fields: [f0, f4, f5, f77, f78, f79, f66, f67, f28, f29, f34, f30, f31, f33, f35] },
	{ resource: 'adjustAccount', operation: 'create', name: 'Create', action: 'Create adjust account', method: 'POST', path: '/adjust-account', bodyJsonMode: true, fields: [f11, f80, f81, f82, f83, f84, f85, f86, f87] },
	{ resource: 'adjustAccount', operation: 'get', name: 'Get', action: 'Get adjust account', method: 'GET', path: '/adjust-account/{id}', fields: [f88] },
	{ resource: 'adjustInventory', operation: 'getAll', name: 'Get Many', action: 'Get many adjust inventories', method: 'GET', path: '/adjust-inventory', list: list1, fields: [f0, f4, f89, f5, f90, f3, f91, f92, f93, f94, f95, f77, f96, f97, f98, f99, f100, f101, f26, f102, f103, f28, f29, f34, f35, f104, f30, f31, f33] },
	{ resource: 'adjustInventory', operation: 'create', name: 'Create', action: 'Create adjust inventory', method: 'POST', path: '/adjust-inventory', rootProperty: 'data', bodyJsonMode: true, fields: [f105, f80, f106, f75] },
	{ resource: 'adjustInventory', operation: 'get', name: 'Get', action: 'Get adjust inventory', method: 'GET', path: '/adjust-inventory/{id}', rootProperty: 'data', fields: [f107, f104, f108] },
	{ resource: 'approvalRequest', operation: 'getAll', name: 'Get Many', action: 'Get many approval requests', method: 'GET', path: '/approval-request', list: list1, fields: [f0, f4, f89, f5, f3, f91, f92, f93, f95, f77, f109, f110, f111, f112, f113, f114, f115, f26, f116, f66, f67, f28, f29, f34, f35, f117, f118, f119, f120, f121, f33, f108, f122] },
	{ resource: 'approvalRequest', operation: 'create', name: 'Create', action: 'Create approval request', method: 'POST', path: '/approval-request', rootProperty: 'data', bodyJsonMode: true, fields: [f123, f85, f124, f125, f126, f127, f128, f129, f130] },
	{ resource: 'approvalRequest', operation: 'get', name: 'Get', action: 'Get approval request', method: 'GET', path: '/approval-request/{id}', rootProperty: 'data', fields: [f131, f108, f132, f133, f134, f122] },
	{ resource: 'approvalRequest', operation: 'update', name: 'Update', action: 'Update approval request', method: 'PUT', path: '/approval-request/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f131, f123, f85, f127, f128, f129, f130, f135] },
	{ resource: 'approvalRequest', operation: 'delete', name: 'Delete', action: 'Delete approval request', method: 'DELETE', path: '/approval-request/{id}', fields: [f131] },
	{ resource: 'approval', operation: 'getAll', name: 'Get Many', action: 'Get many approvals', method: 'GET', path: '/approvals', list: list1, fields: [f0, f4, f5, f3, f63, f65, f33, f34, f35, f28, f29] },
	{ resource: 'approval', operation: 'create', name: 'Create', action: 'Create approval', method: 'POST', path: '/approvals', rootProperty: 'data', bodyJsonMode: true, fields: [f136, f137, f138, f139, f140] },
	{ resource: 'approval', operation: 'get', name: 'Get', action: 'Get approval', method: 'GET', path: '/approvals/{id}', rootProperty: 'data', fields: [f141] },
	{ resource: 'approval', operation: 'update', name: 'Update', action: 'Update approval', method: 'PUT', path: '/approvals/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f141, f138, f139, f140] },
	{ resource: 'approval', operation: 'delete', name: 'Delete', action: 'Delete approval', method: 'DELETE', path: '/approvals/{id}', fields: [f141] },
	{ resource: 'assetPartReceival', operation: 'getAll', name: 'Get Many', action: 'Get many asset part receivals', method: 'GET', path: '/asset-part-receival', list: list0, fields: [f0, f1, f2, f3, f4, f5, f91, f92, f93, f142, f143, f144, f145, f95, f77, f96, f97, f26, f117, f103, f146, f147, f66, f67, f28, f29, f34, f35, f148, f149, f33] },
	{ resource: 'assetPartReceival', operation: 'create', name: 'Create', action: 'Create asset part receival', method: 'POST', path: '/asset-part-receival', rootProperty: 'data', bodyJsonMode: true, fields: [f150, f151, f152, f153, f154, f155, f105, f156, f157, f158, f159, f160, f161, f162, f163, f164, f165, f75, f17] },
	{ resource: 'assetPartReceival', operation: 'get', name: 'Get', action: 'Get asset part receival', method: 'GET', path: '/asset-part-receival/{id}', rootProperty: 'data', fields: [f166, f149] },
	{ resource: 'assetPartReceival', operation: 'update', name: 'Update', action: 'Update asset part receival', method: 'PUT', path: '/asset-part-receival/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f166, f150, f151, f152, f153, f154, f155, f105, f156, f157, f158, f159, f160, f161, f162, f163, f164, f165, f75, f17] },
	{ resource: 'assetPartReceival', operation: 'delete', name: 'Delete', action: 'Delete asset part receival', method: 'DELETE', path: '/asset-part-receival/{id}', fields: [f166] },
	{ resource: 'assetPartTransfer', operation: 'getAll', name: 'Get Many', action: 'Get many asset part transfers', method: 'GET', path: '/asset-part-transfer', list: list0, fields: [f0, f1, f2, f3, f4, f89, f5, f91, f92, f93, f95, f167, f77, f144, f145, f97, f168, f169, f94, f143, f26, f117, f103, f170, f171, f172, f66, f67, f28, f29, f34, f35, f173, f33] },
	{ resource: 'assetPartTransfer', operation: 'create', name: 'Create', action: 'Create asset part transfer', method: 'POST', path: '/asset-part-transfer', rootProperty: 'data', bodyJsonMode: true, fields: [f174, f175, f176, f177, f178, f179, f180, f181, f182, f183, f184, f130, f185, f157, f186, f187, f188, f189, f190, f191, f192, f159, f165, f75, f17] },
	{ resource: 'assetPartTransfer', operation: 'get', name: 'Get', action: 'Get asset part transfer', method: 'GET', path: '/asset-part-transfer/{id}', rootProperty: 'data', fields: [f193, f108, f132, f173] },
	{ resource: 'assetPartTransfer', operation: 'update', name: 'Update', action: 'Update asset part transfer', method: 'PUT', path: '/asset-part-transfer/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f193, f174, f175, f176, f177, f178, f179, f180, f181, f182, f183, f184, f130, f185, f157, f186, f187, f188, f189, f190, f191, f192, f159, f165, f75, f17] },
	{ resource: 'assetPartTransfer', operation: 'delete', name: 'Delete', action: 'Delete asset part transfer', method: 'DELETE', path: '/asset-part-transfer/{id}', fields: [f193] },
	{ resource: 'assetPartTransfer', operation: 'complete', name: 'Complete', action: 'Complete asset part transfer', method: 'POST', path: '/asset-part-transfer/{id}/complete', rootProperty: 'data', fields: [f193] },
	{ resource: 'assetPartType', operation: 'getAll', name: 'Get Many', action: 'Get many asset part types', method: 'GET', path: '/asset-part-type', list: list0, fields: [f0, f1, f2, f3, f4, f5, f63, f194, f65, f34, f35, f195, f196, f33, f28, f29] },
	{ resource: 'assetPartType', operation: 'create', name: 'Create', action: 'Create asset part type', method: 'POST', path: '/asset-part-type', rootProperty: 'data', bodyJsonMode: true, fields: [f197, f85, f198, f199, f200, f201, f202, f203, f204, f205, f206, f17] },
	{ resource: 'assetPartType', operation: 'get', name: 'Get', action: 'Get asset part type', method: 'GET', path: '/asset-part-type/{id}', rootProperty: 'data', fields: [f207] },
	{ resource: 'assetPartType', operation: 'update', name: 'Update', action: 'Update asset part type', method: 'PUT', path: '/asset-part-type/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f207, f197, f85, f198, f199, f200, f201, f202, f203, f204, f205, f206, f17] },
	{ resource: 'assetPartType', operation: 'delete', name: 'Delete', action: 'Delete asset part type', method: 'DELETE', path: '/asset-part-type/{id}', fields: [f207] },
	{ resource: 'assetPartUnit', operation: 'getAll', name: 'Get Many', action: 'Get many asset part units', method: 'GET', path: '/asset-part-unit', list: list0, fields: [f0, f1, f2, f3, f4, f5, f208, f209, f142, f143, f210, f146, f211, f212, f213, f103, f214, f26, f34, f35, f28, f29, f215, f33, f216, f217, f218, f144, f145, f95, f77, f96, f97, f195, f196] },
	{ resource: 'assetPartUnit', operation: 'create', name: 'Create', action: 'Create asset part unit', method: 'POST', path: '/asset-part-unit', rootProperty: 'data', bodyJsonMode: true, fields: [f219, f220, f221, f222, f223, f11, f224, f225, f226, f227, f228, f229, f230, f231, f232, f233, f234, f235, f236, f87, f237, f238, f239, f240, f46, f241, f242, f243, f244, f245, f246, f247, f248, f73, f249, f250, f251, f252, f253, f192, f204, f151, f254, f75, f255, f17] },
	{ resource: 'assetPartUnit', operation: 'get', name: 'Get', action: 'Get asset part unit', method: 'GET', path: '/asset-part-unit/{id}', rootProperty: 'data', fields: [f256, f215] },
	{ resource: 'assetPartUnit', operation: 'update', name: 'Update', action: 'Update asset part unit', method: 'PUT', path: '/asset-part-unit/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f256, f219, f220, f221, f222, f223, f11, f224, f225, f226, f227, f228, f229, f230, f231, f232, f233, f234, f235, f236, f87, f237, f238, f239, f240, f46, f241, f242, f243, f244, f245, f246, f247, f248, f73, f249, f250, f251, f252, f253, f192, f204, f151, f254, f75, f255, f17] },
	{ resource: 'assetPartUnit', operation: 'delete', name: 'Delete', action: 'Delete asset part unit', method: 'DELETE', path: '/asset-part-unit/{id}', fields: [f256] },
	{ resource: 'assetPart', operation: 'getAll', name: 'Get Many', action: 'Get many asset parts', method: 'GET', path: '/asset-part', list: list0, fields: [f0, f1, f2, f3, f4, f5, f63, f65, f34, f35, f28, f29, f257, f258, f259, f260, f33, f195, f196] },
	{ resource: 'assetPart', operation: 'create', name: 'Create', action: 'Create asset part', method: 'POST', path: '/asset-part', rootProperty: 'data', bodyJsonMode: true, fields: [f261, f197, f85, f262, f263, f264, f200, f265, f204, f192, f159, f266, f267, f268, f269, f270, f271, f199, f206, f272, f273, f274, f165, f17] },
	{ resource: 'assetPart', operation: 'get', name: 'Get', action: 'Get asset part', method: 'GET', path: '/asset-part/{id}', rootProperty: 'data', fields: [f275, f260] },
	{ resource: 'assetPart', operation: 'update', name: 'Update', action: 'Update asset part', method: 'PUT', path: '/asset-part/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f275, f261, f197, f85, f262, f263, f264, f200, f265, f204, f192, f159, f266, f267, f268, f269, f270, f271, f199, f206, f272, f273, f274, f165, f17] },
	{ resource: 'assetPart', operation: 'delete', name: 'Delete', action: 'Delete asset part', method: 'DELETE', path: '/asset-part/{id}', fields: [f275] },
	{ resource: 'assetType', operation: 'getAll', name: 'Get Many', action: 'Get many asset types', method: 'GET', path: '/asset-type', list: list1, fields: [f0, f4, f5, f3, f63, f195, f196, f34, f35, f33, f28, f29] },
	{ resource: 'assetType', operation: 'create', name: 'Create', action: 'Create asset type', method: 'POST', path: '/asset-type', rootProperty: 'data', bodyJsonMode: true, fields: [f276, f85, f271, f277, f278] },
	{ resource: 'assetType', operation: 'get', name: 'Get', action: 'Get asset type', method: 'GET', path: '/asset-type/{id}', rootProperty: 'data', fields: [f279] },
	{ resource: 'assetType', operation: 'update', name: 'Update', action: 'Update asset type', method: 'PUT', path: '/asset-type/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f279, f276, f85, f271, f277, f278] },
	{ resource: 'assetType', operation: 'delete', name: 'Delete', action: 'Delete asset type', method: 'DELETE', path: '/asset-type/{id}', fields: [f279] },
	{ resource: 'assetUnit', operation: 'getAll', name: 'Get Many', action: 'Get many asset units', method: 'GET', path: '/asset-unit', list: list1, fields: [f0, f19, f280, f281, f282, f5, f4, f63, f34, f35, f28, f29, f3, f33, f195, f196, f283] },
	{ resource: 'assetUnit', operation: 'create', name: 'Create', action: 'Create asset unit', method: 'POST', path: '/asset-unit', rootProperty: 'data', bodyJsonMode: true, fields: [f284, f285, f272, f286, f287, f288, f289, f290, f291, f292, f293, f75, f294, f46, f278] },
	{ resource: 'assetUnit', operation: 'get', name: 'Get', action: 'Get asset unit', method: 'GET', path: '/asset-unit/{id}', rootProperty: 'data', fields: [f295, f283] },
	{ resource: 'assetUnit', operation: 'update', name: 'Update', action: 'Update asset unit', method: 'PATCH', path: '/asset-unit/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f295, f296, f272, f286, f287, f288, f289, f290, f291, f297, f298, f292, f293, f75, f294, f46, f278] },
	{ resource: 'assetUnit', operation: 'delete', name: 'Delete', action: 'Delete asset unit', method: 'DELETE', path: '/asset-unit/{id}', fields: [f295] },
	{ resource: 'assetUnit', operation: 'deleteMany', name: 'Delete Many', action: 'Delete many asset units', method: 'POST', path: '/asset-unit/remove', bodyJsonMode: true, fields: [f299] },
	{ resource: 'assetUnit', operation: 'updateStatus', name: 'Update Status', action: 'Update asset unit status', method: 'PATCH', path: '/asset-unit/{id}/status', rootProperty: 'data', bodyJsonMode: true, fields: [f295, f300, f185, f75] },
	{ resource: 'asset', operation: 'getAll', name: 'Get Many', action: 'Get many assets', method: 'GET', path: '/asset', list: list1, fields: [f0, f4, f63, f5, f34, f35, f301, f302, f28, f29, f3, f195, f196, f33, f303] },
	{ resource: 'asset', operation: 'create', name: 'Create', action: 'Create asset', method: 'POST', path: '/asset', rootProperty: 'data', bodyJsonMode: true, fields: [f276, f241, f304, f38, f73, f135, f305, f306, f255] },
	{ resource: 'asset', operation: 'get', name: 'Get', action: 'Get asset', method: 'GET', path: '/asset/{id}', rootProperty: 'data', fields: [f307, f303] },
	{ resource: 'asset', operation: 'update', name: 'Update', action: 'Update asset', method: 'PUT', path: '/asset/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f307, f276, f241, f304, f38, f73, f135, f305, f306, f255] },
	{ resource: 'asset', operation: 'delete', name: 'Delete', action: 'Delete asset', method: 'DELETE', path: '/asset/{id}', fields: [f307] },
	{ resource: 'bank', operation: 'getAll', name: 'Get Many', action: 'Get many banks', method: 'GET', path: '/banks', list: list1, fields: [f0, f4, f5, f3, f34, f30, f31, f33, f35, f28, f29] },
	{ resource: 'bank', operation: 'create', name: 'Create', action: 'Create bank', method: 'POST', path: '/banks', rootProperty: 'data', bodyJsonMode: true, fields: [f276, f308, f309, f278] },
	{ resource: 'bank', operation: 'get', name: 'Get', action: 'Get bank', method: 'GET', path: '/banks/{id}', rootProperty: 'data', fields: [f310] },
	{ resource: 'bank', operation: 'update', name: 'Update', action: 'Update bank', method: 'PUT', path: '/banks/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f310, f276, f308, f309, f278] },
	{ resource: 'bank', operation: 'delete', name: 'Delete', action: 'Delete bank', method: 'DELETE', path: '/banks/{id}', fields: [f310] },
	{ resource: 'bankList', operation: 'getAll', name: 'Get Many', action: 'Get many bank lists', method: 'GET', path: '/bankslists', list: list1, fields: [f0, f4, f5, f3, f311, f34, f35, f28, f29] },
	{ resource: 'bankList', operation: 'create', name: 'Create', action: 'Create bank list', method: 'POST', path: '/bankslists', rootProperty: 'data', bodyJsonMode: true, fields: [f276, f312, f278] },
	{ resource: 'bankList', operation: 'get', name: 'Get', action: 'Get bank list', method: 'GET', path: '/bankslists/{id}', rootProperty: 'data', fields: [f313] },
	{ resource: 'bankList', operation: 'update', name: 'Update', action: 'Update bank list', method: 'PUT', path: '/bankslists/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f313, f276, f312, f278] },
	{ resource: 'bankList', operation: 'delete', name: 'Delete', action: 'Delete bank list', method: 'DELETE', path: '/bankslists/{id}', fields: [f313] },
	{ resource: 'brand', operation: 'getAll', name: 'Get Many', action: 'Get many brands', method: 'GET', path: '/product-brand', list: list1, fields: [f0, f4, f5, f3, f63, f64, f65, f34, f314, f315, f30, f31, f33, f35, f28, f29] },
	{ resource: 'brand', operation: 'create', name: 'Create', action: 'Create brand', method: 'POST', path: '/product-brand', bodyJsonMode: true, fields: [f197, f316, f278, f87, f46] },
	{ resource: 'brand', operation: 'get', name: 'Get', action: 'Get brand', method: 'GET', path: '/product-brand/{id}', fields: [f317] },
	{ resource: 'brand', operation: 'update', name: 'Update', action: 'Update brand', method: 'PUT', path: '/product-brand/{id}', bodyJsonMode: true, fields: [f317, f276, f316, f278, f87, f46] },
	{ resource: 'brand', operation: 'delete', name: 'Delete', action: 'Delete brand', method: 'DELETE', path: '/product-brand/{id}', fields: [f317] },
	{ resource: 'cart', operation: 'getAll', name: 'Get Many', action: 'Get many carts', method: 'GET', path: '/cart', list: list1, fields: [f0, f4, f5, f318, f77, f319, f320, f93, f34, f35, f28, f29] },
	{ resource: 'cart', operation: 'create', name: 'Create', action: 'Create cart', method: 'POST', path: '/cart', bodyJsonMode: true, fields: [f321, f322, f323, f324, f325, f326, f327, f224, f234, f328, f219, f329, f330, f331, f332, f333, f334, f335, f336, f337, f338, f339, f340, f341, f342, f343, f344, f345, f346, f347, f348, f349, f350, f351, f352, f353, f354, f355, f356, f357, f358, f359, f360, f361, f362, f363, f364, f365, f366, f367, f368, f369, f370, f371, f372, f373, f374, f375, f376, f377, f378, f379, f380, f381, f382, f383, f384, f385, f386, f387, f388, f389, f390, f391, f392, f393, f394, f395, f396, f397, f398, f399, f400, f401, f402, f403, f404, f405, f406, f407, f408, f409, f410, f411, f412, f413, f414, f415, f416, f417, f418, f419, f420, f421, f422, f423, f424, f425, f426, f427, f428, f429, f430, f431, f432, f433, f434, f435, f436, f437, f438, f439, f440, f441, f442, f443, f444, f445, f157, f446, f447, f448, f449, f450, f451, f452] },
	{ resource: 'cart', operation: 'get', name: 'Get', action: 'Get cart', method: 'GET', path: '/cart/{id}', fields: [f453] },
	{ resource: 'category', operation: 'getAll', name: 'Get Many', action: 'Get many categories', method: 'GET', path: '/product-category', list: list1, fields: [f0, f4, f5, f3, f63, f64, f65, f454, f314, f315, f34, f455, f456, f457, f30, f31, f33, f35, f28, f29] },
	{ resource: 'category', operation: 'create', name: 'Create', action: 'Create category', method: 'POST', path: '/product-category', bodyJsonMode: true, fields: [f197, f46, f458, f278, f459, f316, f460, f461, f87] },
	{ resource: 'category', operation: 'get', name: 'Get', action: 'Get category', method: 'GET', path: '/product-category/{id}', fields: [f462] },
	{ resource: 'category', operation: 'update', name: 'Update', action: 'Update category', method: 'PUT', path: '/product-category/{id}', bodyJsonMode: true, fields: [f462, f276, f46, f458, f278, f459, f316, f460, f461, f87] },
	{ resource: 'category', operation: 'delete', name: 'Delete', action: 'Delete category', method: 'DELETE', path: '/product-category/{id}', fields: [f462] },
	{ resource: 'check', operation: 'getAll', name: 'Get Many', action: 'Get many checks', method: 'GET', path: '/checks', list: list1, fields: [f0, f4, f5, f77, f318, f463, f464, f465, f466, f467, f468, f469, f34, f470, f30, f31, f33, f35, f28, f29] },
	{ resource: 'check', operation: 'create', name: 'Create', action: 'Create check', method: 'POST', path: '/checks', bodyJsonMode: true, fields: [f11, f80, f471, f82, f472, f473, f474, f475, f75, f87] },
	{ resource: 'check', operation: 'get', name: 'Get', action: 'Get check', method: 'GET', path: '/checks/{id}', fields: [f476, f477, f470] },
	{ resource: 'clientChannel', operation: 'getAll', name: 'Get Many', action: 'Get many client channels', method: 'GET', path: '/client-channel', list: list1, fields: [f0, f5, f3, f63, f64, f65, f34, f30, f31, f33, f4, f35, f28, f29] },
	{ resource: 'clientChannel', operation: 'create', name: 'Create', action: 'Create client channel', method: 'POST', path: '/client-channel', rootProperty: 'data', bodyJsonMode: true, fields: [f197, f316, f278, f87, f46] },
	{ resource: 'clientChannel', operation: 'get', name: 'Get', action: 'Get client channel', method: 'GET', path: '/client-channel/{id}', rootProperty: 'data', fields: [f478] },
	{ resource: 'clientChannel', operation: 'update', name: 'Update', action: 'Update client channel', method: 'PUT', path: '/client-channel/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f478, f276, f316, f278, f87, f46] },
	{ resource: 'clientChannel', operation: 'delete', name: 'Delete', action: 'Delete client channel', method: 'DELETE', path: '/client-channel/{id}', rootProperty: 'data', fields: [f478] },
	{ resource: 'clientContact', operation: 'getAll', name: 'Get Many', action: 'Get many client contacts', method: 'GET', path: '/client-contact', list: list1, fields: [f0, f5, f3, f63, f34, f35, f30, f31, f33, f4, f28, f29] },
	{ resource: 'clientContact', operation: 'create', name: 'Create', action: 'Create client contact', method: 'POST', path: '/client-contact', rootProperty: 'data', bodyJsonMode: true, fields: [f197, f479, f480, f316, f481, f482, f483, f123, f484, f278, f235, f485, f87, f46] },
	{ resource: 'clientContact', operation: 'get', name: 'Get', action: 'Get client contact', method: 'GET', path: '/client-contact/{id}', rootProperty: 'data', fields: [f486] },
	{ resource: 'clientContact', operation: 'update', name: 'Update', action: 'Update client contact', method: 'PUT', path: '/client-contact/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f486, f276, f479, f480, f316, f481, f482, f483, f123, f484, f278, f235, f485, f87, f46] },
	{ resource: 'clientContact', operation: 'delete', name: 'Delete', action: 'Delete client contact', method: 'DELETE', path: '/client-contact/{id}', rootProperty: 'data', fields: [f486] },
	{ resource: 'clientLocation', operation: 'getAll', name: 'Get Many', action: 'Get many client locations', method: 'GET', path: '/client-location', list: list1, fields: [f0, f19, f22, f65, f5, f4, f63, f34, f35, f28, f29, f3, f33, f487] },
	{ resource: 'clientLocation', operation: 'create', name: 'Create', action: 'Create client location', method: 'POST', path: '/client-location', rootProperty: 'data', bodyJsonMode: true, fields: [f11, f197, f488, f489, f490, f491, f309, f492, f493, f494, f495, f496, f75, f46, f278] },
	{ resource: 'clientLocation', operation: 'get', name: 'Get', action: 'Get client location', method: 'GET', path: '/client-location/{id}', rootProperty: 'data', fields: [f497, f487] },
	{ resource: 'clientLocation', operation: 'update', name: 'Update', action: 'Update client location', method: 'PATCH', path: '/client-location/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f497, f276, f498, f489, f490, f491, f309, f492, f493, f494, f495, f496, f75, f46, f278] },
	{ resource: 'clientLocation', operation: 'delete', name: 'Delete', action: 'Delete client location', method: 'DELETE', path: '/client-location/{id}', fields: [f497] },
	{ resource: 'clientLocation', operation: 'deleteMany', name: 'Delete Many', action: 'Delete many client locations', method: 'POST', path: '/client-location/remove', bodyJsonMode: true, fields: [f299] },
	{ resource: 'client', operation: 'getAll', name: 'Get Many', action: 'Get many clients', method: 'GET', path: '/client', list: list1, fields: [f0, f4, f34, f35, f28, f29, f314, f315, f63, f3, f65, f499, f69, f5, f500, f501, f10, f502, f503, f504, f505, f506, f507, f508, f509, f510, f511, f512, f513, f514, f26, f515, f516, f517, f518, f519, f30, f31, f33, f520, f521, f522] },
	{ resource: 'client', operation: 'create', name: 'Create', action: 'Create client', method: 'POST', path: '/client', bodyJsonMode: true, fields: [f197, f316, f523, f524, f489, f525, f526, f527, f528, f309, f278, f529, f530, f531, f532, f533, f490, f534, f535, f536, f537, f538, f539, f540, f541, f483, f234, f542, f543, f544, f545, f135, f546, f547, f548, f255, f549, f550, f46, f551, f552, f553, f236, f554, f87] },
	{ resource: 'client', operation: 'get', name: 'Get', action: 'Get client', method: 'GET', path: '/client/{id}', fields: [f555, f519] },
	{ resource: 'client', operation: 'update', name: 'Update', action: 'Update client', method: 'PUT', path: '/client/{id}', bodyJsonMode: true, fields: [f555, f276, f316, f523, f524, f489, f525, f526, f527, f528, f309, f278, f529, f530, f531, f532, f533, f490, f534, f535, f536, f537, f538, f539, f540, f541, f483, f234, f542, f543, f544, f545, f135, f546, f547, f548, f255, f549, f550, f46, f551, f552, f553, f236, f554, f87] },
	{ resource: 'client', operation: 'delete', name: 'Delete', action: 'Delete client', method: 'DELETE', path: '/client/{id}', fields: [f555] },
	{ resource: 'contractInstallment', operation: 'getAll', name: 'Get Many', action: 'Get many contract installments', method: 'GET', path: '/contract-installment', list: list1, fields: [f0, f19, f556, f557, f558, f559, f5, f4, f34, f35, f28, f29, f195, f196, f3, f33, f560, f561, f562, f563] },
	{ resource: 'contractInstallment', operation: 'create', name: 'Create', action: 'Create contract installment', method: 'POST', path: '/contract-installment', rootProperty: 'data', bodyJsonMode: true, fields: [f564, f565, f566, f82, f159, f567, f568, f569, f570, f571, f75, f294, f46] },
	{ resource: 'contractInstallment', operation: 'get', name: 'Get', action: 'Get contract installment', method: 'GET', path: '/contract-installment/{id}', rootProperty: 'data', fields: [f572, f563] },
	{ resource: 'contractInstallment', operation: 'update', name: 'Update', action: 'Update contract installment', method: 'PATCH', path: '/contract-installment/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f572, f357, f573, f574, f575, f576, f577, f578, f567, f568, f569, f570, f571, f75, f294, f46] },
	{ resource: 'contractInstallment', operation: 'delete', name: 'Delete', action: 'Delete contract installment', method: 'DELETE', path: '/contract-installment/{id}', fields: [f572] },
	{ resource: 'contractInstallment', operation: 'markPaid', name: 'Mark as Paid', action: 'Mark contract installment as paid', method: 'POST', path: '/contract-installment/{id}/pay', rootProperty: 'data', bodyJsonMode: true, fields: [f572, f579, f580, f577, f578, f75] },
	{ resource: 'contractInstallment', operation: 'getOverdue', name: 'Get Many Overdue', action: 'Get many overdue contract installments', method: 'GET', path: '/contract-installment/overdue', list: list1, fields: [f581] },
	{ resource: 'contract', operation: 'getAll', name: 'Get Many', action: 'Get many contracts', method: 'GET', path: '/contract', list: list1, fields: [f0, f4, f5, f34, f35, f28, f29, f195, f196, f3, f33, f582, f142, f583, f584, f585, f586, f587, f588, f589, f590, f591, f592] },
	{ resource: 'contract', operation: 'create', name: 'Create', action: 'Create contract', method: 'POST', path: '/contract', rootProperty: 'data', bodyJsonMode: true, fields: [f123, f38, f593, f594, f595, f159, f135, f596, f597] },
	{ resource: 'contract', operation: 'get', name: 'Get', action: 'Get contract', method: 'GET', path: '/contract/{id}', rootProperty: 'data', fields: [f598, f590] },
	{ resource: 'contract', operation: 'update', name: 'Update', action: 'Update contract', method: 'PUT', path: '/contract/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f598, f123, f38, f593, f594, f595, f159, f135, f596, f597] },
	{ resource: 'contract', operation: 'delete', name: 'Delete', action: 'Delete contract', method: 'DELETE', path: '/contract/{id}', fields: [f598] },
	{ resource: 'customListItem', operation: 'getAll', name: 'Get Many', action: 'Get many custom list items', method: 'GET', path: '/custom-list-item', list: list1, fields: [f0, f4, f5, f599, f34, f600, f30, f31, f33, f35, f28, f29] },
	{ resource: 'customListItem', operation: 'create', name: 'Create', action: 'Create custom list item', method: 'POST', path: '/custom-list-item', rootProperty: 'data', bodyJsonMode: true, fields: [f276, f601, f602, f278] },
	{ resource: 'customListItem', operation: 'get', name: 'Get', action: 'Get custom list item', method: 'GET', path: '/custom-list-item/{id}', rootProperty: 'data', fields: [f603] },
	{ resource: 'customListItem', operation: 'update', name: 'Update', action: 'Update custom list item', method: 'PUT', path: '/custom-list-item/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f603, f276, f601, f602, f278] },
	{ resource: 'customListItem', operation: 'delete', name: 'Delete', action: 'Delete custom list item', method: 'DELETE', path: '/custom-list-item/{id}', fields: [f603] },
	{ resource: 'customList', operation: 'getAll', name: 'Get Many', action: 'Get many custom lists', method: 'GET', path: '/custom-list', list: list1, fields: [f0, f4, f5, f63, f604, f605, f34, f30, f31, f33, f35, f28, f29] },
	{ resource: 'customList', operation: 'create', name: 'Create', action: 'Create custom list', method: 'POST', path: '/custom-list', rootProperty: 'data', bodyJsonMode: true, fields: [f276, f85, f125, f278] },
	{ resource: 'customList', operation: 'get', name: 'Get', action: 'Get custom list', method: 'GET', path: '/custom-list/{id}', rootProperty: 'data', fields: [f606] },
	{ resource: 'customList', operation: 'update', name: 'Update', action: 'Update custom list', method: 'PUT', path: '/custom-list/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f606, f276, f85, f125, f278] },
	{ resource: 'customList', operation: 'delete', name: 'Delete', action: 'Delete custom list', method: 'DELETE', path: '/custom-list/{id}', fields: [f606] },
	{ resource: 'customStatus', operation: 'getAll', name: 'Get Many', action: 'Get many custom statuses', method: 'GET', path: '/custom-status', list: list1, fields: [f0, f4, f5, f3, f63, f607, f608, f609, f194, f65, f34, f30, f31, f33, f35, f28, f29] },
	{ resource: 'customStatus', operation: 'create', name: 'Create', action: 'Create custom status', method: 'POST', path: '/custom-status', rootProperty: 'data', bodyJsonMode: true, fields: [f276, f610, f125, f278] },
	{ resource: 'customStatus', operation: 'get', name: 'Get', action: 'Get custom status', method: 'GET', path: '/custom-status/{id}', rootProperty: 'data', fields: [f611] },
	{ resource: 'customStatus', operation: 'update', name: 'Update', action: 'Update custom status', method: 'PUT', path: '/custom-status/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f611, f276, f610, f125, f278] },
	{ resource: 'customStatus', operation: 'delete', name: 'Delete', action: 'Delete custom status', method: 'DELETE', path: '/custom-status/{id}', fields: [f611] },
	{ resource: 'day', operation: 'getAll', name: 'Get Many', action: 'Get many days', method: 'GET', path: '/day', list: list1, fields: [f0, f4, f5, f77, f612, f613, f614, f615, f34, f616, f30, f31, f33, f35, f28, f29] },
	{ resource: 'day', operation: 'create', name: 'Create', action: 'Create day', method: 'POST', path: '/day', bodyJsonMode: true, fields: [f12, f617, f618, f75, f87] },
	{ resource: 'day', operation: 'get', name: 'Get', action: 'Get day', method: 'GET', path: '/day/{id}', fields: [f619, f616] },
	{ resource: 'feedbackOption', operation: 'getAll', name: 'Get Many', action: 'Get many feedback options', method: 'GET', path: '/feedback-options', list: list1, fields: [f0, f19, f620, f621, f622, f5, f4, f623, f624, f625, f65] },
	{ resource: 'feedbackOption', operation: 'create', name: 'Create', action: 'Create feedback option', method: 'POST', path: '/feedback-options', rootProperty: 'data', bodyJsonMode: true, fields: [f197, f85, f271, f626, f627, f628, f629, f630, f631, f46] },
	{ resource: 'feedbackOption', operation: 'get', name: 'Get', action: 'Get feedback option', method: 'GET', path: '/feedback-options/{id}', rootProperty: 'data', fields: [f632] },
	{ resource: 'feedbackOption', operation: 'update', name: 'Update', action: 'Update feedback option', method: 'PATCH', path: '/feedback-options/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f632, f276, f85, f271, f633, f628, f629, f630, f631, f46] },
	{ resource: 'feedbackOption', operation: 'delete', name: 'Delete', action: 'Delete feedback option', method: 'DELETE', path: '/feedback-options/{id}', fields: [f632] },
	{ resource: 'feedbackOption', operation: 'getPreview', name: 'Get Preview', action: 'Get feedback option preview', method: 'GET', path: '/feedback-options/{id}/preview', rootProperty: 'data', fields: [f632] },
	{ resource: 'feedbackOption', operation: 'getTemplates', name: 'Get Templates', action: 'Get predefined feedback option templates', method: 'GET', path: '/feedback-options/templates', rootProperty: 'data', fields: [f620, f622] },
	{ resource: 'invoice', operation: 'getAll', name: 'Get Many', action: 'Get many invoices', method: 'GET', path: '/fullinvoices', list: list1, fields: [f0, f4, f5, f77, f95, f318, f634, f635, f636, f637, f103, f638, f639, f640, f641, f642, f92, f643, f644, f30, f31, f33, f645, f34, f35, f28, f29] },
	{ resource: 'invoice', operation: 'create', name: 'Create', action: 'Create invoice', method: 'POST', path: '/fullinvoices', rootProperty: 'data', bodyJsonMode: true, fields: [f646, f38, f80, f105, f361, f106, f373, f135, f129, f647, f648, f649, f650, f441, f442, f348, f350, f651, f652, f653, f654, f655, f234, f236, f523, f325] },
	{ resource: 'invoice', operation: 'get', name: 'Get', action: 'Get invoice', method: 'GET', path: '/fullinvoices/{id}', rootProperty: 'data', fields: [f656, f641, f642] },
	{ resource: 'invoice', operation: 'update', name: 'Update', action: 'Update invoice', method: 'PUT', path: '/fullinvoices/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f656, f646, f38, f80, f105, f361, f106, f373, f135, f129, f647, f648, f649, f650, f441, f442, f348, f350, f651, f652, f653, f654, f655, f234, f236, f523, f325, f657] },
	{ resource: 'integrationActionLog', operation: 'getAll', name: 'Get Many', action: 'Get many integration action logs', method: 'GET', path: '/integration-action-log', list: list0, fields: [f0, f1, f2, f3] },
	{ resource: 'integrationActionLog', operation: 'create', name: 'Create', action: 'Create integration action log', method: 'POST', path: '/integration-action-log', rootProperty: 'data', bodyJsonMode: true, fields: [f658, f659, f660, f126, f661, f662, f663, f664, f665, f666, f17] },
	{ resource: 'integrationActionLog', operation: 'get', name: 'Get', action: 'Get integration action log', method: 'GET', path: '/integration-action-log/{id}', rootProperty: 'data', fields: [f667] },
	{ resource: 'integrationActionLog', operation: 'update', name: 'Update', action: 'Update integration action log', method: 'PUT', path: '/integration-action-log/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f667, f658, f659, f660, f126, f661, f662, f663, f664, f665, f666, f17] },
	{ resource: 'integrationActionLog', operation: 'delete', name: 'Delete', action: 'Delete integration action log', method: 'DELETE', path: '/integration-action-log/{id}', fields: [f667] },
	{ resource: 'integrationApp', operation: 'getAll', name: 'Get Many', action: 'Get many integration apps', method: 'GET', path: '/integration-app', list: list1, fields: [f0, f4, f5, f3, f63, f65, f668, f34, f35, f28, f29] },
	{ resource: 'integrationApp', operation: 'create', name: 'Create', action: 'Create integration app', method: 'POST', path: '/integration-app', bodyJsonMode: true, fields: [f197, f85, f669, f670, f671, f672, f673, f674, f675, f87] },
	{ resource: 'integrationApp', operation: 'get', name: 'Get', action: 'Get integration app', method: 'GET', path: '/integration-app/{id}', fields: [f676, f668] },
	{ resource: 'integrationApp', operation: 'update', name: 'Update', action: 'Update integration app', method: 'PUT', path: '/integration-app/{id}', bodyJsonMode: true, fields: [f676, f276, f85, f677, f671, f672, f673, f674, f675, f87] },
	{ resource: 'integrationCommandLog', operation: 'getAll', name: 'Get Many', action: 'Get many integration command logs', method: 'GET', path: '/integration-command-log', list: list0, fields: [f0, f1, f2, f3] },
	{ resource: 'integrationCommandLog', operation: 'create', name: 'Create', action: 'Create integration command log', method: 'POST', path: '/integration-command-log', rootProperty: 'data', bodyJsonMode: true, fields: [f658, f678, f679, f680, f681, f682, f683, f684, f685, f686, f687, f688, f17] },
	{ resource: 'integrationCommandLog', operation: 'get', name: 'Get', action: 'Get integration command log', method: 'GET', path: '/integration-command-log/{id}', rootProperty: 'data', fields: [f689] },
	{ resource: 'integrationCommandLog', operation: 'update', name: 'Update', action: 'Update integration command log', method: 'PUT', path: '/integration-command-log/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f689, f658, f678, f679, f680, f681, f682, f683, f684, f685, f686, f687, f688, f17] },
	{ resource: 'integrationCommandLog', operation: 'delete', name: 'Delete', action: 'Delete integration command log', method: 'DELETE', path: '/integration-command-log/{id}', fields: [f689] },
	{ resource: 'inventoryAdjustmentReason', operation: 'getAll', name: 'Get Many', action: 'Get many inventory adjustment reasons', method: 'GET', path: '/inventory-adjustment-reason', list: list1, fields: [f0, f4, f5, f690, f34, f30, f31, f33, f35, f28, f29] },
	{ resource: 'inventoryAdjustmentReason', operation: 'create', name: 'Create', action: 'Create inventory adjustment reason', method: 'POST', path: '/inventory-adjustment-reason', rootProperty: 'data', bodyJsonMode: true, fields: [f276, f691, f278] },
	{ resource: 'inventoryAdjustmentReason', operation: 'get', name: 'Get', action: 'Get inventory adjustment reason', method: 'GET', path: '/inventory-adjustment-reason/{id}', rootProperty: 'data', fields: [f692] },
	{ resource: 'inventoryAdjustmentReason', operation: 'update', name: 'Update', action: 'Update inventory adjustment reason', method: 'PUT', path: '/inventory-adjustment-reason/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f692, f276, f691, f278] },
	{ resource: 'inventoryAdjustmentReason', operation: 'delete', name: 'Delete', action: 'Delete inventory adjustment reason', method: 'DELETE', path: '/inventory-adjustment-reason/{id}', fields: [f692] },
	{ resource: 'inventory', operation: 'getAll', name: 'Get Many', action: 'Get many inventory items', method: 'GET', path: '/inventory', list: list1, fields: [f0, f4, f693, f694, f144, f695, f34, f696, f35, f28, f29] },
	{ resource: 'mailUnsubscribe', operation: 'getAll', name: 'Get Many', action: 'Get many mail unsubscribe records', method: 'GET', path: '/mail-unsubscribe', list: list1, fields: [f0, f697, f19, f5] },
	{ resource: 'mailUnsubscribe', operation: 'create', name: 'Create', action: 'Add email to unsubscribe list', method: 'POST', path: '/mail-unsubscribe', rootProperty: 'data', bodyJsonMode: true, fields: [f698, f185, f699, f46, f700, f701] },
	{ resource: 'mailUnsubscribe', operation: 'get', name: 'Get', action: 'Get mail unsubscribe', method: 'GET', path: '/mail-unsubscribe/{id}', rootProperty: 'data', fields: [f702] },
	{ resource: 'mailUnsubscribe', operation: 'delete', name: 'Delete', action: 'Delete mail unsubscribe', method: 'DELETE', path: '/mail-unsubscribe/{id}', fields: [f702] },
	{ resource: 'mailUnsubscribe', operation: 'deleteMany', name: 'Delete Many', action: 'Delete many mail unsubscribe records', method: 'POST', path: '/mail-unsubscribe/remove', bodyJsonMode: true, fields: [f299] },
	{ resource: 'mailUnsubscribe', operation: 'checkEmail', name: 'Check Email', action: 'Check whether email is unsubscribed', method: 'POST', path: '/mail-unsubscribe/check', rootProperty: 'data', bodyJsonMode: true, fields: [f698] },
	{ resource: 'measureUnitFamily', operation: 'getAll', name: 'Get Many', action: 'Get many measure unit families', method: 'GET', path: '/measureunit-family', list: list1, fields: [f0, f4, f5, f3, f63, f64, f65, f34, f703, f704, f30, f31, f33, f35, f28, f29] },
	{ resource: 'measureUnitFamily', operation: 'create', name: 'Create', action: 'Create measure unit family', method: 'POST', path: '/measureunit-family', bodyJsonMode: true, fields: [f197, f316, f705, f46, f278, f87] },
	{ resource: 'measureUnitFamily', operation: 'get', name: 'Get', action: 'Get measure unit family', method: 'GET', path: '/measureunit-family/{id}', fields: [f706] },
	{ resource: 'measureUnitFamily', operation: 'update', name: 'Update', action: 'Update measure unit family', method: 'PUT', path: '/measureunit-family/{id}', bodyJsonMode: true, fields: [f706, f276, f316, f705, f46, f278, f87] },
	{ resource: 'measureUnitFamily', operation: 'delete', name: 'Delete', action: 'Delete measure unit family', method: 'DELETE', path: '/measureunit-family/{id}', fields: [f706] },
	{ resource: 'measureUnit', operation: 'getAll', name: 'Get Many', action: 'Get many measure units', method: 'GET', path: '/measureunits', list: list1, fields: [f0, f4, f5, f3, f63, f707, f708, f65, f34, f709, f710, f30, f31, f33, f35, f28, f29] },
	{ resource: 'measureUnit', operation: 'create', name: 'Create', action: 'Create measure unit', method: 'POST', path: '/measureunits', bodyJsonMode: true, fields: [f197, f711, f316, f712, f46, f278, f87] },
	{ resource: 'measureUnit', operation: 'get', name: 'Get', action: 'Get measure unit', method: 'GET', path: '/measureunits/{id}', fields: [f713] },
	{ resource: 'measureUnit', operation: 'update', name: 'Update', action: 'Update measure unit', method: 'PUT', path: '/measureunits/{id}', bodyJsonMode: true, fields: [f713, f276, f714, f316, f712, f46, f278, f87] },
	{ resource: 'measureUnit', operation: 'delete', name: 'Delete', action: 'Delete measure unit', method: 'DELETE', path: '/measureunits/{id}', fields: [f713] },
	{ resource: 'mediaStorage', operation: 'getAll', name: 'Get Many', action: 'Get many media storage items', method: 'GET', path: '/media-storage', list: list1, fields: [f0, f4, f5, f715, f34, f30, f31, f66, f67, f716, f717, f718, f33, f35, f28, f29] },
	{ resource: 'mediaStorage', operation: 'create', name: 'Create', action: 'Create media storage', method: 'POST', path: '/media-storage', bodyJsonMode: true, fields: [f719, f720, f721, f722, f271, f723, f126, f724, f725, f17, f523, f85, f87] },
	{ resource: 'mediaStorage', operation: 'get', name: 'Get', action: 'Get media storage', method: 'GET', path: '/media-storage/{id}', fields: [f726] },
	{ resource: 'mediaStorage', operation: 'update', name: 'Update', action: 'Update media storage', method: 'PUT', path: '/media-storage/{id}', bodyJsonMode: true, fields: [f726, f727, f271, f723, f126, f724, f17, f523, f85, f87] },
	{ resource: 'mediaStorage', operation: 'delete', name: 'Delete', action: 'Delete media storage', method: 'DELETE', path: '/media-storage/{id}', fields: [f726] },
	{ resource: 'media', operation: 'getAll', name: 'Get Many', action: 'Get many media', method: 'GET', path: '/media', list: list1, fields: [f0, f4, f5, f3, f63, f77, f728, f729, f730, f65, f731, f34, f35, f28, f29] },
	{ resource: 'media', operation: 'create', name: 'Create', action: 'Create media', method: 'POST', path: '/media', bodyJsonMode: true, fields: [f197, f85, f720, f732, f733, f734, f278, f87, f46] },
	{ resource: 'media', operation: 'get', name: 'Get', action: 'Get media', method: 'GET', path: '/media/{id}', fields: [f735] },
	{ resource: 'media', operation: 'update', name: 'Update', action: 'Update media', method: 'PUT', path: '/media/{id}', bodyJsonMode: true, fields: [f735, f276, f85, f736, f737, f733, f734, f278, f87, f46] },
	{ resource: 'media', operation: 'delete', name: 'Delete', action: 'Delete media', method: 'DELETE', path: '/media/{id}', fields: [f735] },
	{ resource: 'mslProduct', operation: 'getAll', name: 'Get Many', action: 'Get many MSL products', method: 'GET', path: '/msl-products', list: list1, fields: [f0, f4, f5, f65, f738, f739, f740, f34, f35, f741, f30, f31, f33, f28, f29] },
	{ resource: 'mslProduct', operation: 'create', name: 'Create', action: 'Create MSL product', method: 'POST', path: '/msl-products', rootProperty: 'data', bodyJsonMode: true, fields: [f742, f743, f744, f745, f746, f278] },
	{ resource: 'mslProduct', operation: 'get', name: 'Get', action: 'Get MSL product', method: 'GET', path: '/msl-products/{id}', rootProperty: 'data', fields: [f747] },
	{ resource: 'mslProduct', operation: 'update', name: 'Update', action: 'Update MSL product', method: 'PUT', path: '/msl-products/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f747, f742, f743, f744, f745, f746, f278] },
	{ resource: 'mslProduct', operation: 'delete', name: 'Delete', action: 'Delete MSL product', method: 'DELETE', path: '/msl-products/{id}', fields: [f747] },
	{ resource: 'msl', operation: 'getAll', name: 'Get Many', action: 'Get many MSLs', method: 'GET', path: '/msl', list: list1, fields: [f0, f4, f5, f65, f690, f3, f34, f30, f31, f33, f35, f28, f29] },
	{ resource: 'msl', operation: 'create', name: 'Create', action: 'Create MSL', method: 'POST', path: '/msl', rootProperty: 'data', bodyJsonMode: true, fields: [f276, f38, f80, f593, f594, f278] },
	{ resource: 'msl', operation: 'get', name: 'Get', action: 'Get MSL', method: 'GET', path: '/msl/{id}', rootProperty: 'data', fields: [f748] },
	{ resource: 'msl', operation: 'update', name: 'Update', action: 'Update MSL', method: 'PUT', path: '/msl/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f748, f276, f38, f80, f593, f594, f278] },
	{ resource: 'msl', operation: 'delete', name: 'Delete', action: 'Delete MSL', method: 'DELETE', path: '/msl/{id}', fields: [f748] },
	{ resource: 'ocrInvoiceJobGroup', operation: 'getAll', name: 'Get Many', action: 'Get many OCR invoice job groups', method: 'GET', path: '/ocr-invoice-job-group', list: list0, fields: [f0, f1, f2, f3, f4, f5, f142, f65, f749, f7, f117, f66, f67, f10, f144, f145, f77, f109] },
	{ resource: 'ocrInvoiceJobGroup', operation: 'create', name: 'Create', action: 'Create OCR invoice job group', method: 'POST', path: '/ocr-invoice-job-group', rootProperty: 'data', bodyJsonMode: true, fields: [f197, f85, f242, f71, f130, f750, f751, f752, f753, f523, f17] },
	{ resource: 'ocrInvoiceJobGroup', operation: 'get', name: 'Get', action: 'Get OCR invoice job group', method: 'GET', path: '/ocr-invoice-job-group/{id}', rootProperty: 'data', fields: [f754] },
	{ resource: 'ocrInvoiceJobGroup', operation: 'update', name: 'Update', action: 'Update OCR invoice job group', method: 'PUT', path: '/ocr-invoice-job-group/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f754, f197, f85, f242, f71, f130, f750, f751, f752, f753, f523, f17] },
	{ resource: 'ocrInvoiceJobGroup', operation: 'delete', name: 'Delete', action: 'Delete OCR invoice job group', method: 'DELETE', path: '/ocr-invoice-job-group/{id}', fields: [f754] },
	{ resource: 'ocrInvoiceJobGroup', operation: 'getJobs', name: 'Get Jobs', action: 'Get OCR invoice job group jobs', method: 'GET', path: '/ocr-invoice-job-group/{id}/jobs', rootProperty: 'data', fields: [f754] },
	{ resource: 'ocrInvoiceJobPage', operation: 'getAll', name: 'Get Many', action: 'Get many OCR invoice job pages', method: 'GET', path: '/ocr-invoice-job-page', list: list0, fields: [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10] },
	{ resource: 'ocrInvoiceJobPage', operation: 'create', name: 'Create', action: 'Create OCR invoice job page', method: 'POST', path: '/ocr-invoice-job-page', rootProperty: 'data', bodyJsonMode: true, fields: [f755, f756, f757, f758, f759, f760, f17] },
	{ resource: 'ocrInvoiceJobPage', operation: 'get', name: 'Get', action: 'Get OCR invoice job page', method: 'GET', path: '/ocr-invoice-job-page/{id}', rootProperty: 'data', fields: [f761] },
	{ resource: 'ocrInvoiceJobPage', operation: 'update', name: 'Update', action: 'Update OCR invoice job page', method: 'PUT', path: '/ocr-invoice-job-page/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f761, f755, f756, f757, f758, f759, f760, f17] },
	{ resource: 'ocrInvoiceJobPage', operation: 'delete', name: 'Delete', action: 'Delete OCR invoice job page', method: 'DELETE', path: '/ocr-invoice-job-page/{id}', fields: [f761] },
	{ resource: 'ocrInvoiceJobPage', operation: 'process', name: 'Process', action: 'Process OCR invoice job page', method: 'POST', path: '/ocr-invoice-job-page/{id}/process', rootProperty: 'data', fields: [f761] },
	{ resource: 'ocrInvoiceJobTemplate', operation: 'getAll', name: 'Get Many', action: 'Get many OCR invoice job templates', method: 'GET', path: '/ocr-invoice-job-template', list: list0, fields: [f0, f1, f2, f3, f4, f5, f142, f65, f749] },
	{ resource: 'ocrInvoiceJobTemplate', operation: 'create', name: 'Create', action: 'Create OCR invoice job template', method: 'POST', path: '/ocr-invoice-job-template', rootProperty: 'data', bodyJsonMode: true, fields: [f197, f85, f762, f763, f764, f765, f766, f767, f768, f769, f206, f770, f752, f771, f17] },
	{ resource: 'ocrInvoiceJobTemplate', operation: 'get', name: 'Get', action: 'Get OCR invoice job template', method: 'GET', path: '/ocr-invoice-job-template/{id}', rootProperty: 'data', fields: [f772] },
	{ resource: 'ocrInvoiceJobTemplate', operation: 'update', name: 'Update', action: 'Update OCR invoice job template', method: 'PUT', path: '/ocr-invoice-job-template/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f772, f197, f85, f762, f763, f764, f765, f766, f767, f768, f769, f206, f770, f752, f771, f17] },
	{ resource: 'ocrInvoiceJobTemplate', operation: 'delete', name: 'Delete', action: 'Delete OCR invoice job template', method: 'DELETE', path: '/ocr-invoice-job-template/{id}', fields: [f772] },
	{ resource: 'ocrInvoiceJob', operation: 'getAll', name: 'Get Many', action: 'Get many OCR invoice jobs', method: 'GET', path: '/ocr-invoice-job', list: list0, fields: [f0, f1, f2, f3, f4, f5, f65, f7, f142, f749, f773] },
	{ resource: 'ocrInvoiceJob', operation: 'create', name: 'Create', action: 'Create OCR invoice job', method: 'POST', path: '/ocr-invoice-job', rootProperty: 'data', bodyJsonMode: true, fields: [f774, f775, f776, f777, f71, f778, f130, f752, f17] },
	{ resource: 'ocrInvoiceJob', operation: 'get', name: 'Get', action: 'Get OCR invoice job', method: 'GET', path: '/ocr-invoice-job/{id}', rootProperty: 'data', fields: [f779] },
	{ resource: 'ocrInvoiceJob', operation: 'update', name: 'Update', action: 'Update OCR invoice job', method: 'PUT', path: '/ocr-invoice-job/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f779, f774, f775, f776, f777, f71, f778, f130, f752, f17] },
	{ resource: 'ocrInvoiceJob', operation: 'delete', name: 'Delete', action: 'Delete OCR invoice job', method: 'DELETE', path: '/ocr-invoice-job/{id}', fields: [f779] },
	{ resource: 'ocrInvoiceJob', operation: 'process', name: 'Process', action: 'Process OCR invoice job', method: 'POST', path: '/ocr-invoice-job/{id}/process', rootProperty: 'data', fields: [f779] },
	{ resource: 'ocrInvoiceJob', operation: 'getResults', name: 'Get Results', action: 'Get OCR invoice job results', method: 'GET', path: '/ocr-invoice-job/{id}/results', rootProperty: 'data', fields: [f779] },
	{ resource: 'patchAction', operation: 'getAll', name: 'Get Many', action: 'Get many patch actions', method: 'GET', path: '/patch-action', list: list0, fields: [f0, f1, f2, f3] },
	{ resource: 'patchAction', operation: 'create', name: 'Create', action: 'Create patch action', method: 'POST', path: '/patch-action', rootProperty: 'data', bodyJsonMode: true, fields: [f197, f85, f780, f781, f782, f783, f784, f17] },
	{ resource: 'patchAction', operation: 'get', name: 'Get', action: 'Get patch action', method: 'GET', path: '/patch-action/{id}', rootProperty: 'data', fields: [f785] },
	{ resource: 'patchAction', operation: 'update', name: 'Update', action: 'Update patch action', method: 'PUT', path: '/patch-action/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f785, f197, f85, f780, f781, f782, f783, f784, f17] },
	{ resource: 'patchAction', operation: 'delete', name: 'Delete', action: 'Delete patch action', method: 'DELETE', path: '/patch-action/{id}', fields: [f785] },
	{ resource: 'patchAction', operation: 'execute', name: 'Execute', action: 'Execute patch action', method: 'POST', path: '/patch-action/execute/{id}', rootProperty: 'data', fields: [f785] },
	{ resource: 'paymentTerm', operation: 'getAll', name: 'Get Many', action: 'Get many payment terms', method: 'GET', path: '/paymentterms', list: list1, fields: [f0, f4, f5, f3, f63, f65, f34, f35, f28, f29] },
	{ resource: 'paymentTerm', operation: 'create', name: 'Create', action: 'Create payment term', method: 'POST', path: '/paymentterms', rootProperty: 'result', bodyJsonMode: true, fields: [f197, f85, f786, f787, f788, f631] },
	{ resource: 'paymentTerm', operation: 'get', name: 'Get', action: 'Get payment term', method: 'GET', path: '/paymentterms/{id}', rootProperty: 'result', fields: [f789] },
	{ resource: 'paymentTerm', operation: 'update', name: 'Update', action: 'Update payment term', method: 'PUT', path: '/paymentterms/{id}', rootProperty: 'result', bodyJsonMode: true, fields: [f789, f276, f85, f786, f787, f788, f631] },
	{ resource: 'paymentTerm', operation: 'delete', name: 'Delete', action: 'Delete payment term', method: 'DELETE', path: '/paymentterms/{id}', rootProperty: 'result', fields: [f789] },
	{ resource: 'payment', operation: 'getAll', name: 'Get Many', action: 'Get many payments', method: 'GET', path: '/payments', list: list1, fields: [f5, f77, f318, f790, f791, f103, f792, f95, f634, f477, f34, f92, f793, f30, f31, f33, f0, f4, f35, f28, f29] },
	{ resource: 'payment', operation: 'create', name: 'Create', action: 'Create payment', method: 'POST', path: '/payments', rootProperty: 'data', bodyJsonMode: true, fields: [f82, f327, f224, f332, f336, f361, f794, f795, f335, f796, f797, f798, f799, f800, f46, f87, f338, f232, f343, f236] },
	{ resource: 'payment', operation: 'get', name: 'Get', action: 'Get payment', method: 'GET', path: '/payments/{id}', rootProperty: 'data', fields: [f801, f477, f793] },
	{ resource: 'payment', operation: 'update', name: 'Update', action: 'Update payment', method: 'PUT', path: '/payments/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f801, f87] },
	{ resource: 'priceListItem', operation: 'getAll', name: 'Get Many', action: 'Get many price list items', method: 'GET', path: '/pricelistsitems', list: list1, fields: [f0, f4, f5, f3, f802, f694, f803, f65, f34, f804, f35, f28, f29] },
	{ resource: 'priceListItem', operation: 'create', name: 'Create', action: 'Create price list item', method: 'POST', path: '/pricelistsitems', bodyJsonMode: true, fields: [f805, f806, f807, f808, f87, f278, f46] },
	{ resource: 'priceListItem', operation: 'get', name: 'Get', action: 'Get price list item', method: 'GET', path: '/pricelistsitems/{id}', fields: [f809] },
	{ resource: 'priceListItem', operation: 'update', name: 'Update', action: 'Update price list item', method: 'PUT', path: '/pricelistsitems/{id}', bodyJsonMode: true, fields: [f809, f810, f811, f812, f813, f87, f278, f46] },
	{ resource: 'priceListItem', operation: 'delete', name: 'Delete', action: 'Delete price list item', method: 'DELETE', path: '/pricelistsitems/{id}', fields: [f809] },
	{ resource: 'priceList', operation: 'getAll', name: 'Get Many', action: 'Get many price lists', method: 'GET', path: '/pricelists', list: list1, fields: [f0, f4, f5, f3, f63, f814, f65, f34, f30, f31, f33, f35, f28, f29] },
	{ resource: 'priceList', operation: 'create', name: 'Create', action: 'Create price list', method: 'POST', path: '/pricelists', bodyJsonMode: true, fields: [f197, f87, f278, f46] },
	{ resource: 'priceList', operation: 'get', name: 'Get', action: 'Get price list', method: 'GET', path: '/pricelists/{id}', fields: [f815] },
	{ resource: 'priceList', operation: 'update', name: 'Update', action: 'Update price list', method: 'PUT', path: '/pricelists/{id}', bodyJsonMode: true, fields: [f815, f276, f87, f278, f46] },
	{ resource: 'priceList', operation: 'delete', name: 'Delete', action: 'Delete price list', method: 'DELETE', path: '/pricelists/{id}', fields: [f815] },
	{ resource: 'productGroup', operation: 'getAll', name: 'Get Many', action: 'Get many product groups', method: 'GET', path: '/product-group', list: list1, fields: [f0, f4, f5, f3, f63, f64, f65, f34, f30, f31, f33, f314, f315, f35, f28, f29] },
	{ resource: 'productGroup', operation: 'create', name: 'Create', action: 'Create product group', method: 'POST', path: '/product-group', bodyJsonMode: true, fields: [f197, f316, f278, f46] },
	{ resource: 'productGroup', operation: 'get', name: 'Get', action: 'Get product group', method: 'GET', path: '/product-group/{id}', fields: [f816] },
	{ resource: 'productGroup', operation: 'update', name: 'Update', action: 'Update product group', method: 'PUT', path: '/product-group/{id}', bodyJsonMode: true, fields: [f816, f276, f316, f278, f46] },
	{ resource: 'productGroup', operation: 'delete', name: 'Delete', action: 'Delete product group', method: 'DELETE', path: '/product-group/{id}', fields: [f816] },
	{ resource: 'productModifierGroup', operation: 'getAll', name: 'Get Many', action: 'Get many product modifier groups', method: 'GET', path: '/product-modifiers-group', list: list1, fields: [f0, f19, f65, f5, f4, f3, f63, f64, f34, f30, f31, f33, f35, f28, f29] },
	{ resource: 'productModifierGroup', operation: 'create', name: 'Create', action: 'Create product modifier group', method: 'POST', path: '/product-modifiers-group', rootProperty: 'data', bodyJsonMode: true, fields: [f197, f85, f817, f818, f819, f46, f278] },
	{ resource: 'productModifierGroup', operation: 'get', name: 'Get', action: 'Get product modifier group', method: 'GET', path: '/product-modifiers-group/{id}', rootProperty: 'data', fields: [f820] },
	{ resource: 'productModifierGroup', operation: 'update', name: 'Update', action: 'Update product modifier group', method: 'PATCH', path: '/product-modifiers-group/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f820, f276, f85, f817, f818, f819, f46, f278] },
	{ resource: 'productModifierGroup', operation: 'delete', name: 'Delete', action: 'Delete product modifier group', method: 'DELETE', path: '/product-modifiers-group/{id}', fields: [f820] },
	{ resource: 'productModifierGroup', operation: 'deleteMany', name: 'Delete Many', action: 'Delete many product modifier groups', method: 'POST', path: '/product-modifiers-group/remove', bodyJsonMode: true, fields: [f299] },
	{ resource: 'product', operation: 'getAll', name: 'Get Many', action: 'Get many products', method: 'GET', path: '/product', list: list1, fields: [f0, f4, f821, f5, f822, f823, f63, f3, f499, f65, f824, f825, f513, f826, f827, f828, f829, f26, f454, f830, f831, f314, f34, f35, f832, f833, f64, f834, f835, f836, f837, f838, f30, f31, f33, f28, f29] },
	{ resource: 'product', operation: 'create', name: 'Create', action: 'Create product', method: 'POST', path: '/product', bodyJsonMode: true, fields: [f197, f198, f839, f46, f316, f840, f841, f535, f842, f272, f843, f844, f85, f845, f846, f847, f848, f849, f850, f851, f852, f853, f854, f87, f236, f461, f855, f856, f857, f858] },
	{ resource: 'product', operation: 'get', name: 'Get', action: 'Get product', method: 'GET', path: '/product/{id}', fields: [f859, f821, f838] },
	{ resource: 'product', operation: 'update', name: 'Update', action: 'Update product', method: 'PUT', path: '/product/{id}', bodyJsonMode: true, fields: [f859, f276, f271, f839, f46, f316, f840, f841, f535, f842, f272, f843, f844, f85, f845, f846, f847, f848, f849, f850, f851, f852, f853, f854, f87, f236, f461, f855, f856, f857, f858] },
	{ resource: 'product', operation: 'delete', name: 'Delete', action: 'Delete product', method: 'DELETE', path: '/product/{id}', fields: [f859] },
	{ resource: 'proforma', operation: 'getAll', name: 'Get Many', action: 'Get many proformas', method: 'GET', path: '/proforma', list: list1, fields: [f0, f4, f5, f77, f95, f634, f65, f860, f92, f318, f635, f636, f66, f67, f28, f29, f34, f35, f103, f116, f861, f862, f863, f864, f30, f31, f33, f89, f108, f865] },
	{ resource: 'proforma', operation: 'create', name: 'Create', action: 'Create proforma', method: 'POST', path: '/proforma', rootProperty: 'data', bodyJsonMode: true, fields: [f646, f38, f80, f105, f106, f373, f135, f866] },
	{ resource: 'proforma', operation: 'get', name: 'Get', action: 'Get proforma', method: 'GET', path: '/proforma/{id}', rootProperty: 'data', fields: [f867, f861, f863, f108] },
	{ resource: 'proforma', operation: 'update', name: 'Update', action: 'Update proforma', method: 'PUT', path: '/proforma/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f867, f646, f38, f80, f105, f106, f373, f135, f866] },
	{ resource: 'pdf', operation: 'convert', name: 'Convert Document', action: 'Create PDF of document', method: 'POST', path: '/quick-convert-to-pdf', bodyJsonMode: true, fields: [f868, f869, f870, f871, f872] },
	{ resource: 'receivingMaterial', operation: 'getAll', name: 'Get Many', action: 'Get many receiving materials', method: 'GET', path: '/receiving-material', list: list1, fields: [f0, f4, f5, f77, f873, f109, f604, f874, f875, f876, f877, f28, f29, f34, f30, f31, f33, f35] },
	{ resource: 'receivingMaterial', operation: 'create', name: 'Create', action: 'Create receiving material', method: 'POST', path: '/receiving-material', bodyJsonMode: true, fields: [f225, f152, f80, f878, f246, f157, f75, f87] },
	{ resource: 'receivingMaterial', operation: 'get', name: 'Get', action: 'Get receiving material', method: 'GET', path: '/receiving-material/{id}', fields: [f879] },
	{ resource: 'receivingMaterial', operation: 'update', name: 'Update', action: 'Update receiving material', method: 'PUT', path: '/receiving-material/{id}', bodyJsonMode: true, fields: [f879, f246, f106, f880, f75, f87] },
	{ resource: 'refund', operation: 'getAll', name: 'Get Many', action: 'Get many refunds', method: 'GET', path: '/refund', list: list1, fields: [f0, f4, f5, f77, f318, f790, f791, f103, f881, f95, f634, f34, f477, f882, f30, f31, f33, f35, f28, f29] },
	{ resource: 'refund', operation: 'create', name: 'Create', action: 'Create refund', method: 'POST', path: '/refund', bodyJsonMode: true, fields: [f11, f80, f254, f82, f83, f883, f84, f75, f87] },
	{ resource: 'refund', operation: 'get', name: 'Get', action: 'Get refund', method: 'GET', path: '/refund/{id}', fields: [f884, f477, f882] },
	{ resource: 'refund', operation: 'update', name: 'Update', action: 'Update refund', method: 'PUT', path: '/refund/{id}', bodyJsonMode: true, fields: [f884, f885, f883, f84, f75, f886, f87] },
	{ resource: 'repBalanceSummary', operation: 'getAll', name: 'Get Many', action: 'Get many rep balance summaries', method: 'GET', path: '/rep-balance-summary', list: list1, fields: [f887, f65, f888, f0, f4] },
	{ resource: 'rep', operation: 'getAll', name: 'Get Many', action: 'Get many reps', method: 'GET', path: '/rep', list: list1, fields: [f0, f4, f5, f3, f63, f65, f314, f315, f34, f889, f890, f26, f891, f892, f893, f894, f895, f896, f897, f898, f899, f900, f901, f902, f903, f904, f905, f906, f521, f907, f908, f909, f910, f30, f31, f33, f911, f912, f35, f28, f29] },
	{ resource: 'rep', operation: 'create', name: 'Create', action: 'Create rep', method: 'POST', path: '/rep', bodyJsonMode: true, fields: [f913, f197, f914, f915, f916, f917, f533, f483, f918, f919, f920, f278, f921, f922, f539, f236, f923, f924, f925, f926, f927, f928, f929, f546, f930, f931, f932, f933, f934, f935, f936, f937, f938, f939, f940, f941, f942, f943, f255, f235, f485, f944, f628, f87, f340] },
	{ resource: 'rep', operation: 'get', name: 'Get', action: 'Get rep', method: 'GET', path: '/rep/{id}', fields: [f945, f910, f911] },
	{ resource: 'rep', operation: 'update', name: 'Update', action: 'Update rep', method: 'PUT', path: '/rep/{id}', bodyJsonMode: true, fields: [f945, f946, f276, f947, f915, f916, f917, f533, f483, f918, f919, f920, f278, f921, f922, f539, f236, f923, f924, f925, f926, f927, f928, f929, f546, f930, f931, f932, f933, f934, f935, f936, f937, f938, f939, f940, f941, f942, f943, f255, f235, f485, f944, f628, f87, f46] },
	{ resource: 'rep', operation: 'delete', name: 'Delete', action: 'Delete rep', method: 'DELETE', path: '/rep/{id}', fields: [f945] },
	{ resource: 'returnAssetPartUnit', operation: 'getAll', name: 'Get Many', action: 'Get many return asset part units', method: 'GET', path: '/return-asset-part-unit', list: list0, fields: [f0, f1, f2, f3, f4, f5, f91, f92, f93, f142, f143, f77, f948, f95, f949, f144, f145, f26, f117, f103, f171, f172, f66, f67, f28, f29, f34, f35, f148, f950, f33] },
	{ resource: 'returnAssetPartUnit', operation: 'create', name: 'Create', action: 'Create return asset part unit', method: 'POST', path: '/return-asset-part-unit', rootProperty: 'data', bodyJsonMode: true, fields: [f951, f952, f241, f953, f954, f955, f956, f957, f180, f958, f959, f960, f961, f962, f963, f204, f964, f159, f965, f966, f967, f968, f165, f75, f17] },
	{ resource: 'returnAssetPartUnit', operation: 'get', name: 'Get', action: 'Get return asset part unit', method: 'GET', path: '/return-asset-part-unit/{id}', rootProperty: 'data', fields: [f969, f108, f132, f950] },
	{ resource: 'returnAssetPartUnit', operation: 'update', name: 'Update', action: 'Update return asset part unit', method: 'PUT', path: '/return-asset-part-unit/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f969, f951, f952, f241, f953, f954, f955, f956, f957, f180, f958, f959, f960, f961, f962, f963, f204, f964, f159, f965, f966, f967, f968, f165, f75, f17] },
	{ resource: 'returnAssetPartUnit', operation: 'delete', name: 'Delete', action: 'Delete return asset part unit', method: 'DELETE', path: '/return-asset-part-unit/{id}', fields: [f969] },
	{ resource: 'returnReason', operation: 'getAll', name: 'Get Many', action: 'Get many return reasons', method: 'GET', path: '/return-reason', list: list1, fields: [f0, f4, f5, f3, f63, f64, f65, f34, f30, f31, f33, f35, f28, f29] },
	{ resource: 'returnReason', operation: 'create', name: 'Create', action: 'Create return reason', method: 'POST', path: '/return-reason', bodyJsonMode: true, fields: [f197, f316, f278, f87, f46] },
	{ resource: 'returnReason', operation: 'get', name: 'Get', action: 'Get return reason', method: 'GET', path: '/return-reason/{id}', fields: [f970] },
	{ resource: 'returnReason', operation: 'update', name: 'Update', action: 'Update return reason', method: 'PUT', path: '/return-reason/{id}', bodyJsonMode: true, fields: [f970, f276, f316, f278, f87, f46] },
	{ resource: 'returnReason', operation: 'delete', name: 'Delete', action: 'Delete return reason', method: 'DELETE', path: '/return-reason/{id}', fields: [f970] },
	{ resource: 'route', operation: 'getAll', name: 'Get Many', action: 'Get many routes', method: 'GET', path: '/route', list: list1, fields: [f0, f4, f5, f63, f65, f34, f30, f31, f33, f971, f35, f28, f29] },
	{ resource: 'route', operation: 'create', name: 'Create', action: 'Create route', method: 'POST', path: '/route', bodyJsonMode: true, fields: [f197, f972, f973, f974, f278, f87, f340] },
	{ resource: 'route', operation: 'get', name: 'Get', action: 'Get route', method: 'GET', path: '/route/{id}', fields: [f975] },
	{ resource: 'route', operation: 'update', name: 'Update', action: 'Update route', method: 'PUT', path: '/route/{id}', bodyJsonMode: true, fields: [f975, f276, f976, f977, f974, f278, f87, f46] },
	{ resource: 'route', operation: 'delete', name: 'Delete', action: 'Delete route', method: 'DELETE', path: '/route/{id}', fields: [f975] },
	{ resource: 'safeInvoiceSerialCounter', operation: 'getAll', name: 'Get Many', action: 'Get many safe invoice serial counters', method: 'GET', path: '/safe-invoice-serial-counter', list: list1, fields: [f0, f19, f21, f978, f5] },
	{ resource: 'safeInvoiceSerialCounter', operation: 'create', name: 'Create', action: 'Create safe invoice serial counter', method: 'POST', path: '/safe-invoice-serial-counter', rootProperty: 'data', bodyJsonMode: true, fields: [f12, f225, f979, f980, f981, f982, f983, f46] },
	{ resource: 'safeInvoiceSerialCounter', operation: 'get', name: 'Get', action: 'Get safe invoice serial counter', method: 'GET', path: '/safe-invoice-serial-counter/{id}', rootProperty: 'data', fields: [f984] },
	{ resource: 'safeInvoiceSerialCounter', operation: 'update', name: 'Update', action: 'Update safe invoice serial counter', method: 'PATCH', path: '/safe-invoice-serial-counter/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f984, f980, f981, f982, f983, f46] },
	{ resource: 'safeInvoiceSerialCounter', operation: 'delete', name: 'Delete', action: 'Delete safe invoice serial counter', method: 'DELETE', path: '/safe-invoice-serial-counter/{id}', fields: [f984] },
	{ resource: 'safeInvoiceSerialCounter', operation: 'getNextSerial', name: 'Get Next Serial Number', action: 'Get next safe invoice serial number', method: 'POST', path: '/safe-invoice-serial-counter/next', rootProperty: 'data', bodyJsonMode: true, fields: [f12, f225, f979] },
	{ resource: 'settings', operation: 'getAll', name: 'Get Many', action: 'Get many settings', method: 'GET', path: '/settings', list: list1, fields: [f0, f4, f5, f6, f7, f8, f9, f10, f34, f35, f28, f29] },
	{ resource: 'settings', operation: 'get', name: 'Get', action: 'Get settings', method: 'GET', path: '/settings/{id}', rootProperty: 'data', fields: [f985] },
	{ resource: 'settings', operation: 'update', name: 'Update', action: 'Update settings', method: 'PUT', path: '/settings/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f985, f986, f987, f271, f85] },
	{ resource: 'settlement', operation: 'getAll', name: 'Get Many', action: 'Get many settlements', method: 'GET', path: '/settlement', list: list1, fields: [f0, f4, f5, f77, f988, f95, f989, f948, f990, f949, f991, f468, f992, f28, f29, f34, f30, f31, f33, f993, f639, f35] },
	{ resource: 'settlement', operation: 'create', name: 'Create', action: 'Create settlement', method: 'POST', path: '/settlement', bodyJsonMode: true, fields: [f82, f332, f219, f994, f995, f794, f795, f796, f996, f344, f340, f338, f797, f235] },
	{ resource: 'settlement', operation: 'get', name: 'Get', action: 'Get settlement', method: 'GET', path: '/settlement/{id}', fields: [f997, f993] },
	{ resource: 'speciality', operation: 'getAll', name: 'Get Many', action: 'Get many specialities', method: 'GET', path: '/speciality', list: list1, fields: [f0, f19, f65, f5, f4, f3, f63, f64, f34, f30, f31, f33, f35, f28, f29] },
	{ resource: 'speciality', operation: 'create', name: 'Create', action: 'Create speciality', method: 'POST', path: '/speciality', rootProperty: 'data', bodyJsonMode: true, fields: [f197, f46, f278] },
	{ resource: 'speciality', operation: 'get', name: 'Get', action: 'Get speciality', method: 'GET', path: '/speciality/{id}', rootProperty: 'data', fields: [f998] },
	{ resource: 'speciality', operation: 'update', name: 'Update', action: 'Update speciality', method: 'PATCH', path: '/speciality/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f998, f276, f46, f278] },
	{ resource: 'speciality', operation: 'delete', name: 'Delete', action: 'Delete speciality', method: 'DELETE', path: '/speciality/{id}', fields: [f998] },
	{ resource: 'speciality', operation: 'deleteMany', name: 'Delete Many', action: 'Delete many specialities', method: 'POST', path: '/speciality/remove', bodyJsonMode: true, fields: [f299] },
	{ resource: 'storeAssetPartUnit', operation: 'getAll', name: 'Get Many', action: 'Get many store asset part units', method: 'GET', path: '/store-asset-part-unit', list: list0, fields: [f0, f1, f2, f3, f4, f5, f91, f92, f93, f143, f96, f97, f144, f145, f95, f77, f26, f117, f103, f172, f171, f66, f67, f28, f29, f34, f35, f999, f33] },
	{ resource: 'storeAssetPartUnit', operation: 'create', name: 'Create', action: 'Create store asset part unit', method: 'POST', path: '/store-asset-part-unit', rootProperty: 'data', bodyJsonMode: true, fields: [f1000, f952, f241, f1001, f1002, f1003, f956, f1004, f1005, f1006, f1007, f248, f1008, f1009, f1010, f1011, f1012, f523, f272, f273, f1013, f1014, f75, f17] },
	{ resource: 'storeAssetPartUnit', operation: 'get', name: 'Get', action: 'Get store asset part unit', method: 'GET', path: '/store-asset-part-unit/{id}', rootProperty: 'data', fields: [f1015, f108, f132, f999] },
	{ resource: 'storeAssetPartUnit', operation: 'update', name: 'Update', action: 'Update store asset part unit', method: 'PUT', path: '/store-asset-part-unit/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f1015, f1000, f952, f241, f1001, f1002, f1003, f956, f1004, f1005, f1006, f1007, f248, f1008, f1009, f1010, f1011, f1012, f523, f272, f273, f1013, f1014, f75, f17] },
	{ resource: 'storeAssetPartUnit', operation: 'delete', name: 'Delete', action: 'Delete store asset part unit', method: 'DELETE', path: '/store-asset-part-unit/{id}', fields: [f1015] },
	{ resource: 'storecheckTemplate', operation: 'getAll', name: 'Get Many', action: 'Get many storecheck templates', method: 'GET', path: '/storecheck-template', list: list1, fields: [f0, f4, f5, f715, f690, f1016, f65, f34, f30, f31, f33, f35, f28, f29] },
	{ resource: 'storecheckTemplate', operation: 'create', name: 'Create', action: 'Create storecheck template', method: 'POST', path: '/storecheck-template', bodyJsonMode: true, fields: [f197, f85, f271, f1017, f1018, f1019, f1020, f1021, f87] },
	{ resource: 'storecheckTemplate', operation: 'get', name: 'Get', action: 'Get storecheck template', method: 'GET', path: '/storecheck-template/{id}', fields: [f1022] },
	{ resource: 'storecheckTemplate', operation: 'update', name: 'Update', action: 'Update storecheck template', method: 'PUT', path: '/storecheck-template/{id}', bodyJsonMode: true, fields: [f1022, f276, f85, f271, f1023, f1018, f1019, f1020, f1021, f278, f87] },
	{ resource: 'storecheckTemplate', operation: 'delete', name: 'Delete', action: 'Delete storecheck template', method: 'DELETE', path: '/storecheck-template/{id}', fields: [f1022] },
	{ resource: 'subcategory', operation: 'getAll', name: 'Get Many', action: 'Get many subcategories', method: 'GET', path: '/product-sub-category', list: list1, fields: [f0, f4, f1024, f5, f3, f63, f64, f1025, f65, f454, f34, f314, f315, f455, f30, f31, f33, f35, f28, f29] },
	{ resource: 'subcategory', operation: 'create', name: 'Create', action: 'Create subcategory', method: 'POST', path: '/product-sub-category', bodyJsonMode: true, fields: [f197, f1026, f316, f278, f459, f461, f46, f87] },
	{ resource: 'subcategory', operation: 'get', name: 'Get', action: 'Get subcategory', method: 'GET', path: '/product-sub-category/{id}', fields: [f1027, f1024] },
	{ resource: 'subcategory', operation: 'update', name: 'Update', action: 'Update subcategory', method: 'PUT', path: '/product-sub-category/{id}', bodyJsonMode: true, fields: [f1027, f276, f1028, f316, f278, f459, f461, f46, f87] },
	{ resource: 'subcategory', operation: 'delete', name: 'Delete', action: 'Delete subcategory', method: 'DELETE', path: '/product-sub-category/{id}', fields: [f1027] },
	{ resource: 'supplier', operation: 'getAll', name: 'Get Many', action: 'Get many suppliers', method: 'GET', path: '/supplier', list: list1, fields: [f0, f4, f5, f690, f1016, f604, f34, f30, f31, f33, f35, f28, f29] },
	{ resource: 'supplier', operation: 'create', name: 'Create', action: 'Create supplier', method: 'POST', path: '/supplier', rootProperty: 'data', bodyJsonMode: true, fields: [f276, f483, f533, f339, f87, f278] },
	{ resource: 'supplier', operation: 'get', name: 'Get', action: 'Get supplier', method: 'GET', path: '/supplier/{id}', rootProperty: 'data', fields: [f1029] },
	{ resource: 'supplier', operation: 'update', name: 'Update', action: 'Update supplier', method: 'PUT', path: '/supplier/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f1029, f276, f483, f533, f339, f87, f278] },
	{ resource: 'supplier', operation: 'delete', name: 'Delete', action: 'Delete supplier', method: 'DELETE', path: '/supplier/{id}', fields: [f1029] },
	{ resource: 'svixIntegration', operation: 'getAll', name: 'Get Many', action: 'Get many svix integrations', method: 'GET', path: '/svix-integration', list: list0, fields: [f0, f1, f2, f3] },
	{ resource: 'svixIntegration', operation: 'create', name: 'Create', action: 'Create svix integration', method: 'POST', path: '/svix-integration', rootProperty: 'data', bodyJsonMode: true, fields: [f197, f85, f1030, f1031, f1032, f1033, f206, f17] },
	{ resource: 'svixIntegration', operation: 'get', name: 'Get', action: 'Get svix integration', method: 'GET', path: '/svix-integration/{id}', rootProperty: 'data', fields: [f1034] },
	{ resource: 'svixIntegration', operation: 'update', name: 'Update', action: 'Update svix integration', method: 'PUT', path: '/svix-integration/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f1034, f197, f85, f1030, f1031, f1032, f1033, f206, f17] },
	{ resource: 'svixIntegration', operation: 'delete', name: 'Delete', action: 'Delete svix integration', method: 'DELETE', path: '/svix-integration/{id}', fields: [f1034] },
	{ resource: 'tag', operation: 'getAll', name: 'Get Many', action: 'Get many tags', method: 'GET', path: '/tag', list: list1, fields: [f0, f4, f5, f3, f1035, f1036, f65, f34, f30, f31, f33, f616, f35, f28, f29] },
	{ resource: 'tag', operation: 'create', name: 'Create', action: 'Create tag', method: 'POST', path: '/tag', bodyJsonMode: true, fields: [f197, f278, f87, f340] },
	{ resource: 'tag', operation: 'get', name: 'Get', action: 'Get tag', method: 'GET', path: '/tag/{id}', fields: [f1037] },
	{ resource: 'tag', operation: 'update', name: 'Update', action: 'Update tag', method: 'PUT', path: '/tag/{id}', bodyJsonMode: true, fields: [f1037, f276, f278, f87, f46] },
	{ resource: 'tag', operation: 'delete', name: 'Delete', action: 'Delete tag', method: 'DELETE', path: '/tag/{id}', fields: [f1037] },
	{ resource: 'tax', operation: 'getAll', name: 'Get Many', action: 'Get many taxes', method: 'GET', path: '/tax', list: list1, fields: [f0, f4, f5, f3, f63, f1038, f1039, f65, f34, f30, f31, f33, f35, f28, f29] },
	{ resource: 'tax', operation: 'create', name: 'Create', action: 'Create tax', method: 'POST', path: '/tax', bodyJsonMode: true, fields: [f197, f1040, f1041, f278, f87, f46] },
	{ resource: 'tax', operation: 'get', name: 'Get', action: 'Get tax', method: 'GET', path: '/tax/{id}', fields: [f1042] },
	{ resource: 'tax', operation: 'update', name: 'Update', action: 'Update tax', method: 'PUT', path: '/tax/{id}', bodyJsonMode: true, fields: [f1042, f276, f1043, f1044, f278, f87, f46] },
	{ resource: 'tax', operation: 'delete', name: 'Delete', action: 'Delete tax', method: 'DELETE', path: '/tax/{id}', fields: [f1042] },
	{ resource: 'team', operation: 'getAll', name: 'Get Many', action: 'Get many teams', method: 'GET', path: '/teams', list: list1, fields: [f0, f4, f5, f3, f63, f65, f34, f35, f30, f31, f33, f28, f29] },
	{ resource: 'team', operation: 'create', name: 'Create', action: 'Create team', method: 'POST', path: '/teams', bodyJsonMode: true, fields: [f197, f46, f278] },
	{ resource: 'team', operation: 'get', name: 'Get', action: 'Get team', method: 'GET', path: '/teams/{id}', fields: [f1045] },
	{ resource: 'team', operation: 'update', name: 'Update', action: 'Update team', method: 'PUT', path: '/teams/{id}', bodyJsonMode: true, fields: [f1045, f276, f46, f278] },
	{ resource: 'team', operation: 'delete', name: 'Delete', action: 'Delete team', method: 'DELETE', path: '/teams/{id}', fields: [f1045] },
	{ resource: 'transfer', operation: 'getAll', name: 'Get Many', action: 'Get many transfers', method: 'GET', path: '/transfer', list: list1, fields: [f0, f4, f5, f77, f873, f109, f168, f94, f169, f28, f29, f34, f90, f103, f95, f89, f30, f31, f1046, f33, f35] },
	{ resource: 'transfer', operation: 'create', name: 'Create', action: 'Create transfer', method: 'POST', path: '/transfer', bodyJsonMode: true, fields: [f1047, f1048, f80, f154, f157, f185, f75, f87] },
	{ resource: 'transfer', operation: 'get', name: 'Get', action: 'Get transfer', method: 'GET', path: '/transfer/{id}', fields: [f1049, f1046, f108] },
	{ resource: 'transfer', operation: 'update', name: 'Update', action: 'Update transfer', method: 'PUT', path: '/transfer/{id}', bodyJsonMode: true, fields: [f1049, f154, f1050, f106, f75, f87] },
	{ resource: 'integrationMetaUpdate', operation: 'getAll', name: 'Get Many', action: 'Get many integration meta updates', method: 'GET', path: '/update-integration-meta', list: list0, fields: [f0, f1, f2, f3] },
	{ resource: 'integrationMetaUpdate', operation: 'create', name: 'Create', action: 'Create integration meta update', method: 'POST', path: '/update-integration-meta', rootProperty: 'data', bodyJsonMode: true, fields: [f197, f85, f1051, f1052, f781, f1053, f17] },
	{ resource: 'integrationMetaUpdate', operation: 'get', name: 'Get', action: 'Get integration meta update', method: 'GET', path: '/update-integration-meta/{id}', rootProperty: 'data', fields: [f1054] },
	{ resource: 'integrationMetaUpdate', operation: 'update', name: 'Update', action: 'Update integration meta update', method: 'PUT', path: '/update-integration-meta/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f1054, f197, f85, f1051, f1052, f781, f1053, f17] },
	{ resource: 'integrationMetaUpdate', operation: 'delete', name: 'Delete', action: 'Delete integration meta update', method: 'DELETE', path: '/update-integration-meta/{id}', fields: [f1054] },
	{ resource: 'integrationMetaUpdate', operation: 'apply', name: 'Apply', action: 'Apply integration meta update', method: 'POST', path: '/update-integration-meta/apply/{id}', rootProperty: 'data', fields: [f1054] },
	{ resource: 'variant', operation: 'getAll', name: 'Get Many', action: 'Get many variants', method: 'GET', path: '/variant', list: list1, fields: [f1055, f5, f3, f63, f64, f65, f1056, f832, f833, f1057, f1058, f314, f315, f34, f30, f31, f1059, f822, f1060, f827, f1061, f26, f455, f1062, f0, f4, f35, f28, f29] },
	{ resource: 'variant', operation: 'create', name: 'Create', action: 'Create variant', method: 'POST', path: '/variant', bodyJsonMode: true, fields: [f197, f1063, f808, f46, f278, f1064, f316, f840, f272, f1013, f1065, f1066, f1067, f461, f1068, f1069, f1070, f87] },
	{ resource: 'variant', operation: 'get', name: 'Get', action: 'Get variant', method: 'GET', path: '/variant/{id}', fields: [f1071, f1062] },
	{ resource: 'variant', operation: 'update', name: 'Update', action: 'Update variant', method: 'PUT', path: '/variant/{id}', bodyJsonMode: true, fields: [f1071, f276, f743, f813, f46, f278, f1064, f316, f840, f272, f1013, f1065, f1066, f1067, f461, f1068, f1069, f1070, f87] },
	{ resource: 'variant', operation: 'delete', name: 'Delete', action: 'Delete variant', method: 'DELETE', path: '/variant/{id}', fields: [f1071] },
	{ resource: 'visit', operation: 'getAll', name: 'Get Many', action: 'Get many visits', method: 'GET', path: '/visit', list: list1, fields: [f0, f4, f68, f66, f67, f22, f25, f26, f1072, f69, f502, f1073, f1074, f27, f1075, f1076, f1077, f34, f30, f31, f1078, f33, f35, f28, f29] },
	{ resource: 'visit', operation: 'create', name: 'Create', action: 'Create visit', method: 'POST', path: '/visit', rootProperty: 'data', bodyJsonMode: true, fields: [f38, f80, f1079, f1080, f1081, f75, f73] },
	{ resource: 'visit', operation: 'get', name: 'Get', action: 'Get visit', method: 'GET', path: '/visit/{id}', rootProperty: 'data', fields: [f1082, f1078] },
	{ resource: 'visit', operation: 'update', name: 'Update', action: 'Update visit', method: 'PUT', path: '/visit/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f1082, f38, f80, f1079, f1080, f1081, f75, f73] },
	{ resource: 'warehouse', operation: 'getAll', name: 'Get Many', action: 'Get many warehouses', method: 'GET', path: '/warehouse', list: list1, fields: [f0, f4, f5, f3, f63, f607, f1083, f65, f34, f30, f31, f1084, f33, f35, f28, f29] },
	{ resource: 'warehouse', operation: 'create', name: 'Create', action: 'Create warehouse', method: 'POST', path: '/warehouse', bodyJsonMode: true, fields: [f197, f73, f278, f87, f340] },
	{ resource: 'warehouse', operation: 'get', name: 'Get', action: 'Get warehouse', method: 'GET', path: '/warehouse/{id}', fields: [f1085] },
	{ resource: 'warehouse', operation: 'update', name: 'Update', action: 'Update warehouse', method: 'PUT', path: '/warehouse/{id}', bodyJsonMode: true, fields: [f1085, f276, f73, f278, f87, f46] },
	{ resource: 'warehouse', operation: 'delete', name: 'Delete', action: 'Delete warehouse', method: 'DELETE', path: '/warehouse/{id}', fields: [f1085] },
	{ resource: 'workorderAgenda', operation: 'getAll', name: 'Get Many', action: 'Get many workorder agenda days', method: 'GET', path: '/workorder-agenda', list: list1, fields: [f1086, f1087, f142, f1088, f1089, f1090, f613, f1091, f1092, f10, f1093, f258, f259, f1094, f500, f28, f29, f1095, f0, f4, f34, f35] },
	{ resource: 'workorderCategory', operation: 'getAll', name: 'Get Many', action: 'Get many workorder categories', method: 'GET', path: '/workorder-category', list: list1, fields: [f0, f19, f65, f1096, f5, f4, f63, f34, f35, f28, f29, f195, f196, f3, f33] },
	{ resource: 'workorderCategory', operation: 'create', name: 'Create', action: 'Create workorder category', method: 'POST', path: '/workorder-category', rootProperty: 'data', bodyJsonMode: true, fields: [f197, f85, f308, f1097, f610, f460, f1098, f1099, f1100, f1101, f630, f1102, f1103, f1104, f1105, f46, f278] },
	{ resource: 'workorderCategory', operation: 'get', name: 'Get', action: 'Get workorder category', method: 'GET', path: '/workorder-category/{id}', rootProperty: 'data', fields: [f1106] },
	{ resource: 'workorderCategory', operation: 'update', name: 'Update', action: 'Update workorder category', method: 'PATCH', path: '/workorder-category/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f1106, f276, f85, f308, f1097, f610, f460, f1098, f1099, f1100, f1101, f630, f1102, f1103, f1104, f1105, f46, f278] },
	{ resource: 'workorderCategory', operation: 'delete', name: 'Delete', action: 'Delete workorder category', method: 'DELETE', path: '/workorder-category/{id}', fields: [f1106] },
	{ resource: 'workorderCategory', operation: 'deleteMany', name: 'Delete Many', action: 'Delete many workorder categories', method: 'POST', path: '/workorder-category/remove', bodyJsonMode: true, fields: [f299] },
	{ resource: 'workorderCategory', operation: 'getHierarchy', name: 'Get Hierarchy', action: 'Get workorder category hierarchy', method: 'GET', path: '/workorder-category/hierarchy', rootProperty: 'data' },
	{ resource: 'workorderPortalLink', operation: 'getAll', name: 'Get Many', action: 'Get many workorder portal links', method: 'GET', path: '/workorder-portal-link', list: list1, fields: [f0, f19, f1107, f621, f1108, f5, f4, f63, f1109, f1110, f258, f259, f142, f1091, f26, f65, f34, f35, f28, f29, f3, f30, f31, f33, f1111] },
	{ resource: 'workorderPortalLink', operation: 'create', name: 'Create', action: 'Create workorder portal link', method: 'POST', path: '/workorder-portal-link', rootProperty: 'data', bodyJsonMode: true, fields: [f1112, f1113, f921, f1114, f1115, f630, f1116, f17, f631, f46] },
	{ resource: 'workorderPortalLink', operation: 'get', name: 'Get', action: 'Get workorder portal link', method: 'GET', path: '/workorder-portal-link/{id}', rootProperty: 'data', fields: [f1117, f1111] },
	{ resource: 'workorderPortalLink', operation: 'update', name: 'Update', action: 'Update workorder portal link', method: 'PATCH', path: '/workorder-portal-link/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f1117, f1113, f921, f1114, f1115, f631, f630, f1116, f17, f46] },
	{ resource: 'workorderPortalLink', operation: 'delete', name: 'Delete', action: 'Delete workorder portal link', method: 'DELETE', path: '/workorder-portal-link/{id}', fields: [f1117] },
	{ resource: 'workorderPortalLink', operation: 'regenerate', name: 'Regenerate', action: 'Regenerate workorder portal link', method: 'POST', path: '/workorder-portal-link/{id}/regenerate', rootProperty: 'data', fields: [f1117] },
	{ resource: 'workorderPortalLink', operation: 'activate', name: 'Activate', action: 'Activate workorder portal link', method: 'POST', path: '/workorder-portal-link/{id}/activate', rootProperty: 'data', fields: [f1117] },
	{ resource: 'workorderPortalLink', operation: 'deactivate', name: 'Deactivate', action: 'Deactivate workorder portal link', method: 'POST', path: '/workorder-portal-link/{id}/deactivate', rootProperty: 'data', fields: [f1117] },
	{ resource: 'workorderPortal', operation: 'getAll', name: 'Get Many', action: 'Get many workorder portals', method: 'GET', path: '/workorder-portal', list: list1, fields: [f0, f19, f1118, f1107, f22, f5, f4, f63, f1119, f1120, f1121, f1122, f830, f1123, f1124, f1125, f34, f35, f65, f3, f1126, f33, f28, f29] },
	{ resource: 'workorderPortal', operation: 'create', name: 'Create', action: 'Create workorder portal', method: 'POST', path: '/workorder-portal', rootProperty: 'data', bodyJsonMode: true, fields: [f1112, f11, f1127, f1128, f1115, f751, f1129, f1116, f46, f278] },
	{ resource: 'workorderPortal', operation: 'get', name: 'Get', action: 'Get workorder portal', method: 'GET', path: '/workorder-portal/{id}', rootProperty: 'data', fields: [f1130, f1126] },
	{ resource: 'workorderPortal', operation: 'update', name: 'Update', action: 'Update workorder portal', method: 'PATCH', path: '/workorder-portal/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f1130, f1131, f1127, f1128, f1115, f751, f1129, f1116, f46, f278] },
	{ resource: 'workorderPortal', operation: 'delete', name: 'Delete', action: 'Delete workorder portal', method: 'DELETE', path: '/workorder-portal/{id}', fields: [f1130] },
	{ resource: 'workorderPortal', operation: 'updateStatus', name: 'Update Status', action: 'Update workorder portal status', method: 'PATCH', path: '/workorder-portal/{id}/status', rootProperty: 'data', bodyJsonMode: true, fields: [f1130, f1132, f75] },
	{ resource: 'workorderRequest', operation: 'getAll', name: 'Get Many', action: 'Get many workorder requests', method: 'GET', path: '/workorder-request', list: list1, fields: [f0, f4, f63, f5, f1133, f1134, f1135, f1092, f1091, f142, f258, f259, f28, f29, f34, f35, f26, f77, f3, f1136, f195, f196, f33] },
	{ resource: 'workorderRequest', operation: 'create', name: 'Create', action: 'Create workorder request', method: 'POST', path: '/workorder-request', rootProperty: 'data', bodyJsonMode: true, fields: [f123, f85, f130, f124, f38, f441, f271] },
	{ resource: 'workorderRequest', operation: 'get', name: 'Get', action: 'Get workorder request', method: 'GET', path: '/workorder-request/{id}', rootProperty: 'data', fields: [f1137, f1136] },
	{ resource: 'workorderRequest', operation: 'update', name: 'Update', action: 'Update workorder request', method: 'PUT', path: '/workorder-request/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f1137, f123, f85, f130, f124, f38, f441, f271, f135] },
	{ resource: 'workorderRequest', operation: 'delete', name: 'Delete', action: 'Delete workorder request', method: 'DELETE', path: '/workorder-request/{id}', fields: [f1137] },
	{ resource: 'workorder', operation: 'getAll', name: 'Get Many', action: 'Get many workorders', method: 'GET', path: '/workorder', list: list1, fields: [f0, f4, f63, f5, f500, f1133, f1134, f1138, f1092, f1091, f142, f258, f259, f1139, f1140, f1141, f1142, f28, f29, f34, f35, f1143, f1144, f1145, f1146, f26, f1147, f1148, f1149, f1150, f624, f1094, f1151, f1152, f1153, f3, f1154, f195, f196, f33] },
	{ resource: 'workorder', operation: 'create', name: 'Create', action: 'Create workorder', method: 'POST', path: '/workorder', rootProperty: 'data', bodyJsonMode: true, fields: [f123, f85, f130, f135, f753, f38, f441, f271, f129] },
	{ resource: 'workorder', operation: 'get', name: 'Get', action: 'Get workorder', method: 'GET', path: '/workorder/{id}', rootProperty: 'data', fields: [f1155, f1156, f1157] },
	{ resource: 'workorder', operation: 'update', name: 'Update', action: 'Update workorder', method: 'PUT', path: '/workorder/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f1155, f123, f85, f130, f135, f753, f38, f441, f271, f129] },
	{ resource: 'workorder', operation: 'delete', name: 'Delete', action: 'Delete workorder', method: 'DELETE', path: '/workorder/{id}', fields: [f1155] },
];
