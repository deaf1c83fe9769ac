// Generated from the seed repzo-api.txt (facts in scripts/repzo/seed-facts.json) and repzo@1.0.254 (src/oas/*.yaml, src/types/index.ts) by scripts/repzo/generate.ts. Do not edit: run `npm run generate:repzo` (npx ts-node --transpile-only scripts/repzo/generate.ts).
import type { FieldSpec, ListSpec, OperationSpec, ResourceSpec } from '../../shared/catalog';

/** Operations in the catalog: the seed's, plus those only Repzo's SDK client calls. */
export const SPEC_OPERATION_COUNT = 439;

/** Operations in the seed (repzo-api.txt); repzo@1.0.254's specs have 439. */
export const SEED_OPERATION_COUNT = 435;

/** `resource.operation` → the summary of the seed operation it implements. */
export const SEED_SOURCES: Record<string, string> = {
	'activityAiSalesOrder.getAll': 'Get all AI sales order activities',
	'activityAiSalesOrder.create': 'Create a new AI sales order activity',
	'activityAiSalesOrder.get': 'Get AI sales order activity by ID',
	'activityAiSalesOrder.update': 'Update AI sales order activity',
	'activityAiSalesOrder.delete': 'Delete AI sales order activity',
	'activityAiSalesOrder.generate': 'Generate AI recommendations',
	'activityFeedbackV2.getAll': 'Get all activity feedback v2',
	'activityFeedbackV2.create': 'Create new activity feedback v2',
	'activityFeedbackV2.get': 'Get activity feedback v2 by ID',
	'activityFeedbackV2.update': 'Update activity feedback v2',
	'activityFeedbackV2.delete': 'Delete activity feedback v2',
	'activityFeedbackV2.getDetailedAnalytics': 'Get detailed feedback analytics',
	'activityFeedback.getAll': 'Get all activity feedback',
	'activityFeedback.create': 'Create new activity feedback',
	'activityFeedback.get': 'Get activity feedback by ID',
	'activityFeedback.update': 'Update activity feedback',
	'activityFeedback.delete': 'Delete activity feedback',
	'activityFeedback.getAnalytics': 'Get feedback analytics',
	'activityStorecheck.getAll': 'Get all activity storecheck records',
	'activityStorecheck.create': 'Create a new activity storecheck record',
	'activityStorecheck.get': 'Get activity storecheck record by ID',
	'activityStorecheck.update': 'Update activity storecheck record',
	'activityStorecheck.delete': 'Delete activity storecheck record',
	'adjustAccount.getAll': 'Find account adjustments',
	'adjustAccount.create': 'Create an account adjustment',
	'adjustAccount.get': 'Get an account adjustment by ID',
	'adjustInventory.getAll': 'Find inventory adjustments',
	'adjustInventory.create': 'Create an inventory adjustment',
	'adjustInventory.get': 'Get an inventory adjustment by ID',
	'approvalRequest.getAll': 'Find approval requests',
	'approvalRequest.create': 'Create an approval request',
	'approvalRequest.get': 'Get an approval request by ID',
	'approvalRequest.update': 'Update an approval request',
	'approvalRequest.delete': 'Remove an approval request',
	'approval.getAll': 'Find approvals',
	'approval.create': 'Create an approval',
	'approval.get': 'Get an approval by ID',
	'approval.update': 'Update an approval',
	'approval.delete': 'Remove an approval',
	'assetPartReceival.getAll': 'Get all asset part receivals',
	'assetPartReceival.create': 'Create a new asset part receival',
	'assetPartReceival.get': 'Get asset part receival by ID',
	'assetPartReceival.update': 'Update asset part receival',
	'assetPartReceival.delete': 'Delete asset part receival',
	'assetPartTransfer.getAll': 'Get all asset part transfers',
	'assetPartTransfer.create': 'Create a new asset part transfer',
	'assetPartTransfer.get': 'Get asset part transfer by ID',
	'assetPartTransfer.update': 'Update asset part transfer',
	'assetPartTransfer.delete': 'Delete asset part transfer',
	'assetPartTransfer.complete': 'Complete asset part transfer',
	'assetPartType.getAll': 'Get all asset part types',
	'assetPartType.create': 'Create a new asset part type',
	'assetPartType.get': 'Get asset part type by ID',
	'assetPartType.update': 'Update asset part type',
	'assetPartType.delete': 'Delete asset part type',
	'assetPartUnit.getAll': 'Get all asset part units',
	'assetPartUnit.create': 'Create a new asset part unit',
	'assetPartUnit.get': 'Get asset part unit by ID',
	'assetPartUnit.update': 'Update asset part unit',
	'assetPartUnit.delete': 'Delete asset part unit',
	'assetPart.getAll': 'Get all asset parts',
	'assetPart.create': 'Create a new asset part',
	'assetPart.get': 'Get asset part by ID',
	'assetPart.update': 'Update asset part',
	'assetPart.delete': 'Delete asset part',
	'assetType.getAll': 'Find asset types',
	'assetType.create': 'Create an asset type',
	'assetType.get': 'Get an asset type by ID',
	'assetType.update': 'Update an asset type',
	'assetType.delete': 'Remove an asset type',
	'assetUnit.getAll': 'Get all asset units',
	'assetUnit.create': 'Create a new asset unit',
	'assetUnit.get': 'Get asset unit by ID',
	'assetUnit.update': 'Update asset unit',
	'assetUnit.delete': 'Delete asset unit',
	'assetUnit.deleteMany': 'Bulk delete asset units',
	'assetUnit.updateStatus': 'Update asset unit status',
	'asset.getAll': 'Find assets',
	'asset.create': 'Create an asset',
	'asset.get': 'Get an asset by ID',
	'asset.update': 'Update an asset',
	'asset.delete': 'Remove an asset',
	'bank.getAll': 'Find banks',
	'bank.create': 'Create a bank',
	'bank.get': 'Get a bank by ID',
	'bank.update': 'Update a bank',
	'bank.delete': 'Remove a bank',
	'bankList.getAll': 'Find bank lists',
	'bankList.create': 'Create a bank list',
	'bankList.get': 'Get a bank list by ID',
	'bankList.update': 'Update a bank list',
	'bankList.delete': 'Remove a bank list',
	'brand.getAll': 'Find brands',
	'brand.create': 'Create a brand',
	'brand.get': 'Get a brand by ID',
	'brand.update': 'Update a brand',
	'brand.delete': 'Remove a brand',
	'category.getAll': 'Find categories',
	'category.create': 'Create a category',
	'category.get': 'Get a category by ID',
	'category.update': 'Update a category',
	'category.delete': 'Remove a category',
	'check.getAll': 'Find checks',
	'check.create': 'Create a check',
	'check.get': 'Get a check by ID',
	'clientChannel.getAll': 'Get all client channels',
	'clientChannel.create': 'Create a new client channel',
	'clientChannel.get': 'Get a specific client channel',
	'clientChannel.update': 'Update a client channel',
	'clientChannel.delete': 'Delete a client channel',
	'clientContact.getAll': 'Get all client contacts',
	'clientContact.create': 'Create a new client contact',
	'clientContact.get': 'Get a specific client contact',
	'clientContact.update': 'Update a client contact',
	'clientContact.delete': 'Delete a client contact',
	'clientLocation.getAll': 'Get all client locations',
	'clientLocation.create': 'Create a new client location',
	'clientLocation.get': 'Get client location by ID',
	'clientLocation.update': 'Update client location',
	'clientLocation.delete': 'Delete client location',
	'clientLocation.deleteMany': 'Bulk delete client locations',
	'client.getAll': 'Find clients',
	'client.create': 'Create a client',
	'client.get': 'Get a client by ID',
	'client.update': 'Update a client',
	'client.delete': 'Remove a client',
	'contractInstallment.getAll': 'Get all contract installments',
	'contractInstallment.create': 'Create a new contract installment',
	'contractInstallment.get': 'Get contract installment by ID',
	'contractInstallment.update': 'Update contract installment',
	'contractInstallment.delete': 'Delete contract installment',
	'contractInstallment.markPaid': 'Mark installment as paid',
	'contractInstallment.getOverdue': 'Get overdue installments',
	'contract.getAll': 'Find contracts',
	'contract.create': 'Create a contract',
	'contract.get': 'Get a contract by ID',
	'contract.update': 'Update a contract',
	'contract.delete': 'Remove a contract',
	'customListItem.getAll': 'Find custom list items',
	'customListItem.create': 'Create a custom list item',
	'customListItem.get': 'Get a custom list item by ID',
	'customListItem.update': 'Update a custom list item',
	'customListItem.delete': 'Remove a custom list item',
	'customList.getAll': 'Find custom lists',
	'customList.create': 'Create a custom list',
	'customList.get': 'Get a custom list by ID',
	'customList.update': 'Update a custom list',
	'customList.delete': 'Remove a custom list',
	'customStatus.getAll': 'Find custom statuses',
	'customStatus.create': 'Create a custom status',
	'customStatus.get': 'Get a custom status by ID',
	'customStatus.update': 'Update a custom status',
	'customStatus.delete': 'Remove a custom status',
	'day.getAll': 'Find days',
	'day.create': 'Create a day',
	'day.get': 'Get a day by ID',
	'feedbackOption.getAll': 'Get all feedback options',
	'feedbackOption.create': 'Create new feedback options',
	'feedbackOption.get': 'Get feedback options by ID',
	'feedbackOption.update': 'Update feedback options',
	'feedbackOption.delete': 'Delete feedback options',
	'feedbackOption.getPreview': 'Preview feedback template',
	'feedbackOption.getTemplates': 'Get predefined templates',
	'invoice.getAll': 'Find full invoices',
	'invoice.create': 'Create a full invoice',
	'invoice.get': 'Get a full invoice by ID',
	'invoice.update': 'Update a full invoice',
	'integrationActionLog.getAll': 'Get all integration action log records',
	'integrationActionLog.create': 'Create a new integration action log record',
	'integrationActionLog.get': 'Get integration action log record by ID',
	'integrationActionLog.update': 'Update integration action log record',
	'integrationActionLog.delete': 'Delete integration action log record',
	'integrationApp.getAll': 'Find integration apps',
	'integrationApp.create': 'Create an integration app',
	'integrationApp.get': 'Get an integration app by ID',
	'integrationApp.update': 'Update an integration app',
	'integrationCommandLog.getAll': 'Get all integration command log records',
	'integrationCommandLog.create': 'Create a new integration command log record',
	'integrationCommandLog.get': 'Get integration command log record by ID',
	'integrationCommandLog.update': 'Update integration command log record',
	'integrationCommandLog.delete': 'Delete integration command log record',
	'inventoryAdjustmentReason.getAll': 'Find inventory adjustment reasons',
	'inventoryAdjustmentReason.create': 'Create an inventory adjustment reason',
	'inventoryAdjustmentReason.get': 'Get an inventory adjustment reason by ID',
	'inventoryAdjustmentReason.update': 'Update an inventory adjustment reason',
	'inventoryAdjustmentReason.delete': 'Remove an inventory adjustment reason',
	'inventory.getAll': 'Find inventory items',
	'mailUnsubscribe.getAll': 'Get all unsubscribed emails',
	'mailUnsubscribe.create': 'Add email to unsubscribe list',
	'mailUnsubscribe.get': 'Get unsubscribe record by ID',
	'mailUnsubscribe.delete': 'Remove email from unsubscribe list',
	'mailUnsubscribe.deleteMany': 'Bulk remove emails from unsubscribe list',
	'mailUnsubscribe.checkEmail': 'Check if email is unsubscribed',
	'measureUnitFamily.getAll': 'Find measure unit families',
	'measureUnitFamily.create': 'Create a measure unit family',
	'measureUnitFamily.get': 'Get a measure unit family by ID',
	'measureUnitFamily.update': 'Update a measure unit family',
	'measureUnitFamily.delete': 'Remove a measure unit family',
	'measureUnit.getAll': 'Find measure units',
	'measureUnit.create': 'Create a measure unit',
	'measureUnit.get': 'Get a measure unit by ID',
	'measureUnit.update': 'Update a measure unit',
	'measureUnit.delete': 'Remove a measure unit',
	'mediaStorage.getAll': 'Find media storage items',
	'mediaStorage.create': 'Create a media storage item',
	'mediaStorage.get': 'Get a media storage item by ID',
	'mediaStorage.update': 'Update a media storage item',
	'mediaStorage.delete': 'Remove a media storage item',
	'media.getAll': 'Find media',
	'media.create': 'Create media',
	'media.get': 'Get media by ID',
	'media.update': 'Update media',
	'media.delete': 'Remove media',
	'mslProduct.getAll': 'Find MSL products',
	'mslProduct.create': 'Create an MSL product',
	'mslProduct.get': 'Get an MSL product by ID',
	'mslProduct.update': 'Update an MSL product',
	'mslProduct.delete': 'Remove an MSL product',
	'msl.getAll': 'Find MSLs',
	'msl.create': 'Create an MSL',
	'msl.get': 'Get an MSL by ID',
	'msl.update': 'Update an MSL',
	'msl.delete': 'Remove an MSL',
	'ocrInvoiceJobGroup.getAll': 'Get all OCR invoice job groups',
	'ocrInvoiceJobGroup.create': 'Create a new OCR invoice job group',
	'ocrInvoiceJobGroup.get': 'Get OCR invoice job group by ID',
	'ocrInvoiceJobGroup.update': 'Update OCR invoice job group',
	'ocrInvoiceJobGroup.delete': 'Delete OCR invoice job group',
	'ocrInvoiceJobGroup.getJobs': 'Get jobs in a group',
	'ocrInvoiceJobPage.getAll': 'Get all OCR invoice job pages',
	'ocrInvoiceJobPage.create': 'Create a new OCR invoice job page',
	'ocrInvoiceJobPage.get': 'Get OCR invoice job page by ID',
	'ocrInvoiceJobPage.update': 'Update OCR invoice job page',
	'ocrInvoiceJobPage.delete': 'Delete OCR invoice job page',
	'ocrInvoiceJobPage.process': 'Process OCR invoice job page',
	'ocrInvoiceJobTemplate.getAll': 'Get all OCR invoice job templates',
	'ocrInvoiceJobTemplate.create': 'Create a new OCR invoice job template',
	'ocrInvoiceJobTemplate.get': 'Get OCR invoice job template by ID',
	'ocrInvoiceJobTemplate.update': 'Update OCR invoice job template',
	'ocrInvoiceJobTemplate.delete': 'Delete OCR invoice job template',
	'ocrInvoiceJob.getAll': 'Get all OCR invoice jobs',
	'ocrInvoiceJob.create': 'Create a new OCR invoice job',
	'ocrInvoiceJob.get': 'Get OCR invoice job by ID',
	'ocrInvoiceJob.update': 'Update OCR invoice job',
	'ocrInvoiceJob.delete': 'Delete OCR invoice job',
	'ocrInvoiceJob.process': 'Process OCR invoice job',
	'ocrInvoiceJob.getResults': 'Get OCR results',
	'patchAction.getAll': 'Get all patch action records',
	'patchAction.create': 'Create a new patch action',
	'patchAction.get': 'Get patch action by ID',
	'patchAction.update': 'Update patch action',
	'patchAction.delete': 'Delete patch action',
	'patchAction.execute': 'Execute patch action',
	'paymentTerm.getAll': 'Find payment terms',
	'paymentTerm.create': 'Create a payment term',
	'paymentTerm.get': 'Get a payment term by ID',
	'paymentTerm.update': 'Update a payment term',
	'paymentTerm.delete': 'Remove a payment term',
	'payment.getAll': 'Find payments',
	'payment.create': 'Create a payment',
	'payment.get': 'Get a payment by ID',
	'payment.update': 'Update a payment',
	'priceListItem.getAll': 'Find price list items',
	'priceListItem.create': 'Create a price list item',
	'priceListItem.get': 'Get a price list item by ID',
	'priceListItem.update': 'Update a price list item',
	'priceListItem.delete': 'Remove a price list item',
	'priceList.getAll': 'Find price lists',
	'priceList.create': 'Create a price list',
	'priceList.get': 'Get a price list by ID',
	'priceList.update': 'Update a price list',
	'priceList.delete': 'Remove a price list',
	'productGroup.getAll': 'Find product groups',
	'productGroup.create': 'Create a product group',
	'productGroup.get': 'Get a product group by ID',
	'productGroup.update': 'Update a product group',
	'productGroup.delete': 'Remove a product group',
	'productModifierGroup.getAll': 'Get all product modifier groups',
	'productModifierGroup.create': 'Create a new product modifier group',
	'productModifierGroup.get': 'Get product modifier group by ID',
	'productModifierGroup.update': 'Update product modifier group',
	'productModifierGroup.delete': 'Delete product modifier group',
	'productModifierGroup.deleteMany': 'Bulk delete product modifier groups',
	'product.getAll': 'Find products',
	'product.create': 'Create a product',
	'product.get': 'Get a product by ID',
	'product.update': 'Update a product',
	'product.delete': 'Remove a product',
	'proforma.getAll': 'Find proformas',
	'proforma.create': 'Create a proforma',
	'proforma.get': 'Get a proforma by ID',
	'proforma.update': 'Update a proforma',
	'pdf.convert': 'Convert document to PDF',
	'receivingMaterial.getAll': 'Find receiving materials',
	'receivingMaterial.create': 'Create a receiving material',
	'receivingMaterial.get': 'Get a receiving material by ID',
	'receivingMaterial.update': 'Update a receiving material',
	'refund.getAll': 'Find refunds',
	'refund.create': 'Create a refund',
	'refund.get': 'Get a refund by ID',
	'refund.update': 'Update a refund',
	'repBalanceSummary.getAll': 'Find rep balance summaries',
	'rep.getAll': 'Find reps',
	'rep.create': 'Create a rep',
	'rep.get': 'Get a rep by ID',
	'rep.update': 'Update a rep',
	'rep.delete': 'Remove a rep',
	'returnAssetPartUnit.getAll': 'Get all asset part unit returns',
	'returnAssetPartUnit.create': 'Create a new asset part unit return',
	'returnAssetPartUnit.get': 'Get asset part unit return by ID',
	'returnAssetPartUnit.update': 'Update asset part unit return',
	'returnAssetPartUnit.delete': 'Delete asset part unit return',
	'returnReason.getAll': 'Find return reasons',
	'returnReason.create': 'Create a return reason',
	'returnReason.get': 'Get a return reason by ID',
	'returnReason.update': 'Update a return reason',
	'returnReason.delete': 'Remove a return reason',
	'route.getAll': 'Find routes',
	'route.create': 'Create a route',
	'route.get': 'Get a route by ID',
	'route.update': 'Update a route',
	'route.delete': 'Remove a route',
	'safeInvoiceSerialCounter.getAll': 'Get all safe invoice serial counters',
	'safeInvoiceSerialCounter.create': 'Create a new safe invoice serial counter',
	'safeInvoiceSerialCounter.get': 'Get safe invoice serial counter by ID',
	'safeInvoiceSerialCounter.update': 'Update safe invoice serial counter',
	'safeInvoiceSerialCounter.delete': 'Delete safe invoice serial counter',
	'safeInvoiceSerialCounter.getNextSerial': 'Get next serial number',
	'settings.getAll': 'Find settings',
	'settings.get': 'Get settings by ID',
	'settings.update': 'Update settings',
	'settlement.getAll': 'Find settlements',
	'settlement.create': 'Create a settlement',
	'settlement.get': 'Get a settlement by ID',
	'speciality.getAll': 'Get all specialities',
	'speciality.create': 'Create a new speciality',
	'speciality.get': 'Get speciality by ID',
	'speciality.update': 'Update speciality',
	'speciality.delete': 'Delete speciality',
	'speciality.deleteMany': 'Bulk delete specialities',
	'storeAssetPartUnit.getAll': 'Get all asset part unit storage records',
	'storeAssetPartUnit.create': 'Create a new asset part unit storage record',
	'storeAssetPartUnit.get': 'Get asset part unit storage record by ID',
	'storeAssetPartUnit.update': 'Update asset part unit storage record',
	'storeAssetPartUnit.delete': 'Delete asset part unit storage record',
	'storecheckTemplate.getAll': 'Find storecheck templates',
	'storecheckTemplate.create': 'Create a storecheck template',
	'storecheckTemplate.get': 'Get a storecheck template by ID',
	'storecheckTemplate.update': 'Update a storecheck template',
	'storecheckTemplate.delete': 'Remove a storecheck template',
	'subcategory.getAll': 'Find subcategories',
	'subcategory.create': 'Create a subcategory',
	'subcategory.get': 'Get a subcategory by ID',
	'subcategory.update': 'Update a subcategory',
	'subcategory.delete': 'Remove a subcategory',
	'supplier.getAll': 'Find suppliers',
	'supplier.create': 'Create a supplier',
	'supplier.get': 'Get a supplier by ID',
	'supplier.update': 'Update a supplier',
	'supplier.delete': 'Remove a supplier',
	'svixIntegration.getAll': 'Get all Svix integration records',
	'svixIntegration.create': 'Create a new Svix integration',
	'svixIntegration.get': 'Get Svix integration by ID',
	'svixIntegration.update': 'Update Svix integration',
	'svixIntegration.delete': 'Delete Svix integration',
	'tag.getAll': 'Find tags',
	'tag.create': 'Create a tag',
	'tag.get': 'Get a tag by ID',
	'tag.update': 'Update a tag',
	'tag.delete': 'Remove a tag',
	'tax.getAll': 'Find taxes',
	'tax.create': 'Create a tax',
	'tax.get': 'Get a tax by ID',
	'tax.update': 'Update a tax',
	'tax.delete': 'Remove a tax',
	'team.getAll': 'Find teams',
	'team.create': 'Create a team',
	'team.get': 'Get a team by ID',
	'team.update': 'Update a team',
	'team.delete': 'Remove a team',
	'transfer.getAll': 'Find transfers',
	'transfer.create': 'Create a transfer',
	'transfer.get': 'Get a transfer by ID',
	'transfer.update': 'Update a transfer',
	'integrationMetaUpdate.getAll': 'Get all integration meta update records',
	'integrationMetaUpdate.create': 'Create a new integration meta update',
	'integrationMetaUpdate.get': 'Get integration meta update by ID',
	'integrationMetaUpdate.update': 'Update integration meta update',
	'integrationMetaUpdate.delete': 'Delete integration meta update',
	'integrationMetaUpdate.apply': 'Apply integration meta update',
	'variant.getAll': 'Find variants',
	'variant.create': 'Create a variant',
	'variant.get': 'Get a variant by ID',
	'variant.update': 'Update a variant',
	'variant.delete': 'Remove a variant',
	'visit.getAll': 'Find visits',
	'visit.create': 'Create a visit',
	'visit.get': 'Get a visit by ID',
	'visit.update': 'Update a visit',
	'warehouse.getAll': 'Find warehouses',
	'warehouse.create': 'Create a warehouse',
	'warehouse.get': 'Get a warehouse by ID',
	'warehouse.update': 'Update a warehouse',
	'warehouse.delete': 'Remove a warehouse',
	'workorderCategory.getAll': 'Get all workorder categories',
	'workorderCategory.create': 'Create a new workorder category',
	'workorderCategory.get': 'Get workorder category by ID',
	'workorderCategory.update': 'Update workorder category',
	'workorderCategory.delete': 'Delete workorder category',
	'workorderCategory.deleteMany': 'Bulk delete workorder categories',
	'workorderCategory.getHierarchy': 'Get category hierarchy',
	'workorderPortalLink.getAll': 'Get all workorder portal links',
	'workorderPortalLink.create': 'Create a new workorder portal link',
	'workorderPortalLink.get': 'Get workorder portal link by ID',
	'workorderPortalLink.update': 'Update workorder portal link',
	'workorderPortalLink.delete': 'Delete workorder portal link',
	'workorderPortalLink.regenerate': 'Regenerate portal link',
	'workorderPortalLink.activate': 'Activate portal link',
	'workorderPortalLink.deactivate': 'Deactivate portal link',
	'workorderPortal.getAll': 'Get workorder portal entries',
	'workorderPortal.create': 'Create a new workorder portal entry',
	'workorderPortal.get': 'Get workorder portal entry by ID',
	'workorderPortal.update': 'Update workorder portal entry',
	'workorderPortal.delete': 'Delete workorder portal entry',
	'workorderPortal.updateStatus': 'Update workorder portal status',
	'workorderRequest.getAll': 'Find workorder requests',
	'workorderRequest.create': 'Create a workorder request',
	'workorderRequest.get': 'Get a workorder request by ID',
	'workorderRequest.update': 'Update a workorder request',
	'workorderRequest.delete': 'Remove a workorder request',
	'workorder.getAll': 'Find workorders',
	'workorder.create': 'Create a workorder',
	'workorder.get': 'Get a workorder by ID',
	'workorder.update': 'Update a workorder',
	'workorder.delete': 'Remove a workorder',
};

/** Operations the seed does not have, kept because Repzo's SDK client calls them. */
export const SDK_ONLY_OPERATIONS: Record<string, string> = {
	'cart.getAll': 'Repzo.Cart: find() on /cart',
	'cart.create': 'Repzo.Cart: create() on /cart',
	'cart.get': 'Repzo.Cart: get() on /cart',
	'workorderAgenda.getAll': 'Repzo.WorkorderAgenda: find() on /workorder-agenda',
};

const list0: ListSpec = { pagination: 'offset', offsetParam: 'offset', limitParam: 'limit', maxPageSize: 100, rootProperty: 'data' };
const list1: ListSpec = { pagination: 'page', pageParam: 'page', sizeParam: 'per_page', firstPage: 1, maxPageSize: 100, rootProperty: 'data', totalPagesProperty: 'total_pages', currentPageProperty: 'current_page', nextPageProperty: 'next_page_url' };
const list2: ListSpec = { pagination: 'page', pageParam: 'page', sizeParam: 'per_page', firstPage: 1, maxPageSize: 100, rootProperty: 'result', totalPagesProperty: 'total_pages', currentPageProperty: 'current_page', nextPageProperty: 'next_page_url' };

