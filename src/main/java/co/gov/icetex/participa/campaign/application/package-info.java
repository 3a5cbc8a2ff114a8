/**
 * Grouping observations into campaigns after intake ({@code GroupingJob}, {@code CampaignGrouping}:
 * a lock row per consultation whose version tells whether the candidate index an instance kept
 * ({@code CandidateIndexes}) still shows the database, so it is idempotent and safe with several
 * instances), and what staff, the report and the statistics ask of campaigns ({@code Campaigns}).
 * May use {@code campaign.domain}, {@code observation} (its submitted event), {@code staff} (the
 * caller) and {@code shared}.
 */
package co.gov.icetex.participa.campaign.application;
