/**
 * Browser tests of the public portal: a headless Chromium (phone viewport) drives the packaged WAR
 * on Payara Micro. Test classes are {@code *BrowserIT}, named actor + action; pages are driven only
 * through the page objects here ({@link co.gov.icetex.participa.browser.Page} and its subclasses),
 * which wait for each page load and ajax request before they answer.
 */
package co.gov.icetex.participa.browser;