const f0: FieldSpec = { name: 'sort', in: 'query', kind: 'string', label: 'Sort Field', group: 'sort', description: 'Name of the field to order the results by, e.g. createdAt' };
const f1: FieldSpec = { name: 'order', in: 'query', kind: 'options', options: [{ name: 'Ascending', value: 'asc' }, { name: 'Descending', value: 'desc' }], label: 'Sort Order', group: 'sort', default: 'desc', description: 'Whether the results come smallest first (ascending) or largest first (descending)' };
const f2: FieldSpec = { name: 'filter', in: 'query', kind: 'json', jsonKind: 'object', arrayFormat: 'json', description: 'Conditions as a JSON object, e.g. {"status": "active"}; sent JSON-encoded in the query string' };
const f3: FieldSpec = { name: 'search', in: 'query', kind: 'string', description: 'Text to look for in the main text fields' };
const f4: FieldSpec = { name: 'client', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the client' };
const f5: FieldSpec = { name: 'rep', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the rep (sales representative)' };
const f6: FieldSpec = { name: 'activityType', in: 'body', kind: 'options', options: [{ name: 'Recommendation', value: 'recommendation' }, { name: 'Order Analysis', value: 'order-analysis' }, { name: 'Demand Forecasting', value: 'demand-forecasting' }, { name: 'Cross Sell', value: 'cross-sell' }, { name: 'Upsell', value: 'upsell' }], required: true, description: 'Activity type, one of 5 values' };
const f7: FieldSpec = { name: 'inputData', in: 'body', kind: 'json', jsonKind: 'object', description: 'Input data, a JSON object' };
const f8: FieldSpec = { name: 'aiModel', in: 'body', kind: 'json', jsonKind: 'object', label: 'AI Model', description: 'AI model, a JSON object' };
const f9: FieldSpec = { name: 'feedback', in: 'body', kind: 'json', jsonKind: 'object', description: 'Feedback, a JSON object' };
const f10: FieldSpec = { name: 'metadata', in: 'body', kind: 'json', jsonKind: 'object', description: 'Extra keys and values, as a JSON object' };
const f11: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Activity AI Sales Order ID', description: 'Repzo ID (_id) of the activity AI sales order' };
const f12: FieldSpec = { name: 'company_namespace', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f13: FieldSpec = { name: 'activity_type', in: 'query', kind: 'string', description: 'Match this activity type' };
const f14: FieldSpec = { name: 'rep', in: 'query', kind: 'string', description: 'Match this rep (sales representative) ID (_id)' };
const f15: FieldSpec = { name: 'client', in: 'query', kind: 'string', description: 'Match this client ID (_id)' };
const f16: FieldSpec = { name: 'overall_satisfaction', in: 'query', kind: 'number', maxValue: 10, description: 'Match this overall satisfaction' };
const f17: FieldSpec = { name: 'template_id', in: 'query', kind: 'string', description: 'Match this template ID (_id)' };
const f18: FieldSpec = { name: '_id', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these record IDs (_id)' };
const f19: FieldSpec = { name: 'activity_type', in: 'body', kind: 'string', required: true };
const f20: FieldSpec = { name: 'activity_id', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the activity' };
const f21: FieldSpec = { name: 'client', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the client' };
const f22: FieldSpec = { name: 'template_id', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the template' };
const f23: FieldSpec = { name: 'overall_satisfaction', in: 'body', kind: 'number', required: true, maxValue: 10, description: 'Overall satisfaction, a whole number from 1 to 10' };
const f24: FieldSpec = { name: 'responses', in: 'body', kind: 'json', jsonKind: 'array', description: 'Responses, a JSON list' };
const f25: FieldSpec = { name: 'nps_score', in: 'body', kind: 'number', minValue: 0, maxValue: 10, description: 'NPS score, a whole number from 0 to 10' };
const f26: FieldSpec = { name: 'completion_time', in: 'body', kind: 'number', description: 'Completion time, a whole number' };
const f27: FieldSpec = { name: 'session_data', in: 'body', kind: 'json', jsonKind: 'object', description: 'Session data, a JSON object' };
const f28: FieldSpec = { name: 'is_anonymous', in: 'body', kind: 'boolean' };
const f29: FieldSpec = { name: 'company_namespace', in: 'body', kind: 'stringList', arrayFormat: 'array', description: 'Company namespace(s); Repzo sets it from the API key' };
const f30: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Activity Feedback V2 ID', description: 'Repzo ID (_id) of the activity feedback v2' };
const f31: FieldSpec = { name: 'overall_satisfaction', in: 'body', kind: 'number', maxValue: 10, description: 'Overall satisfaction, a whole number from 1 to 10' };
const f32: FieldSpec = { name: 'follow_up_actions', in: 'body', kind: 'json', jsonKind: 'array', description: 'Follow up actions, a JSON list' };
const f33: FieldSpec = { name: 'date_from', in: 'query', kind: 'dateTime', dateFormat: 'date', description: 'Date from as a calendar date, sent as YYYY-MM-DD' };
const f34: FieldSpec = { name: 'date_to', in: 'query', kind: 'dateTime', dateFormat: 'date', description: 'Date to as a calendar date, sent as YYYY-MM-DD' };
const f35: FieldSpec = { name: 'rating', in: 'query', kind: 'number', maxValue: 5, description: 'Match this rating' };
const f36: FieldSpec = { name: 'rating', in: 'body', kind: 'number', required: true, maxValue: 5, description: 'Rating, a whole number from 1 to 5' };
const f37: FieldSpec = { name: 'feedback_text', in: 'body', kind: 'string' };
const f38: FieldSpec = { name: 'feedback_categories', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f39: FieldSpec = { name: 'source', in: 'body', kind: 'options', options: [{ name: 'Mobile App', value: 'mobile_app' }, { name: 'Web Portal', value: 'web_portal' }, { name: 'Email', value: 'email' }, { name: 'Sms', value: 'sms' }, { name: 'Phone', value: 'phone' }], default: 'mobile_app', description: 'Source, one of 5 values; Repzo\'s default is mobile_app' };
const f40: FieldSpec = { name: 'response_time', in: 'body', kind: 'number', description: 'Response time, a whole number' };
const f41: FieldSpec = { name: 'attachments', in: 'body', kind: 'json', jsonKind: 'array', description: 'Attachments, a JSON list' };
const f42: FieldSpec = { name: 'follow_up_required', in: 'body', kind: 'boolean' };
const f43: FieldSpec = { name: 'follow_up_notes', in: 'body', kind: 'string' };
const f44: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Activity Feedback ID', description: 'Repzo ID (_id) of the activity feedback' };
const f45: FieldSpec = { name: 'rating', in: 'body', kind: 'number', maxValue: 5, description: 'Rating, a whole number from 1 to 5' };
const f46: FieldSpec = { name: 'template', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the template' };
const f47: FieldSpec = { name: 'date', in: 'body', kind: 'dateTime', dateFormat: 'iso', required: true, description: 'Date, sent as an ISO 8601 date and time' };
const f48: FieldSpec = { name: 'location', in: 'body', kind: 'json', jsonKind: 'object', description: 'Geographic position as a JSON object, e.g. {"lat": 31.95, "lng": 35.91}' };
const f49: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Draft', value: 'draft' }, { name: 'Submitted', value: 'submitted' }, { name: 'Approved', value: 'approved' }, { name: 'Rejected', value: 'rejected' }], default: 'draft', description: 'Status, one of 4 values; Repzo\'s default is draft' };
const f50: FieldSpec = { name: 'notes', in: 'body', kind: 'string', description: 'Free text notes' };
const f51: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Activity Storecheck ID', description: 'Repzo ID (_id) of the activity storecheck' };
const f52: FieldSpec = { name: 'sortPageOrder', in: 'query', kind: 'options', options: [{ name: 'Ascending', value: 'asc' }, { name: 'Descending', value: 'dsc' }], label: 'Sort Order', group: 'sort', description: 'Whether the results come smallest first (ascending) or largest first (descending)' };
const f53: FieldSpec = { name: 'creator._id', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these creator IDs (_id)' };
const f54: FieldSpec = { name: 'accounts.type', in: 'query', kind: 'string', description: 'Match this accounts type' };
const f55: FieldSpec = { name: 'accounts.accountHolder', in: 'query', kind: 'string', description: 'Match this accounts account holder' };
const f56: FieldSpec = { name: 'from_time', in: 'query', kind: 'number', description: 'Lowest time to include' };
const f57: FieldSpec = { name: 'to_time', in: 'query', kind: 'number', description: 'Highest time to include' };
const f58: FieldSpec = { name: 'from_createdAt', in: 'query', kind: 'dateTime', dateFormat: 'epochMillis', label: 'Created Since', description: 'On or after this time, sent in epoch ms' };
const f59: FieldSpec = { name: 'to_createdAt', in: 'query', kind: 'dateTime', dateFormat: 'epochMillis', label: 'Created Until', description: 'On or before this time, sent in epoch ms' };
const f60: FieldSpec = { name: 'from_updatedAt', in: 'query', kind: 'dateTime', dateFormat: 'epochMillis', label: 'Updated Since', description: 'On or after this time, sent in epoch ms' };
const f61: FieldSpec = { name: 'from__id', in: 'query', kind: 'string', description: 'Lowest ID to include' };
const f62: FieldSpec = { name: 'to__id', in: 'query', kind: 'string', description: 'Highest ID to include' };
const f63: FieldSpec = { name: 'sortBy', in: 'query', kind: 'json', jsonKind: 'array', arrayFormat: 'json', label: 'Sort Rules (JSON)', group: 'sort', description: 'Several sort keys at once, as a JSON list such as [{"field": "_id", "type": "desc"}]; leave empty to use Sort Field and Sort Order' };
const f64: FieldSpec = { name: 'to_updatedAt', in: 'query', kind: 'dateTime', dateFormat: 'epochMillis', label: 'Updated Until', description: 'On or before this time, sent in epoch ms' };
const f65: FieldSpec = { name: 'rep', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the rep (sales representative)' };
const f66: FieldSpec = { name: 'type', in: 'body', kind: 'options', options: [{ name: 'Credit', value: 'credit' }, { name: 'Debit', value: 'debit' }], required: true, description: 'Type, one of 2 values' };
const f67: FieldSpec = { name: 'amount', in: 'body', kind: 'number', required: true, description: 'Amount of money, in the record’s currency' };
const f68: FieldSpec = { name: 'reason', in: 'body', kind: 'string', required: true, description: 'Why this was done, as text or a reason record’s ID' };
const f69: FieldSpec = { name: 'reference', in: 'body', kind: 'string', description: 'Your own reference, e.g. a receipt or document number' };
const f70: FieldSpec = { name: 'description', in: 'body', kind: 'string', description: 'Free text about the record' };
const f71: FieldSpec = { name: 'adjustmentDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Adjustment date, sent as an ISO 8601 date and time' };
const f72: FieldSpec = { name: 'integration_meta', in: 'body', kind: 'json', jsonKind: 'object', description: 'Your keys from another system, as JSON, e.g. {"erp_id": "1"}' };
const f73: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Adjust Account ID', description: 'Repzo ID (_id) of the adjust account' };
const f74: FieldSpec = { name: 'nodeCycles', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f75: FieldSpec = { name: 'status', in: 'query', kind: 'multiOptions', options: [{ name: 'Pending', value: 'pending' }, { name: 'Approved', value: 'approved' }, { name: 'Processing', value: 'processing' }, { name: 'Rejected', value: 'rejected' }, { name: 'Processed', value: 'processed' }], arrayFormat: 'json', description: 'Match any of the chosen values' };
const f76: FieldSpec = { name: 'serial_number', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f77: FieldSpec = { name: 'serial_number.formatted', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f78: FieldSpec = { name: 'sync_id', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these sync IDs (_id)' };
const f79: FieldSpec = { name: 'to', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f80: FieldSpec = { name: 'creator', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these user who created the record IDs (_id)' };
const f81: FieldSpec = { name: 'creator_type', in: 'query', kind: 'stringList', arrayFormat: 'json', label: 'Creator Type (creator_type)', hint: 'Match any of these values, separated by commas' };
const f82: FieldSpec = { name: 'creator.type', in: 'query', kind: 'stringList', arrayFormat: 'json', key: 'query_creator_type', label: 'Creator Type (creator.type)', hint: 'Match any of these values, separated by commas' };
const f83: FieldSpec = { name: 'editor', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these user who last changed the record IDs (_id)' };
const f84: FieldSpec = { name: 'editor._id', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these editor IDs (_id)' };
const f85: FieldSpec = { name: 'editor_type', in: 'query', kind: 'stringList', arrayFormat: 'json', label: 'Editor Type (editor_type)', hint: 'Match any of these values, separated by commas' };
const f86: FieldSpec = { name: 'editor.type', in: 'query', kind: 'stringList', arrayFormat: 'json', key: 'query_editor_type', label: 'Editor Type (editor.type)', hint: 'Match any of these values, separated by commas' };
const f87: FieldSpec = { name: 'teams', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these teams IDs (_id)' };
const f88: FieldSpec = { name: 'reason', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f89: FieldSpec = { name: 'custom_status', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f90: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Warehouse', value: 'warehouse' }, { name: 'Teams', value: 'teams' }, { name: 'Custom Status', value: 'custom_status' }, { name: 'Reason', value: 'reason' }, { name: 'Variant', value: 'variant' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f91: FieldSpec = { name: 'warehouse', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the warehouse' };
const f92: FieldSpec = { name: 'items', in: 'body', kind: 'json', jsonKind: 'array', description: 'Items, a JSON list' };
const f93: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Adjust Inventory ID', description: 'Repzo ID (_id) of the adjust inventory' };
const f94: FieldSpec = { name: 'withCycle', in: 'query', kind: 'boolean', description: 'Whether to include cycle in the answer' };
const f95: FieldSpec = { name: 'creator.type', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f96: FieldSpec = { name: 'type', in: 'query', kind: 'multiOptions', options: [{ name: 'Skip Job At Visit End', value: 'skip_job_at_visit_end' }, { name: 'End Visit Out Of Geofence', value: 'end_visit_out_of_geofence' }, { name: 'Skip Visit From Route', value: 'skip_visit_from_route' }, { name: 'Create Client', value: 'create_client' }, { name: 'Update Client', value: 'update_client' }, { name: 'Delete Client', value: 'delete_client' }, { name: 'Update Client Line', value: 'update_client_line' }], arrayFormat: 'json', description: 'Match any of the chosen values' };
const f97: FieldSpec = { name: 'subtype', in: 'query', kind: 'multiOptions', options: [{ name: 'Client Details', value: 'client_details' }, { name: 'Client Assigned To', value: 'client_assigned_to' }, { name: 'Client Location', value: 'client_location' }, { name: 'Client Credit Limit', value: 'client_credit_limit' }], arrayFormat: 'json', description: 'Match any of the chosen values' };
const f98: FieldSpec = { name: 'document_type', in: 'query', kind: 'multiOptions', options: [{ name: 'Client', value: 'client' }, { name: 'Visit', value: 'visit' }, { name: 'Client Line', value: 'client-line' }], arrayFormat: 'json', description: 'Match any of the chosen values' };
const f99: FieldSpec = { name: 'document_id', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these document IDs (_id)' };
const f100: FieldSpec = { name: 'implementation_type', in: 'query', kind: 'multiOptions', options: [{ name: 'Create Doc', value: 'create_doc' }, { name: 'Update Doc', value: 'update_doc' }, { name: 'Delete Doc', value: 'delete_doc' }, { name: 'No Implementation', value: 'no_implementation' }], arrayFormat: 'json', description: 'Match any of the chosen values' };
const f101: FieldSpec = { name: 'implementation_status', in: 'query', kind: 'multiOptions', options: [{ name: 'Pending', value: 'pending' }, { name: 'Failed', value: 'failed' }, { name: 'Success', value: 'success' }], arrayFormat: 'json', description: 'Match any of the chosen values' };
const f102: FieldSpec = { name: 'status', in: 'query', kind: 'multiOptions', options: [{ name: 'Pending', value: 'pending' }, { name: 'Approved', value: 'approved' }, { name: 'Processing', value: 'processing' }, { name: 'Rejected', value: 'rejected' }], arrayFormat: 'json', description: 'Match any of the chosen values' };
const f103: FieldSpec = { name: 'visit_id', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these visit IDs (_id)' };
const f104: FieldSpec = { name: 'meta.client', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these meta client IDs (_id)' };
const f105: FieldSpec = { name: 'meta.route', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these meta route IDs (_id)' };
const f106: FieldSpec = { name: 'meta.business_day', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f107: FieldSpec = { name: 'meta.form._id', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these meta form IDs (_id)' };
const f108: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'json', jsonKind: 'object', arrayFormat: 'json', description: 'Linked records to return in full' };
const f109: FieldSpec = { name: 'title', in: 'body', kind: 'string', description: 'Short title shown in lists' };
const f110: FieldSpec = { name: 'requestedBy', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the user who asked for it' };
const f111: FieldSpec = { name: 'entity', in: 'body', kind: 'string' };
const f112: FieldSpec = { name: 'entityId', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the entity' };
const f113: FieldSpec = { name: 'approvers', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f114: FieldSpec = { name: 'requiredApprovals', in: 'body', kind: 'number' };
const f115: FieldSpec = { name: 'dueDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Due date, sent as an ISO 8601 date and time' };
const f116: FieldSpec = { name: 'priority', in: 'body', kind: 'options', options: [{ name: 'Low', value: 'low' }, { name: 'Medium', value: 'medium' }, { name: 'High', value: 'high' }, { name: 'Urgent', value: 'urgent' }], description: 'Priority, one of 4 values' };
const f117: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Approval Request ID', description: 'Repzo ID (_id) of the approval request' };
const f118: FieldSpec = { name: 'validityCheck', in: 'query', kind: 'boolean', description: 'Whether matching records have validity check set' };
const f119: FieldSpec = { name: 'originalDoc_populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Status', value: 'status' }, { name: 'Teams', value: 'teams' }, { name: 'Client', value: 'client' }, { name: 'Tags', value: 'tags' }, { name: 'Reps', value: 'reps' }, { name: 'Assigned To', value: 'assigned_to' }, { name: 'Sv Price List', value: 'sv_priceList' }, { name: 'Payment Term', value: 'paymentTerm' }, { name: 'Job Category', value: 'job_category' }, { name: 'Msl', value: 'msl' }, { name: 'Chain', value: 'chain' }, { name: 'Channel', value: 'channel' }, { name: 'Product', value: 'product' }, { name: 'Assigned Products', value: 'assigned_products' }, { name: 'Assigned Product Groups', value: 'assigned_product_groups' }, { name: 'Speciality', value: 'speciality' }, { name: 'Contacts', value: 'contacts' }, { name: 'Retail Execution Templates', value: 'retail_execution_templates' }, { name: 'Assigned Forms V2 Templates', value: 'assigned_forms_v2_templates' }, { name: 'Assigned Clm Presentations', value: 'assigned_clm_presentations' }, { name: 'Media', value: 'media' }, { name: 'Cover Photo', value: 'cover_photo' }, { name: 'Sales Logo Media', value: 'sales.logo_media' }, { name: 'Notes', value: 'notes' }, { name: 'Tasks', value: 'tasks' }, { name: 'Photos', value: 'photos' }, { name: 'Forms', value: 'forms' }, { name: 'Audits', value: 'audits' }, { name: 'Availability', value: 'availability' }, { name: 'User', value: 'user' }, { name: 'Route', value: 'route' }], arrayFormat: 'json', description: 'Match any of the chosen values' };
const f120: FieldSpec = { name: 'withOriginalDoc', in: 'query', kind: 'boolean', description: 'Whether to include original doc in the answer' };
const f121: FieldSpec = { name: 'status', in: 'body', kind: 'string' };
const f122: FieldSpec = { name: 'name', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f123: FieldSpec = { name: 'disabled', in: 'query', kind: 'boolean', description: 'Whether matching records have disabled set' };
const f124: FieldSpec = { name: 'approvalRequest', in: 'body', kind: 'string' };
const f125: FieldSpec = { name: 'approver', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the approver' };
const f126: FieldSpec = { name: 'decision', in: 'body', kind: 'options', options: [{ name: 'Approved', value: 'approved' }, { name: 'Rejected', value: 'rejected' }], description: 'Decision, one of 2 values' };
const f127: FieldSpec = { name: 'comments', in: 'body', kind: 'string' };
const f128: FieldSpec = { name: 'signedAt', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Signed at, sent as an ISO 8601 date and time' };
const f129: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Approval ID', description: 'Repzo ID (_id) of the approval' };
const f130: FieldSpec = { name: 'receivalNumber', in: 'body', kind: 'string', required: true };
const f131: FieldSpec = { name: 'purchaseOrder', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the purchase order' };
const f132: FieldSpec = { name: 'supplier', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the supplier' };
const f133: FieldSpec = { name: 'receivalDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', required: true, description: 'Receival date, sent as an ISO 8601 date and time' };
const f134: FieldSpec = { name: 'expectedDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Expected date, sent as an ISO 8601 date and time' };
const f135: FieldSpec = { name: 'receivedBy', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the user who received it' };
const f136: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Pending', value: 'pending' }, { name: 'Partial', value: 'partial' }, { name: 'Complete', value: 'complete' }, { name: 'Cancelled', value: 'cancelled' }], default: 'pending', description: 'Status, one of 4 values; Repzo\'s default is pending' };
const f137: FieldSpec = { name: 'items', in: 'body', kind: 'json', jsonKind: 'array', required: true, description: 'Items, a JSON list' };
const f138: FieldSpec = { name: 'totalValue', in: 'body', kind: 'number', minValue: 0, description: 'Total value, a number of 0 or more' };
const f139: FieldSpec = { name: 'currency', in: 'body', kind: 'string', description: 'Currency code, e.g. USD or EUR' };
const f140: FieldSpec = { name: 'shippingCost', in: 'body', kind: 'number', minValue: 0, description: 'Shipping cost, a number of 0 or more' };
const f141: FieldSpec = { name: 'taxAmount', in: 'body', kind: 'number', minValue: 0, description: 'Tax amount, a number of 0 or more' };
const f142: FieldSpec = { name: 'discountAmount', in: 'body', kind: 'number', minValue: 0, description: 'Discount amount, a number of 0 or more' };
const f143: FieldSpec = { name: 'invoice', in: 'body', kind: 'json', jsonKind: 'object', description: 'Invoice, a JSON object' };
const f144: FieldSpec = { name: 'qualityCheck', in: 'body', kind: 'json', jsonKind: 'object', description: 'Quality check, a JSON object' };
const f145: FieldSpec = { name: 'documents', in: 'body', kind: 'json', jsonKind: 'array', description: 'Documents, a JSON list' };
const f146: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Asset Part Receival ID', description: 'Repzo ID (_id) of the asset part receival' };
const f147: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Warehouse', value: 'warehouse' }, { name: 'Teams', value: 'teams' }, { name: 'Custom Status', value: 'custom_status' }, { name: 'Client', value: 'client' }, { name: 'Media', value: 'media' }, { name: 'Asset Part', value: 'asset_part' }, { name: 'Signature', value: 'signature' }, { name: 'Workorder', value: 'workorder' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f148: FieldSpec = { name: 'transferNumber', in: 'body', kind: 'string', required: true };
const f149: FieldSpec = { name: 'fromLocation', in: 'body', kind: 'json', jsonKind: 'object', required: true, description: 'From location, a JSON object' };
const f150: FieldSpec = { name: 'toLocation', in: 'body', kind: 'json', jsonKind: 'object', required: true, description: 'To location, a JSON object' };
const f151: FieldSpec = { name: 'requestedBy', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the user who asked for it' };
const f152: FieldSpec = { name: 'approvedBy', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the user who approved it' };
const f153: FieldSpec = { name: 'transferredBy', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the user who moved it' };
const f154: FieldSpec = { name: 'requestDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Request date, sent as an ISO 8601 date and time' };
const f155: FieldSpec = { name: 'approvalDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Approval date, sent as an ISO 8601 date and time' };
const f156: FieldSpec = { name: 'transferDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Transfer date, sent as an ISO 8601 date and time' };
const f157: FieldSpec = { name: 'scheduledDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Scheduled date, sent as an ISO 8601 date and time' };
const f158: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Requested', value: 'requested' }, { name: 'Approved', value: 'approved' }, { name: 'In Progress', value: 'in-progress' }, { name: 'Completed', value: 'completed' }, { name: 'Cancelled', value: 'cancelled' }], default: 'requested', description: 'Status, one of 5 values; Repzo\'s default is requested' };
const f159: FieldSpec = { name: 'priority', in: 'body', kind: 'options', options: [{ name: 'Low', value: 'low' }, { name: 'Medium', value: 'medium' }, { name: 'High', value: 'high' }, { name: 'Urgent', value: 'urgent' }], default: 'medium', description: 'Priority, one of 4 values; Repzo\'s default is medium' };
const f160: FieldSpec = { name: 'reason', in: 'body', kind: 'string', description: 'Why this was done, as text or a reason record’s ID' };
const f161: FieldSpec = { name: 'totalItems', in: 'body', kind: 'number', minValue: 0, description: 'Total items, a whole number of 0 or more' };
const f162: FieldSpec = { name: 'transportMethod', in: 'body', kind: 'options', options: [{ name: 'Manual', value: 'manual' }, { name: 'Vehicle', value: 'vehicle' }, { name: 'Courier', value: 'courier' }, { name: 'Automated', value: 'automated' }], default: 'manual', description: 'Transport method, one of 4 values; Repzo\'s default is manual' };
const f163: FieldSpec = { name: 'carrier', in: 'body', kind: 'string' };
const f164: FieldSpec = { name: 'trackingNumber', in: 'body', kind: 'string' };
const f165: FieldSpec = { name: 'estimatedArrival', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Estimated arrival, sent as an ISO 8601 date and time' };
const f166: FieldSpec = { name: 'actualArrival', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Actual arrival, sent as an ISO 8601 date and time' };
const f167: FieldSpec = { name: 'cost', in: 'body', kind: 'number', minValue: 0, description: 'Cost, in the record’s currency' };
const f168: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Asset Part Transfer ID', description: 'Repzo ID (_id) of the asset part transfer' };
const f169: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Warehouse', value: 'warehouse' }, { name: 'Teams', value: 'teams' }, { name: 'Custom Status', value: 'custom_status' }, { name: 'Asset Part Unit', value: 'asset_part_unit' }, { name: 'From', value: 'from' }, { name: 'To', value: 'to' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f170: FieldSpec = { name: 'name', in: 'body', kind: 'string', required: true, description: 'Name shown in Repzo' };
const f171: FieldSpec = { name: 'category', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the category' };
const f172: FieldSpec = { name: 'subcategory', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the subcategory' };
const f173: FieldSpec = { name: 'specifications', in: 'body', kind: 'json', jsonKind: 'object', description: 'Specifications, a JSON object' };
const f174: FieldSpec = { name: 'compatibleAssetTypes', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f175: FieldSpec = { name: 'maintenanceSchedule', in: 'body', kind: 'json', jsonKind: 'object', description: 'Maintenance schedule, a JSON object' };
const f176: FieldSpec = { name: 'warrantPeriod', in: 'body', kind: 'number', description: 'Warrant period, a whole number' };
const f177: FieldSpec = { name: 'supplier', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the supplier' };
const f178: FieldSpec = { name: 'standardCost', in: 'body', kind: 'number', minValue: 0, description: 'Standard cost, a number of 0 or more' };
const f179: FieldSpec = { name: 'isActive', in: 'body', kind: 'boolean', description: 'Whether the record is in use' };
const f180: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Asset Part Type ID', description: 'Repzo ID (_id) of the asset part type' };
const f181: FieldSpec = { name: 'serialNumber', in: 'body', kind: 'string', required: true, description: 'Serial number that identifies this one unit' };
const f182: FieldSpec = { name: 'assetPart', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the asset part' };
const f183: FieldSpec = { name: 'batchNumber', in: 'body', kind: 'string' };
const f184: FieldSpec = { name: 'lotNumber', in: 'body', kind: 'string' };
const f185: FieldSpec = { name: 'manufactureDate', in: 'body', kind: 'dateTime', dateFormat: 'date', description: 'Manufacture date as a calendar date, sent as YYYY-MM-DD' };
const f186: FieldSpec = { name: 'expiryDate', in: 'body', kind: 'dateTime', dateFormat: 'date', description: 'Expiry date as a calendar date, sent as YYYY-MM-DD' };
const f187: FieldSpec = { name: 'receiptDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Receipt date, sent as an ISO 8601 date and time' };
const f188: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Available', value: 'available' }, { name: 'Reserved', value: 'reserved' }, { name: 'In Use', value: 'in-use' }, { name: 'Maintenance', value: 'maintenance' }, { name: 'Disposed', value: 'disposed' }, { name: 'Returned', value: 'returned' }], required: true, default: 'available', description: 'Status, one of 6 values; Repzo\'s default is available' };
const f189: FieldSpec = { name: 'condition', in: 'body', kind: 'options', options: [{ name: 'New', value: 'new' }, { name: 'Good', value: 'good' }, { name: 'Fair', value: 'fair' }, { name: 'Poor', value: 'poor' }, { name: 'Damaged', value: 'damaged' }], default: 'new', description: 'Condition, one of 5 values; Repzo\'s default is new' };
const f190: FieldSpec = { name: 'assignedTo', in: 'body', kind: 'json', jsonKind: 'object', description: 'Assigned to, a JSON object' };
const f191: FieldSpec = { name: 'installationDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Installation date, sent as an ISO 8601 date and time' };
const f192: FieldSpec = { name: 'lastMaintenanceDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Last maintenance date, sent as an ISO 8601 date and time' };
const f193: FieldSpec = { name: 'nextMaintenanceDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Next maintenance date, sent as an ISO 8601 date and time' };
const f194: FieldSpec = { name: 'warrantyExpiry', in: 'body', kind: 'dateTime', dateFormat: 'date', description: 'Warranty expiry as a calendar date, sent as YYYY-MM-DD' };
const f195: FieldSpec = { name: 'invoice', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the invoice' };
const f196: FieldSpec = { name: 'customFields', in: 'body', kind: 'json', jsonKind: 'object', description: 'Your account’s custom fields, as JSON keyed by field name' };
const f197: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Asset Part Unit ID', description: 'Repzo ID (_id) of the asset part unit' };
const f198: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Warehouse', value: 'warehouse' }, { name: 'Teams', value: 'teams' }, { name: 'Custom Status', value: 'custom_status' }, { name: 'Client', value: 'client' }, { name: 'Media', value: 'media' }, { name: 'Asset Part', value: 'asset_part' }, { name: 'Asset Part Receival', value: 'asset_part_receival' }, { name: 'Asset Part Return', value: 'asset_part_return' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f199: FieldSpec = { name: 'partNumber', in: 'body', kind: 'string', required: true };
const f200: FieldSpec = { name: 'partType', in: 'body', kind: 'string', required: true };
const f201: FieldSpec = { name: 'manufacturer', in: 'body', kind: 'string' };
const f202: FieldSpec = { name: 'model', in: 'body', kind: 'string' };
const f203: FieldSpec = { name: 'compatibleAssets', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f204: FieldSpec = { name: 'minStockLevel', in: 'body', kind: 'number', minValue: 0, description: 'Min stock level, a whole number of 0 or more' };
const f205: FieldSpec = { name: 'maxStockLevel', in: 'body', kind: 'number', minValue: 0, description: 'Max stock level, a whole number of 0 or more' };
const f206: FieldSpec = { name: 'reorderPoint', in: 'body', kind: 'number', minValue: 0, description: 'Reorder point, a whole number of 0 or more' };
const f207: FieldSpec = { name: 'leadTime', in: 'body', kind: 'number', description: 'Lead time, a whole number' };
const f208: FieldSpec = { name: 'warrantyPeriod', in: 'body', kind: 'number', description: 'Warranty period, a whole number' };
const f209: FieldSpec = { name: 'category', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the category' };
const f210: FieldSpec = { name: 'barcode', in: 'body', kind: 'string', description: 'Barcode printed on the item' };
const f211: FieldSpec = { name: 'qrCode', in: 'body', kind: 'string' };
const f212: FieldSpec = { name: 'images', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f213: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Asset Part ID', description: 'Repzo ID (_id) of the asset part' };
const f214: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Media', value: 'media' }, { name: 'Cover Photo', value: 'cover_photo' }, { name: 'Asset Part Types', value: 'asset_part_types' }, { name: 'Assets', value: 'assets' }, { name: 'Asset Units', value: 'asset_units' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f215: FieldSpec = { name: 'from__id', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Lowest ID to include' };
const f216: FieldSpec = { name: 'to__id', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Highest ID to include' };
const f217: FieldSpec = { name: 'name', in: 'body', kind: 'string', description: 'Name shown in Repzo' };
const f218: FieldSpec = { name: 'fields', in: 'body', kind: 'json', jsonKind: 'array', description: 'Fields, a JSON list' };
const f219: FieldSpec = { name: 'disabled', in: 'body', kind: 'boolean', description: 'Whether the record is hidden from the apps' };
const f220: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Asset Type ID', description: 'Repzo ID (_id) of the asset type' };
const f221: FieldSpec = { name: 'asset', in: 'query', kind: 'string', description: 'Match this asset ID (_id)' };
const f222: FieldSpec = { name: 'status', in: 'query', kind: 'options', options: [{ name: 'Active', value: 'active' }, { name: 'Maintenance', value: 'maintenance' }, { name: 'Retired', value: 'retired' }, { name: 'Disposed', value: 'disposed' }], description: 'Match this status' };
const f223: FieldSpec = { name: 'location', in: 'query', kind: 'string', description: 'Match this location' };
const f224: FieldSpec = { name: 'asset', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the asset' };
const f225: FieldSpec = { name: 'serial_number', in: 'body', kind: 'string', required: true };
const f226: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Active', value: 'active' }, { name: 'Maintenance', value: 'maintenance' }, { name: 'Retired', value: 'retired' }, { name: 'Disposed', value: 'disposed' }], default: 'active', description: 'Status, one of 4 values; Repzo\'s default is active' };
const f227: FieldSpec = { name: 'condition', in: 'body', kind: 'options', options: [{ name: 'Excellent', value: 'excellent' }, { name: 'Good', value: 'good' }, { name: 'Fair', value: 'fair' }, { name: 'Poor', value: 'poor' }], default: 'good', description: 'Condition, one of 4 values; Repzo\'s default is good' };
const f228: FieldSpec = { name: 'location', in: 'body', kind: 'string', description: 'Geographic position as a JSON object, e.g. {"lat": 31.95, "lng": 35.91}' };
const f229: FieldSpec = { name: 'assigned_to', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the user the record is assigned to' };
const f230: FieldSpec = { name: 'purchase_date', in: 'body', kind: 'dateTime', dateFormat: 'date', description: 'Purchase date as a calendar date, sent as YYYY-MM-DD' };
const f231: FieldSpec = { name: 'warranty_expiry', in: 'body', kind: 'dateTime', dateFormat: 'date', description: 'Warranty expiry as a calendar date, sent as YYYY-MM-DD' };
const f232: FieldSpec = { name: 'purchase_cost', in: 'body', kind: 'number' };
const f233: FieldSpec = { name: 'depreciation', in: 'body', kind: 'json', jsonKind: 'object', description: 'Depreciation, a JSON object' };
const f234: FieldSpec = { name: 'custom_fields', in: 'body', kind: 'json', jsonKind: 'object', description: 'Your account’s custom fields, as JSON keyed by field name' };
const f235: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Asset Unit ID', description: 'Repzo ID (_id) of the asset unit' };
const f236: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Media', value: 'media' }, { name: 'Cover Photo', value: 'cover_photo' }, { name: 'Asset', value: 'asset' }, { name: 'Location', value: 'location' }, { name: 'Location Client', value: 'locationClient' }, { name: 'Asset Location', value: 'assetLocation' }, { name: 'Asset Location Client', value: 'assetLocationClient' }, { name: 'Custom Fields', value: 'customFields' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f237: FieldSpec = { name: 'serial_number', in: 'body', kind: 'string' };
const f238: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Active', value: 'active' }, { name: 'Maintenance', value: 'maintenance' }, { name: 'Retired', value: 'retired' }, { name: 'Disposed', value: 'disposed' }], description: 'Status, one of 4 values' };
const f239: FieldSpec = { name: 'condition', in: 'body', kind: 'options', options: [{ name: 'Excellent', value: 'excellent' }, { name: 'Good', value: 'good' }, { name: 'Fair', value: 'fair' }, { name: 'Poor', value: 'poor' }], description: 'Condition, one of 4 values' };
const f240: FieldSpec = { name: 'last_maintenance', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Last maintenance, sent as an ISO 8601 date and time' };
const f241: FieldSpec = { name: 'next_maintenance', in: 'body', kind: 'dateTime', dateFormat: 'date', description: 'Next maintenance as a calendar date, sent as YYYY-MM-DD' };
const f242: FieldSpec = { name: 'ids', in: 'body', kind: 'stringList', arrayFormat: 'array', required: true, description: 'IDs of the records to act on, as a list' };
const f243: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Active', value: 'active' }, { name: 'Maintenance', value: 'maintenance' }, { name: 'Retired', value: 'retired' }, { name: 'Disposed', value: 'disposed' }], required: true, description: 'Status, one of 4 values' };
const f244: FieldSpec = { name: 'asset_types', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f245: FieldSpec = { name: 'location', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f246: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Media', value: 'media' }, { name: 'Cover Photo', value: 'cover_photo' }, { name: 'Location', value: 'location' }, { name: 'Location Client', value: 'locationClient' }, { name: 'Custom Fields', value: 'customFields' }, { name: 'Asset Types', value: 'asset_types' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f247: FieldSpec = { name: 'serialNumber', in: 'body', kind: 'string', description: 'Serial number that identifies this one unit' };
const f248: FieldSpec = { name: 'assetType', in: 'body', kind: 'string' };
const f249: FieldSpec = { name: 'purchaseDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Purchase date, sent as an ISO 8601 date and time' };
const f250: FieldSpec = { name: 'warrantyExpiry', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Warranty expiry, sent as an ISO 8601 date and time' };
const f251: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Asset ID', description: 'Repzo ID (_id) of the asset' };
const f252: FieldSpec = { name: 'code', in: 'body', kind: 'string', description: 'Short code that identifies the record, e.g. in another system' };
const f253: FieldSpec = { name: 'country', in: 'body', kind: 'string', description: 'Country name or code' };
const f254: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Bank ID', description: 'Repzo ID (_id) of the bank' };
const f255: FieldSpec = { name: 'me', in: 'query', kind: 'boolean', description: 'Whether matching records have me set' };
const f256: FieldSpec = { name: 'banks', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f257: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Bank List ID', description: 'Repzo ID (_id) of the bank list' };
const f258: FieldSpec = { name: 'local_name', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f259: FieldSpec = { name: 'createdAt', in: 'query', kind: 'dateTime', dateFormat: 'epochMillis', label: 'Created At (Exact Moment)', description: 'Created at exactly this time (epoch ms); for a range use Since/Until' };
const f260: FieldSpec = { name: 'updatedAt', in: 'query', kind: 'dateTime', dateFormat: 'epochMillis', label: 'Updated At (Exact Moment)', description: 'Updated at exactly this time (epoch ms); for a range use Since/Until' };
const f261: FieldSpec = { name: 'local_name', in: 'body', kind: 'string', description: 'Name in the second (local) language' };
const f262: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Brand ID', description: 'Repzo ID (_id) of the brand' };
const f263: FieldSpec = { name: 'client_id', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these client IDs (_id)' };
const f264: FieldSpec = { name: 'type', in: 'query', kind: 'multiOptions', options: [{ name: 'Invoice', value: 'invoice' }, { name: 'Proforma', value: 'proforma' }], arrayFormat: 'json', description: 'Match any of the chosen values' };
const f265: FieldSpec = { name: 'implemented_by._id', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these implemented by IDs (_id)' };
const f266: FieldSpec = { name: 'type', in: 'body', kind: 'options', options: [{ name: 'Invoice', value: 'invoice' }, { name: 'Proforma', value: 'proforma' }], required: true, description: 'Type, one of 2 values' };
const f267: FieldSpec = { name: 'processable', in: 'body', kind: 'boolean' };
const f268: FieldSpec = { name: 'failure_reasons', in: 'body', kind: 'stringList', arrayFormat: 'array', required: true };
const f269: FieldSpec = { name: 'external_serial_number', in: 'body', kind: 'string' };
const f270: FieldSpec = { name: 'skip_promos', in: 'body', kind: 'boolean' };
const f271: FieldSpec = { name: 'skipped_promotions', in: 'body', kind: 'json', jsonKind: 'array', description: 'Skipped promotions, a JSON list' };
const f272: FieldSpec = { name: 'client_id', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the client' };
const f273: FieldSpec = { name: 'client_name', in: 'body', kind: 'string', required: true };
const f274: FieldSpec = { name: 'comment', in: 'body', kind: 'string', description: 'Free text comment' };
const f275: FieldSpec = { name: 'return_comment', in: 'body', kind: 'string' };
const f276: FieldSpec = { name: 'creator', in: 'body', kind: 'json', jsonKind: 'object', description: 'Creator, a JSON object' };
const f277: FieldSpec = { name: 'implemented_by', in: 'body', kind: 'json', jsonKind: 'object', description: 'Implemented by, a JSON object' };
const f278: FieldSpec = { name: 'latest', in: 'body', kind: 'boolean', required: true };
const f279: FieldSpec = { name: 'version', in: 'body', kind: 'number' };
const f280: FieldSpec = { name: 'time', in: 'body', kind: 'number' };
const f281: FieldSpec = { name: 'issue_date', in: 'body', kind: 'dateTime', dateFormat: 'date', required: true, description: 'Issue date as a calendar date, sent as YYYY-MM-DD' };
const f282: FieldSpec = { name: 'delivery_date', in: 'body', kind: 'dateTime', dateFormat: 'date', description: 'Delivery date as a calendar date, sent as YYYY-MM-DD' };
const f283: FieldSpec = { name: 'currency', in: 'body', kind: 'string', required: true, description: 'Currency code, e.g. USD or EUR' };
const f284: FieldSpec = { name: 'serial_number', in: 'body', kind: 'json', jsonKind: 'object', description: 'Serial number, a JSON object' };
const f285: FieldSpec = { name: 'geo_tag', in: 'body', kind: 'json', jsonKind: 'object', required: true, description: 'Geo tag, a JSON object' };
const f286: FieldSpec = { name: 'sync_id', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the sync' };
const f287: FieldSpec = { name: 'address', in: 'body', kind: 'json', jsonKind: 'object', description: 'Street and house number' };
const f288: FieldSpec = { name: 'company_namespace', in: 'body', kind: 'stringList', arrayFormat: 'array', required: true, description: 'Company namespace(s); Repzo sets it from the API key' };
const f289: FieldSpec = { name: 'promotions', in: 'body', kind: 'json', jsonKind: 'array', required: true, description: 'Promotions, a JSON list' };
const f290: FieldSpec = { name: 'priceLists', in: 'body', kind: 'json', jsonKind: 'array', required: true, description: 'Price lists, a JSON list' };
const f291: FieldSpec = { name: 'visit_id', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the visit' };
const f292: FieldSpec = { name: 'teams', in: 'body', kind: 'stringList', arrayFormat: 'array', required: true, description: 'Repzo ID (_id) of the teams; several allowed' };
const f293: FieldSpec = { name: 'converter', in: 'body', kind: 'json', jsonKind: 'object', description: 'Converter, a JSON object' };
const f294: FieldSpec = { name: 'converted_proforma_serial_number', in: 'body', kind: 'json', jsonKind: 'object', description: 'Converted proforma serial number, a JSON object' };
const f295: FieldSpec = { name: 'converted_proforma_return_serial_number', in: 'body', kind: 'json', jsonKind: 'object', description: 'Converted proforma return serial number, a JSON object' };
const f296: FieldSpec = { name: 'proforma_reference', in: 'body', kind: 'string' };
const f297: FieldSpec = { name: 'converted_at', in: 'body', kind: 'number' };
const f298: FieldSpec = { name: 'exclude_return_items', in: 'body', kind: 'boolean' };
const f299: FieldSpec = { name: 'returned_from', in: 'body', kind: 'string' };
const f300: FieldSpec = { name: 'returned_to', in: 'body', kind: 'string' };
const f301: FieldSpec = { name: 'returned_from_serial_number', in: 'body', kind: 'json', jsonKind: 'object', description: 'Returned from serial number, a JSON object' };
const f302: FieldSpec = { name: 'returned_to_serial_number', in: 'body', kind: 'json', jsonKind: 'object', description: 'Returned to serial number, a JSON object' };
const f303: FieldSpec = { name: 'partiall_returned_from', in: 'body', kind: 'string' };
const f304: FieldSpec = { name: 'partiall_returned_from_serial_number', in: 'body', kind: 'json', jsonKind: 'object', description: 'Partiall returned from serial number, a JSON object' };
const f305: FieldSpec = { name: 'due_date', in: 'body', kind: 'dateTime', dateFormat: 'date', description: 'Due date as a calendar date, sent as YYYY-MM-DD' };
const f306: FieldSpec = { name: 'return_serial_number', in: 'body', kind: 'json', jsonKind: 'object', description: 'Return serial number, a JSON object' };
const f307: FieldSpec = { name: 'origin_warehouse', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the origin warehouse' };
const f308: FieldSpec = { name: 'msl_sales', in: 'body', kind: 'string', label: 'MSL Sales' };
const f309: FieldSpec = { name: 'route', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the route' };
const f310: FieldSpec = { name: 'paymentsData', in: 'body', kind: 'json', jsonKind: 'object', required: true, description: 'Payments data, a JSON object' };
const f311: FieldSpec = { name: 'consumption', in: 'body', kind: 'json', jsonKind: 'object', required: true, description: 'Consumption, a JSON object' };
const f312: FieldSpec = { name: 'subtotal', in: 'body', kind: 'number' };
const f313: FieldSpec = { name: 'discount_amount', in: 'body', kind: 'number' };
const f314: FieldSpec = { name: 'discount_amount_float', in: 'body', kind: 'number' };
const f315: FieldSpec = { name: 'taxable_subtotal', in: 'body', kind: 'number' };
const f316: FieldSpec = { name: 'net_total', in: 'body', kind: 'number' };
const f317: FieldSpec = { name: 'tax_amount', in: 'body', kind: 'number' };
const f318: FieldSpec = { name: 'tax_amount_after_deduction_float', in: 'body', kind: 'number' };
const f319: FieldSpec = { name: 'tax_amount_after_deduction_float_rounded_sum', in: 'body', kind: 'number' };
const f320: FieldSpec = { name: 'tax_amount_after_deduction_float_rounded', in: 'body', kind: 'number' };
const f321: FieldSpec = { name: 'total', in: 'body', kind: 'number', description: 'Total amount, in the record’s currency' };
const f322: FieldSpec = { name: 'total_float', in: 'body', kind: 'number' };
const f323: FieldSpec = { name: 'total_float_rounded', in: 'body', kind: 'number' };
const f324: FieldSpec = { name: 'total_float_rounded_sum', in: 'body', kind: 'number' };
const f325: FieldSpec = { name: 'total_before_tax', in: 'body', kind: 'number' };
const f326: FieldSpec = { name: 'taxable_amount_float', in: 'body', kind: 'number' };
const f327: FieldSpec = { name: 'taxable_amount_float_rounded_sum', in: 'body', kind: 'number' };
const f328: FieldSpec = { name: 'taxable_amount_float_rounded', in: 'body', kind: 'number' };
const f329: FieldSpec = { name: 'pre_subtotal', in: 'body', kind: 'number' };
const f330: FieldSpec = { name: 'pre_discount_amount', in: 'body', kind: 'number' };
const f331: FieldSpec = { name: 'pre_discount_amount_float', in: 'body', kind: 'number' };
const f332: FieldSpec = { name: 'pre_taxable_subtotal', in: 'body', kind: 'number' };
const f333: FieldSpec = { name: 'pre_net_total', in: 'body', kind: 'number' };
const f334: FieldSpec = { name: 'pre_tax_amount', in: 'body', kind: 'number' };
const f335: FieldSpec = { name: 'pre_tax_amount_after_deduction_float', in: 'body', kind: 'number' };
const f336: FieldSpec = { name: 'pre_tax_amount_after_deduction_float_rounded', in: 'body', kind: 'number' };
const f337: FieldSpec = { name: 'pre_tax_amount_after_deduction_float_rounded_sum', in: 'body', kind: 'number' };
const f338: FieldSpec = { name: 'pre_total', in: 'body', kind: 'number' };
const f339: FieldSpec = { name: 'pre_total_float', in: 'body', kind: 'number' };
const f340: FieldSpec = { name: 'pre_total_float_rounded', in: 'body', kind: 'number' };
const f341: FieldSpec = { name: 'pre_total_float_rounded_sum', in: 'body', kind: 'number' };
const f342: FieldSpec = { name: 'pre_total_before_tax', in: 'body', kind: 'number' };
const f343: FieldSpec = { name: 'pre_taxable_amount_float', in: 'body', kind: 'number' };
const f344: FieldSpec = { name: 'pre_taxable_amount_float_rounded', in: 'body', kind: 'number' };
const f345: FieldSpec = { name: 'pre_taxable_amount_float_rounded_sum', in: 'body', kind: 'number' };
const f346: FieldSpec = { name: 'return_subtotal', in: 'body', kind: 'number' };
const f347: FieldSpec = { name: 'return_discount_amount', in: 'body', kind: 'number' };
const f348: FieldSpec = { name: 'return_discount_amount_float', in: 'body', kind: 'number' };
const f349: FieldSpec = { name: 'return_taxable_subtotal', in: 'body', kind: 'number' };
const f350: FieldSpec = { name: 'return_net_total', in: 'body', kind: 'number' };
const f351: FieldSpec = { name: 'return_tax_amount', in: 'body', kind: 'number' };
const f352: FieldSpec = { name: 'return_tax_amount_after_deduction_float', in: 'body', kind: 'number' };
const f353: FieldSpec = { name: 'return_tax_amount_after_deduction_float_rounded', in: 'body', kind: 'number' };
const f354: FieldSpec = { name: 'return_tax_amount_after_deduction_float_rounded_sum', in: 'body', kind: 'number' };
const f355: FieldSpec = { name: 'return_total', in: 'body', kind: 'number' };
const f356: FieldSpec = { name: 'return_total_float', in: 'body', kind: 'number' };
const f357: FieldSpec = { name: 'return_total_float_rounded', in: 'body', kind: 'number' };
const f358: FieldSpec = { name: 'return_total_float_rounded_sum', in: 'body', kind: 'number' };
const f359: FieldSpec = { name: 'return_total_before_tax', in: 'body', kind: 'number' };
const f360: FieldSpec = { name: 'return_taxable_amount_float', in: 'body', kind: 'number' };
const f361: FieldSpec = { name: 'return_taxable_amount_float_rounded', in: 'body', kind: 'number' };
const f362: FieldSpec = { name: 'return_taxable_amount_float_rounded_sum', in: 'body', kind: 'number' };
const f363: FieldSpec = { name: 'deductionRatio', in: 'body', kind: 'number' };
const f364: FieldSpec = { name: 'deductionFixed', in: 'body', kind: 'number' };
const f365: FieldSpec = { name: 'totalDeductedTax', in: 'body', kind: 'number' };
const f366: FieldSpec = { name: 'totalDeductedTaxFloat', in: 'body', kind: 'number' };
const f367: FieldSpec = { name: 'totalDeduction', in: 'body', kind: 'number' };
const f368: FieldSpec = { name: 'totalDeductionFloat', in: 'body', kind: 'number' };
const f369: FieldSpec = { name: 'totalDeductionBeforeTax', in: 'body', kind: 'number' };
const f370: FieldSpec = { name: 'totalDeductionBeforeTaxFloat', in: 'body', kind: 'number' };
const f371: FieldSpec = { name: 'totalAfterDeduction', in: 'body', kind: 'number' };
const f372: FieldSpec = { name: 'totalAfterDeductionFloat', in: 'body', kind: 'number' };
const f373: FieldSpec = { name: 'lines_discount', in: 'body', kind: 'number' };
const f374: FieldSpec = { name: 'lines_discount_float', in: 'body', kind: 'number' };
const f375: FieldSpec = { name: 'taxes', in: 'body', kind: 'json', jsonKind: 'object', description: 'Taxes, a JSON object' };
const f376: FieldSpec = { name: 'overwriteDeductionFixed', in: 'body', kind: 'number' };
const f377: FieldSpec = { name: 'overwriteTaxExempt', in: 'body', kind: 'boolean' };
const f378: FieldSpec = { name: 'tax_exempt', in: 'body', kind: 'boolean' };
const f379: FieldSpec = { name: 'overwriteDeductionRatio', in: 'body', kind: 'number' };
const f380: FieldSpec = { name: 'shipping_zone', in: 'body', kind: 'json', jsonKind: 'object', description: 'Shipping zone, a JSON object' };
const f381: FieldSpec = { name: 'payment_method', in: 'body', kind: 'json', jsonKind: 'object', description: 'Payment method, a JSON object' };
const f382: FieldSpec = { name: 'shipping_price', in: 'body', kind: 'number' };
const f383: FieldSpec = { name: 'shipping_tax', in: 'body', kind: 'number' };
const f384: FieldSpec = { name: 'shipping_charge', in: 'body', kind: 'number' };
const f385: FieldSpec = { name: 'payment_charge', in: 'body', kind: 'number' };
const f386: FieldSpec = { name: 'total_with_charges', in: 'body', kind: 'number' };
const f387: FieldSpec = { name: 'payment', in: 'body', kind: 'json', jsonKind: 'object', description: 'Payment, a JSON object' };
const f388: FieldSpec = { name: 'workorder', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the work order' };
const f389: FieldSpec = { name: 'asset', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the asset' };
const f390: FieldSpec = { name: 'asset_unit', in: 'body', kind: 'string' };
const f391: FieldSpec = { name: 'signature', in: 'body', kind: 'string' };
const f392: FieldSpec = { name: 'createdAt', in: 'body', kind: 'dateTime', dateFormat: 'iso', required: true, description: 'Created at, sent as an ISO 8601 date and time' };
const f393: FieldSpec = { name: 'updatedAt', in: 'body', kind: 'dateTime', dateFormat: 'iso', required: true, description: 'Updated at, sent as an ISO 8601 date and time' };
const f394: FieldSpec = { name: 'return_items', in: 'body', kind: 'json', jsonKind: 'array', description: 'Return items, a JSON list' };
const f395: FieldSpec = { name: 'invoice_payment_type', in: 'body', kind: 'options', options: [{ name: 'Cash', value: 'cash' }, { name: 'Credit', value: 'credit' }], required: true, description: 'Invoice payment type, one of 2 values' };
const f396: FieldSpec = { name: 'total_items_base_unit_qty', in: 'body', kind: 'number' };
const f397: FieldSpec = { name: 'total_items_qty', in: 'body', kind: 'number' };
const f398: FieldSpec = { name: 'total_return_items_base_unit_qty', in: 'body', kind: 'number' };
const f399: FieldSpec = { name: 'total_return_items_qty', in: 'body', kind: 'number' };
const f400: FieldSpec = { name: 'cart', in: 'body', kind: 'json', jsonKind: 'object', description: 'Cart, a JSON object' };
const f401: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Cart ID', description: 'Repzo ID (_id) of the cart' };
const f402: FieldSpec = { name: 'position', in: 'query', kind: 'numberList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f403: FieldSpec = { name: 'withProduct', in: 'query', kind: 'boolean', description: 'Whether to include product in the answer' };
const f404: FieldSpec = { name: 'hasSubCategory', in: 'query', kind: 'boolean', description: 'Whether matching records have sub category' };
const f405: FieldSpec = { name: 'isLeaf', in: 'query', kind: 'boolean', description: 'Whether matching records are leaf' };
const f406: FieldSpec = { name: 'type', in: 'body', kind: 'string', description: 'Kind of category; Repzo documents the value main' };
const f407: FieldSpec = { name: 'photo', in: 'body', kind: 'string', description: 'Web address (URL) of the image' };
const f408: FieldSpec = { name: 'icon', in: 'body', kind: 'string', description: 'Icon name or image URL' };
const f409: FieldSpec = { name: 'position', in: 'body', kind: 'number', description: 'Place in the display order; lower numbers come first' };
const f410: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Category ID', description: 'Repzo ID (_id) of the category' };
const f411: FieldSpec = { name: 'check_number', in: 'query', kind: 'number', description: 'Match this check number' };
const f412: FieldSpec = { name: 'client_name', in: 'query', kind: 'string', description: 'Match this client name' };
const f413: FieldSpec = { name: 'rep_name', in: 'query', kind: 'string', description: 'Match this rep name' };
const f414: FieldSpec = { name: 'drawer_name', in: 'query', kind: 'string', description: 'Match this drawer name' };
const f415: FieldSpec = { name: 'bank_name', in: 'query', kind: 'string', description: 'Match this bank name' };
const f416: FieldSpec = { name: 'amount', in: 'query', kind: 'number', description: 'Match this amount' };
const f417: FieldSpec = { name: 'settled', in: 'query', kind: 'boolean', description: 'Whether matching records have settled set' };
const f418: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Bank', value: 'bank' }, { name: 'Client ID', value: 'client_id' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f419: FieldSpec = { name: 'checkNumber', in: 'body', kind: 'string', required: true, description: 'Number printed on the check' };
const f420: FieldSpec = { name: 'bank', in: 'body', kind: 'string', required: true, description: 'Bank the check is drawn on, by name or Repzo ID (_id)' };
const f421: FieldSpec = { name: 'accountNumber', in: 'body', kind: 'string', description: 'Bank account number the check is drawn on' };
const f422: FieldSpec = { name: 'issueDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Issue date, sent as an ISO 8601 date and time' };
const f423: FieldSpec = { name: 'dueDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', required: true, description: 'Due date, sent as an ISO 8601 date and time' };
const f424: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Check ID', description: 'Repzo ID (_id) of the check' };
const f425: FieldSpec = { name: 'withPrintDetails', in: 'query', kind: 'boolean', description: 'Whether to include print details in the answer' };
const f426: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Client Channel ID', description: 'Repzo ID (_id) of the client channel' };
const f427: FieldSpec = { name: 'creator', in: 'body', kind: 'json', jsonKind: 'any', description: 'Creator, as JSON' };
const f428: FieldSpec = { name: 'editor', in: 'body', kind: 'json', jsonKind: 'any', description: 'Editor, as JSON' };
const f429: FieldSpec = { name: 'phone1', in: 'body', kind: 'string', description: 'Main phone number, ideally with the country code' };
const f430: FieldSpec = { name: 'phone2', in: 'body', kind: 'string', description: 'Second phone number, ideally with the country code' };
const f431: FieldSpec = { name: 'email', in: 'body', kind: 'string', description: 'Email address, e.g. name@example.com' };
const f432: FieldSpec = { name: 'extra_info', in: 'body', kind: 'string', description: 'Anything else worth knowing about the contact, as free text' };
const f433: FieldSpec = { name: 'media', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f434: FieldSpec = { name: 'cover_photo', in: 'body', kind: 'string', description: 'Web address (URL) of the cover picture' };
const f435: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Client Contact ID', description: 'Repzo ID (_id) of the client contact' };
const f436: FieldSpec = { name: 'address', in: 'body', kind: 'string', required: true, description: 'Street and house number' };
const f437: FieldSpec = { name: 'city', in: 'body', kind: 'string', description: 'Town or city' };
const f438: FieldSpec = { name: 'state', in: 'body', kind: 'string', description: 'State, province or region' };
const f439: FieldSpec = { name: 'postal_code', in: 'body', kind: 'string', description: 'ZIP or postal code of the address' };
const f440: FieldSpec = { name: 'coordinates', in: 'body', kind: 'json', jsonKind: 'object', description: 'Coordinates, a JSON object' };
const f441: FieldSpec = { name: 'is_primary', in: 'body', kind: 'boolean', description: 'Whether this is the client’s main location; Repzo’s default is false' };
const f442: FieldSpec = { name: 'location_type', in: 'body', kind: 'options', options: [{ name: 'Office', value: 'office' }, { name: 'Warehouse', value: 'warehouse' }, { name: 'Retail', value: 'retail' }, { name: 'Branch', value: 'branch' }, { name: 'Other', value: 'other' }], default: 'office', description: 'Location type, one of 5 values; Repzo\'s default is office' };
const f443: FieldSpec = { name: 'contact_info', in: 'body', kind: 'json', jsonKind: 'object', description: 'Contact info, a JSON object' };
const f444: FieldSpec = { name: 'business_hours', in: 'body', kind: 'json', jsonKind: 'object', description: 'Business hours, a JSON object' };
const f445: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Client Location ID', description: 'Repzo ID (_id) of the client location' };
const f446: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Client', value: 'client' }, { name: 'Contacts', value: 'contacts' }, { name: 'Media', value: 'media' }, { name: 'Cover Photo', value: 'cover_photo' }, { name: 'Custom Fields', value: 'customFields' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f447: FieldSpec = { name: 'address', in: 'body', kind: 'string', description: 'Street and house number' };
const f448: FieldSpec = { name: 'location_type', in: 'body', kind: 'options', options: [{ name: 'Office', value: 'office' }, { name: 'Warehouse', value: 'warehouse' }, { name: 'Retail', value: 'retail' }, { name: 'Branch', value: 'branch' }, { name: 'Other', value: 'other' }], description: 'Location type, one of 5 values' };
const f449: FieldSpec = { name: 'active', in: 'query', kind: 'boolean', description: 'Whether matching records have active set' };
const f450: FieldSpec = { name: 'tags', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these tags IDs (_id)' };
const f451: FieldSpec = { name: 'assigned_to', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these user the record is assigned to IDs (_id)' };
const f452: FieldSpec = { name: 'availability_msl', in: 'query', kind: 'stringList', arrayFormat: 'json', label: 'Availability MSL', hint: 'Match any of these values, separated by commas' };
const f453: FieldSpec = { name: 'status', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f454: FieldSpec = { name: 'CLIENT_TAGS', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f455: FieldSpec = { name: 'AREA_TAGS', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f456: FieldSpec = { name: 'isChain', in: 'query', kind: 'boolean', description: 'Whether matching records are chain' };
const f457: FieldSpec = { name: 'chain', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f458: FieldSpec = { name: 'channel', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these client channel IDs (_id)' };
const f459: FieldSpec = { name: 'city', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f460: FieldSpec = { name: 'client_code', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f461: FieldSpec = { name: 'country', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f462: FieldSpec = { name: 'location_verified', in: 'query', kind: 'boolean', description: 'Whether matching records have location verified set' };
const f463: FieldSpec = { name: 'state', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f464: FieldSpec = { name: 'sv_priceList', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f465: FieldSpec = { name: 'assigned_media', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f466: FieldSpec = { name: 'assigned_products', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f467: FieldSpec = { name: 'integrated_client_balance', in: 'query', kind: 'numberList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f468: FieldSpec = { name: 'tax_number', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f469: FieldSpec = { name: 'speciality', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these speciality IDs (_id)' };
const f470: FieldSpec = { name: 'assigned_product_groups', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f471: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Status', value: 'status' }, { name: 'Teams', value: 'teams' }, { name: 'Tags', value: 'tags' }, { name: 'Reps', value: 'reps' }, { name: 'Assigned To', value: 'assigned_to' }, { name: 'Sv Price List', value: 'sv_priceList' }, { name: 'Payment Term', value: 'paymentTerm' }, { name: 'Job Category', value: 'job_category' }, { name: 'Msl', value: 'msl' }, { name: 'Chain', value: 'chain' }, { name: 'Channel', value: 'channel' }, { name: 'Product', value: 'product' }, { name: 'Assigned Products', value: 'assigned_products' }, { name: 'Assigned Product Groups', value: 'assigned_product_groups' }, { name: 'Speciality', value: 'speciality' }, { name: 'Contacts', value: 'contacts' }, { name: 'Retail Execution Templates', value: 'retail_execution_templates' }, { name: 'Assigned Forms V2 Templates', value: 'assigned_forms_v2_templates' }, { name: 'Assigned Clm Presentations', value: 'assigned_clm_presentations' }, { name: 'Media', value: 'media' }, { name: 'Cover Photo', value: 'cover_photo' }, { name: 'Sales Logo Media', value: 'sales.logo_media' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f472: FieldSpec = { name: 'customFields', in: 'query', kind: 'json', jsonKind: 'object', arrayFormat: 'json', description: 'Custom fields, a JSON object' };
const f473: FieldSpec = { name: 'assigned_clm_presentations', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f474: FieldSpec = { name: 'integration_meta', in: 'query', kind: 'json', jsonKind: 'object', arrayFormat: 'json', description: 'Integration meta, a JSON object' };
const f475: FieldSpec = { name: 'tags', in: 'body', kind: 'stringList', arrayFormat: 'array', description: 'Repzo ID (_id) of the tags; several allowed' };
const f476: FieldSpec = { name: 'cell_phone', in: 'body', kind: 'string', description: 'Mobile number, ideally with the country code, e.g. +962790000000' };
const f477: FieldSpec = { name: 'client_code', in: 'body', kind: 'string', description: 'Your own code for the client, e.g. its customer number in your ERP' };
const f478: FieldSpec = { name: 'contact_name', in: 'body', kind: 'string', description: 'Person to speak to at the client' };
const f479: FieldSpec = { name: 'contact_title', in: 'body', kind: 'string', description: 'Job title of that person, e.g. Purchasing Manager' };
const f480: FieldSpec = { name: 'contacts', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f481: FieldSpec = { name: 'formatted_address', in: 'body', kind: 'string', description: 'Whole address on one line, as shown on maps and documents' };
const f482: FieldSpec = { name: 'lat', in: 'body', kind: 'number', description: 'Latitude of the location in decimal degrees, e.g. 31.95' };
const f483: FieldSpec = { name: 'lng', in: 'body', kind: 'number', description: 'Longitude of the location in decimal degrees, e.g. 35.91' };
const f484: FieldSpec = { name: 'location_verified', in: 'body', kind: 'boolean', description: 'Whether the client’s map position (Lat, Lng) has been checked on site' };
const f485: FieldSpec = { name: 'phone', in: 'body', kind: 'string', description: 'Phone number, ideally with the country code, e.g. +962790000000' };
const f486: FieldSpec = { name: 'zip', in: 'body', kind: 'string', description: 'ZIP or postal code of the address' };
const f487: FieldSpec = { name: 'assigned_to', in: 'body', kind: 'stringList', arrayFormat: 'array', description: 'Repzo ID (_id) of the user the record is assigned to; several allowed' };
const f488: FieldSpec = { name: 'credit_limit', in: 'body', kind: 'number', description: 'Most the client may owe on credit, in your account’s currency' };
const f489: FieldSpec = { name: 'tax_number', in: 'body', kind: 'string', description: 'The client’s tax registration number' };
const f490: FieldSpec = { name: 'sync_id', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the sync' };
const f491: FieldSpec = { name: 'profile_pic', in: 'body', kind: 'string', description: 'Web address (URL) of the profile picture' };
const f492: FieldSpec = { name: 'logo', in: 'body', kind: 'string', description: 'Web address (URL) of the logo image' };
const f493: FieldSpec = { name: 'website', in: 'body', kind: 'string', description: 'Web address (URL) of the website, starting with https://' };
const f494: FieldSpec = { name: 'parent_client_id', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the parent client' };
const f495: FieldSpec = { name: 'target_visit', in: 'body', kind: 'number', description: 'How many visits reps should make to this client' };
const f496: FieldSpec = { name: 'geofencing_radius', in: 'body', kind: 'number', description: 'Distance around the client’s Lat/Lng within which the app places a rep at the client' };
const f497: FieldSpec = { name: 'price_tag', in: 'body', kind: 'string' };
const f498: FieldSpec = { name: 'job_category', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f499: FieldSpec = { name: 'territory', in: 'body', kind: 'string', description: 'Sales area the client is in, as free text' };
const f500: FieldSpec = { name: 'sv_priceList', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the price list the client buys at, from Price List → Get Many' };
const f501: FieldSpec = { name: 'paymentTerm', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the payment term' };
const f502: FieldSpec = { name: 'speciality', in: 'body', kind: 'stringList', arrayFormat: 'array', description: 'Repzo ID (_id) of the speciality; several allowed' };
const f503: FieldSpec = { name: 'channel', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the client channel' };
const f504: FieldSpec = { name: 'isChain', in: 'body', kind: 'boolean', description: 'Whether this client is a chain that other clients name in their Chain field' };
const f505: FieldSpec = { name: 'chain', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the chain client this client belongs to' };
const f506: FieldSpec = { name: 'teams', in: 'body', kind: 'stringList', arrayFormat: 'array', description: 'Repzo ID (_id) of the teams; several allowed' };
const f507: FieldSpec = { name: 'payment_type', in: 'body', kind: 'options', options: [{ name: 'Cash', value: 'cash' }, { name: 'Credit', value: 'credit' }], description: 'Payment type, one of 2 values' };
const f508: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Client ID', description: 'Repzo ID (_id) of the client' };
const f509: FieldSpec = { name: 'contract', in: 'query', kind: 'string', description: 'Match this contract' };
const f510: FieldSpec = { name: 'status', in: 'query', kind: 'options', options: [{ name: 'Pending', value: 'pending' }, { name: 'Paid', value: 'paid' }, { name: 'Overdue', value: 'overdue' }, { name: 'Cancelled', value: 'cancelled' }], description: 'Match this status' };
const f511: FieldSpec = { name: 'due_date_from', in: 'query', kind: 'dateTime', dateFormat: 'date', description: 'Due date from as a calendar date, sent as YYYY-MM-DD' };
const f512: FieldSpec = { name: 'due_date_to', in: 'query', kind: 'dateTime', dateFormat: 'date', description: 'Due date to as a calendar date, sent as YYYY-MM-DD' };
const f513: FieldSpec = { name: 'contract', in: 'body', kind: 'string', required: true };
const f514: FieldSpec = { name: 'installment_number', in: 'body', kind: 'number', required: true, description: 'Installment number, a whole number' };
const f515: FieldSpec = { name: 'due_date', in: 'body', kind: 'dateTime', dateFormat: 'date', required: true, description: 'Due date as a calendar date, sent as YYYY-MM-DD' };
const f516: FieldSpec = { name: 'late_fee', in: 'body', kind: 'number' };
const f517: FieldSpec = { name: 'discount_applied', in: 'body', kind: 'number' };
const f518: FieldSpec = { name: 'interest_rate', in: 'body', kind: 'number' };
const f519: FieldSpec = { name: 'grace_period_days', in: 'body', kind: 'number', description: 'Grace period days, a whole number' };
const f520: FieldSpec = { name: 'auto_pay_enabled', in: 'body', kind: 'boolean' };
const f521: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Contract Installment ID', description: 'Repzo ID (_id) of the contract installment' };
const f522: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Media', value: 'media' }, { name: 'Contract', value: 'contract' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f523: FieldSpec = { name: 'amount', in: 'body', kind: 'number', description: 'Amount of money, in the record’s currency' };
const f524: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Pending', value: 'pending' }, { name: 'Paid', value: 'paid' }, { name: 'Overdue', value: 'overdue' }, { name: 'Cancelled', value: 'cancelled' }], description: 'Status, one of 4 values' };
const f525: FieldSpec = { name: 'payment_date', in: 'body', kind: 'dateTime', dateFormat: 'date', description: 'Payment date as a calendar date, sent as YYYY-MM-DD' };
const f526: FieldSpec = { name: 'payment_amount', in: 'body', kind: 'number', description: 'Amount paid, in the contract’s currency' };
const f527: FieldSpec = { name: 'payment_method', in: 'body', kind: 'options', options: [{ name: 'Cash', value: 'cash' }, { name: 'Check', value: 'check' }, { name: 'Credit Card', value: 'credit_card' }, { name: 'Bank Transfer', value: 'bank_transfer' }, { name: 'Other', value: 'other' }], description: 'Payment method, one of 5 values' };
const f528: FieldSpec = { name: 'payment_reference', in: 'body', kind: 'string', description: 'Your reference for the payment, e.g. a receipt number' };
const f529: FieldSpec = { name: 'payment_date', in: 'body', kind: 'dateTime', dateFormat: 'date', required: true, description: 'Payment date as a calendar date, sent as YYYY-MM-DD' };
const f530: FieldSpec = { name: 'payment_amount', in: 'body', kind: 'number', required: true, description: 'Amount paid, in the contract’s currency' };
const f531: FieldSpec = { name: 'days_overdue', in: 'query', kind: 'number', minValue: 0, description: 'Match this days overdue' };
const f532: FieldSpec = { name: 'status', in: 'query', kind: 'multiOptions', options: [{ name: 'Open', value: 'open' }, { name: 'Closed', value: 'closed' }, { name: 'Canceled', value: 'canceled' }], arrayFormat: 'json', description: 'Match any of the chosen values' };
const f533: FieldSpec = { name: 'client', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these client IDs (_id)' };
const f534: FieldSpec = { name: 'from_start_time', in: 'query', kind: 'number', description: 'Lowest start time to include' };
const f535: FieldSpec = { name: 'to_start_time', in: 'query', kind: 'number', description: 'Highest start time to include' };
const f536: FieldSpec = { name: 'from_end_time', in: 'query', kind: 'number', description: 'Lowest end time to include' };
const f537: FieldSpec = { name: 'to_end_time', in: 'query', kind: 'number', description: 'Highest end time to include' };
const f538: FieldSpec = { name: 'from_amount', in: 'query', kind: 'number', description: 'Lowest amount to include' };
const f539: FieldSpec = { name: 'to_amount', in: 'query', kind: 'number', description: 'Highest amount to include' };
const f540: FieldSpec = { name: 'renewed_from', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f541: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Client', value: 'client' }, { name: 'Media', value: 'media' }, { name: 'Locations Asset Units', value: 'locations.asset_units' }, { name: 'Locations Assets', value: 'locations.assets' }, { name: 'Locations ID', value: 'locations._id' }, { name: 'Renewed From', value: 'renewed_from' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f542: FieldSpec = { name: 'expired', in: 'query', kind: 'boolean', description: 'Whether matching records have expired set' };
const f543: FieldSpec = { name: 'near_expiry', in: 'query', kind: 'boolean', description: 'Whether matching records have near expiry set' };
const f544: FieldSpec = { name: 'startDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Start date, sent as an ISO 8601 date and time' };
const f545: FieldSpec = { name: 'endDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'End date, sent as an ISO 8601 date and time' };
const f546: FieldSpec = { name: 'totalAmount', in: 'body', kind: 'number' };
const f547: FieldSpec = { name: 'terms', in: 'body', kind: 'string' };
const f548: FieldSpec = { name: 'installments', in: 'body', kind: 'json', jsonKind: 'array', description: 'Installments, a JSON list' };
const f549: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Contract ID', description: 'Repzo ID (_id) of the contract' };
const f550: FieldSpec = { name: 'custom_list', in: 'query', kind: 'string', description: 'Match this custom list' };
const f551: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Cover Photo', value: 'cover_photo' }, { name: 'Custom List', value: 'custom_list' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f552: FieldSpec = { name: 'value', in: 'body', kind: 'string' };
const f553: FieldSpec = { name: 'customList', in: 'body', kind: 'string' };
const f554: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Custom List Item ID', description: 'Repzo ID (_id) of the custom list item' };
const f555: FieldSpec = { name: 'type', in: 'query', kind: 'string', description: 'Match this type' };
const f556: FieldSpec = { name: 'code', in: 'query', kind: 'string', description: 'Match this code' };
const f557: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Custom List ID', description: 'Repzo ID (_id) of the custom list' };
const f558: FieldSpec = { name: 'code', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f559: FieldSpec = { name: 'model', in: 'query', kind: 'multiOptions', options: [{ name: 'Workorder', value: 'workorder' }, { name: 'Proformas', value: 'proformas' }, { name: 'Fullinvoices', value: 'fullinvoices' }, { name: 'Transfers', value: 'transfers' }, { name: 'Payments', value: 'payments' }, { name: 'Asset Part Receival', value: 'assetPartReceival' }, { name: 'Asset Part Unit', value: 'assetPartUnit' }, { name: 'Asset Part Transfer', value: 'assetPartTransfer' }, { name: 'Return Asset Part Unit', value: 'returnAssetPartUnit' }, { name: 'Store Asset Part Unit', value: 'storeAssetPartUnit' }, { name: 'Adjust Inventory', value: 'adjustInventory' }], arrayFormat: 'json', description: 'Match any of the chosen values' };
const f560: FieldSpec = { name: 'is_default', in: 'query', kind: 'boolean', description: 'Whether matching records are default' };
const f561: FieldSpec = { name: 'color', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f562: FieldSpec = { name: 'color', in: 'body', kind: 'string', description: 'Colour, e.g. #FF8800' };
const f563: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Custom Status ID', description: 'Repzo ID (_id) of the custom status' };
const f564: FieldSpec = { name: 'open', in: 'query', kind: 'boolean', description: 'Whether matching records have open set' };
const f565: FieldSpec = { name: 'day', in: 'query', kind: 'string', description: 'Match this day' };
const f566: FieldSpec = { name: 'from_day', in: 'query', kind: 'string', description: 'Lowest day to include' };
const f567: FieldSpec = { name: 'to_day', in: 'query', kind: 'string', description: 'Highest day to include' };
const f568: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f569: FieldSpec = { name: 'date', in: 'body', kind: 'dateTime', dateFormat: 'date', required: true, description: 'Date as a calendar date, sent as YYYY-MM-DD' };
const f570: FieldSpec = { name: 'startTime', in: 'body', kind: 'string', description: 'Start time as a time of day, e.g. 09:30' };
const f571: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Day ID', description: 'Repzo ID (_id) of the day' };
const f572: FieldSpec = { name: 'category', in: 'query', kind: 'string', description: 'Match this category ID (_id)' };
const f573: FieldSpec = { name: 'is_active', in: 'query', kind: 'boolean', description: 'Whether matching records are active' };
const f574: FieldSpec = { name: 'template_type', in: 'query', kind: 'options', options: [{ name: 'Survey', value: 'survey' }, { name: 'Rating', value: 'rating' }, { name: 'Nps', value: 'nps' }, { name: 'Custom', value: 'custom' }], description: 'Match this template type' };
const f575: FieldSpec = { name: 'template_type', in: 'body', kind: 'options', options: [{ name: 'Survey', value: 'survey' }, { name: 'Rating', value: 'rating' }, { name: 'Nps', value: 'nps' }, { name: 'Custom', value: 'custom' }], required: true, description: 'Template type, one of 4 values' };
const f576: FieldSpec = { name: 'questions', in: 'body', kind: 'json', jsonKind: 'array', required: true, description: 'Questions, a JSON list' };
const f577: FieldSpec = { name: 'settings', in: 'body', kind: 'json', jsonKind: 'object', description: 'Settings, a JSON object' };
const f578: FieldSpec = { name: 'styling', in: 'body', kind: 'json', jsonKind: 'object', description: 'Styling, a JSON object' };
const f579: FieldSpec = { name: 'notification_settings', in: 'body', kind: 'json', jsonKind: 'object', description: 'Notification settings, a JSON object' };
const f580: FieldSpec = { name: 'is_active', in: 'body', kind: 'boolean', description: 'Whether the record is in use' };
const f581: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Feedback Option ID', description: 'Repzo ID (_id) of the feedback option' };
const f582: FieldSpec = { name: 'questions', in: 'body', kind: 'json', jsonKind: 'array', description: 'Questions, a JSON list' };
const f583: FieldSpec = { name: 'clients', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these clients IDs (_id)' };
const f584: FieldSpec = { name: 'from_issue_date', in: 'query', kind: 'number', description: 'Lowest issue date to include' };
const f585: FieldSpec = { name: 'to_issue_date', in: 'query', kind: 'number', description: 'Highest issue date to include' };
const f586: FieldSpec = { name: 'origin_warehouse', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these origin warehouse IDs (_id)' };
const f587: FieldSpec = { name: 'status', in: 'query', kind: 'multiOptions', options: [{ name: 'Paid', value: 'paid' }, { name: 'Unpaid', value: 'unpaid' }, { name: 'Partially Paid', value: 'partially_paid' }], arrayFormat: 'json', description: 'Match any of the chosen values' };
const f588: FieldSpec = { name: 'is_void', in: 'query', kind: 'boolean', description: 'Whether matching records are void' };
const f589: FieldSpec = { name: 'has_return', in: 'query', kind: 'boolean', description: 'Whether matching records have return' };
const f590: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Warehouse', value: 'warehouse' }, { name: 'Teams', value: 'teams' }, { name: 'Custom Status', value: 'custom_status' }, { name: 'Client', value: 'client' }, { name: 'Route', value: 'route' }, { name: 'Workorder', value: 'workorder' }, { name: 'Tax Number', value: 'tax_number' }, { name: 'Return Reason', value: 'return_reason' }, { name: 'Returned From', value: 'returned_from' }, { name: 'Partially Returned From', value: 'partially_returned_from' }, { name: 'Returned To', value: 'returned_to' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f591: FieldSpec = { name: 'sortPage', in: 'query', kind: 'options', options: [{ name: 'Line Total', value: 'line_total' }, { name: 'Product Name', value: 'product_name' }, { name: 'Variant Name', value: 'variant_name' }, { name: 'Product Sku', value: 'product_sku' }, { name: 'Product Barcode', value: 'product_barcode' }, { name: 'Variant Sku', value: 'variant_sku' }, { name: 'Variant Barcode', value: 'variant_barcode' }], description: 'Match this sort page' };
const f592: FieldSpec = { name: 'return_serial_number.formatted', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f593: FieldSpec = { name: 'returned_from', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f594: FieldSpec = { name: 'treat_invoice_as_proforma_for_etax', in: 'query', kind: 'boolean', description: 'Whether matching records have treat invoice as proforma for etax set' };
const f595: FieldSpec = { name: 'serial', in: 'body', kind: 'string', description: 'Serial number that identifies this one unit' };
const f596: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Invoice ID', description: 'Repzo ID (_id) of the invoice' };
const f597: FieldSpec = { name: 'integrationId', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the integration' };
const f598: FieldSpec = { name: 'actionType', in: 'body', kind: 'options', options: [{ name: 'Create', value: 'create' }, { name: 'Update', value: 'update' }, { name: 'Delete', value: 'delete' }, { name: 'Sync', value: 'sync' }, { name: 'Webhook', value: 'webhook' }], required: true, description: 'Action type, one of 5 values' };
const f599: FieldSpec = { name: 'entityType', in: 'body', kind: 'string', required: true };
const f600: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Pending', value: 'pending' }, { name: 'Success', value: 'success' }, { name: 'Failed', value: 'failed' }, { name: 'Retrying', value: 'retrying' }], required: true, description: 'Status, one of 4 values' };
const f601: FieldSpec = { name: 'payload', in: 'body', kind: 'json', jsonKind: 'object', description: 'Payload, a JSON object' };
const f602: FieldSpec = { name: 'response', in: 'body', kind: 'json', jsonKind: 'object', description: 'Response, a JSON object' };
const f603: FieldSpec = { name: 'errorMessage', in: 'body', kind: 'string' };
const f604: FieldSpec = { name: 'retryCount', in: 'body', kind: 'number', minValue: 0, description: 'Retry count, a whole number of 0 or more' };
const f605: FieldSpec = { name: 'executionTime', in: 'body', kind: 'number' };
const f606: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Integration Action Log ID', description: 'Repzo ID (_id) of the integration action log' };
const f607: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Available App', value: 'available_app' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f608: FieldSpec = { name: 'available_app', in: 'body', kind: 'string', required: true };
const f609: FieldSpec = { name: 'company_namespace', in: 'body', kind: 'string', required: true, description: 'Company namespace(s); Repzo sets it from the API key' };
const f610: FieldSpec = { name: 'config', in: 'body', kind: 'json', jsonKind: 'object', description: 'Config, a JSON object' };
const f611: FieldSpec = { name: 'credentials', in: 'body', kind: 'json', jsonKind: 'object', description: 'Credentials, a JSON object' };
const f612: FieldSpec = { name: 'endpoints', in: 'body', kind: 'json', jsonKind: 'object', description: 'Endpoints, a JSON object' };
const f613: FieldSpec = { name: 'webhooks', in: 'body', kind: 'json', jsonKind: 'object', description: 'Webhooks, a JSON object' };
const f614: FieldSpec = { name: 'sync_settings', in: 'body', kind: 'json', jsonKind: 'object', description: 'Sync settings, a JSON object' };
const f615: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Integration App ID', description: 'Repzo ID (_id) of the integration app' };
const f616: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Active', value: 'active' }, { name: 'Inactive', value: 'inactive' }, { name: 'Pending', value: 'pending' }], description: 'Status, one of 3 values' };
const f617: FieldSpec = { name: 'commandType', in: 'body', kind: 'options', options: [{ name: 'Sync', value: 'sync' }, { name: 'Import', value: 'import' }, { name: 'Export', value: 'export' }, { name: 'Validate', value: 'validate' }, { name: 'Transform', value: 'transform' }], required: true, description: 'Command type, one of 5 values' };
const f618: FieldSpec = { name: 'command', in: 'body', kind: 'string', required: true };
const f619: FieldSpec = { name: 'parameters', in: 'body', kind: 'json', jsonKind: 'object', description: 'Parameters, a JSON object' };
const f620: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Pending', value: 'pending' }, { name: 'Running', value: 'running' }, { name: 'Completed', value: 'completed' }, { name: 'Failed', value: 'failed' }, { name: 'Cancelled', value: 'cancelled' }], required: true, description: 'Status, one of 5 values' };
const f621: FieldSpec = { name: 'startTime', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Start time, sent as an ISO 8601 date and time' };
const f622: FieldSpec = { name: 'endTime', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'End time, sent as an ISO 8601 date and time' };
const f623: FieldSpec = { name: 'duration', in: 'body', kind: 'number' };
const f624: FieldSpec = { name: 'output', in: 'body', kind: 'json', jsonKind: 'object', description: 'Output, a JSON object' };
const f625: FieldSpec = { name: 'errorLog', in: 'body', kind: 'string' };
const f626: FieldSpec = { name: 'processedRecords', in: 'body', kind: 'number', minValue: 0, description: 'Processed records, a whole number of 0 or more' };
const f627: FieldSpec = { name: 'failedRecords', in: 'body', kind: 'number', minValue: 0, description: 'Failed records, a whole number of 0 or more' };
const f628: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Integration Command Log ID', description: 'Repzo ID (_id) of the integration command log' };
const f629: FieldSpec = { name: 'name', in: 'query', kind: 'string', description: 'Match this name' };
const f630: FieldSpec = { name: 'type', in: 'body', kind: 'options', options: [{ name: 'Increase', value: 'increase' }, { name: 'Decrease', value: 'decrease' }], description: 'Type, one of 2 values' };
const f631: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Inventory Adjustment Reason ID', description: 'Repzo ID (_id) of the inventory adjustment reason' };
const f632: FieldSpec = { name: 'warehouse_id', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these warehouse IDs (_id)' };
const f633: FieldSpec = { name: 'variant_id', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these variant IDs (_id)' };
const f634: FieldSpec = { name: 'rep', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these rep (sales representative) IDs (_id)' };
const f635: FieldSpec = { name: 'qty', in: 'query', kind: 'numberList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f636: FieldSpec = { name: 'export_behaviour', in: 'query', kind: 'boolean', description: 'Whether matching records have export behaviour set' };
const f637: FieldSpec = { name: 'email', in: 'query', kind: 'string', description: 'Match this email' };
const f638: FieldSpec = { name: 'email', in: 'body', kind: 'string', required: true, description: 'Email address, e.g. name@example.com' };
const f639: FieldSpec = { name: 'unsubscribe_types', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f640: FieldSpec = { name: 'user_agent', in: 'body', kind: 'string' };
const f641: FieldSpec = { name: 'ip_address', in: 'body', kind: 'string' };
const f642: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Mail Unsubscribe ID', description: 'Repzo ID (_id) of the mail unsubscribe' };
const f643: FieldSpec = { name: 'measureunits', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f644: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Measureunits', value: 'measureunits' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f645: FieldSpec = { name: 'measureunits', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f646: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Measure Unit Family ID', description: 'Repzo ID (_id) of the measure unit family' };
const f647: FieldSpec = { name: 'factor', in: 'query', kind: 'numberList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f648: FieldSpec = { name: 'parent', in: 'query', kind: 'options', options: [{ name: 'Nil', value: 'nil' }], description: 'Match this parent' };
const f649: FieldSpec = { name: 'family_name', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f650: FieldSpec = { name: 'withFamily', in: 'query', kind: 'boolean', description: 'Whether to include family in the answer' };
const f651: FieldSpec = { name: 'factor', in: 'body', kind: 'number', required: true, description: 'How many base units one of this unit holds, e.g. 12 for a box of 12' };
const f652: FieldSpec = { name: 'parent', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the parent measure unit, from Measure Unit → Get Many' };
const f653: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Measure Unit ID', description: 'Repzo ID (_id) of the measure unit' };
const f654: FieldSpec = { name: 'factor', in: 'body', kind: 'number', description: 'How many base units one of this unit holds, e.g. 12 for a box of 12' };
const f655: FieldSpec = { name: 'key', in: 'query', kind: 'string', description: 'Match this key' };
const f656: FieldSpec = { name: 'parentDocumentId', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these parent document IDs (_id)' };
const f657: FieldSpec = { name: 'type_name', in: 'query', kind: 'options', options: [{ name: 'File Attachment', value: 'FileAttachment' }, { name: 'Image Attachment', value: 'ImageAttachment' }], description: 'Match this type name' };
const f658: FieldSpec = { name: 'media_type', in: 'query', kind: 'multiOptions', options: [{ name: 'Html', value: 'html' }, { name: 'Csv', value: 'csv' }, { name: 'Json', value: 'json' }, { name: 'Image', value: 'image' }, { name: 'Pdf', value: 'pdf' }, { name: 'Ppt', value: 'ppt' }, { name: 'Pptx', value: 'pptx' }, { name: 'Xls', value: 'xls' }, { name: 'Xlsx', value: 'xlsx' }, { name: 'Doc', value: 'doc' }, { name: 'Docx', value: 'docx' }, { name: 'Images', value: 'images' }, { name: 'Zip', value: 'zip' }, { name: 'Pt', value: 'pt' }], arrayFormat: 'json', description: 'Match any of the chosen values' };
const f659: FieldSpec = { name: 'filename', in: 'body', kind: 'string', required: true, description: 'File name, e.g. receipt.png' };
const f660: FieldSpec = { name: 'url', in: 'body', kind: 'string', required: true, description: 'Web address (URL) of the file' };
const f661: FieldSpec = { name: 'mimeType', in: 'body', kind: 'string', required: true, description: 'File type as a MIME type, e.g. image/png' };
const f662: FieldSpec = { name: 'size', in: 'body', kind: 'number', required: true, description: 'Size of the file, counted in bytes' };
const f663: FieldSpec = { name: 'entityType', in: 'body', kind: 'string' };
const f664: FieldSpec = { name: 'isPublic', in: 'body', kind: 'boolean', description: 'Whether anyone with the link can open the file' };
const f665: FieldSpec = { name: 'thumbnailUrl', in: 'body', kind: 'string', description: 'Web address (URL) of a small preview image' };
const f666: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Media Storage ID', description: 'Repzo ID (_id) of the media storage' };
const f667: FieldSpec = { name: 'filename', in: 'body', kind: 'string', description: 'File name, e.g. receipt.png' };
const f668: FieldSpec = { name: 'caption', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f669: FieldSpec = { name: 'url', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f670: FieldSpec = { name: 'type', in: 'query', kind: 'multiOptions', options: [{ name: 'Pdf', value: 'pdf' }, { name: 'Ppt', value: 'ppt' }, { name: 'Pptx', value: 'pptx' }, { name: 'Doc', value: 'doc' }, { name: 'Docx', value: 'docx' }, { name: 'Jpeg', value: 'jpeg' }, { name: 'Jpg', value: 'jpg' }, { name: 'Png', value: 'png' }], arrayFormat: 'json', description: 'Match any of the chosen values' };
const f671: FieldSpec = { name: 'repID', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f672: FieldSpec = { name: 'document_type', in: 'body', kind: 'options', options: [{ name: 'Html', value: 'html' }, { name: 'Csv', value: 'csv' }, { name: 'Json', value: 'json' }, { name: 'Image', value: 'image' }, { name: 'Pdf', value: 'pdf' }, { name: 'Ppt', value: 'ppt' }, { name: 'Pptx', value: 'pptx' }, { name: 'Xls', value: 'xls' }, { name: 'Xlsx', value: 'xlsx' }, { name: 'Doc', value: 'doc' }, { name: 'Docx', value: 'docx' }, { name: 'Images', value: 'images' }, { name: 'Zip', value: 'zip' }, { name: 'Pt', value: 'pt' }], required: true, description: 'Document type, one of 14 values' };
const f673: FieldSpec = { name: 'parent_document_type', in: 'body', kind: 'options', options: [{ name: 'Clients', value: 'clients' }, { name: 'Asset', value: 'asset' }, { name: 'Asset Unit', value: 'assetUnit' }, { name: 'Workorder', value: 'workorder' }, { name: 'Client Location', value: 'clientLocation' }, { name: 'Client Contact', value: 'clientContact' }, { name: 'Comments Thread', value: 'commentsThread' }, { name: 'Workorder Request', value: 'workorderRequest' }, { name: 'Workorder Portal', value: 'workorderPortal' }, { name: 'Invoice', value: 'invoice' }, { name: 'Products', value: 'products' }, { name: 'Productvariations', value: 'productvariations' }, { name: 'Representatives', value: 'representatives' }, { name: 'Productcategories', value: 'productcategories' }, { name: 'Product Sub Category', value: 'productSubCategory' }, { name: 'Speciality', value: 'speciality' }, { name: 'Line', value: 'line' }, { name: 'Banner', value: 'banner' }, { name: 'Intg Available Apps', value: 'intgAvailableApps' }], description: 'Parent document type, one of 19 values' };
const f674: FieldSpec = { name: 'parent_document_key', in: 'body', kind: 'string' };
const f675: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Media ID', description: 'Repzo ID (_id) of the media' };
const f676: FieldSpec = { name: 'url', in: 'body', kind: 'string', description: 'Web address (URL) of the file' };
const f677: FieldSpec = { name: 'document_type', in: 'body', kind: 'options', options: [{ name: 'Html', value: 'html' }, { name: 'Csv', value: 'csv' }, { name: 'Json', value: 'json' }, { name: 'Image', value: 'image' }, { name: 'Pdf', value: 'pdf' }, { name: 'Ppt', value: 'ppt' }, { name: 'Pptx', value: 'pptx' }, { name: 'Xls', value: 'xls' }, { name: 'Xlsx', value: 'xlsx' }, { name: 'Doc', value: 'doc' }, { name: 'Docx', value: 'docx' }, { name: 'Images', value: 'images' }, { name: 'Zip', value: 'zip' }, { name: 'Pt', value: 'pt' }], description: 'Document type, one of 14 values' };
const f678: FieldSpec = { name: 'product_id', in: 'query', kind: 'string', description: 'Match this product ID (_id)' };
const f679: FieldSpec = { name: 'variant_id', in: 'query', kind: 'string', description: 'Match this variant ID (_id)' };
const f680: FieldSpec = { name: 'msl_id', in: 'query', kind: 'string', label: 'MSL ID', description: 'Match this MSL ID (_id)' };
const f681: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Variant', value: 'variant' }, { name: 'Msl', value: 'msl' }, { name: 'Product', value: 'product' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f682: FieldSpec = { name: 'msl', in: 'body', kind: 'string', label: 'MSL' };
const f683: FieldSpec = { name: 'product', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the product' };
const f684: FieldSpec = { name: 'variant', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the product variant' };
const f685: FieldSpec = { name: 'targetQuantity', in: 'body', kind: 'number' };
const f686: FieldSpec = { name: 'achievedQuantity', in: 'body', kind: 'number' };
const f687: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'MSL Product ID', description: 'Repzo ID (_id) of the MSL product' };
const f688: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'MSL ID', description: 'Repzo ID (_id) of the MSL' };
const f689: FieldSpec = { name: 'processingSettings', in: 'body', kind: 'json', jsonKind: 'object', description: 'Processing settings, a JSON object' };
const f690: FieldSpec = { name: 'notifications', in: 'body', kind: 'json', jsonKind: 'object', description: 'Notifications, a JSON object' };
const f691: FieldSpec = { name: 'createdBy', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the user who created the record' };
const f692: FieldSpec = { name: 'assignedTo', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the user the record is assigned to' };
const f693: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'OCR Invoice Job Group ID', description: 'Repzo ID (_id) of the OCR invoice job group' };
const f694: FieldSpec = { name: 'job', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the OCR invoice job' };
const f695: FieldSpec = { name: 'pageNumber', in: 'body', kind: 'number', required: true, description: 'Page number, a whole number of 1 or more' };
const f696: FieldSpec = { name: 'pageUrl', in: 'body', kind: 'string', required: true, description: 'Web address (URL) of the page URL, starting with https://' };
const f697: FieldSpec = { name: 'pageType', in: 'body', kind: 'options', options: [{ name: 'Cover', value: 'cover' }, { name: 'Header', value: 'header' }, { name: 'Content', value: 'content' }, { name: 'Footer', value: 'footer' }, { name: 'Summary', value: 'summary' }, { name: 'Attachment', value: 'attachment' }], description: 'Page type, one of 6 values' };
const f698: FieldSpec = { name: 'imageProperties', in: 'body', kind: 'json', jsonKind: 'object', description: 'Image properties, a JSON object' };
const f699: FieldSpec = { name: 'annotations', in: 'body', kind: 'json', jsonKind: 'array', description: 'Annotations, a JSON list' };
const f700: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'OCR Invoice Job Page ID', description: 'Repzo ID (_id) of the OCR invoice job page' };
const f701: FieldSpec = { name: 'version', in: 'body', kind: 'string' };
const f702: FieldSpec = { name: 'ocrEngine', in: 'body', kind: 'options', options: [{ name: 'Tesseract', value: 'tesseract' }, { name: 'Google Vision', value: 'google-vision' }, { name: 'Aws Textract', value: 'aws-textract' }, { name: 'Azure Cognitive', value: 'azure-cognitive' }, { name: 'Custom', value: 'custom' }], required: true, label: 'OCR Engine', description: 'OCR engine, one of 5 values' };
const f703: FieldSpec = { name: 'documentType', in: 'body', kind: 'options', options: [{ name: 'Invoice', value: 'invoice' }, { name: 'Receipt', value: 'receipt' }, { name: 'Bill', value: 'bill' }, { name: 'Statement', value: 'statement' }, { name: 'Other', value: 'other' }], required: true, description: 'Document type, one of 5 values' };
const f704: FieldSpec = { name: 'extractionRules', in: 'body', kind: 'json', jsonKind: 'object', required: true, description: 'Extraction rules, a JSON object' };
const f705: FieldSpec = { name: 'preprocessingSettings', in: 'body', kind: 'json', jsonKind: 'object', description: 'Preprocessing settings, a JSON object' };
const f706: FieldSpec = { name: 'postprocessingSettings', in: 'body', kind: 'json', jsonKind: 'object', description: 'Postprocessing settings, a JSON object' };
const f707: FieldSpec = { name: 'supportedFormats', in: 'body', kind: 'multiOptions', options: [{ name: 'Pdf', value: 'pdf' }, { name: 'Png', value: 'png' }, { name: 'Jpg', value: 'jpg' }, { name: 'Jpeg', value: 'jpeg' }, { name: 'Tiff', value: 'tiff' }, { name: 'Bmp', value: 'bmp' }], arrayFormat: 'array', description: 'One or more supported formats values' };
const f708: FieldSpec = { name: 'languages', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f709: FieldSpec = { name: 'isDefault', in: 'body', kind: 'boolean' };
const f710: FieldSpec = { name: 'lastModifiedBy', in: 'body', kind: 'string' };
const f711: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'OCR Invoice Job Template ID', description: 'Repzo ID (_id) of the OCR invoice job template' };
const f712: FieldSpec = { name: 'jobNumber', in: 'body', kind: 'string', required: true };
const f713: FieldSpec = { name: 'documentName', in: 'body', kind: 'string', required: true };
const f714: FieldSpec = { name: 'documentUrl', in: 'body', kind: 'string', required: true, description: 'Web address (URL) of the document URL, starting with https://' };
const f715: FieldSpec = { name: 'documentType', in: 'body', kind: 'options', options: [{ name: 'Pdf', value: 'pdf' }, { name: 'Png', value: 'png' }, { name: 'Jpg', value: 'jpg' }, { name: 'Jpeg', value: 'jpeg' }, { name: 'Tiff', value: 'tiff' }, { name: 'Bmp', value: 'bmp' }], description: 'Document type, one of 6 values' };
const f716: FieldSpec = { name: 'group', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the group' };
const f717: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'OCR Invoice Job ID', description: 'Repzo ID (_id) of the OCR invoice job' };
const f718: FieldSpec = { name: 'targetEntity', in: 'body', kind: 'string', required: true };
const f719: FieldSpec = { name: 'conditions', in: 'body', kind: 'json', jsonKind: 'object', description: 'Conditions, a JSON object' };
const f720: FieldSpec = { name: 'patches', in: 'body', kind: 'json', jsonKind: 'array', required: true, description: 'Patches, a JSON list' };
const f721: FieldSpec = { name: 'batchSize', in: 'body', kind: 'number', minValue: 1, maxValue: 1000, default: 100, description: 'Batch size, a whole number from 1 to 1000' };
const f722: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Draft', value: 'draft' }, { name: 'Ready', value: 'ready' }, { name: 'Running', value: 'running' }, { name: 'Completed', value: 'completed' }, { name: 'Failed', value: 'failed' }, { name: 'Cancelled', value: 'cancelled' }], default: 'draft', description: 'Status, one of 6 values; Repzo\'s default is draft' };
const f723: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Patch Action ID', description: 'Repzo ID (_id) of the patch action' };
const f724: FieldSpec = { name: 'days', in: 'body', kind: 'number', description: 'Days, a whole number' };
const f725: FieldSpec = { name: 'discount_percentage', in: 'body', kind: 'number', description: 'Discount in percent when paid early, e.g. 2.5' };
const f726: FieldSpec = { name: 'discount_days', in: 'body', kind: 'number', description: 'Discount days, a whole number' };
const f727: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Payment Term ID', description: 'Repzo ID (_id) of the payment term' };
const f728: FieldSpec = { name: 'from_paytime', in: 'query', kind: 'number', description: 'Lowest paytime to include' };
const f729: FieldSpec = { name: 'to_paytime', in: 'query', kind: 'number', description: 'Highest paytime to include' };
const f730: FieldSpec = { name: 'payment_type', in: 'query', kind: 'json', jsonKind: 'any', arrayFormat: 'json', description: 'Payment type, as JSON' };
const f731: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Custom Status', value: 'custom_status' }, { name: 'Teams', value: 'teams' }, { name: 'Route', value: 'route' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f732: FieldSpec = { name: 'paymentMethod', in: 'body', kind: 'string', description: 'How it was paid, e.g. cash or check' };
const f733: FieldSpec = { name: 'date', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Date, sent as an ISO 8601 date and time' };
const f734: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Payment ID', description: 'Repzo ID (_id) of the payment' };
const f735: FieldSpec = { name: 'product_id', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these product IDs (_id)' };
const f736: FieldSpec = { name: 'pricelist_id', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these pricelist IDs (_id)' };
const f737: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Variant', value: 'variant' }, { name: 'Product', value: 'product' }, { name: 'Pricelist', value: 'pricelist' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f738: FieldSpec = { name: 'product_id', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the product' };
const f739: FieldSpec = { name: 'variant_id', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the variant' };
const f740: FieldSpec = { name: 'pricelist_id', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the pricelist' };
const f741: FieldSpec = { name: 'price', in: 'body', kind: 'number', required: true, description: 'Price per unit, in the record’s currency' };
const f742: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Price List Item ID', description: 'Repzo ID (_id) of the price list item' };
const f743: FieldSpec = { name: 'product_id', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the product' };
const f744: FieldSpec = { name: 'variant_id', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the variant' };
const f745: FieldSpec = { name: 'pricelist_id', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the pricelist' };
const f746: FieldSpec = { name: 'price', in: 'body', kind: 'number', description: 'Price per unit, in the record’s currency' };
const f747: FieldSpec = { name: 'createdby._id', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these createdby IDs (_id)' };
const f748: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Price List ID', description: 'Repzo ID (_id) of the price list' };
const f749: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Product Group ID', description: 'Repzo ID (_id) of the product group' };
const f750: FieldSpec = { name: 'modifiers', in: 'body', kind: 'json', jsonKind: 'array', description: 'Modifiers, a JSON list' };
const f751: FieldSpec = { name: 'is_required', in: 'body', kind: 'boolean' };
const f752: FieldSpec = { name: 'max_selection', in: 'body', kind: 'number', description: 'Max selection, a whole number' };
const f753: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Product Modifier Group ID', description: 'Repzo ID (_id) of the product modifier group' };
const f754: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Media', value: 'media' }, { name: 'Category', value: 'category' }, { name: 'Sub Category', value: 'sub_category' }, { name: 'Tax', value: 'tax' }, { name: 'Sv Tax', value: 'sv_tax' }, { name: 'Measureunit Family', value: 'measureunit_family' }, { name: 'Measureunit', value: 'measureunit' }, { name: 'Sv Measure Unit', value: 'sv_measureUnit' }, { name: 'Brand', value: 'brand' }, { name: 'Product Groups', value: 'product_groups' }, { name: 'Measureunit Family With Measureunit', value: 'measureunit_family_with_measureunit' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f755: FieldSpec = { name: 'category', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these category IDs (_id)' };
const f756: FieldSpec = { name: 'sub_category', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f757: FieldSpec = { name: 'sv_measureUnit', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f758: FieldSpec = { name: 'base_price', in: 'query', kind: 'numberList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f759: FieldSpec = { name: 'modifiers_group', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f760: FieldSpec = { name: 'brand', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these brand IDs (_id)' };
const f761: FieldSpec = { name: 'rsp', in: 'query', kind: 'numberList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f762: FieldSpec = { name: 'measureunit_family', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f763: FieldSpec = { name: 'product_groups', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f764: FieldSpec = { name: 'sv_tax', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f765: FieldSpec = { name: 'barcode', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f766: FieldSpec = { name: 'sku', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f767: FieldSpec = { name: 'frozen_pre_sales', in: 'query', kind: 'boolean', description: 'Whether matching records have frozen pre sales set' };
const f768: FieldSpec = { name: 'frozen_sales', in: 'query', kind: 'boolean', description: 'Whether matching records have frozen sales set' };
const f769: FieldSpec = { name: 'withMedia', in: 'query', kind: 'boolean', description: 'Whether to include media in the answer' };
const f770: FieldSpec = { name: 'withDefaultVariant', in: 'query', kind: 'boolean', description: 'Whether to include default variant in the answer' };
const f771: FieldSpec = { name: 'withVariants', in: 'query', kind: 'boolean', description: 'Whether to include variants in the answer' };
const f772: FieldSpec = { name: 'active', in: 'body', kind: 'boolean', description: 'Whether the product is in use; Disabled hides it from the apps' };
const f773: FieldSpec = { name: 'sku', in: 'body', kind: 'string', description: 'Stock-keeping unit code of the item' };
const f774: FieldSpec = { name: 'sub_category', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f775: FieldSpec = { name: 'auditable', in: 'body', kind: 'boolean', description: 'Whether the product is included in audits, e.g. shelf counts' };
const f776: FieldSpec = { name: 'sv_tax', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the tax applied to the product, from Tax → Get Many' };
const f777: FieldSpec = { name: 'sv_measureUnit', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the product’s measure unit, from Measure Unit → Get Many' };
const f778: FieldSpec = { name: 'local_description', in: 'body', kind: 'string', description: 'Description in the second (local) language' };
const f779: FieldSpec = { name: 'product_img', in: 'body', kind: 'string', description: 'Web address (URL) of the product image' };
const f780: FieldSpec = { name: 'base_price', in: 'body', kind: 'string', description: 'Base price of the product before price lists, sent as text' };
const f781: FieldSpec = { name: 'assigned_media', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f782: FieldSpec = { name: 'html_description', in: 'body', kind: 'string', description: 'Description with HTML formatting, e.g. <b>New</b>' };
const f783: FieldSpec = { name: 'modifiers_group', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f784: FieldSpec = { name: 'featured', in: 'body', kind: 'boolean', description: 'Whether the product is highlighted in the apps' };
const f785: FieldSpec = { name: 'brand', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the brand' };
const f786: FieldSpec = { name: 'rsp', in: 'body', kind: 'number', description: 'Recommended selling price to the end customer' };
const f787: FieldSpec = { name: 'measureunit_family', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the measure unit family, from Measure Unit Family → Get Many' };
const f788: FieldSpec = { name: 'product_groups', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f789: FieldSpec = { name: 'frozen_pre_sales', in: 'body', kind: 'boolean', description: 'Whether pre-selling (taking orders for) the product is frozen' };
const f790: FieldSpec = { name: 'frozen_sales', in: 'body', kind: 'boolean', description: 'Whether selling the product is frozen' };
const f791: FieldSpec = { name: 'variants', in: 'body', kind: 'json', jsonKind: 'array', description: 'Variants, a JSON list' };
const f792: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Product ID', description: 'Repzo ID (_id) of the product' };
const f793: FieldSpec = { name: 'latest', in: 'query', kind: 'boolean', description: 'Whether matching records have latest set' };
const f794: FieldSpec = { name: 'sortPage', in: 'query', kind: 'options', options: [{ name: 'Product Name', value: 'product_name' }, { name: 'Variant Name', value: 'variant_name' }, { name: 'Product Sku', value: 'product_sku' }, { name: 'Product Barcode', value: 'product_barcode' }, { name: 'Variant Sku', value: 'variant_sku' }, { name: 'Variant Barcode', value: 'variant_barcode' }], description: 'Match this sort page' };
const f795: FieldSpec = { name: 'export', in: 'query', kind: 'options', options: [{ name: 'Excel', value: 'excel' }], description: 'Match this export' };
const f796: FieldSpec = { name: 'withClientDetails', in: 'query', kind: 'boolean', description: 'Whether to include client details in the answer' };
const f797: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Custom Status', value: 'custom_status' }, { name: 'Media', value: 'media' }, { name: 'Route', value: 'route' }, { name: 'Signature', value: 'signature' }, { name: 'Return Reason', value: 'return_reason' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f798: FieldSpec = { name: 'conversion_status', in: 'query', kind: 'options', options: [{ name: 'Converted', value: 'converted' }, { name: 'Not Converted', value: 'not_converted' }, { name: 'All', value: 'all' }], description: 'Match this conversion status' };
const f799: FieldSpec = { name: 'validUntil', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Valid until, sent as an ISO 8601 date and time' };
const f800: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Proforma ID', description: 'Repzo ID (_id) of the proforma' };
const f801: FieldSpec = { name: 'documentType', in: 'body', kind: 'options', options: [{ name: 'Invoice', value: 'invoice' }, { name: 'Proforma', value: 'proforma' }, { name: 'Order', value: 'order' }, { name: 'Quote', value: 'quote' }, { name: 'Receipt', value: 'receipt' }], required: true, description: 'Document type, one of 5 values' };
const f802: FieldSpec = { name: 'documentId', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the document' };
const f803: FieldSpec = { name: 'template', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the template' };
const f804: FieldSpec = { name: 'options', in: 'body', kind: 'json', jsonKind: 'object', key: 'optionsField', description: 'Options, a JSON object' };
const f805: FieldSpec = { name: 'language', in: 'body', kind: 'string' };
const f806: FieldSpec = { name: 'creator.name', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f807: FieldSpec = { name: 'to', in: 'query', kind: 'string', description: 'Match this to' };
const f808: FieldSpec = { name: 'from', in: 'query', kind: 'string', description: 'Match this from' };
const f809: FieldSpec = { name: 'status', in: 'query', kind: 'string', description: 'Match this status' };
const f810: FieldSpec = { name: 'supplier', in: 'query', kind: 'string', description: 'Match this supplier ID (_id)' };
const f811: FieldSpec = { name: 'warehouse', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the warehouse' };
const f812: FieldSpec = { name: 'receiptNumber', in: 'body', kind: 'string' };
const f813: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Receiving Material ID', description: 'Repzo ID (_id) of the receiving material' };
const f814: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Pending', value: 'pending' }, { name: 'Received', value: 'received' }, { name: 'Cancelled', value: 'cancelled' }], description: 'Status, one of 3 values' };
const f815: FieldSpec = { name: 'transaction_type', in: 'query', kind: 'multiOptions', options: [{ name: 'Check', value: 'check' }, { name: 'Cash', value: 'cash' }], arrayFormat: 'json', description: 'Match any of the chosen values' };
const f816: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Custom Status', value: 'custom_status' }, { name: 'Route', value: 'route' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f817: FieldSpec = { name: 'refundMethod', in: 'body', kind: 'string' };
const f818: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Refund ID', description: 'Repzo ID (_id) of the refund' };
const f819: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Pending', value: 'pending' }, { name: 'Approved', value: 'approved' }, { name: 'Rejected', value: 'rejected' }, { name: 'Processed', value: 'processed' }], description: 'Status, one of 4 values' };
const f820: FieldSpec = { name: 'processedAt', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Processed at, sent as an ISO 8601 date and time' };
const f821: FieldSpec = { name: 'rep', in: 'query', kind: 'string', required: true, description: 'Match this rep (sales representative) ID (_id)' };
const f822: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Linked records to return in full' };
const f823: FieldSpec = { name: 'username', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f824: FieldSpec = { name: 'phone', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f825: FieldSpec = { name: 'identifier', in: 'query', kind: 'numberList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f826: FieldSpec = { name: 'msl_sales', in: 'query', kind: 'stringList', arrayFormat: 'json', label: 'MSL Sales', hint: 'Match any of these values, separated by commas' };
const f827: FieldSpec = { name: 'job_category', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f828: FieldSpec = { name: 'assigned_warehouse', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these assigned warehouse IDs (_id)' };
const f829: FieldSpec = { name: 'assigned_main_warehouse', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these assigned main warehouse IDs (_id)' };
const f830: FieldSpec = { name: 'assigned_plan', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f831: FieldSpec = { name: 'force_online_connectivity', in: 'query', kind: 'boolean', description: 'Whether matching records have force online connectivity set' };
const f832: FieldSpec = { name: 'assigned_targets', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f833: FieldSpec = { name: 'lines', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f834: FieldSpec = { name: 'job_option', in: 'query', kind: 'numberList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f835: FieldSpec = { name: 'is_test', in: 'query', kind: 'boolean', description: 'Whether matching records are test' };
const f836: FieldSpec = { name: 'form_v2_option', in: 'query', kind: 'options', options: [{ name: 'All', value: 'all' }, { name: 'None', value: 'none' }, { name: 'Assigned', value: 'assigned' }, { name: 'Client Assigned', value: 'client_assigned' }], description: 'Match this form v2 option' };
const f837: FieldSpec = { name: 'assigned_forms_v2', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f838: FieldSpec = { name: 'retail_execution_template_option', in: 'query', kind: 'options', options: [{ name: 'All', value: 'all' }, { name: 'None', value: 'none' }, { name: 'Assigned', value: 'assigned' }, { name: 'Client Assigned', value: 'client_assigned' }], description: 'Match this retail execution template option' };
const f839: FieldSpec = { name: 'assigned_retail_execution_templates', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f840: FieldSpec = { name: 'clm_presentation_option', in: 'query', kind: 'options', options: [{ name: 'All', value: 'all' }, { name: 'None', value: 'none' }, { name: 'Assigned', value: 'assigned' }, { name: 'Client Assigned', value: 'client_assigned' }], description: 'Match this clm presentation option' };
const f841: FieldSpec = { name: 'media', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f842: FieldSpec = { name: 'cover_photo', in: 'query', kind: 'string', description: 'Match this cover photo' };
const f843: FieldSpec = { name: 'last_login_time', in: 'query', kind: 'number', description: 'Match this last login time' };
const f844: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Warehouse', value: 'warehouse' }, { name: 'Teams', value: 'teams' }, { name: 'Job Category', value: 'job_category' }, { name: 'Assigned Clm Presentations', value: 'assigned_clm_presentations' }, { name: 'Cover Photo', value: 'cover_photo' }, { name: 'Line', value: 'line' }, { name: 'Lines', value: 'lines' }, { name: 'Assigned Forms V2', value: 'assigned_forms_v2' }, { name: 'Assigned Plan', value: 'assigned_plan' }, { name: 'Assigned Retail Execution Templates', value: 'assigned_retail_execution_templates' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f845: FieldSpec = { name: 'withProductLines', in: 'query', kind: 'boolean', description: 'Whether to include product lines in the answer' };
const f846: FieldSpec = { name: 'withStatus', in: 'query', kind: 'boolean', description: 'Whether to include status in the answer' };
const f847: FieldSpec = { name: 'username', in: 'body', kind: 'string', description: 'Name the rep signs in to the Repzo app with' };
const f848: FieldSpec = { name: 'role', in: 'body', kind: 'string', required: true, description: 'Role of the rep in Repzo, which sets what the rep may do in the app' };
const f849: FieldSpec = { name: 'team_id', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the team' };
const f850: FieldSpec = { name: 'password', in: 'body', kind: 'string', required: true, description: 'Password the rep signs in to the Repzo app with' };
const f851: FieldSpec = { name: 'permissions', in: 'body', kind: 'json', jsonKind: 'object', description: 'Permissions, a JSON object' };
const f852: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Rep ID', description: 'Repzo ID (_id) of the rep' };
const f853: FieldSpec = { name: 'role', in: 'body', kind: 'string', description: 'Role of the rep in Repzo, which sets what the rep may do in the app' };
const f854: FieldSpec = { name: 'password', in: 'body', kind: 'string', description: 'Password the rep signs in to the Repzo app with' };
const f855: FieldSpec = { name: 'returnNumber', in: 'body', kind: 'string', required: true };
const f856: FieldSpec = { name: 'assetPartUnit', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the asset part unit' };
const f857: FieldSpec = { name: 'returnType', in: 'body', kind: 'options', options: [{ name: 'Warranty', value: 'warranty' }, { name: 'Defective', value: 'defective' }, { name: 'Excess', value: 'excess' }, { name: 'End Of Lease', value: 'end-of-lease' }, { name: 'Maintenance', value: 'maintenance' }], required: true, description: 'Return type, one of 5 values' };
const f858: FieldSpec = { name: 'returnReason', in: 'body', kind: 'string', required: true };
const f859: FieldSpec = { name: 'returnedBy', in: 'body', kind: 'string', required: true };
const f860: FieldSpec = { name: 'authorizedBy', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the user who authorised it' };
const f861: FieldSpec = { name: 'returnDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Return date, sent as an ISO 8601 date and time' };
const f862: FieldSpec = { name: 'originalInstallDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Original install date, sent as an ISO 8601 date and time' };
const f863: FieldSpec = { name: 'originalWorkOrder', in: 'body', kind: 'string' };
const f864: FieldSpec = { name: 'originalAsset', in: 'body', kind: 'string' };
const f865: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Requested', value: 'requested' }, { name: 'Approved', value: 'approved' }, { name: 'In Transit', value: 'in-transit' }, { name: 'Received', value: 'received' }, { name: 'Processed', value: 'processed' }, { name: 'Completed', value: 'completed' }, { name: 'Rejected', value: 'rejected' }], default: 'requested', description: 'Status, one of 7 values; Repzo\'s default is requested' };
const f866: FieldSpec = { name: 'condition', in: 'body', kind: 'options', options: [{ name: 'New', value: 'new' }, { name: 'Good', value: 'good' }, { name: 'Fair', value: 'fair' }, { name: 'Poor', value: 'poor' }, { name: 'Damaged', value: 'damaged' }, { name: 'Defective', value: 'defective' }], description: 'Condition, one of 6 values' };
const f867: FieldSpec = { name: 'returnLocation', in: 'body', kind: 'json', jsonKind: 'object', description: 'Return location, a JSON object' };
const f868: FieldSpec = { name: 'creditAmount', in: 'body', kind: 'number', minValue: 0, description: 'Credit amount, a number of 0 or more' };
const f869: FieldSpec = { name: 'replacementRequired', in: 'body', kind: 'boolean' };
const f870: FieldSpec = { name: 'replacementPartUnit', in: 'body', kind: 'string' };
const f871: FieldSpec = { name: 'warrantyStatus', in: 'body', kind: 'options', options: [{ name: 'In Warranty', value: 'in-warranty' }, { name: 'Out Of Warranty', value: 'out-of-warranty' }, { name: 'Extended Warranty', value: 'extended-warranty' }], description: 'Warranty status, one of 3 values' };
const f872: FieldSpec = { name: 'qualityInspection', in: 'body', kind: 'json', jsonKind: 'object', description: 'Quality inspection, a JSON object' };
const f873: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Return Asset Part Unit ID', description: 'Repzo ID (_id) of the return asset part unit' };
const f874: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Warehouse', value: 'warehouse' }, { name: 'Teams', value: 'teams' }, { name: 'Custom Status', value: 'custom_status' }, { name: 'Client', value: 'client' }, { name: 'Signature', value: 'signature' }, { name: 'Workorder', value: 'workorder' }, { name: 'Asset Part Unit', value: 'asset_part_unit' }, { name: 'Meadia', value: 'meadia' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f875: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Return Reason ID', description: 'Repzo ID (_id) of the return reason' };
const f876: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Client', value: 'client' }, { name: 'List Client', value: 'list.client' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f877: FieldSpec = { name: 'rep_id', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the rep' };
const f878: FieldSpec = { name: 'day', in: 'body', kind: 'options', options: [{ name: 'Sat', value: 'sat' }, { name: 'Sun', value: 'sun' }, { name: 'Mon', value: 'mon' }, { name: 'Tue', value: 'tue' }, { name: 'Wed', value: 'wed' }, { name: 'Thu', value: 'thu' }, { name: 'Fri', value: 'fri' }], required: true, description: 'Day, one of 7 values' };
const f879: FieldSpec = { name: 'clients', in: 'body', kind: 'json', jsonKind: 'array', description: 'Clients, a JSON list' };
const f880: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Route ID', description: 'Repzo ID (_id) of the route' };
const f881: FieldSpec = { name: 'rep_id', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the rep' };
const f882: FieldSpec = { name: 'day', in: 'body', kind: 'options', options: [{ name: 'Sat', value: 'sat' }, { name: 'Sun', value: 'sun' }, { name: 'Mon', value: 'mon' }, { name: 'Tue', value: 'tue' }, { name: 'Wed', value: 'wed' }, { name: 'Thu', value: 'thu' }, { name: 'Fri', value: 'fri' }], description: 'Day, one of 7 values' };
const f883: FieldSpec = { name: 'warehouse', in: 'query', kind: 'string', description: 'Match this warehouse ID (_id)' };
const f884: FieldSpec = { name: 'invoice_type', in: 'body', kind: 'options', options: [{ name: 'Sales', value: 'sales' }, { name: 'Return', value: 'return' }, { name: 'Proforma', value: 'proforma' }], required: true, description: 'Invoice type, one of 3 values' };
const f885: FieldSpec = { name: 'current_serial', in: 'body', kind: 'number', description: 'Current serial, a whole number' };
const f886: FieldSpec = { name: 'prefix', in: 'body', kind: 'string' };
const f887: FieldSpec = { name: 'suffix', in: 'body', kind: 'string' };
const f888: FieldSpec = { name: 'pad_length', in: 'body', kind: 'number', description: 'Pad length, a whole number' };
const f889: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Safe Invoice Serial Counter ID', description: 'Repzo ID (_id) of the safe invoice serial counter' };
const f890: FieldSpec = { name: 'job', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these OCR invoice job IDs (_id)' };
const f891: FieldSpec = { name: 'template', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these template IDs (_id)' };
const f892: FieldSpec = { name: 'page_number', in: 'query', kind: 'number', description: 'Match this page number' };
const f893: FieldSpec = { name: 'proforma', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these proforma IDs (_id)' };
const f894: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Settings ID', description: 'Repzo ID (_id) of the settings' };
const f895: FieldSpec = { name: 'key', in: 'body', kind: 'string' };
const f896: FieldSpec = { name: 'value', in: 'body', kind: 'json', jsonKind: 'any', description: 'Value, as JSON' };
const f897: FieldSpec = { name: 'origin._id', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these origin IDs (_id)' };
const f898: FieldSpec = { name: 'origin', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f899: FieldSpec = { name: 'creator.type', in: 'query', kind: 'stringList', arrayFormat: 'json', label: 'Creator Type (creator.type)', hint: 'Match any of these values, separated by commas' };
const f900: FieldSpec = { name: 'origin.type', in: 'query', kind: 'stringList', arrayFormat: 'json', label: 'Origin Type (origin.type)', hint: 'Match any of these values, separated by commas' };
const f901: FieldSpec = { name: 'creator_type', in: 'query', kind: 'stringList', arrayFormat: 'json', key: 'query_creator_type', label: 'Creator Type (creator_type)', hint: 'Match any of these values, separated by commas' };
const f902: FieldSpec = { name: 'origin_type', in: 'query', kind: 'stringList', arrayFormat: 'json', key: 'query_origin_type', label: 'Origin Type (origin_type)', hint: 'Match any of these values, separated by commas' };
const f903: FieldSpec = { name: 'payment_type', in: 'query', kind: 'string', description: 'Match this payment type' };
const f904: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Media', value: 'media' }, { name: 'Check ID', value: 'check_id' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f905: FieldSpec = { name: 'invoices', in: 'body', kind: 'json', jsonKind: 'array', required: true, description: 'Invoices, a JSON list' };
const f906: FieldSpec = { name: 'payments', in: 'body', kind: 'json', jsonKind: 'array', required: true, description: 'Payments, a JSON list' };
const f907: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Settlement ID', description: 'Repzo ID (_id) of the settlement' };
const f908: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Speciality ID', description: 'Repzo ID (_id) of the speciality' };
const f909: FieldSpec = { name: 'storageNumber', in: 'body', kind: 'string', required: true };
const f910: FieldSpec = { name: 'storageType', in: 'body', kind: 'options', options: [{ name: 'Inventory', value: 'inventory' }, { name: 'Spare', value: 'spare' }, { name: 'Buffer', value: 'buffer' }, { name: 'Quarantine', value: 'quarantine' }, { name: 'Maintenance', value: 'maintenance' }], required: true, description: 'Storage type, one of 5 values' };
const f911: FieldSpec = { name: 'storageReason', in: 'body', kind: 'string' };
const f912: FieldSpec = { name: 'storedBy', in: 'body', kind: 'string', required: true };
const f913: FieldSpec = { name: 'storageDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Storage date, sent as an ISO 8601 date and time' };
const f914: FieldSpec = { name: 'expectedRetrievalDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Expected retrieval date, sent as an ISO 8601 date and time' };
const f915: FieldSpec = { name: 'location', in: 'body', kind: 'json', jsonKind: 'object', required: true, description: 'Geographic position as a JSON object, e.g. {"lat": 31.95, "lng": 35.91}' };
const f916: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Stored', value: 'stored' }, { name: 'Reserved', value: 'reserved' }, { name: 'Allocated', value: 'allocated' }, { name: 'Picked', value: 'picked' }, { name: 'Expired', value: 'expired' }], default: 'stored', description: 'Status, one of 5 values; Repzo\'s default is stored' };
const f917: FieldSpec = { name: 'condition', in: 'body', kind: 'options', options: [{ name: 'New', value: 'new' }, { name: 'Good', value: 'good' }, { name: 'Fair', value: 'fair' }, { name: 'Poor', value: 'poor' }, { name: 'Damaged', value: 'damaged' }], description: 'Condition, one of 5 values' };
const f918: FieldSpec = { name: 'storageEnvironment', in: 'body', kind: 'json', jsonKind: 'object', description: 'Storage environment, a JSON object' };
const f919: FieldSpec = { name: 'preservationMethod', in: 'body', kind: 'options', options: [{ name: 'None', value: 'none' }, { name: 'Plastic Wrap', value: 'plastic-wrap' }, { name: 'Desiccant', value: 'desiccant' }, { name: 'Vacuum Seal', value: 'vacuum-seal' }, { name: 'Oil Coating', value: 'oil-coating' }], default: 'none', description: 'Preservation method, one of 5 values; Repzo\'s default is none' };
const f920: FieldSpec = { name: 'lastInspectionDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Last inspection date, sent as an ISO 8601 date and time' };
const f921: FieldSpec = { name: 'nextInspectionDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Next inspection date, sent as an ISO 8601 date and time' };
const f922: FieldSpec = { name: 'reservedFor', in: 'body', kind: 'json', jsonKind: 'object', description: 'Reserved for, a JSON object' };
const f923: FieldSpec = { name: 'weight', in: 'body', kind: 'number', minValue: 0, description: 'Weight of the item' };
const f924: FieldSpec = { name: 'dimensions', in: 'body', kind: 'json', jsonKind: 'object', description: 'Dimensions, a JSON object' };
const f925: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Store Asset Part Unit ID', description: 'Repzo ID (_id) of the store asset part unit' };
const f926: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Warehouse', value: 'warehouse' }, { name: 'Teams', value: 'teams' }, { name: 'Custom Status', value: 'custom_status' }, { name: 'Signature', value: 'signature' }, { name: 'Asset Part Unit', value: 'asset_part_unit' }, { name: 'Meadia', value: 'meadia' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f927: FieldSpec = { name: 'local_name', in: 'query', kind: 'string', description: 'Match this local name' };
const f928: FieldSpec = { name: 'sections', in: 'body', kind: 'json', jsonKind: 'array', required: true, description: 'Sections, a JSON list' };
const f929: FieldSpec = { name: 'targets', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f930: FieldSpec = { name: 'frequency', in: 'body', kind: 'options', options: [{ name: 'Daily', value: 'daily' }, { name: 'Weekly', value: 'weekly' }, { name: 'Monthly', value: 'monthly' }, { name: 'Quarterly', value: 'quarterly' }, { name: 'Yearly', value: 'yearly' }, { name: 'Custom', value: 'custom' }], description: 'Frequency, one of 6 values' };
const f931: FieldSpec = { name: 'validFrom', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Valid from, sent as an ISO 8601 date and time' };
const f932: FieldSpec = { name: 'validTo', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Valid to, sent as an ISO 8601 date and time' };
const f933: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Storecheck Template ID', description: 'Repzo ID (_id) of the storecheck template' };
const f934: FieldSpec = { name: 'sections', in: 'body', kind: 'json', jsonKind: 'array', description: 'Sections, a JSON list' };
const f935: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Parent ID', value: 'parent_id' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f936: FieldSpec = { name: 'parent_id', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these parent IDs (_id)' };
const f937: FieldSpec = { name: 'parent_id', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the parent' };
const f938: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Subcategory ID', description: 'Repzo ID (_id) of the subcategory' };
const f939: FieldSpec = { name: 'parent_id', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the parent' };
const f940: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Supplier ID', description: 'Repzo ID (_id) of the supplier' };
const f941: FieldSpec = { name: 'applicationId', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the application' };
const f942: FieldSpec = { name: 'endpointUrl', in: 'body', kind: 'string', required: true, description: 'Web address (URL) of the endpoint URL, starting with https://' };
const f943: FieldSpec = { name: 'eventTypes', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f944: FieldSpec = { name: 'secret', in: 'body', kind: 'string' };
const f945: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Svix Integration ID', description: 'Repzo ID (_id) of the svix integration' };
const f946: FieldSpec = { name: 'tag', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f947: FieldSpec = { name: 'type', in: 'query', kind: 'multiOptions', options: [{ name: 'Client', value: 'client' }, { name: 'Photo', value: 'photo' }, { name: 'Area', value: 'area' }, { name: 'Price', value: 'price' }], arrayFormat: 'json', description: 'Match any of the chosen values' };
const f948: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Tag ID', description: 'Repzo ID (_id) of the tag' };
const f949: FieldSpec = { name: 'rate', in: 'query', kind: 'numberList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f950: FieldSpec = { name: 'type', in: 'query', kind: 'multiOptions', options: [{ name: 'Inclusive', value: 'inclusive' }, { name: 'Additive', value: 'additive' }], arrayFormat: 'json', description: 'Match any of the chosen values' };
const f951: FieldSpec = { name: 'rate', in: 'body', kind: 'number', required: true, description: 'Tax rate in percent, e.g. 16' };
const f952: FieldSpec = { name: 'type', in: 'body', kind: 'options', options: [{ name: 'Inclusive', value: 'inclusive' }, { name: 'Additive', value: 'additive' }, { name: 'N/a', value: 'N/A' }], required: true, description: 'Type, one of 3 values' };
const f953: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Tax ID', description: 'Repzo ID (_id) of the tax' };
const f954: FieldSpec = { name: 'rate', in: 'body', kind: 'number', description: 'Tax rate in percent, e.g. 16' };
const f955: FieldSpec = { name: 'type', in: 'body', kind: 'options', options: [{ name: 'Inclusive', value: 'inclusive' }, { name: 'Additive', value: 'additive' }, { name: 'N/a', value: 'N/A' }], description: 'Type, one of 3 values' };
const f956: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Team ID', description: 'Repzo ID (_id) of the team' };
const f957: FieldSpec = { name: 'type', in: 'query', kind: 'multiOptions', options: [{ name: 'Load', value: 'load' }, { name: 'Unload', value: 'unload' }], arrayFormat: 'json', description: 'Match any of the chosen values' };
const f958: FieldSpec = { name: 'from', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f959: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Custom Status', value: 'custom_status' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f960: FieldSpec = { name: 'fromWarehouse', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the from warehouse' };
const f961: FieldSpec = { name: 'toWarehouse', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the to warehouse' };
const f962: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Transfer ID', description: 'Repzo ID (_id) of the transfer' };
const f963: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Pending', value: 'pending' }, { name: 'In Transit', value: 'in_transit' }, { name: 'Completed', value: 'completed' }, { name: 'Cancelled', value: 'cancelled' }], description: 'Status, one of 4 values' };
const f964: FieldSpec = { name: 'targetIntegrations', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f965: FieldSpec = { name: 'metaUpdates', in: 'body', kind: 'json', jsonKind: 'object', required: true, description: 'Meta updates, a JSON object' };
const f966: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Draft', value: 'draft' }, { name: 'Ready', value: 'ready' }, { name: 'Applied', value: 'applied' }, { name: 'Failed', value: 'failed' }, { name: 'Cancelled', value: 'cancelled' }], default: 'draft', description: 'Status, one of 5 values; Repzo\'s default is draft' };
const f967: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Integration Meta Update ID', description: 'Repzo ID (_id) of the integration meta update' };
const f968: FieldSpec = { name: 'withDisabled', in: 'query', kind: 'boolean', description: 'Whether to include disabled in the answer' };
const f969: FieldSpec = { name: 'product', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these product IDs (_id)' };
const f970: FieldSpec = { name: 'price', in: 'query', kind: 'json', jsonKind: 'any', arrayFormat: 'json', description: 'Price, as JSON' };
const f971: FieldSpec = { name: 'position', in: 'query', kind: 'json', jsonKind: 'any', arrayFormat: 'json', description: 'Position, as JSON' };
const f972: FieldSpec = { name: 'default', in: 'query', kind: 'boolean', description: 'Whether matching records have default set' };
const f973: FieldSpec = { name: 'subCategory', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f974: FieldSpec = { name: 'productGroup', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f975: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Product', value: 'product' }, { name: 'Modifiers Groups', value: 'modifiers_groups' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f976: FieldSpec = { name: 'product', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the product' };
const f977: FieldSpec = { name: 'uuid', in: 'body', kind: 'string', description: 'Unique identifier (UUID) of the variant, e.g. from your ERP' };
const f978: FieldSpec = { name: 'weight', in: 'body', kind: 'number', description: 'Weight of the item' };
const f979: FieldSpec = { name: 'length', in: 'body', kind: 'number' };
const f980: FieldSpec = { name: 'width', in: 'body', kind: 'number' };
const f981: FieldSpec = { name: 'height', in: 'body', kind: 'number' };
const f982: FieldSpec = { name: 'default', in: 'body', kind: 'boolean', description: 'Whether this is the product’s default variant' };
const f983: FieldSpec = { name: 'variant_img', in: 'body', kind: 'string', description: 'Web address (URL) of the variant image' };
const f984: FieldSpec = { name: 'modifiers_groups', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f985: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Variant ID', description: 'Repzo ID (_id) of the variant' };
const f986: FieldSpec = { name: 'user', in: 'query', kind: 'string', description: 'Match this user ID (_id)' };
const f987: FieldSpec = { name: 'route', in: 'query', kind: 'string', description: 'Match this route ID (_id)' };
const f988: FieldSpec = { name: 'company_namespace', in: 'query', kind: 'string', description: 'Match this company namespace' };
const f989: FieldSpec = { name: 'AREA_TAGS', in: 'query', kind: 'string', description: 'Match this area tags' };
const f990: FieldSpec = { name: 'availability', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f991: FieldSpec = { name: 'visit_id', in: 'query', kind: 'string', description: 'Match this visit ID (_id)' };
const f992: FieldSpec = { name: 'from_total_time', in: 'query', kind: 'number', description: 'Lowest total time to include' };
const f993: FieldSpec = { name: 'to_total_time', in: 'query', kind: 'number', description: 'Highest total time to include' };
const f994: FieldSpec = { name: 'closed_by_system', in: 'query', kind: 'boolean', description: 'Whether matching records have closed by system set' };
const f995: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Client', value: 'client' }, { name: 'Tags', value: 'tags' }, { name: 'Notes', value: 'notes' }, { name: 'Tasks', value: 'tasks' }, { name: 'Photos', value: 'photos' }, { name: 'Forms', value: 'forms' }, { name: 'Audits', value: 'audits' }, { name: 'Availability', value: 'availability' }, { name: 'User', value: 'user' }, { name: 'Route', value: 'route' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f996: FieldSpec = { name: 'plannedDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Planned date, sent as an ISO 8601 date and time' };
const f997: FieldSpec = { name: 'actualDate', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Actual date, sent as an ISO 8601 date and time' };
const f998: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Planned', value: 'planned' }, { name: 'Completed', value: 'completed' }, { name: 'Cancelled', value: 'cancelled' }], description: 'Status, one of 3 values' };
const f999: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Visit ID', description: 'Repzo ID (_id) of the visit' };
const f1000: FieldSpec = { name: 'type', in: 'query', kind: 'multiOptions', options: [{ name: 'Van', value: 'van' }, { name: 'Main', value: 'main' }, { name: 'Origin', value: 'origin' }], arrayFormat: 'json', description: 'Match any of the chosen values' };
const f1001: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Rep ID', value: 'rep_id' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f1002: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Warehouse ID', description: 'Repzo ID (_id) of the warehouse' };
const f1003: FieldSpec = { name: 'from_due_date', in: 'query', kind: 'dateTime', dateFormat: 'epochMillis', label: 'Due From', required: true, description: 'On or after this time, sent in epoch ms' };
const f1004: FieldSpec = { name: 'to_due_date', in: 'query', kind: 'dateTime', dateFormat: 'epochMillis', label: 'Due Until', required: true, description: 'On or before this time, sent in epoch ms' };
const f1005: FieldSpec = { name: 'disabled', in: 'query', kind: 'boolean', required: true, description: 'Whether matching records have disabled set' };
const f1006: FieldSpec = { name: 'day_per_page', in: 'query', kind: 'number', description: 'Match this day per page' };
const f1007: FieldSpec = { name: 'day_page', in: 'query', kind: 'number', description: 'Match this day page' };
const f1008: FieldSpec = { name: 'client_location', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f1009: FieldSpec = { name: 'workorder_categories', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f1010: FieldSpec = { name: 'priority_human', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f1011: FieldSpec = { name: 'assets', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f1012: FieldSpec = { name: 'asset_units', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f1013: FieldSpec = { name: 'contract', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f1014: FieldSpec = { name: '_id', in: 'query', kind: 'stringList', arrayFormat: 'json', required: true, description: 'Match these record IDs (_id)' };
const f1015: FieldSpec = { name: 'parent_category', in: 'query', kind: 'string', description: 'Match this parent category ID (_id)' };
const f1016: FieldSpec = { name: 'parent_category', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the parent category' };
const f1017: FieldSpec = { name: 'priority_level', in: 'body', kind: 'number', minValue: 1, maxValue: 5, default: 3, description: 'Priority level, a whole number from 1 to 5' };
const f1018: FieldSpec = { name: 'estimated_duration', in: 'body', kind: 'number', description: 'Estimated duration, a whole number' };
const f1019: FieldSpec = { name: 'required_skills', in: 'body', kind: 'stringList', arrayFormat: 'array' };
const f1020: FieldSpec = { name: 'default_assignee', in: 'body', kind: 'string', description: 'Repzo ID (_id) of the default assignee' };
const f1021: FieldSpec = { name: 'approval_required', in: 'body', kind: 'boolean' };
const f1022: FieldSpec = { name: 'custom_fields', in: 'body', kind: 'json', jsonKind: 'array', description: 'Your account’s custom fields, as JSON keyed by field name' };
const f1023: FieldSpec = { name: 'sla_settings', in: 'body', kind: 'json', jsonKind: 'object', description: 'Sla settings, a JSON object' };
const f1024: FieldSpec = { name: 'sort_order', in: 'body', kind: 'number', description: 'Sort order, a whole number' };
const f1025: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Workorder Category ID', description: 'Repzo ID (_id) of the workorder category' };
const f1026: FieldSpec = { name: 'priority_level', in: 'body', kind: 'number', maxValue: 5, description: 'Priority level, a whole number from 1 to 5' };
const f1027: FieldSpec = { name: 'workorder', in: 'query', kind: 'string', description: 'Match this work order ID (_id)' };
const f1028: FieldSpec = { name: 'link_type', in: 'query', kind: 'options', options: [{ name: 'Public', value: 'public' }, { name: 'Private', value: 'private' }, { name: 'Secure', value: 'secure' }], description: 'Match this link type' };
const f1029: FieldSpec = { name: 'workorder', in: 'body', kind: 'string', required: true, description: 'Repzo ID (_id) of the work order' };
const f1030: FieldSpec = { name: 'link_type', in: 'body', kind: 'options', options: [{ name: 'Public', value: 'public' }, { name: 'Private', value: 'private' }, { name: 'Secure', value: 'secure' }], default: 'private', description: 'Link type, one of 3 values; Repzo\'s default is private' };
const f1031: FieldSpec = { name: 'access_restrictions', in: 'body', kind: 'json', jsonKind: 'object', description: 'Access restrictions, a JSON object' };
const f1032: FieldSpec = { name: 'expiry_date', in: 'body', kind: 'dateTime', dateFormat: 'iso', description: 'Expiry date, sent as an ISO 8601 date and time' };
const f1033: FieldSpec = { name: 'custom_branding', in: 'body', kind: 'json', jsonKind: 'object', description: 'Custom branding, a JSON object' };
const f1034: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Workorder Portal Link ID', description: 'Repzo ID (_id) of the workorder portal link' };
const f1035: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Client Location', value: 'client_location' }, { name: 'Client', value: 'client' }, { name: 'Assets', value: 'assets' }, { name: 'Asset Units', value: 'asset_units' }, { name: 'Workorder Portal', value: 'workorder_portal' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f1036: FieldSpec = { name: 'link_type', in: 'body', kind: 'options', options: [{ name: 'Public', value: 'public' }, { name: 'Private', value: 'private' }, { name: 'Secure', value: 'secure' }], description: 'Link type, one of 3 values' };
const f1037: FieldSpec = { name: 'status', in: 'query', kind: 'options', options: [{ name: 'Pending', value: 'pending' }, { name: 'In Progress', value: 'in_progress' }, { name: 'Completed', value: 'completed' }, { name: 'Cancelled', value: 'cancelled' }], description: 'Match this status' };
const f1038: FieldSpec = { name: 'access_level', in: 'body', kind: 'options', options: [{ name: 'View Only', value: 'view_only' }, { name: 'Comment', value: 'comment' }, { name: 'Full Access', value: 'full_access' }], default: 'view_only', description: 'Access level, one of 3 values; Repzo\'s default is view_only' };
const f1039: FieldSpec = { name: 'allowed_actions', in: 'body', kind: 'multiOptions', options: [{ name: 'View', value: 'view' }, { name: 'Comment', value: 'comment' }, { name: 'Upload Files', value: 'upload_files' }, { name: 'Approve', value: 'approve' }, { name: 'Reject', value: 'reject' }], arrayFormat: 'array', description: 'One or more allowed actions values' };
const f1040: FieldSpec = { name: 'portal_settings', in: 'body', kind: 'json', jsonKind: 'object', description: 'Portal settings, a JSON object' };
const f1041: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Workorder Portal ID', description: 'Repzo ID (_id) of the workorder portal' };
const f1042: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Product Groups', value: 'product_groups' }, { name: 'Default Workorder Categories', value: 'default_workorder_categories' }, { name: 'Header Logo', value: 'header_logo' }, { name: 'Footer Logo', value: 'footer_logo' }, { name: 'Accepted Custom Fields', value: 'accepted_custom_fields' }, { name: 'Form V2', value: 'formV2' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f1043: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Pending', value: 'pending' }, { name: 'In Progress', value: 'in_progress' }, { name: 'Completed', value: 'completed' }, { name: 'Cancelled', value: 'cancelled' }], description: 'Status, one of 4 values' };
const f1044: FieldSpec = { name: 'access_level', in: 'body', kind: 'options', options: [{ name: 'View Only', value: 'view_only' }, { name: 'Comment', value: 'comment' }, { name: 'Full Access', value: 'full_access' }], description: 'Access level, one of 3 values' };
const f1045: FieldSpec = { name: 'status', in: 'body', kind: 'options', options: [{ name: 'Pending', value: 'pending' }, { name: 'In Progress', value: 'in_progress' }, { name: 'Completed', value: 'completed' }, { name: 'Cancelled', value: 'cancelled' }], required: true, description: 'Status, one of 4 values' };
const f1046: FieldSpec = { name: 'priority', in: 'query', kind: 'numberList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f1047: FieldSpec = { name: 'priority_human', in: 'query', kind: 'multiOptions', options: [{ name: 'None', value: 'none' }, { name: 'Low', value: 'low' }, { name: 'Medium', value: 'medium' }, { name: 'High', value: 'high' }], arrayFormat: 'json', description: 'Match any of the chosen values' };
const f1048: FieldSpec = { name: 'status', in: 'query', kind: 'multiOptions', options: [{ name: 'Pending', value: 'pending' }, { name: 'Approved', value: 'approved' }, { name: 'Rejected', value: 'rejected' }], arrayFormat: 'json', description: 'Match any of the chosen values' };
const f1049: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Client Location', value: 'client_location' }, { name: 'Client', value: 'client' }, { name: 'Media', value: 'media' }, { name: 'Workorder', value: 'workorder' }, { name: 'Assets', value: 'assets' }, { name: 'Asset Units', value: 'asset_units' }, { name: 'Workorder Categories', value: 'workorder_categories' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f1050: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Workorder Request ID', description: 'Repzo ID (_id) of the workorder request' };
const f1051: FieldSpec = { name: 'status', in: 'query', kind: 'multiOptions', options: [{ name: 'Open', value: 'open' }, { name: 'Done', value: 'done' }, { name: 'Cancelled', value: 'cancelled' }, { name: 'Inprogress', value: 'inprogress' }, { name: 'Onhold', value: 'onhold' }], arrayFormat: 'json', description: 'Match any of the chosen values' };
const f1052: FieldSpec = { name: 'asset_part_units', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f1053: FieldSpec = { name: 'due_date', in: 'query', kind: 'number', description: 'Match this due date' };
const f1054: FieldSpec = { name: 'start_date', in: 'query', kind: 'number', description: 'Match this start date' };
const f1055: FieldSpec = { name: 'forms', in: 'query', kind: 'stringList', arrayFormat: 'json', hint: 'Match any of these values, separated by commas' };
const f1056: FieldSpec = { name: 'from_start_date', in: 'query', kind: 'number', description: 'Lowest start date to include' };
const f1057: FieldSpec = { name: 'to_start_date', in: 'query', kind: 'number', description: 'Highest start date to include' };
const f1058: FieldSpec = { name: 'from_due_date', in: 'query', kind: 'dateTime', dateFormat: 'epochMillis', label: 'Due From', description: 'On or after this time, sent in epoch ms' };
const f1059: FieldSpec = { name: 'to_due_date', in: 'query', kind: 'dateTime', dateFormat: 'epochMillis', label: 'Due Until', description: 'On or before this time, sent in epoch ms' };
const f1060: FieldSpec = { name: 'is_dunning_allowed', in: 'query', kind: 'json', jsonKind: 'any', arrayFormat: 'json', description: 'Is dunning allowed, as JSON' };
const f1061: FieldSpec = { name: 'is_completed', in: 'query', kind: 'json', jsonKind: 'any', arrayFormat: 'json', description: 'Is completed, as JSON' };
const f1062: FieldSpec = { name: 'from_score', in: 'query', kind: 'number', description: 'Lowest score to include' };
const f1063: FieldSpec = { name: 'to_score', in: 'query', kind: 'number', description: 'Highest score to include' };
const f1064: FieldSpec = { name: 'score', in: 'query', kind: 'number', description: 'Match this score' };
const f1065: FieldSpec = { name: 'forms_v2.form_id', in: 'query', kind: 'stringList', arrayFormat: 'json', description: 'Match these forms v2 form IDs (_id)' };
const f1066: FieldSpec = { name: 'started', in: 'query', kind: 'boolean', description: 'Whether matching records have started set' };
const f1067: FieldSpec = { name: 'assignedToMe', in: 'query', kind: 'boolean', description: 'Whether matching records have assigned to me set' };
const f1068: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Client Location', value: 'client_location' }, { name: 'Client', value: 'client' }, { name: 'Assigned To', value: 'assigned_to' }, { name: 'Media', value: 'media' }, { name: 'Cover Photo', value: 'cover_photo' }, { name: 'Forms', value: 'forms' }, { name: 'Assets', value: 'assets' }, { name: 'Asset Units', value: 'asset_units' }, { name: 'Contract', value: 'contract' }, { name: 'Workorder Categories', value: 'workorder_categories' }, { name: 'Asset Part Units', value: 'asset_part_units' }, { name: 'Forms V2', value: 'forms_v2' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f1069: FieldSpec = { name: 'id', in: 'path', kind: 'string', required: true, label: 'Workorder ID', description: 'Repzo ID (_id) of the workorder' };
const f1070: FieldSpec = { name: 'populatedKeys', in: 'query', kind: 'multiOptions', options: [{ name: 'Teams', value: 'teams' }, { name: 'Client Location', value: 'client_location' }, { name: 'Client', value: 'client' }, { name: 'Assigned To', value: 'assigned_to' }, { name: 'Media', value: 'media' }, { name: 'Cover Photo', value: 'cover_photo' }, { name: 'Forms', value: 'forms' }, { name: 'Assets', value: 'assets' }, { name: 'Asset Units', value: 'asset_units' }, { name: 'Proforma', value: 'proforma' }, { name: 'Contract', value: 'contract' }, { name: 'Workorder Categories', value: 'workorder_categories' }, { name: 'Asset Part Units', value: 'asset_part_units' }, { name: 'Forms V2', value: 'forms_v2' }, { name: 'Fullinvoice', value: 'fullinvoice' }, { name: 'Activity Form V2', value: 'activity-form-v2' }, { name: 'Activity Form', value: 'activity-form' }, { name: 'Receive Parts', value: 'receive-parts' }], arrayFormat: 'json', description: 'Linked records to return in full' };
const f1071: FieldSpec = { name: 'sortPage', in: 'query', kind: 'options', options: [{ name: 'Due Date', value: 'due_date' }, { name: 'Priority', value: 'priority' }, { name: 'Updated At', value: 'updatedAt' }, { name: 'Created At', value: 'createdAt' }, { name: 'From Updated At', value: 'from_updatedAt' }, { name: 'To Updated At', value: 'to_updatedAt' }, { name: 'ID', value: '_id' }], description: 'Match this sort page' };

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
	{ resource: 'activityAiSalesOrder', operation: 'getAll', name: 'Get Many', action: 'Get many activity AI sales orders', method: 'GET', path: '/activity-ai-sales-order', list: list0, fields: [f0, f1, f2, f3] },
	{ resource: 'activityAiSalesOrder', operation: 'create', name: 'Create', action: 'Create activity AI sales order', method: 'POST', path: '/activity-ai-sales-order', rootProperty: 'data', bodyJsonMode: true, fields: [f4, f5, f6, f7, f8, f9, f10] },
	{ resource: 'activityAiSalesOrder', operation: 'get', name: 'Get', action: 'Get activity AI sales order', method: 'GET', path: '/activity-ai-sales-order/{id}', rootProperty: 'data', fields: [f11] },
	{ resource: 'activityAiSalesOrder', operation: 'update', name: 'Update', action: 'Update activity AI sales order', method: 'PUT', path: '/activity-ai-sales-order/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f11, f4, f5, f6, f7, f8, f9, f10] },
	{ resource: 'activityAiSalesOrder', operation: 'delete', name: 'Delete', action: 'Delete activity AI sales order', method: 'DELETE', path: '/activity-ai-sales-order/{id}', fields: [f11] },
	{ resource: 'activityAiSalesOrder', operation: 'generate', name: 'Generate Recommendations', action: 'Generate recommendations for AI sales order activity', method: 'POST', path: '/activity-ai-sales-order/{id}/generate', rootProperty: 'data', fields: [f11] },
	{ resource: 'activityFeedbackV2', operation: 'getAll', name: 'Get Many', action: 'Get many activity feedback v2', method: 'GET', path: '/activity-feedback-v2', list: list1, fields: [f0, f12, f13, f14, f15, f16, f17, f18] },
	{ resource: 'activityFeedbackV2', operation: 'create', name: 'Create', action: 'Create activity feedback v2', method: 'POST', path: '/activity-feedback-v2', rootProperty: 'data', bodyJsonMode: true, fields: [f19, f20, f5, f21, f22, f23, f24, f25, f26, f27, f28, f29] },
	{ resource: 'activityFeedbackV2', operation: 'get', name: 'Get', action: 'Get activity feedback v2', method: 'GET', path: '/activity-feedback-v2/{id}', rootProperty: 'data', fields: [f30] },
	{ resource: 'activityFeedbackV2', operation: 'update', name: 'Update', action: 'Update activity feedback v2', method: 'PATCH', path: '/activity-feedback-v2/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f30, f31, f24, f25, f32, f29] },
	{ resource: 'activityFeedbackV2', operation: 'delete', name: 'Delete', action: 'Delete activity feedback v2', method: 'DELETE', path: '/activity-feedback-v2/{id}', fields: [f30] },
	{ resource: 'activityFeedbackV2', operation: 'getDetailedAnalytics', name: 'Get Detailed Analytics', action: 'Get detailed activity feedback v2 analytics', method: 'GET', path: '/activity-feedback-v2/analytics/detailed', rootProperty: 'data', fields: [f33, f34, f13, f14, f17] },
	{ resource: 'activityFeedback', operation: 'getAll', name: 'Get Many', action: 'Get many activity feedback', method: 'GET', path: '/activity-feedback', list: list1, fields: [f0, f12, f13, f14, f15, f35, f18] },
	{ resource: 'activityFeedback', operation: 'create', name: 'Create', action: 'Create activity feedback', method: 'POST', path: '/activity-feedback', rootProperty: 'data', bodyJsonMode: true, fields: [f19, f20, f5, f21, f36, f37, f38, f28, f39, f40, f41, f42, f43, f29] },
	{ resource: 'activityFeedback', operation: 'get', name: 'Get', action: 'Get activity feedback', method: 'GET', path: '/activity-feedback/{id}', rootProperty: 'data', fields: [f44] },
	{ resource: 'activityFeedback', operation: 'update', name: 'Update', action: 'Update activity feedback', method: 'PATCH', path: '/activity-feedback/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f44, f45, f37, f38, f42, f43, f29] },
	{ resource: 'activityFeedback', operation: 'delete', name: 'Delete', action: 'Delete activity feedback', method: 'DELETE', path: '/activity-feedback/{id}', fields: [f44] },
	{ resource: 'activityFeedback', operation: 'getAnalytics', name: 'Get Analytics', action: 'Get activity feedback analytics', method: 'GET', path: '/activity-feedback/analytics', rootProperty: 'data', fields: [f33, f34, f13, f14] },
	{ resource: 'activityStorecheck', operation: 'getAll', name: 'Get Many', action: 'Get many activity storechecks', method: 'GET', path: '/activity-storecheck', list: list0, fields: [f0, f1, f2, f3] },
	{ resource: 'activityStorecheck', operation: 'create', name: 'Create', action: 'Create activity storecheck', method: 'POST', path: '/activity-storecheck', rootProperty: 'data', bodyJsonMode: true, fields: [f4, f5, f46, f47, f48, f24, f49, f50] },
	{ resource: 'activityStorecheck', operation: 'get', name: 'Get', action: 'Get activity storecheck', method: 'GET', path: '/activity-storecheck/{id}', rootProperty: 'data', fields: [f51] },
	{ resource: 'activityStorecheck', operation: 'update', name: 'Update', action: 'Update activity storecheck', method: 'PUT', path: '/activity-storecheck/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f51, f4, f5, f46, f47, f48, f24, f49, f50] },
	{ resource: 'activityStorecheck', operation: 'delete', name: 'Delete', action: 'Delete activity storecheck', method: 'DELETE', path: '/activity-storecheck/{id}', fields: [f51] },
	{ resource: 'adjustAccount', operation: 'getAll', name: 'Get Many', action: 'Get many adjust accounts', method: 'GET', path: '/adjust-account', list: list1, fields: [f0, f52, f18, f53, f54, f55, f56, f57, f58, f59, f60, f61, f62, f63, f64] },
	{ resource: 'adjustAccount', operation: 'create', name: 'Create', action: 'Create adjust account', method: 'POST', path: '/adjust-account', bodyJsonMode: true, fields: [f4, f65, f66, f67, f68, f69, f70, f71, f72] },
	{ resource: 'adjustAccount', operation: 'get', name: 'Get', action: 'Get adjust account', method: 'GET', path: '/adjust-account/{id}', fields: [f73] },
	{ resource: 'adjustInventory', operation: 'getAll', name: 'Get Many', action: 'Get many adjust inventories', method: 'GET', path: '/adjust-inventory', list: list1, fields: [f0, f52, f74, f18, f75, f3, f76, f77, f78, f79, f80, f53, f81, f82, f83, f84, f85, f86, f87, f88, f89, f58, f59, f60, f64, f90, f61, f62, f63] },
	{ resource: 'adjustInventory', operation: 'create', name: 'Create', action: 'Create adjust inventory', method: 'POST', path: '/adjust-inventory', rootProperty: 'data', bodyJsonMode: true, fields: [f91, f65, f92, f50] },
	{ resource: 'adjustInventory', operation: 'get', name: 'Get', action: 'Get adjust inventory', method: 'GET', path: '/adjust-inventory/{id}', rootProperty: 'data', fields: [f93, f90, f94] },
	{ resource: 'approvalRequest', operation: 'getAll', name: 'Get Many', action: 'Get many approval requests', method: 'GET', path: '/approval-request', list: list1, fields: [f0, f52, f74, f18, f3, f76, f77, f78, f80, f53, f95, f96, f97, f98, f99, f100, f101, f87, f102, f56, f57, f58, f59, f60, f64, f103, f104, f105, f106, f107, f63, f94, f108] },
	{ resource: 'approvalRequest', operation: 'create', name: 'Create', action: 'Create approval request', method: 'POST', path: '/approval-request', rootProperty: 'data', bodyJsonMode: true, fields: [f109, f70, f110, f111, f112, f113, f114, f115, f116] },
	{ resource: 'approvalRequest', operation: 'get', name: 'Get', action: 'Get approval request', method: 'GET', path: '/approval-request/{id}', rootProperty: 'data', fields: [f117, f94, f118, f119, f120, f108] },
	{ resource: 'approvalRequest', operation: 'update', name: 'Update', action: 'Update approval request', method: 'PUT', path: '/approval-request/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f117, f109, f70, f113, f114, f115, f116, f121] },
	{ resource: 'approvalRequest', operation: 'delete', name: 'Delete', action: 'Delete approval request', method: 'DELETE', path: '/approval-request/{id}', fields: [f117] },
	{ resource: 'approval', operation: 'getAll', name: 'Get Many', action: 'Get many approvals', method: 'GET', path: '/approvals', list: list1, fields: [f0, f52, f18, f3, f122, f123, f63, f60, f64, f58, f59] },
	{ resource: 'approval', operation: 'create', name: 'Create', action: 'Create approval', method: 'POST', path: '/approvals', rootProperty: 'data', bodyJsonMode: true, fields: [f124, f125, f126, f127, f128] },
	{ resource: 'approval', operation: 'get', name: 'Get', action: 'Get approval', method: 'GET', path: '/approvals/{id}', rootProperty: 'data', fields: [f129] },
	{ resource: 'approval', operation: 'update', name: 'Update', action: 'Update approval', method: 'PUT', path: '/approvals/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f129, f126, f127, f128] },
	{ resource: 'approval', operation: 'delete', name: 'Delete', action: 'Delete approval', method: 'DELETE', path: '/approvals/{id}', fields: [f129] },
	{ resource: 'assetPartReceival', operation: 'getAll', name: 'Get Many', action: 'Get many asset part receivals', method: 'GET', path: '/asset-part-receival', list: list0, fields: [f0, f1, f2, f3] },
	{ resource: 'assetPartReceival', operation: 'create', name: 'Create', action: 'Create asset part receival', method: 'POST', path: '/asset-part-receival', rootProperty: 'data', bodyJsonMode: true, fields: [f130, f131, f132, f133, f134, f135, f91, f136, f137, f138, f139, f140, f141, f142, f143, f144, f145, f50, f10] },
	{ resource: 'assetPartReceival', operation: 'get', name: 'Get', action: 'Get asset part receival', method: 'GET', path: '/asset-part-receival/{id}', rootProperty: 'data', fields: [f146, f147] },
	{ resource: 'assetPartReceival', operation: 'update', name: 'Update', action: 'Update asset part receival', method: 'PUT', path: '/asset-part-receival/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f146, f130, f131, f132, f133, f134, f135, f91, f136, f137, f138, f139, f140, f141, f142, f143, f144, f145, f50, f10] },
	{ resource: 'assetPartReceival', operation: 'delete', name: 'Delete', action: 'Delete asset part receival', method: 'DELETE', path: '/asset-part-receival/{id}', fields: [f146] },
	{ resource: 'assetPartTransfer', operation: 'getAll', name: 'Get Many', action: 'Get many asset part transfers', method: 'GET', path: '/asset-part-transfer', list: list0, fields: [f0, f1, f2, f3] },
	{ resource: 'assetPartTransfer', operation: 'create', name: 'Create', action: 'Create asset part transfer', method: 'POST', path: '/asset-part-transfer', rootProperty: 'data', bodyJsonMode: true, fields: [f148, f149, f150, f151, f152, f153, f154, f155, f156, f157, f158, f159, f160, f137, f161, f162, f163, f164, f165, f166, f167, f139, f145, f50, f10] },
	{ resource: 'assetPartTransfer', operation: 'get', name: 'Get', action: 'Get asset part transfer', method: 'GET', path: '/asset-part-transfer/{id}', rootProperty: 'data', fields: [f168, f94, f118, f169] },
	{ resource: 'assetPartTransfer', operation: 'update', name: 'Update', action: 'Update asset part transfer', method: 'PUT', path: '/asset-part-transfer/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f168, f148, f149, f150, f151, f152, f153, f154, f155, f156, f157, f158, f159, f160, f137, f161, f162, f163, f164, f165, f166, f167, f139, f145, f50, f10] },
	{ resource: 'assetPartTransfer', operation: 'delete', name: 'Delete', action: 'Delete asset part transfer', method: 'DELETE', path: '/asset-part-transfer/{id}', fields: [f168] },
	{ resource: 'assetPartTransfer', operation: 'complete', name: 'Complete', action: 'Complete asset part transfer', method: 'POST', path: '/asset-part-transfer/{id}/complete', rootProperty: 'data', fields: [f168] },
	{ resource: 'assetPartType', operation: 'getAll', name: 'Get Many', action: 'Get many asset part types', method: 'GET', path: '/asset-part-type', list: list0, fields: [f0, f1, f2, f3] },
	{ resource: 'assetPartType', operation: 'create', name: 'Create', action: 'Create asset part type', method: 'POST', path: '/asset-part-type', rootProperty: 'data', bodyJsonMode: true, fields: [f170, f70, f171, f172, f173, f174, f175, f176, f177, f178, f179, f10] },
	{ resource: 'assetPartType', operation: 'get', name: 'Get', action: 'Get asset part type', method: 'GET', path: '/asset-part-type/{id}', rootProperty: 'data', fields: [f180] },
	{ resource: 'assetPartType', operation: 'update', name: 'Update', action: 'Update asset part type', method: 'PUT', path: '/asset-part-type/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f180, f170, f70, f171, f172, f173, f174, f175, f176, f177, f178, f179, f10] },
	{ resource: 'assetPartType', operation: 'delete', name: 'Delete', action: 'Delete asset part type', method: 'DELETE', path: '/asset-part-type/{id}', fields: [f180] },
	{ resource: 'assetPartUnit', operation: 'getAll', name: 'Get Many', action: 'Get many asset part units', method: 'GET', path: '/asset-part-unit', list: list0, fields: [f0, f1, f2, f3] },
	{ resource: 'assetPartUnit', operation: 'create', name: 'Create', action: 'Create asset part unit', method: 'POST', path: '/asset-part-unit', rootProperty: 'data', bodyJsonMode: true, fields: [f181, f182, f183, f184, f185, f186, f187, f188, f189, f48, f190, f191, f192, f193, f194, f167, f177, f131, f195, f50, f196, f10] },
	{ resource: 'assetPartUnit', operation: 'get', name: 'Get', action: 'Get asset part unit', method: 'GET', path: '/asset-part-unit/{id}', rootProperty: 'data', fields: [f197, f198] },
	{ resource: 'assetPartUnit', operation: 'update', name: 'Update', action: 'Update asset part unit', method: 'PUT', path: '/asset-part-unit/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f197, f181, f182, f183, f184, f185, f186, f187, f188, f189, f48, f190, f191, f192, f193, f194, f167, f177, f131, f195, f50, f196, f10] },
	{ resource: 'assetPartUnit', operation: 'delete', name: 'Delete', action: 'Delete asset part unit', method: 'DELETE', path: '/asset-part-unit/{id}', fields: [f197] },
	{ resource: 'assetPart', operation: 'getAll', name: 'Get Many', action: 'Get many asset parts', method: 'GET', path: '/asset-part', list: list0, fields: [f0, f1, f2, f3] },
	{ resource: 'assetPart', operation: 'create', name: 'Create', action: 'Create asset part', method: 'POST', path: '/asset-part', rootProperty: 'data', bodyJsonMode: true, fields: [f199, f170, f70, f200, f201, f202, f173, f203, f177, f167, f139, f204, f205, f206, f207, f208, f209, f172, f179, f210, f211, f212, f145, f10] },
	{ resource: 'assetPart', operation: 'get', name: 'Get', action: 'Get asset part', method: 'GET', path: '/asset-part/{id}', rootProperty: 'data', fields: [f213, f214] },
	{ resource: 'assetPart', operation: 'update', name: 'Update', action: 'Update asset part', method: 'PUT', path: '/asset-part/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f213, f199, f170, f70, f200, f201, f202, f173, f203, f177, f167, f139, f204, f205, f206, f207, f208, f209, f172, f179, f210, f211, f212, f145, f10] },
	{ resource: 'assetPart', operation: 'delete', name: 'Delete', action: 'Delete asset part', method: 'DELETE', path: '/asset-part/{id}', fields: [f213] },
	{ resource: 'assetType', operation: 'getAll', name: 'Get Many', action: 'Get many asset types', method: 'GET', path: '/asset-type', list: list1, fields: [f0, f52, f18, f3, f122, f215, f216, f60, f64, f63, f58, f59] },
	{ resource: 'assetType', operation: 'create', name: 'Create', action: 'Create asset type', method: 'POST', path: '/asset-type', rootProperty: 'data', bodyJsonMode: true, fields: [f217, f70, f209, f218, f219] },
	{ resource: 'assetType', operation: 'get', name: 'Get', action: 'Get asset type', method: 'GET', path: '/asset-type/{id}', rootProperty: 'data', fields: [f220] },
	{ resource: 'assetType', operation: 'update', name: 'Update', action: 'Update asset type', method: 'PUT', path: '/asset-type/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f220, f217, f70, f209, f218, f219] },
	{ resource: 'assetType', operation: 'delete', name: 'Delete', action: 'Delete asset type', method: 'DELETE', path: '/asset-type/{id}', fields: [f220] },
	{ resource: 'assetUnit', operation: 'getAll', name: 'Get Many', action: 'Get many asset units', method: 'GET', path: '/asset-unit', list: list1, fields: [f0, f12, f221, f222, f223, f18] },
	{ resource: 'assetUnit', operation: 'create', name: 'Create', action: 'Create asset unit', method: 'POST', path: '/asset-unit', rootProperty: 'data', bodyJsonMode: true, fields: [f224, f225, f210, f226, f227, f228, f229, f230, f231, f232, f233, f50, f234, f29, f219] },
	{ resource: 'assetUnit', operation: 'get', name: 'Get', action: 'Get asset unit', method: 'GET', path: '/asset-unit/{id}', rootProperty: 'data', fields: [f235, f236] },
	{ resource: 'assetUnit', operation: 'update', name: 'Update', action: 'Update asset unit', method: 'PATCH', path: '/asset-unit/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f235, f237, f210, f238, f239, f228, f229, f230, f231, f240, f241, f232, f233, f50, f234, f29, f219] },
	{ resource: 'assetUnit', operation: 'delete', name: 'Delete', action: 'Delete asset unit', method: 'DELETE', path: '/asset-unit/{id}', fields: [f235] },
	{ resource: 'assetUnit', operation: 'deleteMany', name: 'Delete Many', action: 'Delete many asset units', method: 'POST', path: '/asset-unit/remove', bodyJsonMode: true, fields: [f242] },
	{ resource: 'assetUnit', operation: 'updateStatus', name: 'Update Status', action: 'Update asset unit status', method: 'PATCH', path: '/asset-unit/{id}/status', rootProperty: 'data', bodyJsonMode: true, fields: [f235, f243, f160, f50] },
	{ resource: 'asset', operation: 'getAll', name: 'Get Many', action: 'Get many assets', method: 'GET', path: '/asset', list: list1, fields: [f0, f52, f122, f18, f60, f64, f244, f245, f58, f59, f3, f215, f216, f63, f246] },
	{ resource: 'asset', operation: 'create', name: 'Create', action: 'Create asset', method: 'POST', path: '/asset', rootProperty: 'data', bodyJsonMode: true, fields: [f217, f247, f248, f21, f48, f121, f249, f250, f196] },
	{ resource: 'asset', operation: 'get', name: 'Get', action: 'Get asset', method: 'GET', path: '/asset/{id}', rootProperty: 'data', fields: [f251, f246] },
	{ resource: 'asset', operation: 'update', name: 'Update', action: 'Update asset', method: 'PUT', path: '/asset/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f251, f217, f247, f248, f21, f48, f121, f249, f250, f196] },
	{ resource: 'asset', operation: 'delete', name: 'Delete', action: 'Delete asset', method: 'DELETE', path: '/asset/{id}', fields: [f251] },
	{ resource: 'bank', operation: 'getAll', name: 'Get Many', action: 'Get many banks', method: 'GET', path: '/banks', list: list1, fields: [f0, f52, f18, f3, f60, f61, f62, f63, f64, f58, f59] },
	{ resource: 'bank', operation: 'create', name: 'Create', action: 'Create bank', method: 'POST', path: '/banks', rootProperty: 'data', bodyJsonMode: true, fields: [f217, f252, f253, f219] },
	{ resource: 'bank', operation: 'get', name: 'Get', action: 'Get bank', method: 'GET', path: '/banks/{id}', rootProperty: 'data', fields: [f254] },
	{ resource: 'bank', operation: 'update', name: 'Update', action: 'Update bank', method: 'PUT', path: '/banks/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f254, f217, f252, f253, f219] },
	{ resource: 'bank', operation: 'delete', name: 'Delete', action: 'Delete bank', method: 'DELETE', path: '/banks/{id}', fields: [f254] },
	{ resource: 'bankList', operation: 'getAll', name: 'Get Many', action: 'Get many bank lists', method: 'GET', path: '/bankslists', list: list1, fields: [f0, f52, f18, f3, f255, f60, f64, f58, f59] },
	{ resource: 'bankList', operation: 'create', name: 'Create', action: 'Create bank list', method: 'POST', path: '/bankslists', rootProperty: 'data', bodyJsonMode: true, fields: [f217, f256, f219] },
	{ resource: 'bankList', operation: 'get', name: 'Get', action: 'Get bank list', method: 'GET', path: '/bankslists/{id}', rootProperty: 'data', fields: [f257] },
	{ resource: 'bankList', operation: 'update', name: 'Update', action: 'Update bank list', method: 'PUT', path: '/bankslists/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f257, f217, f256, f219] },
	{ resource: 'bankList', operation: 'delete', name: 'Delete', action: 'Delete bank list', method: 'DELETE', path: '/bankslists/{id}', fields: [f257] },
	{ resource: 'brand', operation: 'getAll', name: 'Get Many', action: 'Get many brands', method: 'GET', path: '/product-brand', list: list1, fields: [f0, f52, f18, f3, f122, f258, f123, f60, f259, f260, f61, f62, f63, f64, f58, f59] },
	{ resource: 'brand', operation: 'create', name: 'Create', action: 'Create brand', method: 'POST', path: '/product-brand', bodyJsonMode: true, fields: [f170, f261, f219, f72, f29] },
	{ resource: 'brand', operation: 'get', name: 'Get', action: 'Get brand', method: 'GET', path: '/product-brand/{id}', fields: [f262] },
	{ resource: 'brand', operation: 'update', name: 'Update', action: 'Update brand', method: 'PUT', path: '/product-brand/{id}', bodyJsonMode: true, fields: [f262, f217, f261, f219, f72, f29] },
	{ resource: 'brand', operation: 'delete', name: 'Delete', action: 'Delete brand', method: 'DELETE', path: '/product-brand/{id}', fields: [f262] },
	{ resource: 'cart', operation: 'getAll', name: 'Get Many', action: 'Get many carts', method: 'GET', path: '/cart', list: list1, fields: [f0, f52, f18, f263, f53, f264, f265, f78, f60, f64, f58, f59] },
	{ resource: 'cart', operation: 'create', name: 'Create', action: 'Create cart', method: 'POST', path: '/cart', bodyJsonMode: true, fields: [f266, f267, f268, f269, f270, f271, f272, f273, f274, f275, f276, f277, f278, f279, f280, f281, f282, f283, f284, f285, f286, f287, f288, f289, f290, f291, f292, f293, f294, f295, f296, f297, f298, f299, f300, f301, f302, f303, f304, f305, f306, f307, f308, f309, f310, f311, f312, f313, f314, f315, f316, f317, f318, f319, f320, f321, f322, f323, f324, f325, f326, f327, f328, f329, f330, f331, f332, f333, f334, f335, f336, f337, f338, f339, f340, f341, f342, f343, f344, f345, f346, f347, f348, f349, f350, f351, f352, f353, f354, f355, f356, f357, f358, f359, f360, f361, f362, f363, f364, f365, f366, f367, f368, f369, f370, f371, f372, f373, f374, f375, f376, f377, f378, f379, f380, f381, f382, f383, f384, f385, f386, f387, f388, f389, f390, f391, f392, f393, f137, f394, f395, f396, f397, f398, f399, f400] },
	{ resource: 'cart', operation: 'get', name: 'Get', action: 'Get cart', method: 'GET', path: '/cart/{id}', fields: [f401] },
	{ resource: 'category', operation: 'getAll', name: 'Get Many', action: 'Get many categories', method: 'GET', path: '/product-category', list: list1, fields: [f0, f52, f18, f3, f122, f258, f123, f402, f259, f260, f60, f403, f404, f405, f61, f62, f63, f64, f58, f59] },
	{ resource: 'category', operation: 'create', name: 'Create', action: 'Create category', method: 'POST', path: '/product-category', bodyJsonMode: true, fields: [f170, f29, f406, f219, f407, f261, f408, f409, f72] },
	{ resource: 'category', operation: 'get', name: 'Get', action: 'Get category', method: 'GET', path: '/product-category/{id}', fields: [f410] },
	{ resource: 'category', operation: 'update', name: 'Update', action: 'Update category', method: 'PUT', path: '/product-category/{id}', bodyJsonMode: true, fields: [f410, f217, f29, f406, f219, f407, f261, f408, f409, f72] },
	{ resource: 'category', operation: 'delete', name: 'Delete', action: 'Delete category', method: 'DELETE', path: '/product-category/{id}', fields: [f410] },
	{ resource: 'check', operation: 'getAll', name: 'Get Many', action: 'Get many checks', method: 'GET', path: '/checks', list: list1, fields: [f0, f52, f18, f53, f263, f411, f412, f413, f414, f415, f416, f417, f60, f418, f61, f62, f63, f64, f58, f59] },
	{ resource: 'check', operation: 'create', name: 'Create', action: 'Create check', method: 'POST', path: '/checks', bodyJsonMode: true, fields: [f4, f65, f419, f67, f420, f421, f422, f423, f50, f72] },
	{ resource: 'check', operation: 'get', name: 'Get', action: 'Get check', method: 'GET', path: '/checks/{id}', fields: [f424, f425, f418] },
	{ resource: 'clientChannel', operation: 'getAll', name: 'Get Many', action: 'Get many client channels', method: 'GET', path: '/client-channel', list: list1, fields: [f0, f18, f3, f122, f258, f123, f60, f61, f62, f63] },
	{ resource: 'clientChannel', operation: 'create', name: 'Create', action: 'Create client channel', method: 'POST', path: '/client-channel', rootProperty: 'data', bodyJsonMode: true, fields: [f170, f261, f219, f72, f29] },
	{ resource: 'clientChannel', operation: 'get', name: 'Get', action: 'Get client channel', method: 'GET', path: '/client-channel/{id}', rootProperty: 'data', fields: [f426] },
	{ resource: 'clientChannel', operation: 'update', name: 'Update', action: 'Update client channel', method: 'PUT', path: '/client-channel/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f426, f217, f261, f219, f72, f29] },
	{ resource: 'clientChannel', operation: 'delete', name: 'Delete', action: 'Delete client channel', method: 'DELETE', path: '/client-channel/{id}', rootProperty: 'data', fields: [f426] },
	{ resource: 'clientContact', operation: 'getAll', name: 'Get Many', action: 'Get many client contacts', method: 'GET', path: '/client-contact', list: list1, fields: [f0, f18, f3, f122, f60, f64, f61, f62, f63] },
	{ resource: 'clientContact', operation: 'create', name: 'Create', action: 'Create client contact', method: 'POST', path: '/client-contact', rootProperty: 'data', bodyJsonMode: true, fields: [f170, f427, f428, f261, f429, f430, f431, f109, f432, f219, f433, f434, f72, f29] },
	{ resource: 'clientContact', operation: 'get', name: 'Get', action: 'Get client contact', method: 'GET', path: '/client-contact/{id}', rootProperty: 'data', fields: [f435] },
	{ resource: 'clientContact', operation: 'update', name: 'Update', action: 'Update client contact', method: 'PUT', path: '/client-contact/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f435, f217, f427, f428, f261, f429, f430, f431, f109, f432, f219, f433, f434, f72, f29] },
	{ resource: 'clientContact', operation: 'delete', name: 'Delete', action: 'Delete client contact', method: 'DELETE', path: '/client-contact/{id}', rootProperty: 'data', fields: [f435] },
	{ resource: 'clientLocation', operation: 'getAll', name: 'Get Many', action: 'Get many client locations', method: 'GET', path: '/client-location', list: list1, fields: [f0, f12, f15, f123, f18] },
	{ resource: 'clientLocation', operation: 'create', name: 'Create', action: 'Create client location', method: 'POST', path: '/client-location', rootProperty: 'data', bodyJsonMode: true, fields: [f4, f170, f436, f437, f438, f439, f253, f440, f441, f442, f443, f444, f50, f29, f219] },
	{ resource: 'clientLocation', operation: 'get', name: 'Get', action: 'Get client location', method: 'GET', path: '/client-location/{id}', rootProperty: 'data', fields: [f445, f446] },
	{ resource: 'clientLocation', operation: 'update', name: 'Update', action: 'Update client location', method: 'PATCH', path: '/client-location/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f445, f217, f447, f437, f438, f439, f253, f440, f441, f448, f443, f444, f50, f29, f219] },
	{ resource: 'clientLocation', operation: 'delete', name: 'Delete', action: 'Delete client location', method: 'DELETE', path: '/client-location/{id}', fields: [f445] },
	{ resource: 'clientLocation', operation: 'deleteMany', name: 'Delete Many', action: 'Delete many client locations', method: 'POST', path: '/client-location/remove', bodyJsonMode: true, fields: [f242] },
	{ resource: 'client', operation: 'getAll', name: 'Get Many', action: 'Get many clients', method: 'GET', path: '/client', simplify: { keep: ['_id', 'name', 'client_code', 'tax_number', 'phone', 'email', 'city', 'disabled', 'createdAt', 'updatedAt'], dates: ['createdAt', 'updatedAt'] }, list: list1, fields: [f0, f52, f60, f64, f58, f59, f259, f260, f122, f3, f123, f449, f450, f18, f451, f452, f453, f454, f455, f456, f457, f458, f459, f460, f461, f462, f463, f464, f465, f466, f87, f467, f468, f469, f470, f471, f61, f62, f63, f472, f473, f474] },
	{ resource: 'client', operation: 'create', name: 'Create', action: 'Create client', method: 'POST', path: '/client', bodyJsonMode: true, fields: [f170, f261, f475, f476, f437, f477, f478, f479, f480, f253, f219, f481, f482, f483, f484, f485, f438, f486, f487, f488, f489, f490, f491, f492, f493, f431, f274, f494, f495, f496, f497, f121, f498, f499, f500, f196, f501, f502, f29, f503, f504, f505, f506, f507, f72] },
	{ resource: 'client', operation: 'get', name: 'Get', action: 'Get client', method: 'GET', path: '/client/{id}', simplify: { keep: ['_id', 'name', 'client_code', 'tax_number', 'phone', 'email', 'city', 'disabled', 'createdAt', 'updatedAt'], dates: ['createdAt', 'updatedAt'] }, fields: [f508, f471] },
	{ resource: 'client', operation: 'update', name: 'Update', action: 'Update client', method: 'PUT', path: '/client/{id}', bodyJsonMode: true, fields: [f508, f217, f261, f475, f476, f437, f477, f478, f479, f480, f253, f219, f481, f482, f483, f484, f485, f438, f486, f487, f488, f489, f490, f491, f492, f493, f431, f274, f494, f495, f496, f497, f121, f498, f499, f500, f196, f501, f502, f29, f503, f504, f505, f506, f507, f72] },
	{ resource: 'client', operation: 'delete', name: 'Delete', action: 'Delete client', method: 'DELETE', path: '/client/{id}', fields: [f508] },
	{ resource: 'contractInstallment', operation: 'getAll', name: 'Get Many', action: 'Get many contract installments', method: 'GET', path: '/contract-installment', list: list1, fields: [f0, f12, f509, f510, f511, f512, f18] },
	{ resource: 'contractInstallment', operation: 'create', name: 'Create', action: 'Create contract installment', method: 'POST', path: '/contract-installment', rootProperty: 'data', bodyJsonMode: true, fields: [f513, f514, f515, f67, f139, f516, f517, f518, f519, f520, f50, f234, f29] },
	{ resource: 'contractInstallment', operation: 'get', name: 'Get', action: 'Get contract installment', method: 'GET', path: '/contract-installment/{id}', rootProperty: 'data', fields: [f521, f522] },
	{ resource: 'contractInstallment', operation: 'update', name: 'Update', action: 'Update contract installment', method: 'PATCH', path: '/contract-installment/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f521, f305, f523, f524, f525, f526, f527, f528, f516, f517, f518, f519, f520, f50, f234, f29] },
	{ resource: 'contractInstallment', operation: 'delete', name: 'Delete', action: 'Delete contract installment', method: 'DELETE', path: '/contract-installment/{id}', fields: [f521] },
	{ resource: 'contractInstallment', operation: 'markPaid', name: 'Mark as Paid', action: 'Mark contract installment as paid', method: 'POST', path: '/contract-installment/{id}/pay', rootProperty: 'data', bodyJsonMode: true, fields: [f521, f529, f530, f527, f528, f50] },
	{ resource: 'contractInstallment', operation: 'getOverdue', name: 'Get Many Overdue', action: 'Get many overdue contract installments', method: 'GET', path: '/contract-installment/overdue', list: list1, fields: [f531] },
	{ resource: 'contract', operation: 'getAll', name: 'Get Many', action: 'Get many contracts', method: 'GET', path: '/contract', list: list1, fields: [f0, f52, f18, f60, f64, f58, f59, f215, f216, f3, f63, f532, f533, f534, f535, f536, f537, f538, f539, f540, f541, f542, f543] },
	{ resource: 'contract', operation: 'create', name: 'Create', action: 'Create contract', method: 'POST', path: '/contract', rootProperty: 'data', bodyJsonMode: true, fields: [f109, f21, f544, f545, f546, f139, f121, f547, f548] },
	{ resource: 'contract', operation: 'get', name: 'Get', action: 'Get contract', method: 'GET', path: '/contract/{id}', rootProperty: 'data', fields: [f549, f541] },
	{ resource: 'contract', operation: 'update', name: 'Update', action: 'Update contract', method: 'PUT', path: '/contract/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f549, f109, f21, f544, f545, f546, f139, f121, f547, f548] },
	{ resource: 'contract', operation: 'delete', name: 'Delete', action: 'Delete contract', method: 'DELETE', path: '/contract/{id}', fields: [f549] },
	{ resource: 'customListItem', operation: 'getAll', name: 'Get Many', action: 'Get many custom list items', method: 'GET', path: '/custom-list-item', list: list1, fields: [f0, f52, f18, f550, f60, f551, f61, f62, f63, f64, f58, f59] },
	{ resource: 'customListItem', operation: 'create', name: 'Create', action: 'Create custom list item', method: 'POST', path: '/custom-list-item', rootProperty: 'data', bodyJsonMode: true, fields: [f217, f552, f553, f219] },
	{ resource: 'customListItem', operation: 'get', name: 'Get', action: 'Get custom list item', method: 'GET', path: '/custom-list-item/{id}', rootProperty: 'data', fields: [f554] },
	{ resource: 'customListItem', operation: 'update', name: 'Update', action: 'Update custom list item', method: 'PUT', path: '/custom-list-item/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f554, f217, f552, f553, f219] },
	{ resource: 'customListItem', operation: 'delete', name: 'Delete', action: 'Delete custom list item', method: 'DELETE', path: '/custom-list-item/{id}', fields: [f554] },
	{ resource: 'customList', operation: 'getAll', name: 'Get Many', action: 'Get many custom lists', method: 'GET', path: '/custom-list', list: list1, fields: [f0, f52, f18, f122, f555, f556, f60, f61, f62, f63, f64, f58, f59] },
	{ resource: 'customList', operation: 'create', name: 'Create', action: 'Create custom list', method: 'POST', path: '/custom-list', rootProperty: 'data', bodyJsonMode: true, fields: [f217, f70, f111, f219] },
	{ resource: 'customList', operation: 'get', name: 'Get', action: 'Get custom list', method: 'GET', path: '/custom-list/{id}', rootProperty: 'data', fields: [f557] },
	{ resource: 'customList', operation: 'update', name: 'Update', action: 'Update custom list', method: 'PUT', path: '/custom-list/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f557, f217, f70, f111, f219] },
	{ resource: 'customList', operation: 'delete', name: 'Delete', action: 'Delete custom list', method: 'DELETE', path: '/custom-list/{id}', fields: [f557] },
	{ resource: 'customStatus', operation: 'getAll', name: 'Get Many', action: 'Get many custom statuses', method: 'GET', path: '/custom-status', list: list1, fields: [f0, f52, f18, f3, f122, f558, f559, f560, f561, f123, f60, f61, f62, f63, f64, f58, f59] },
	{ resource: 'customStatus', operation: 'create', name: 'Create', action: 'Create custom status', method: 'POST', path: '/custom-status', rootProperty: 'data', bodyJsonMode: true, fields: [f217, f562, f111, f219] },
	{ resource: 'customStatus', operation: 'get', name: 'Get', action: 'Get custom status', method: 'GET', path: '/custom-status/{id}', rootProperty: 'data', fields: [f563] },
	{ resource: 'customStatus', operation: 'update', name: 'Update', action: 'Update custom status', method: 'PUT', path: '/custom-status/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f563, f217, f562, f111, f219] },
	{ resource: 'customStatus', operation: 'delete', name: 'Delete', action: 'Delete custom status', method: 'DELETE', path: '/custom-status/{id}', fields: [f563] },
	{ resource: 'day', operation: 'getAll', name: 'Get Many', action: 'Get many days', method: 'GET', path: '/day', list: list1, fields: [f0, f52, f18, f53, f564, f565, f566, f567, f60, f568, f61, f62, f63, f64, f58, f59] },
	{ resource: 'day', operation: 'create', name: 'Create', action: 'Create day', method: 'POST', path: '/day', bodyJsonMode: true, fields: [f5, f569, f570, f50, f72] },
	{ resource: 'day', operation: 'get', name: 'Get', action: 'Get day', method: 'GET', path: '/day/{id}', fields: [f571, f568] },
	{ resource: 'feedbackOption', operation: 'getAll', name: 'Get Many', action: 'Get many feedback options', method: 'GET', path: '/feedback-options', list: list1, fields: [f0, f12, f572, f573, f574, f18] },
	{ resource: 'feedbackOption', operation: 'create', name: 'Create', action: 'Create feedback option', method: 'POST', path: '/feedback-options', rootProperty: 'data', bodyJsonMode: true, fields: [f170, f70, f209, f575, f576, f577, f578, f579, f580, f29] },
	{ resource: 'feedbackOption', operation: 'get', name: 'Get', action: 'Get feedback option', method: 'GET', path: '/feedback-options/{id}', rootProperty: 'data', fields: [f581] },
	{ resource: 'feedbackOption', operation: 'update', name: 'Update', action: 'Update feedback option', method: 'PATCH', path: '/feedback-options/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f581, f217, f70, f209, f582, f577, f578, f579, f580, f29] },
	{ resource: 'feedbackOption', operation: 'delete', name: 'Delete', action: 'Delete feedback option', method: 'DELETE', path: '/feedback-options/{id}', fields: [f581] },
	{ resource: 'feedbackOption', operation: 'getPreview', name: 'Get Preview', action: 'Get feedback option preview', method: 'GET', path: '/feedback-options/{id}/preview', rootProperty: 'data', fields: [f581] },
	{ resource: 'feedbackOption', operation: 'getTemplates', name: 'Get Templates', action: 'Get predefined feedback option templates', method: 'GET', path: '/feedback-options/templates', rootProperty: 'data', fields: [f572, f574] },
	{ resource: 'invoice', operation: 'getAll', name: 'Get Many', action: 'Get many invoices', method: 'GET', path: '/fullinvoices', simplify: { keep: ['_id', 'serial_number', 'client_id', 'client_name', 'total', 'status', 'issue_date', 'due_date', 'createdAt', 'updatedAt'], dates: ['issue_date', 'due_date', 'createdAt', 'updatedAt'] }, list: list1, fields: [f0, f52, f18, f53, f80, f263, f583, f584, f585, f586, f89, f587, f588, f589, f590, f591, f77, f592, f593, f61, f62, f63, f594, f60, f64, f58, f59] },
	{ resource: 'invoice', operation: 'create', name: 'Create', action: 'Create invoice', method: 'POST', path: '/fullinvoices', rootProperty: 'data', bodyJsonMode: true, fields: [f595, f21, f65, f91, f92, f321, f121, f115] },
	{ resource: 'invoice', operation: 'get', name: 'Get', action: 'Get invoice', method: 'GET', path: '/fullinvoices/{id}', rootProperty: 'data', simplify: { keep: ['_id', 'serial_number', 'client_id', 'client_name', 'total', 'status', 'issue_date', 'due_date', 'createdAt', 'updatedAt'], dates: ['issue_date', 'due_date', 'createdAt', 'updatedAt'] }, fields: [f596, f590, f591] },
	{ resource: 'invoice', operation: 'update', name: 'Update', action: 'Update invoice', method: 'PUT', path: '/fullinvoices/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f596, f595, f21, f65, f91, f92, f321, f121, f115] },
	{ resource: 'integrationActionLog', operation: 'getAll', name: 'Get Many', action: 'Get many integration action logs', method: 'GET', path: '/integration-action-log', list: list0, fields: [f0, f1, f2, f3] },
	{ resource: 'integrationActionLog', operation: 'create', name: 'Create', action: 'Create integration action log', method: 'POST', path: '/integration-action-log', rootProperty: 'data', bodyJsonMode: true, fields: [f597, f598, f599, f112, f600, f601, f602, f603, f604, f605, f10] },
	{ resource: 'integrationActionLog', operation: 'get', name: 'Get', action: 'Get integration action log', method: 'GET', path: '/integration-action-log/{id}', rootProperty: 'data', fields: [f606] },
	{ resource: 'integrationActionLog', operation: 'update', name: 'Update', action: 'Update integration action log', method: 'PUT', path: '/integration-action-log/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f606, f597, f598, f599, f112, f600, f601, f602, f603, f604, f605, f10] },
	{ resource: 'integrationActionLog', operation: 'delete', name: 'Delete', action: 'Delete integration action log', method: 'DELETE', path: '/integration-action-log/{id}', fields: [f606] },
	{ resource: 'integrationApp', operation: 'getAll', name: 'Get Many', action: 'Get many integration apps', method: 'GET', path: '/integration-app', list: list1, fields: [f0, f52, f18, f3, f122, f123, f607, f60, f64, f58, f59] },
	{ resource: 'integrationApp', operation: 'create', name: 'Create', action: 'Create integration app', method: 'POST', path: '/integration-app', bodyJsonMode: true, fields: [f170, f70, f608, f609, f610, f611, f612, f613, f614, f72] },
	{ resource: 'integrationApp', operation: 'get', name: 'Get', action: 'Get integration app', method: 'GET', path: '/integration-app/{id}', fields: [f615, f607] },
	{ resource: 'integrationApp', operation: 'update', name: 'Update', action: 'Update integration app', method: 'PUT', path: '/integration-app/{id}', bodyJsonMode: true, fields: [f615, f217, f70, f616, f610, f611, f612, f613, f614, f72] },
	{ resource: 'integrationCommandLog', operation: 'getAll', name: 'Get Many', action: 'Get many integration command logs', method: 'GET', path: '/integration-command-log', list: list0, fields: [f0, f1, f2, f3] },
	{ resource: 'integrationCommandLog', operation: 'create', name: 'Create', action: 'Create integration command log', method: 'POST', path: '/integration-command-log', rootProperty: 'data', bodyJsonMode: true, fields: [f597, f617, f618, f619, f620, f621, f622, f623, f624, f625, f626, f627, f10] },
	{ resource: 'integrationCommandLog', operation: 'get', name: 'Get', action: 'Get integration command log', method: 'GET', path: '/integration-command-log/{id}', rootProperty: 'data', fields: [f628] },
	{ resource: 'integrationCommandLog', operation: 'update', name: 'Update', action: 'Update integration command log', method: 'PUT', path: '/integration-command-log/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f628, f597, f617, f618, f619, f620, f621, f622, f623, f624, f625, f626, f627, f10] },
	{ resource: 'integrationCommandLog', operation: 'delete', name: 'Delete', action: 'Delete integration command log', method: 'DELETE', path: '/integration-command-log/{id}', fields: [f628] },
	{ resource: 'inventoryAdjustmentReason', operation: 'getAll', name: 'Get Many', action: 'Get many inventory adjustment reasons', method: 'GET', path: '/inventory-adjustment-reason', list: list1, fields: [f0, f52, f18, f629, f60, f61, f62, f63, f64, f58, f59] },
	{ resource: 'inventoryAdjustmentReason', operation: 'create', name: 'Create', action: 'Create inventory adjustment reason', method: 'POST', path: '/inventory-adjustment-reason', rootProperty: 'data', bodyJsonMode: true, fields: [f217, f630, f219] },
	{ resource: 'inventoryAdjustmentReason', operation: 'get', name: 'Get', action: 'Get inventory adjustment reason', method: 'GET', path: '/inventory-adjustment-reason/{id}', rootProperty: 'data', fields: [f631] },
	{ resource: 'inventoryAdjustmentReason', operation: 'update', name: 'Update', action: 'Update inventory adjustment reason', method: 'PUT', path: '/inventory-adjustment-reason/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f631, f217, f630, f219] },
	{ resource: 'inventoryAdjustmentReason', operation: 'delete', name: 'Delete', action: 'Delete inventory adjustment reason', method: 'DELETE', path: '/inventory-adjustment-reason/{id}', fields: [f631] },
	{ resource: 'inventory', operation: 'getAll', name: 'Get Many', action: 'Get many inventory items', method: 'GET', path: '/inventory', list: list1, fields: [f0, f52, f632, f633, f634, f635, f60, f636, f64, f58, f59] },
	{ resource: 'mailUnsubscribe', operation: 'getAll', name: 'Get Many', action: 'Get many mail unsubscribe records', method: 'GET', path: '/mail-unsubscribe', list: list1, fields: [f0, f637, f12, f18] },
	{ resource: 'mailUnsubscribe', operation: 'create', name: 'Create', action: 'Add email to unsubscribe list', method: 'POST', path: '/mail-unsubscribe', rootProperty: 'data', bodyJsonMode: true, fields: [f638, f160, f639, f29, f640, f641] },
	{ resource: 'mailUnsubscribe', operation: 'get', name: 'Get', action: 'Get mail unsubscribe', method: 'GET', path: '/mail-unsubscribe/{id}', rootProperty: 'data', fields: [f642] },
	{ resource: 'mailUnsubscribe', operation: 'delete', name: 'Delete', action: 'Delete mail unsubscribe', method: 'DELETE', path: '/mail-unsubscribe/{id}', fields: [f642] },
	{ resource: 'mailUnsubscribe', operation: 'deleteMany', name: 'Delete Many', action: 'Delete many mail unsubscribe records', method: 'POST', path: '/mail-unsubscribe/remove', bodyJsonMode: true, fields: [f242] },
	{ resource: 'mailUnsubscribe', operation: 'checkEmail', name: 'Check Email', action: 'Check whether email is unsubscribed', method: 'POST', path: '/mail-unsubscribe/check', rootProperty: 'data', bodyJsonMode: true, fields: [f638] },
	{ resource: 'measureUnitFamily', operation: 'getAll', name: 'Get Many', action: 'Get many measure unit families', method: 'GET', path: '/measureunit-family', list: list1, fields: [f0, f52, f18, f3, f122, f258, f123, f60, f643, f644, f61, f62, f63, f64, f58, f59] },
	{ resource: 'measureUnitFamily', operation: 'create', name: 'Create', action: 'Create measure unit family', method: 'POST', path: '/measureunit-family', bodyJsonMode: true, fields: [f170, f261, f645, f29, f219, f72] },
	{ resource: 'measureUnitFamily', operation: 'get', name: 'Get', action: 'Get measure unit family', method: 'GET', path: '/measureunit-family/{id}', fields: [f646] },
	{ resource: 'measureUnitFamily', operation: 'update', name: 'Update', action: 'Update measure unit family', method: 'PUT', path: '/measureunit-family/{id}', bodyJsonMode: true, fields: [f646, f217, f261, f645, f29, f219, f72] },
	{ resource: 'measureUnitFamily', operation: 'delete', name: 'Delete', action: 'Delete measure unit family', method: 'DELETE', path: '/measureunit-family/{id}', fields: [f646] },
	{ resource: 'measureUnit', operation: 'getAll', name: 'Get Many', action: 'Get many measure units', method: 'GET', path: '/measureunits', list: list1, fields: [f0, f52, f18, f3, f122, f647, f648, f123, f60, f649, f650, f61, f62, f63, f64, f58, f59] },
	{ resource: 'measureUnit', operation: 'create', name: 'Create', action: 'Create measure unit', method: 'POST', path: '/measureunits', bodyJsonMode: true, fields: [f170, f651, f261, f652, f29, f219, f72] },
	{ resource: 'measureUnit', operation: 'get', name: 'Get', action: 'Get measure unit', method: 'GET', path: '/measureunits/{id}', fields: [f653] },
	{ resource: 'measureUnit', operation: 'update', name: 'Update', action: 'Update measure unit', method: 'PUT', path: '/measureunits/{id}', bodyJsonMode: true, fields: [f653, f217, f654, f261, f652, f29, f219, f72] },
	{ resource: 'measureUnit', operation: 'delete', name: 'Delete', action: 'Delete measure unit', method: 'DELETE', path: '/measureunits/{id}', fields: [f653] },
	{ resource: 'mediaStorage', operation: 'getAll', name: 'Get Many', action: 'Get many media storage items', method: 'GET', path: '/media-storage', list: list1, fields: [f0, f52, f18, f655, f60, f61, f62, f56, f57, f656, f657, f658, f63, f64, f58, f59] },
	{ resource: 'mediaStorage', operation: 'create', name: 'Create', action: 'Create media storage', method: 'POST', path: '/media-storage', bodyJsonMode: true, fields: [f659, f660, f661, f662, f209, f663, f112, f664, f665, f10, f475, f70, f72] },
	{ resource: 'mediaStorage', operation: 'get', name: 'Get', action: 'Get media storage', method: 'GET', path: '/media-storage/{id}', fields: [f666] },
	{ resource: 'mediaStorage', operation: 'update', name: 'Update', action: 'Update media storage', method: 'PUT', path: '/media-storage/{id}', bodyJsonMode: true, fields: [f666, f667, f209, f663, f112, f664, f10, f475, f70, f72] },
	{ resource: 'mediaStorage', operation: 'delete', name: 'Delete', action: 'Delete media storage', method: 'DELETE', path: '/media-storage/{id}', fields: [f666] },
	{ resource: 'media', operation: 'getAll', name: 'Get Many', action: 'Get many media', method: 'GET', path: '/media', list: list1, fields: [f0, f52, f18, f3, f122, f53, f668, f669, f670, f123, f671, f60, f64, f58, f59] },
	{ resource: 'media', operation: 'create', name: 'Create', action: 'Create media', method: 'POST', path: '/media', bodyJsonMode: true, fields: [f170, f70, f660, f672, f673, f674, f219, f72, f29] },
	{ resource: 'media', operation: 'get', name: 'Get', action: 'Get media', method: 'GET', path: '/media/{id}', fields: [f675] },
	{ resource: 'media', operation: 'update', name: 'Update', action: 'Update media', method: 'PUT', path: '/media/{id}', bodyJsonMode: true, fields: [f675, f217, f70, f676, f677, f673, f674, f219, f72, f29] },
	{ resource: 'media', operation: 'delete', name: 'Delete', action: 'Delete media', method: 'DELETE', path: '/media/{id}', fields: [f675] },
	{ resource: 'mslProduct', operation: 'getAll', name: 'Get Many', action: 'Get many MSL products', method: 'GET', path: '/msl-products', list: list1, fields: [f0, f52, f18, f123, f678, f679, f680, f60, f64, f681, f61, f62, f63, f58, f59] },
	{ resource: 'mslProduct', operation: 'create', name: 'Create', action: 'Create MSL product', method: 'POST', path: '/msl-products', rootProperty: 'data', bodyJsonMode: true, fields: [f682, f683, f684, f685, f686, f219] },
	{ resource: 'mslProduct', operation: 'get', name: 'Get', action: 'Get MSL product', method: 'GET', path: '/msl-products/{id}', rootProperty: 'data', fields: [f687] },
	{ resource: 'mslProduct', operation: 'update', name: 'Update', action: 'Update MSL product', method: 'PUT', path: '/msl-products/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f687, f682, f683, f684, f685, f686, f219] },
	{ resource: 'mslProduct', operation: 'delete', name: 'Delete', action: 'Delete MSL product', method: 'DELETE', path: '/msl-products/{id}', fields: [f687] },
	{ resource: 'msl', operation: 'getAll', name: 'Get Many', action: 'Get many MSLs', method: 'GET', path: '/msl', list: list1, fields: [f0, f52, f18, f123, f629, f3, f60, f61, f62, f63, f64, f58, f59] },
	{ resource: 'msl', operation: 'create', name: 'Create', action: 'Create MSL', method: 'POST', path: '/msl', rootProperty: 'data', bodyJsonMode: true, fields: [f217, f21, f65, f544, f545, f219] },
	{ resource: 'msl', operation: 'get', name: 'Get', action: 'Get MSL', method: 'GET', path: '/msl/{id}', rootProperty: 'data', fields: [f688] },
	{ resource: 'msl', operation: 'update', name: 'Update', action: 'Update MSL', method: 'PUT', path: '/msl/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f688, f217, f21, f65, f544, f545, f219] },
	{ resource: 'msl', operation: 'delete', name: 'Delete', action: 'Delete MSL', method: 'DELETE', path: '/msl/{id}', fields: [f688] },
	{ resource: 'ocrInvoiceJobGroup', operation: 'getAll', name: 'Get Many', action: 'Get many OCR invoice job groups', method: 'GET', path: '/ocr-invoice-job-group', list: list0, fields: [f0, f1, f2, f3] },
	{ resource: 'ocrInvoiceJobGroup', operation: 'create', name: 'Create', action: 'Create OCR invoice job group', method: 'POST', path: '/ocr-invoice-job-group', rootProperty: 'data', bodyJsonMode: true, fields: [f170, f70, f183, f46, f159, f689, f690, f691, f692, f475, f10] },
	{ resource: 'ocrInvoiceJobGroup', operation: 'get', name: 'Get', action: 'Get OCR invoice job group', method: 'GET', path: '/ocr-invoice-job-group/{id}', rootProperty: 'data', fields: [f693] },
	{ resource: 'ocrInvoiceJobGroup', operation: 'update', name: 'Update', action: 'Update OCR invoice job group', method: 'PUT', path: '/ocr-invoice-job-group/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f693, f170, f70, f183, f46, f159, f689, f690, f691, f692, f475, f10] },
	{ resource: 'ocrInvoiceJobGroup', operation: 'delete', name: 'Delete', action: 'Delete OCR invoice job group', method: 'DELETE', path: '/ocr-invoice-job-group/{id}', fields: [f693] },
	{ resource: 'ocrInvoiceJobGroup', operation: 'getJobs', name: 'Get Jobs', action: 'Get OCR invoice job group jobs', method: 'GET', path: '/ocr-invoice-job-group/{id}/jobs', rootProperty: 'data', fields: [f693] },
	{ resource: 'ocrInvoiceJobPage', operation: 'getAll', name: 'Get Many', action: 'Get many OCR invoice job pages', method: 'GET', path: '/ocr-invoice-job-page', list: list0, fields: [f0, f1, f2, f3] },
	{ resource: 'ocrInvoiceJobPage', operation: 'create', name: 'Create', action: 'Create OCR invoice job page', method: 'POST', path: '/ocr-invoice-job-page', rootProperty: 'data', bodyJsonMode: true, fields: [f694, f695, f696, f697, f698, f699, f10] },
	{ resource: 'ocrInvoiceJobPage', operation: 'get', name: 'Get', action: 'Get OCR invoice job page', method: 'GET', path: '/ocr-invoice-job-page/{id}', rootProperty: 'data', fields: [f700] },
	{ resource: 'ocrInvoiceJobPage', operation: 'update', name: 'Update', action: 'Update OCR invoice job page', method: 'PUT', path: '/ocr-invoice-job-page/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f700, f694, f695, f696, f697, f698, f699, f10] },
	{ resource: 'ocrInvoiceJobPage', operation: 'delete', name: 'Delete', action: 'Delete OCR invoice job page', method: 'DELETE', path: '/ocr-invoice-job-page/{id}', fields: [f700] },
	{ resource: 'ocrInvoiceJobPage', operation: 'process', name: 'Process', action: 'Process OCR invoice job page', method: 'POST', path: '/ocr-invoice-job-page/{id}/process', rootProperty: 'data', fields: [f700] },
	{ resource: 'ocrInvoiceJobTemplate', operation: 'getAll', name: 'Get Many', action: 'Get many OCR invoice job templates', method: 'GET', path: '/ocr-invoice-job-template', list: list0, fields: [f0, f1, f2, f3] },
	{ resource: 'ocrInvoiceJobTemplate', operation: 'create', name: 'Create', action: 'Create OCR invoice job template', method: 'POST', path: '/ocr-invoice-job-template', rootProperty: 'data', bodyJsonMode: true, fields: [f170, f70, f701, f702, f703, f704, f705, f706, f707, f708, f179, f709, f691, f710, f10] },
	{ resource: 'ocrInvoiceJobTemplate', operation: 'get', name: 'Get', action: 'Get OCR invoice job template', method: 'GET', path: '/ocr-invoice-job-template/{id}', rootProperty: 'data', fields: [f711] },
	{ resource: 'ocrInvoiceJobTemplate', operation: 'update', name: 'Update', action: 'Update OCR invoice job template', method: 'PUT', path: '/ocr-invoice-job-template/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f711, f170, f70, f701, f702, f703, f704, f705, f706, f707, f708, f179, f709, f691, f710, f10] },
	{ resource: 'ocrInvoiceJobTemplate', operation: 'delete', name: 'Delete', action: 'Delete OCR invoice job template', method: 'DELETE', path: '/ocr-invoice-job-template/{id}', fields: [f711] },
	{ resource: 'ocrInvoiceJob', operation: 'getAll', name: 'Get Many', action: 'Get many OCR invoice jobs', method: 'GET', path: '/ocr-invoice-job', list: list0, fields: [f0, f1, f2, f3] },
	{ resource: 'ocrInvoiceJob', operation: 'create', name: 'Create', action: 'Create OCR invoice job', method: 'POST', path: '/ocr-invoice-job', rootProperty: 'data', bodyJsonMode: true, fields: [f712, f713, f714, f715, f46, f716, f159, f691, f10] },
	{ resource: 'ocrInvoiceJob', operation: 'get', name: 'Get', action: 'Get OCR invoice job', method: 'GET', path: '/ocr-invoice-job/{id}', rootProperty: 'data', fields: [f717] },
	{ resource: 'ocrInvoiceJob', operation: 'update', name: 'Update', action: 'Update OCR invoice job', method: 'PUT', path: '/ocr-invoice-job/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f717, f712, f713, f714, f715, f46, f716, f159, f691, f10] },
	{ resource: 'ocrInvoiceJob', operation: 'delete', name: 'Delete', action: 'Delete OCR invoice job', method: 'DELETE', path: '/ocr-invoice-job/{id}', fields: [f717] },
	{ resource: 'ocrInvoiceJob', operation: 'process', name: 'Process', action: 'Process OCR invoice job', method: 'POST', path: '/ocr-invoice-job/{id}/process', rootProperty: 'data', fields: [f717] },
	{ resource: 'ocrInvoiceJob', operation: 'getResults', name: 'Get Results', action: 'Get OCR invoice job results', method: 'GET', path: '/ocr-invoice-job/{id}/results', rootProperty: 'data', fields: [f717] },
	{ resource: 'patchAction', operation: 'getAll', name: 'Get Many', action: 'Get many patch actions', method: 'GET', path: '/patch-action', list: list0, fields: [f0, f1, f2, f3] },
	{ resource: 'patchAction', operation: 'create', name: 'Create', action: 'Create patch action', method: 'POST', path: '/patch-action', rootProperty: 'data', bodyJsonMode: true, fields: [f170, f70, f718, f719, f720, f721, f722, f10] },
	{ resource: 'patchAction', operation: 'get', name: 'Get', action: 'Get patch action', method: 'GET', path: '/patch-action/{id}', rootProperty: 'data', fields: [f723] },
	{ resource: 'patchAction', operation: 'update', name: 'Update', action: 'Update patch action', method: 'PUT', path: '/patch-action/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f723, f170, f70, f718, f719, f720, f721, f722, f10] },
	{ resource: 'patchAction', operation: 'delete', name: 'Delete', action: 'Delete patch action', method: 'DELETE', path: '/patch-action/{id}', fields: [f723] },
	{ resource: 'patchAction', operation: 'execute', name: 'Execute', action: 'Execute patch action', method: 'POST', path: '/patch-action/execute/{id}', rootProperty: 'data', fields: [f723] },
	{ resource: 'paymentTerm', operation: 'getAll', name: 'Get Many', action: 'Get many payment terms', method: 'GET', path: '/paymentterms', list: list2, fields: [f0, f52, f18, f3, f122, f123, f60, f64, f58, f59] },
	{ resource: 'paymentTerm', operation: 'create', name: 'Create', action: 'Create payment term', method: 'POST', path: '/paymentterms', rootProperty: 'result', bodyJsonMode: true, fields: [f170, f70, f724, f725, f726, f580] },
	{ resource: 'paymentTerm', operation: 'get', name: 'Get', action: 'Get payment term', method: 'GET', path: '/paymentterms/{id}', rootProperty: 'result', fields: [f727] },
	{ resource: 'paymentTerm', operation: 'update', name: 'Update', action: 'Update payment term', method: 'PUT', path: '/paymentterms/{id}', rootProperty: 'result', bodyJsonMode: true, fields: [f727, f217, f70, f724, f725, f726, f580] },
	{ resource: 'paymentTerm', operation: 'delete', name: 'Delete', action: 'Delete payment term', method: 'DELETE', path: '/paymentterms/{id}', rootProperty: 'result', fields: [f727] },
	{ resource: 'payment', operation: 'getAll', name: 'Get Many', action: 'Get many payments', method: 'GET', path: '/payments', list: list1, fields: [f18, f53, f263, f728, f729, f89, f730, f80, f583, f425, f60, f77, f731, f61, f62, f63, f0, f52, f64, f58, f59] },
	{ resource: 'payment', operation: 'create', name: 'Create', action: 'Create payment', method: 'POST', path: '/payments', rootProperty: 'data', bodyJsonMode: true, fields: [f21, f65, f523, f732, f69, f70, f733] },
	{ resource: 'payment', operation: 'get', name: 'Get', action: 'Get payment', method: 'GET', path: '/payments/{id}', rootProperty: 'data', fields: [f734, f425, f731] },
	{ resource: 'payment', operation: 'update', name: 'Update', action: 'Update payment', method: 'PUT', path: '/payments/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f734, f21, f65, f523, f732, f69, f70, f733] },
	{ resource: 'priceListItem', operation: 'getAll', name: 'Get Many', action: 'Get many price list items', method: 'GET', path: '/pricelistsitems', list: list1, fields: [f0, f52, f18, f3, f735, f633, f736, f123, f60, f737, f64, f58, f59] },
	{ resource: 'priceListItem', operation: 'create', name: 'Create', action: 'Create price list item', method: 'POST', path: '/pricelistsitems', bodyJsonMode: true, fields: [f738, f739, f740, f741, f72, f219, f29] },
	{ resource: 'priceListItem', operation: 'get', name: 'Get', action: 'Get price list item', method: 'GET', path: '/pricelistsitems/{id}', fields: [f742] },
	{ resource: 'priceListItem', operation: 'update', name: 'Update', action: 'Update price list item', method: 'PUT', path: '/pricelistsitems/{id}', bodyJsonMode: true, fields: [f742, f743, f744, f745, f746, f72, f219, f29] },
	{ resource: 'priceListItem', operation: 'delete', name: 'Delete', action: 'Delete price list item', method: 'DELETE', path: '/pricelistsitems/{id}', fields: [f742] },
	{ resource: 'priceList', operation: 'getAll', name: 'Get Many', action: 'Get many price lists', method: 'GET', path: '/pricelists', list: list1, fields: [f0, f52, f18, f3, f122, f747, f123, f60, f61, f62, f63, f64, f58, f59] },
	{ resource: 'priceList', operation: 'create', name: 'Create', action: 'Create price list', method: 'POST', path: '/pricelists', bodyJsonMode: true, fields: [f170, f72, f219, f29] },
	{ resource: 'priceList', operation: 'get', name: 'Get', action: 'Get price list', method: 'GET', path: '/pricelists/{id}', fields: [f748] },
	{ resource: 'priceList', operation: 'update', name: 'Update', action: 'Update price list', method: 'PUT', path: '/pricelists/{id}', bodyJsonMode: true, fields: [f748, f217, f72, f219, f29] },
	{ resource: 'priceList', operation: 'delete', name: 'Delete', action: 'Delete price list', method: 'DELETE', path: '/pricelists/{id}', fields: [f748] },
	{ resource: 'productGroup', operation: 'getAll', name: 'Get Many', action: 'Get many product groups', method: 'GET', path: '/product-group', list: list1, fields: [f0, f52, f18, f3, f122, f258, f123, f60, f61, f62, f63, f259, f260, f64, f58, f59] },
	{ resource: 'productGroup', operation: 'create', name: 'Create', action: 'Create product group', method: 'POST', path: '/product-group', bodyJsonMode: true, fields: [f170, f261, f219, f29] },
	{ resource: 'productGroup', operation: 'get', name: 'Get', action: 'Get product group', method: 'GET', path: '/product-group/{id}', fields: [f749] },
	{ resource: 'productGroup', operation: 'update', name: 'Update', action: 'Update product group', method: 'PUT', path: '/product-group/{id}', bodyJsonMode: true, fields: [f749, f217, f261, f219, f29] },
	{ resource: 'productGroup', operation: 'delete', name: 'Delete', action: 'Delete product group', method: 'DELETE', path: '/product-group/{id}', fields: [f749] },
	{ resource: 'productModifierGroup', operation: 'getAll', name: 'Get Many', action: 'Get many product modifier groups', method: 'GET', path: '/product-modifiers-group', list: list1, fields: [f0, f12, f123, f18] },
	{ resource: 'productModifierGroup', operation: 'create', name: 'Create', action: 'Create product modifier group', method: 'POST', path: '/product-modifiers-group', rootProperty: 'data', bodyJsonMode: true, fields: [f170, f70, f750, f751, f752, f29, f219] },
	{ resource: 'productModifierGroup', operation: 'get', name: 'Get', action: 'Get product modifier group', method: 'GET', path: '/product-modifiers-group/{id}', rootProperty: 'data', fields: [f753] },
	{ resource: 'productModifierGroup', operation: 'update', name: 'Update', action: 'Update product modifier group', method: 'PATCH', path: '/product-modifiers-group/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f753, f217, f70, f750, f751, f752, f29, f219] },
	{ resource: 'productModifierGroup', operation: 'delete', name: 'Delete', action: 'Delete product modifier group', method: 'DELETE', path: '/product-modifiers-group/{id}', fields: [f753] },
	{ resource: 'productModifierGroup', operation: 'deleteMany', name: 'Delete Many', action: 'Delete many product modifier groups', method: 'POST', path: '/product-modifiers-group/remove', bodyJsonMode: true, fields: [f242] },
	{ resource: 'product', operation: 'getAll', name: 'Get Many', action: 'Get many products', method: 'GET', path: '/product', simplify: { keep: ['_id', 'name', 'sku', 'barcode', 'category', 'base_price', 'active', 'disabled', 'createdAt', 'updatedAt'], dates: ['createdAt', 'updatedAt'] }, list: list1, fields: [f0, f52, f754, f18, f755, f756, f122, f3, f449, f123, f757, f758, f465, f759, f760, f761, f762, f87, f402, f763, f764, f259, f60, f64, f765, f766, f258, f767, f768, f769, f770, f771, f61, f62, f63, f58, f59] },
	{ resource: 'product', operation: 'create', name: 'Create', action: 'Create product', method: 'POST', path: '/product', bodyJsonMode: true, fields: [f170, f171, f772, f29, f261, f773, f774, f487, f775, f210, f776, f777, f70, f778, f779, f780, f781, f782, f783, f784, f785, f786, f787, f72, f506, f409, f788, f789, f790, f791] },
	{ resource: 'product', operation: 'get', name: 'Get', action: 'Get product', method: 'GET', path: '/product/{id}', simplify: { keep: ['_id', 'name', 'sku', 'barcode', 'category', 'base_price', 'active', 'disabled', 'createdAt', 'updatedAt'], dates: ['createdAt', 'updatedAt'] }, fields: [f792, f754, f771] },
	{ resource: 'product', operation: 'update', name: 'Update', action: 'Update product', method: 'PUT', path: '/product/{id}', bodyJsonMode: true, fields: [f792, f217, f209, f772, f29, f261, f773, f774, f487, f775, f210, f776, f777, f70, f778, f779, f780, f781, f782, f783, f784, f785, f786, f787, f72, f506, f409, f788, f789, f790, f791] },
	{ resource: 'product', operation: 'delete', name: 'Delete', action: 'Delete product', method: 'DELETE', path: '/product/{id}', fields: [f792] },
	{ resource: 'proforma', operation: 'getAll', name: 'Get Many', action: 'Get many proformas', method: 'GET', path: '/proforma', list: list1, fields: [f0, f52, f18, f53, f80, f583, f123, f793, f77, f263, f584, f585, f56, f57, f58, f59, f60, f64, f89, f102, f794, f795, f796, f797, f61, f62, f63, f74, f94, f798] },
	{ resource: 'proforma', operation: 'create', name: 'Create', action: 'Create proforma', method: 'POST', path: '/proforma', rootProperty: 'data', bodyJsonMode: true, fields: [f595, f21, f65, f91, f92, f321, f121, f799] },
	{ resource: 'proforma', operation: 'get', name: 'Get', action: 'Get proforma', method: 'GET', path: '/proforma/{id}', rootProperty: 'data', fields: [f800, f794, f796, f94] },
	{ resource: 'proforma', operation: 'update', name: 'Update', action: 'Update proforma', method: 'PUT', path: '/proforma/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f800, f595, f21, f65, f91, f92, f321, f121, f799] },
	{ resource: 'pdf', operation: 'convert', name: 'Convert Document', action: 'Create PDF of document', method: 'POST', path: '/quick-convert-to-pdf', bodyJsonMode: true, fields: [f801, f802, f803, f804, f805] },
	{ resource: 'receivingMaterial', operation: 'getAll', name: 'Get Many', action: 'Get many receiving materials', method: 'GET', path: '/receiving-material', list: list1, fields: [f0, f52, f18, f53, f806, f95, f555, f807, f808, f809, f810, f58, f59, f60, f61, f62, f63, f64] },
	{ resource: 'receivingMaterial', operation: 'create', name: 'Create', action: 'Create receiving material', method: 'POST', path: '/receiving-material', bodyJsonMode: true, fields: [f811, f132, f65, f812, f187, f137, f50, f72] },
	{ resource: 'receivingMaterial', operation: 'get', name: 'Get', action: 'Get receiving material', method: 'GET', path: '/receiving-material/{id}', fields: [f813] },
	{ resource: 'receivingMaterial', operation: 'update', name: 'Update', action: 'Update receiving material', method: 'PUT', path: '/receiving-material/{id}', bodyJsonMode: true, fields: [f813, f187, f92, f814, f50, f72] },
	{ resource: 'refund', operation: 'getAll', name: 'Get Many', action: 'Get many refunds', method: 'GET', path: '/refund', list: list1, fields: [f0, f52, f18, f53, f263, f728, f729, f89, f815, f80, f583, f60, f425, f816, f61, f62, f63, f64, f58, f59] },
	{ resource: 'refund', operation: 'create', name: 'Create', action: 'Create refund', method: 'POST', path: '/refund', bodyJsonMode: true, fields: [f4, f65, f195, f67, f68, f817, f69, f50, f72] },
	{ resource: 'refund', operation: 'get', name: 'Get', action: 'Get refund', method: 'GET', path: '/refund/{id}', fields: [f818, f425, f816] },
	{ resource: 'refund', operation: 'update', name: 'Update', action: 'Update refund', method: 'PUT', path: '/refund/{id}', bodyJsonMode: true, fields: [f818, f819, f817, f69, f50, f820, f72] },
	{ resource: 'repBalanceSummary', operation: 'getAll', name: 'Get Many', action: 'Get many rep balance summaries', method: 'GET', path: '/rep-balance-summary', list: list1, fields: [f821, f123, f822] },
	{ resource: 'rep', operation: 'getAll', name: 'Get Many', action: 'Get many reps', method: 'GET', path: '/rep', simplify: { keep: ['_id', 'name', 'username', 'phone', 'email', 'disabled', 'assigned_warehouse', 'createdAt', 'updatedAt'], dates: ['createdAt', 'updatedAt'] }, list: list1, fields: [f0, f52, f18, f3, f122, f123, f259, f260, f60, f823, f824, f87, f825, f826, f827, f828, f829, f830, f831, f832, f833, f834, f835, f836, f837, f838, f839, f840, f473, f841, f842, f843, f844, f61, f62, f63, f845, f846, f64, f58, f59] },
	{ resource: 'rep', operation: 'create', name: 'Create', action: 'Create rep', method: 'POST', path: '/rep', bodyJsonMode: true, fields: [f170, f638, f847, f485, f848, f849, f850, f219, f851, f577, f72, f288] },
	{ resource: 'rep', operation: 'get', name: 'Get', action: 'Get rep', method: 'GET', path: '/rep/{id}', simplify: { keep: ['_id', 'name', 'username', 'phone', 'email', 'disabled', 'assigned_warehouse', 'createdAt', 'updatedAt'], dates: ['createdAt', 'updatedAt'] }, fields: [f852, f844, f845] },
	{ resource: 'rep', operation: 'update', name: 'Update', action: 'Update rep', method: 'PUT', path: '/rep/{id}', bodyJsonMode: true, fields: [f852, f217, f431, f847, f485, f853, f849, f854, f219, f851, f577, f72, f29] },
	{ resource: 'rep', operation: 'delete', name: 'Delete', action: 'Delete rep', method: 'DELETE', path: '/rep/{id}', fields: [f852] },
	{ resource: 'returnAssetPartUnit', operation: 'getAll', name: 'Get Many', action: 'Get many return asset part units', method: 'GET', path: '/return-asset-part-unit', list: list0, fields: [f0, f1, f2, f3] },
	{ resource: 'returnAssetPartUnit', operation: 'create', name: 'Create', action: 'Create return asset part unit', method: 'POST', path: '/return-asset-part-unit', rootProperty: 'data', bodyJsonMode: true, fields: [f855, f856, f247, f857, f858, f859, f860, f861, f154, f862, f863, f864, f865, f866, f867, f177, f868, f139, f869, f870, f871, f872, f145, f50, f10] },
	{ resource: 'returnAssetPartUnit', operation: 'get', name: 'Get', action: 'Get return asset part unit', method: 'GET', path: '/return-asset-part-unit/{id}', rootProperty: 'data', fields: [f873, f94, f118, f874] },
	{ resource: 'returnAssetPartUnit', operation: 'update', name: 'Update', action: 'Update return asset part unit', method: 'PUT', path: '/return-asset-part-unit/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f873, f855, f856, f247, f857, f858, f859, f860, f861, f154, f862, f863, f864, f865, f866, f867, f177, f868, f139, f869, f870, f871, f872, f145, f50, f10] },
	{ resource: 'returnAssetPartUnit', operation: 'delete', name: 'Delete', action: 'Delete return asset part unit', method: 'DELETE', path: '/return-asset-part-unit/{id}', fields: [f873] },
	{ resource: 'returnReason', operation: 'getAll', name: 'Get Many', action: 'Get many return reasons', method: 'GET', path: '/return-reason', list: list1, fields: [f0, f52, f18, f3, f122, f258, f123, f60, f61, f62, f63, f64, f58, f59] },
	{ resource: 'returnReason', operation: 'create', name: 'Create', action: 'Create return reason', method: 'POST', path: '/return-reason', bodyJsonMode: true, fields: [f170, f261, f219, f72, f29] },
	{ resource: 'returnReason', operation: 'get', name: 'Get', action: 'Get return reason', method: 'GET', path: '/return-reason/{id}', fields: [f875] },
	{ resource: 'returnReason', operation: 'update', name: 'Update', action: 'Update return reason', method: 'PUT', path: '/return-reason/{id}', bodyJsonMode: true, fields: [f875, f217, f261, f219, f72, f29] },
	{ resource: 'returnReason', operation: 'delete', name: 'Delete', action: 'Delete return reason', method: 'DELETE', path: '/return-reason/{id}', fields: [f875] },
	{ resource: 'route', operation: 'getAll', name: 'Get Many', action: 'Get many routes', method: 'GET', path: '/route', list: list1, fields: [f0, f52, f18, f122, f123, f60, f61, f62, f63, f876, f64, f58, f59] },
	{ resource: 'route', operation: 'create', name: 'Create', action: 'Create route', method: 'POST', path: '/route', bodyJsonMode: true, fields: [f170, f877, f878, f879, f219, f72, f288] },
	{ resource: 'route', operation: 'get', name: 'Get', action: 'Get route', method: 'GET', path: '/route/{id}', fields: [f880] },
	{ resource: 'route', operation: 'update', name: 'Update', action: 'Update route', method: 'PUT', path: '/route/{id}', bodyJsonMode: true, fields: [f880, f217, f881, f882, f879, f219, f72, f29] },
	{ resource: 'route', operation: 'delete', name: 'Delete', action: 'Delete route', method: 'DELETE', path: '/route/{id}', fields: [f880] },
	{ resource: 'safeInvoiceSerialCounter', operation: 'getAll', name: 'Get Many', action: 'Get many safe invoice serial counters', method: 'GET', path: '/safe-invoice-serial-counter', list: list1, fields: [f0, f12, f14, f883, f18] },
	{ resource: 'safeInvoiceSerialCounter', operation: 'create', name: 'Create', action: 'Create safe invoice serial counter', method: 'POST', path: '/safe-invoice-serial-counter', rootProperty: 'data', bodyJsonMode: true, fields: [f5, f811, f884, f885, f886, f887, f888, f29] },
	{ resource: 'safeInvoiceSerialCounter', operation: 'get', name: 'Get', action: 'Get safe invoice serial counter', method: 'GET', path: '/safe-invoice-serial-counter/{id}', rootProperty: 'data', fields: [f889] },
	{ resource: 'safeInvoiceSerialCounter', operation: 'update', name: 'Update', action: 'Update safe invoice serial counter', method: 'PATCH', path: '/safe-invoice-serial-counter/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f889, f885, f886, f887, f888, f29] },
	{ resource: 'safeInvoiceSerialCounter', operation: 'delete', name: 'Delete', action: 'Delete safe invoice serial counter', method: 'DELETE', path: '/safe-invoice-serial-counter/{id}', fields: [f889] },
	{ resource: 'safeInvoiceSerialCounter', operation: 'getNextSerial', name: 'Get Next Serial Number', action: 'Get next safe invoice serial number', method: 'POST', path: '/safe-invoice-serial-counter/next', rootProperty: 'data', bodyJsonMode: true, fields: [f5, f811, f884] },
	{ resource: 'settings', operation: 'getAll', name: 'Get Many', action: 'Get many settings', method: 'GET', path: '/settings', list: list1, fields: [f0, f52, f18, f890, f891, f892, f893, f453, f60, f64, f58, f59] },
	{ resource: 'settings', operation: 'get', name: 'Get', action: 'Get settings', method: 'GET', path: '/settings/{id}', rootProperty: 'data', fields: [f894] },
	{ resource: 'settings', operation: 'update', name: 'Update', action: 'Update settings', method: 'PUT', path: '/settings/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f894, f895, f896, f209, f70] },
	{ resource: 'settlement', operation: 'getAll', name: 'Get Many', action: 'Get many settlements', method: 'GET', path: '/settlement', list: list1, fields: [f0, f52, f18, f53, f897, f80, f898, f899, f900, f901, f902, f416, f903, f58, f59, f60, f61, f62, f63, f904, f588, f64] },
	{ resource: 'settlement', operation: 'create', name: 'Create', action: 'Create settlement', method: 'POST', path: '/settlement', bodyJsonMode: true, fields: [f4, f65, f905, f906, f50, f72] },
	{ resource: 'settlement', operation: 'get', name: 'Get', action: 'Get settlement', method: 'GET', path: '/settlement/{id}', fields: [f907, f904] },
	{ resource: 'speciality', operation: 'getAll', name: 'Get Many', action: 'Get many specialities', method: 'GET', path: '/speciality', list: list1, fields: [f0, f12, f123, f18] },
	{ resource: 'speciality', operation: 'create', name: 'Create', action: 'Create speciality', method: 'POST', path: '/speciality', rootProperty: 'data', bodyJsonMode: true, fields: [f170, f29, f219] },
	{ resource: 'speciality', operation: 'get', name: 'Get', action: 'Get speciality', method: 'GET', path: '/speciality/{id}', rootProperty: 'data', fields: [f908] },
	{ resource: 'speciality', operation: 'update', name: 'Update', action: 'Update speciality', method: 'PATCH', path: '/speciality/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f908, f217, f29, f219] },
	{ resource: 'speciality', operation: 'delete', name: 'Delete', action: 'Delete speciality', method: 'DELETE', path: '/speciality/{id}', fields: [f908] },
	{ resource: 'speciality', operation: 'deleteMany', name: 'Delete Many', action: 'Delete many specialities', method: 'POST', path: '/speciality/remove', bodyJsonMode: true, fields: [f242] },
	{ resource: 'storeAssetPartUnit', operation: 'getAll', name: 'Get Many', action: 'Get many store asset part units', method: 'GET', path: '/store-asset-part-unit', list: list0, fields: [f0, f1, f2, f3] },
	{ resource: 'storeAssetPartUnit', operation: 'create', name: 'Create', action: 'Create store asset part unit', method: 'POST', path: '/store-asset-part-unit', rootProperty: 'data', bodyJsonMode: true, fields: [f909, f856, f247, f910, f911, f912, f860, f913, f914, f915, f916, f917, f918, f919, f920, f921, f922, f475, f210, f211, f923, f924, f50, f10] },
	{ resource: 'storeAssetPartUnit', operation: 'get', name: 'Get', action: 'Get store asset part unit', method: 'GET', path: '/store-asset-part-unit/{id}', rootProperty: 'data', fields: [f925, f94, f118, f926] },
	{ resource: 'storeAssetPartUnit', operation: 'update', name: 'Update', action: 'Update store asset part unit', method: 'PUT', path: '/store-asset-part-unit/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f925, f909, f856, f247, f910, f911, f912, f860, f913, f914, f915, f916, f917, f918, f919, f920, f921, f922, f475, f210, f211, f923, f924, f50, f10] },
	{ resource: 'storeAssetPartUnit', operation: 'delete', name: 'Delete', action: 'Delete store asset part unit', method: 'DELETE', path: '/store-asset-part-unit/{id}', fields: [f925] },
	{ resource: 'storecheckTemplate', operation: 'getAll', name: 'Get Many', action: 'Get many storecheck templates', method: 'GET', path: '/storecheck-template', list: list1, fields: [f0, f52, f18, f655, f629, f927, f123, f60, f61, f62, f63, f64, f58, f59] },
	{ resource: 'storecheckTemplate', operation: 'create', name: 'Create', action: 'Create storecheck template', method: 'POST', path: '/storecheck-template', bodyJsonMode: true, fields: [f170, f70, f209, f928, f929, f930, f931, f932, f72] },
	{ resource: 'storecheckTemplate', operation: 'get', name: 'Get', action: 'Get storecheck template', method: 'GET', path: '/storecheck-template/{id}', fields: [f933] },
	{ resource: 'storecheckTemplate', operation: 'update', name: 'Update', action: 'Update storecheck template', method: 'PUT', path: '/storecheck-template/{id}', bodyJsonMode: true, fields: [f933, f217, f70, f209, f934, f929, f930, f931, f932, f219, f72] },
	{ resource: 'storecheckTemplate', operation: 'delete', name: 'Delete', action: 'Delete storecheck template', method: 'DELETE', path: '/storecheck-template/{id}', fields: [f933] },
	{ resource: 'subcategory', operation: 'getAll', name: 'Get Many', action: 'Get many subcategories', method: 'GET', path: '/product-sub-category', list: list1, fields: [f0, f52, f935, f18, f3, f122, f258, f936, f123, f402, f60, f259, f260, f403, f61, f62, f63, f64, f58, f59] },
	{ resource: 'subcategory', operation: 'create', name: 'Create', action: 'Create subcategory', method: 'POST', path: '/product-sub-category', bodyJsonMode: true, fields: [f170, f937, f261, f219, f407, f409, f29, f72] },
	{ resource: 'subcategory', operation: 'get', name: 'Get', action: 'Get subcategory', method: 'GET', path: '/product-sub-category/{id}', fields: [f938, f935] },
	{ resource: 'subcategory', operation: 'update', name: 'Update', action: 'Update subcategory', method: 'PUT', path: '/product-sub-category/{id}', bodyJsonMode: true, fields: [f938, f217, f939, f261, f219, f407, f409, f29, f72] },
	{ resource: 'subcategory', operation: 'delete', name: 'Delete', action: 'Delete subcategory', method: 'DELETE', path: '/product-sub-category/{id}', fields: [f938] },
	{ resource: 'supplier', operation: 'getAll', name: 'Get Many', action: 'Get many suppliers', method: 'GET', path: '/supplier', list: list1, fields: [f0, f52, f18, f629, f927, f555, f60, f61, f62, f63, f64, f58, f59] },
	{ resource: 'supplier', operation: 'create', name: 'Create', action: 'Create supplier', method: 'POST', path: '/supplier', rootProperty: 'data', bodyJsonMode: true, fields: [f217, f431, f485, f287, f72, f219] },
	{ resource: 'supplier', operation: 'get', name: 'Get', action: 'Get supplier', method: 'GET', path: '/supplier/{id}', rootProperty: 'data', fields: [f940] },
	{ resource: 'supplier', operation: 'update', name: 'Update', action: 'Update supplier', method: 'PUT', path: '/supplier/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f940, f217, f431, f485, f287, f72, f219] },
	{ resource: 'supplier', operation: 'delete', name: 'Delete', action: 'Delete supplier', method: 'DELETE', path: '/supplier/{id}', fields: [f940] },
	{ resource: 'svixIntegration', operation: 'getAll', name: 'Get Many', action: 'Get many svix integrations', method: 'GET', path: '/svix-integration', list: list0, fields: [f0, f1, f2, f3] },
	{ resource: 'svixIntegration', operation: 'create', name: 'Create', action: 'Create svix integration', method: 'POST', path: '/svix-integration', rootProperty: 'data', bodyJsonMode: true, fields: [f170, f70, f941, f942, f943, f944, f179, f10] },
	{ resource: 'svixIntegration', operation: 'get', name: 'Get', action: 'Get svix integration', method: 'GET', path: '/svix-integration/{id}', rootProperty: 'data', fields: [f945] },
	{ resource: 'svixIntegration', operation: 'update', name: 'Update', action: 'Update svix integration', method: 'PUT', path: '/svix-integration/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f945, f170, f70, f941, f942, f943, f944, f179, f10] },
	{ resource: 'svixIntegration', operation: 'delete', name: 'Delete', action: 'Delete svix integration', method: 'DELETE', path: '/svix-integration/{id}', fields: [f945] },
	{ resource: 'tag', operation: 'getAll', name: 'Get Many', action: 'Get many tags', method: 'GET', path: '/tag', list: list1, fields: [f0, f52, f18, f3, f946, f947, f123, f60, f61, f62, f63, f568, f64, f58, f59] },
	{ resource: 'tag', operation: 'create', name: 'Create', action: 'Create tag', method: 'POST', path: '/tag', bodyJsonMode: true, fields: [f170, f219, f72, f288] },
	{ resource: 'tag', operation: 'get', name: 'Get', action: 'Get tag', method: 'GET', path: '/tag/{id}', fields: [f948] },
	{ resource: 'tag', operation: 'update', name: 'Update', action: 'Update tag', method: 'PUT', path: '/tag/{id}', bodyJsonMode: true, fields: [f948, f217, f219, f72, f29] },
	{ resource: 'tag', operation: 'delete', name: 'Delete', action: 'Delete tag', method: 'DELETE', path: '/tag/{id}', fields: [f948] },
	{ resource: 'tax', operation: 'getAll', name: 'Get Many', action: 'Get many taxes', method: 'GET', path: '/tax', list: list1, fields: [f0, f52, f18, f3, f122, f949, f950, f123, f60, f61, f62, f63, f64, f58, f59] },
	{ resource: 'tax', operation: 'create', name: 'Create', action: 'Create tax', method: 'POST', path: '/tax', bodyJsonMode: true, fields: [f170, f951, f952, f219, f72, f29] },
	{ resource: 'tax', operation: 'get', name: 'Get', action: 'Get tax', method: 'GET', path: '/tax/{id}', fields: [f953] },
	{ resource: 'tax', operation: 'update', name: 'Update', action: 'Update tax', method: 'PUT', path: '/tax/{id}', bodyJsonMode: true, fields: [f953, f217, f954, f955, f219, f72, f29] },
	{ resource: 'tax', operation: 'delete', name: 'Delete', action: 'Delete tax', method: 'DELETE', path: '/tax/{id}', fields: [f953] },
	{ resource: 'team', operation: 'getAll', name: 'Get Many', action: 'Get many teams', method: 'GET', path: '/teams', list: list1, fields: [f0, f52, f18, f3, f122, f123, f60, f64, f61, f62, f63, f58, f59] },
	{ resource: 'team', operation: 'create', name: 'Create', action: 'Create team', method: 'POST', path: '/teams', bodyJsonMode: true, fields: [f170, f29, f219] },
	{ resource: 'team', operation: 'get', name: 'Get', action: 'Get team', method: 'GET', path: '/teams/{id}', fields: [f956] },
	{ resource: 'team', operation: 'update', name: 'Update', action: 'Update team', method: 'PUT', path: '/teams/{id}', bodyJsonMode: true, fields: [f956, f217, f29, f219] },
	{ resource: 'team', operation: 'delete', name: 'Delete', action: 'Delete team', method: 'DELETE', path: '/teams/{id}', fields: [f956] },
	{ resource: 'transfer', operation: 'getAll', name: 'Get Many', action: 'Get many transfers', method: 'GET', path: '/transfer', list: list1, fields: [f0, f52, f18, f53, f806, f95, f957, f79, f958, f58, f59, f60, f75, f89, f80, f74, f61, f62, f959, f63, f64] },
	{ resource: 'transfer', operation: 'create', name: 'Create', action: 'Create transfer', method: 'POST', path: '/transfer', bodyJsonMode: true, fields: [f960, f961, f65, f134, f137, f160, f50, f72] },
	{ resource: 'transfer', operation: 'get', name: 'Get', action: 'Get transfer', method: 'GET', path: '/transfer/{id}', fields: [f962, f959, f94] },
	{ resource: 'transfer', operation: 'update', name: 'Update', action: 'Update transfer', method: 'PUT', path: '/transfer/{id}', bodyJsonMode: true, fields: [f962, f134, f963, f92, f50, f72] },
	{ resource: 'integrationMetaUpdate', operation: 'getAll', name: 'Get Many', action: 'Get many integration meta updates', method: 'GET', path: '/update-integration-meta', list: list0, fields: [f0, f1, f2, f3] },
	{ resource: 'integrationMetaUpdate', operation: 'create', name: 'Create', action: 'Create integration meta update', method: 'POST', path: '/update-integration-meta', rootProperty: 'data', bodyJsonMode: true, fields: [f170, f70, f964, f965, f719, f966, f10] },
	{ resource: 'integrationMetaUpdate', operation: 'get', name: 'Get', action: 'Get integration meta update', method: 'GET', path: '/update-integration-meta/{id}', rootProperty: 'data', fields: [f967] },
	{ resource: 'integrationMetaUpdate', operation: 'update', name: 'Update', action: 'Update integration meta update', method: 'PUT', path: '/update-integration-meta/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f967, f170, f70, f964, f965, f719, f966, f10] },
	{ resource: 'integrationMetaUpdate', operation: 'delete', name: 'Delete', action: 'Delete integration meta update', method: 'DELETE', path: '/update-integration-meta/{id}', fields: [f967] },
	{ resource: 'integrationMetaUpdate', operation: 'apply', name: 'Apply', action: 'Apply integration meta update', method: 'POST', path: '/update-integration-meta/apply/{id}', rootProperty: 'data', fields: [f967] },
	{ resource: 'variant', operation: 'getAll', name: 'Get Many', action: 'Get many variants', method: 'GET', path: '/variant', list: list1, fields: [f968, f18, f3, f122, f258, f123, f969, f765, f766, f970, f971, f259, f260, f60, f61, f62, f972, f755, f973, f760, f974, f87, f403, f975, f0, f52, f64, f58, f59] },
	{ resource: 'variant', operation: 'create', name: 'Create', action: 'Create variant', method: 'POST', path: '/variant', bodyJsonMode: true, fields: [f170, f976, f741, f29, f219, f977, f261, f773, f210, f978, f979, f980, f981, f409, f982, f983, f984, f72] },
	{ resource: 'variant', operation: 'get', name: 'Get', action: 'Get variant', method: 'GET', path: '/variant/{id}', fields: [f985, f975] },
	{ resource: 'variant', operation: 'update', name: 'Update', action: 'Update variant', method: 'PUT', path: '/variant/{id}', bodyJsonMode: true, fields: [f985, f217, f683, f746, f29, f219, f977, f261, f773, f210, f978, f979, f980, f981, f409, f982, f983, f984, f72] },
	{ resource: 'variant', operation: 'delete', name: 'Delete', action: 'Delete variant', method: 'DELETE', path: '/variant/{id}', fields: [f985] },
	{ resource: 'visit', operation: 'getAll', name: 'Get Many', action: 'Get many visits', method: 'GET', path: '/visit', simplify: { keep: ['_id', 'client', 'client_name', 'rep', 'status', 'plannedDate', 'actualDate', 'notes', 'createdAt', 'updatedAt'], dates: ['plannedDate', 'actualDate', 'createdAt', 'updatedAt'] }, list: list1, fields: [f0, f52, f986, f56, f57, f15, f987, f87, f988, f450, f454, f989, f990, f991, f992, f993, f994, f60, f61, f62, f995, f63, f64, f58, f59] },
	{ resource: 'visit', operation: 'create', name: 'Create', action: 'Create visit', method: 'POST', path: '/visit', rootProperty: 'data', bodyJsonMode: true, fields: [f21, f65, f996, f997, f998, f50, f48] },
	{ resource: 'visit', operation: 'get', name: 'Get', action: 'Get visit', method: 'GET', path: '/visit/{id}', rootProperty: 'data', simplify: { keep: ['_id', 'client', 'client_name', 'rep', 'status', 'plannedDate', 'actualDate', 'notes', 'createdAt', 'updatedAt'], dates: ['plannedDate', 'actualDate', 'createdAt', 'updatedAt'] }, fields: [f999, f995] },
	{ resource: 'visit', operation: 'update', name: 'Update', action: 'Update visit', method: 'PUT', path: '/visit/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f999, f21, f65, f996, f997, f998, f50, f48] },
	{ resource: 'warehouse', operation: 'getAll', name: 'Get Many', action: 'Get many warehouses', method: 'GET', path: '/warehouse', simplify: { keep: ['_id', 'name', 'code', 'type', 'disabled', 'createdAt', 'updatedAt'], dates: ['createdAt', 'updatedAt'] }, list: list1, fields: [f0, f52, f18, f3, f122, f558, f1000, f123, f60, f61, f62, f1001, f63, f64, f58, f59] },
	{ resource: 'warehouse', operation: 'create', name: 'Create', action: 'Create warehouse', method: 'POST', path: '/warehouse', bodyJsonMode: true, fields: [f170, f48, f219, f72, f288] },
	{ resource: 'warehouse', operation: 'get', name: 'Get', action: 'Get warehouse', method: 'GET', path: '/warehouse/{id}', simplify: { keep: ['_id', 'name', 'code', 'type', 'disabled', 'createdAt', 'updatedAt'], dates: ['createdAt', 'updatedAt'] }, fields: [f1002] },
	{ resource: 'warehouse', operation: 'update', name: 'Update', action: 'Update warehouse', method: 'PUT', path: '/warehouse/{id}', bodyJsonMode: true, fields: [f1002, f217, f48, f219, f72, f29] },
	{ resource: 'warehouse', operation: 'delete', name: 'Delete', action: 'Delete warehouse', method: 'DELETE', path: '/warehouse/{id}', fields: [f1002] },
	{ resource: 'workorderAgenda', operation: 'getAll', name: 'Get Many', action: 'Get many workorder agenda days', method: 'GET', path: '/workorder-agenda', list: list1, fields: [f1003, f1004, f533, f1005, f1006, f1007, f565, f1008, f1009, f453, f1010, f1011, f1012, f1013, f451, f58, f59, f1014, f0, f52, f60, f64] },
	{ resource: 'workorderCategory', operation: 'getAll', name: 'Get Many', action: 'Get many workorder categories', method: 'GET', path: '/workorder-category', list: list1, fields: [f0, f12, f123, f1015, f18] },
	{ resource: 'workorderCategory', operation: 'create', name: 'Create', action: 'Create workorder category', method: 'POST', path: '/workorder-category', rootProperty: 'data', bodyJsonMode: true, fields: [f170, f70, f252, f1016, f562, f408, f1017, f1018, f1019, f1020, f579, f1021, f1022, f1023, f1024, f29, f219] },
	{ resource: 'workorderCategory', operation: 'get', name: 'Get', action: 'Get workorder category', method: 'GET', path: '/workorder-category/{id}', rootProperty: 'data', fields: [f1025] },
	{ resource: 'workorderCategory', operation: 'update', name: 'Update', action: 'Update workorder category', method: 'PATCH', path: '/workorder-category/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f1025, f217, f70, f252, f1016, f562, f408, f1026, f1018, f1019, f1020, f579, f1021, f1022, f1023, f1024, f29, f219] },
	{ resource: 'workorderCategory', operation: 'delete', name: 'Delete', action: 'Delete workorder category', method: 'DELETE', path: '/workorder-category/{id}', fields: [f1025] },
	{ resource: 'workorderCategory', operation: 'deleteMany', name: 'Delete Many', action: 'Delete many workorder categories', method: 'POST', path: '/workorder-category/remove', bodyJsonMode: true, fields: [f242] },
	{ resource: 'workorderCategory', operation: 'getHierarchy', name: 'Get Hierarchy', action: 'Get workorder category hierarchy', method: 'GET', path: '/workorder-category/hierarchy', rootProperty: 'data' },
	{ resource: 'workorderPortalLink', operation: 'getAll', name: 'Get Many', action: 'Get many workorder portal links', method: 'GET', path: '/workorder-portal-link', list: list1, fields: [f0, f12, f1027, f573, f1028, f18] },
	{ resource: 'workorderPortalLink', operation: 'create', name: 'Create', action: 'Create workorder portal link', method: 'POST', path: '/workorder-portal-link', rootProperty: 'data', bodyJsonMode: true, fields: [f1029, f1030, f851, f1031, f1032, f579, f1033, f10, f580, f29] },
	{ resource: 'workorderPortalLink', operation: 'get', name: 'Get', action: 'Get workorder portal link', method: 'GET', path: '/workorder-portal-link/{id}', rootProperty: 'data', fields: [f1034, f1035] },
	{ resource: 'workorderPortalLink', operation: 'update', name: 'Update', action: 'Update workorder portal link', method: 'PATCH', path: '/workorder-portal-link/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f1034, f1036, f851, f1031, f1032, f580, f579, f1033, f10, f29] },
	{ resource: 'workorderPortalLink', operation: 'delete', name: 'Delete', action: 'Delete workorder portal link', method: 'DELETE', path: '/workorder-portal-link/{id}', fields: [f1034] },
	{ resource: 'workorderPortalLink', operation: 'regenerate', name: 'Regenerate', action: 'Regenerate workorder portal link', method: 'POST', path: '/workorder-portal-link/{id}/regenerate', rootProperty: 'data', fields: [f1034] },
	{ resource: 'workorderPortalLink', operation: 'activate', name: 'Activate', action: 'Activate workorder portal link', method: 'POST', path: '/workorder-portal-link/{id}/activate', rootProperty: 'data', fields: [f1034] },
	{ resource: 'workorderPortalLink', operation: 'deactivate', name: 'Deactivate', action: 'Deactivate workorder portal link', method: 'POST', path: '/workorder-portal-link/{id}/deactivate', rootProperty: 'data', fields: [f1034] },
	{ resource: 'workorderPortal', operation: 'getAll', name: 'Get Many', action: 'Get many workorder portals', method: 'GET', path: '/workorder-portal', list: list1, fields: [f0, f12, f1037, f1027, f15, f18] },
	{ resource: 'workorderPortal', operation: 'create', name: 'Create', action: 'Create workorder portal', method: 'POST', path: '/workorder-portal', rootProperty: 'data', bodyJsonMode: true, fields: [f1029, f4, f1038, f1039, f1032, f690, f1040, f1033, f29, f219] },
	{ resource: 'workorderPortal', operation: 'get', name: 'Get', action: 'Get workorder portal', method: 'GET', path: '/workorder-portal/{id}', rootProperty: 'data', fields: [f1041, f1042] },
	{ resource: 'workorderPortal', operation: 'update', name: 'Update', action: 'Update workorder portal', method: 'PATCH', path: '/workorder-portal/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f1041, f1043, f1044, f1039, f1032, f690, f1040, f1033, f29, f219] },
	{ resource: 'workorderPortal', operation: 'delete', name: 'Delete', action: 'Delete workorder portal', method: 'DELETE', path: '/workorder-portal/{id}', fields: [f1041] },
	{ resource: 'workorderPortal', operation: 'updateStatus', name: 'Update Status', action: 'Update workorder portal status', method: 'PATCH', path: '/workorder-portal/{id}/status', rootProperty: 'data', bodyJsonMode: true, fields: [f1041, f1045, f50] },
	{ resource: 'workorderRequest', operation: 'getAll', name: 'Get Many', action: 'Get many workorder requests', method: 'GET', path: '/workorder-request', list: list1, fields: [f0, f52, f122, f18, f1046, f1047, f1048, f1009, f1008, f533, f1011, f1012, f58, f59, f60, f64, f87, f53, f3, f1049, f215, f216, f63] },
	{ resource: 'workorderRequest', operation: 'create', name: 'Create', action: 'Create workorder request', method: 'POST', path: '/workorder-request', rootProperty: 'data', bodyJsonMode: true, fields: [f109, f70, f116, f110, f21, f389, f209] },
	{ resource: 'workorderRequest', operation: 'get', name: 'Get', action: 'Get workorder request', method: 'GET', path: '/workorder-request/{id}', rootProperty: 'data', fields: [f1050, f1049] },
	{ resource: 'workorderRequest', operation: 'update', name: 'Update', action: 'Update workorder request', method: 'PUT', path: '/workorder-request/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f1050, f109, f70, f116, f110, f21, f389, f209, f121] },
	{ resource: 'workorderRequest', operation: 'delete', name: 'Delete', action: 'Delete workorder request', method: 'DELETE', path: '/workorder-request/{id}', fields: [f1050] },
	{ resource: 'workorder', operation: 'getAll', name: 'Get Many', action: 'Get many workorders', method: 'GET', path: '/workorder', list: list1, fields: [f0, f52, f122, f18, f451, f1046, f1047, f1051, f1009, f1008, f533, f1011, f1012, f1052, f1053, f1054, f1055, f58, f59, f60, f64, f1056, f1057, f1058, f1059, f87, f1060, f1061, f1062, f1063, f1064, f1013, f1065, f1066, f1067, f3, f1068, f215, f216, f63] },
	{ resource: 'workorder', operation: 'create', name: 'Create', action: 'Create workorder', method: 'POST', path: '/workorder', rootProperty: 'data', bodyJsonMode: true, fields: [f109, f70, f116, f121, f692, f21, f389, f209, f115] },
	{ resource: 'workorder', operation: 'get', name: 'Get', action: 'Get workorder', method: 'GET', path: '/workorder/{id}', rootProperty: 'data', fields: [f1069, f1070, f1071] },
	{ resource: 'workorder', operation: 'update', name: 'Update', action: 'Update workorder', method: 'PUT', path: '/workorder/{id}', rootProperty: 'data', bodyJsonMode: true, fields: [f1069, f109, f70, f116, f121, f692, f21, f389, f209, f115] },
	{ resource: 'workorder', operation: 'delete', name: 'Delete', action: 'Delete workorder', method: 'DELETE', path: '/workorder/{id}', fields: [f1069] },
];
