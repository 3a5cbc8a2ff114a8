/**
 * Calendar rules for legal terms: which days are business days ("días hábiles") in Colombia and how
 * deadlines counted in them fall. Depends on nothing in the portal but the holiday library.
 */
package co.gov.icetex.participa.shared.time;
