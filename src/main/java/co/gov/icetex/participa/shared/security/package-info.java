/**
 * Role checks: the role names, {@code @RequiresRole} and its interceptor, and the refusal it
 * throws. Depends on no feature (staff accounts and sign-in are {@code staff}'s).
 */
package co.gov.icetex.participa.shared.security;
