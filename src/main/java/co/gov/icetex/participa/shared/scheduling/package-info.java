/**
 * Daily jobs that run once a day across every instance ({@code DailyRuns}). Depends on no feature.
 */
package co.gov.icetex.participa.shared.scheduling;
