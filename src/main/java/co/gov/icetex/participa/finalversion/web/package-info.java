/**
 * The public page of a published final version ({@code /version-final?c=slug}). A thin backing bean
 * over {@code finalversion.application}; may use {@code shared}.
 */
package co.gov.icetex.participa.finalversion.web;
