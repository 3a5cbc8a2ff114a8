/**
 * The append-only audit log of staff actions: {@code AuditLog} records in the action's own
 * transaction and reads back for the audit trail page. Depends on no feature.
 */
package co.gov.icetex.participa.shared.audit;
