/**
 * The alert pages (subscribe, confirm, manage), the one-click unsubscribe endpoint and the feeds.
 * One small backing bean per form.
 */
package co.gov.icetex.participa.alert.web;
