/**
 * What an uploaded file really is, judged from its bytes without inflating anything: magic numbers,
 * and for Office packages the ZIP central directory against {@link
 * co.gov.icetex.participa.shared.files.OfficePackageLimits} (zip bombs). Used by every feature that
 * accepts files; depends on nothing of the portal's (Apache POI only to apply the same limits to
 * it).
 */
package co.gov.icetex.participa.shared.files;
