/**
 * Demo content: the catalogue a fresh installation shows when {@code participa.demo} is true.
 *
 * <p>It owns the import of the seed PAAC 2020 text ({@code /demo/paac-2020-icetex.txt}) into an
 * outline of chapters, sections and work-plan rows ({@link
 * co.gov.icetex.participa.demo.PaacSeedParser}, {@link co.gov.icetex.participa.demo.SeedOutline});
 * one content builder per other consultation type (action plan, strategic indicators, draft budget,
 * accountability report, procedure rationalisation, draft regulation, citizen-service policy); the
 * generated PDF and CSV files ({@link co.gov.icetex.participa.demo.DemoFiles}); the catalogue with
 * its comment windows placed around the current time ({@link
 * co.gov.icetex.participa.demo.DemoConsultations}); and the startup bean that stores it once per
 * database ({@link co.gov.icetex.participa.demo.DemoContentLoader}).
 *
 * <p>It depends only on the consultation domain and on {@code shared}; nothing depends on it.
 * Content is in Spanish, as the portal publishes it.
 */
package co.gov.icetex.participa.demo;
