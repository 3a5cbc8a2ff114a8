/**
 * Checks of the portal as it runs in production: several Payara Micro instances in one data grid
 * behind the nginx front ({@code devrun.PortalCluster}), started by the test itself in a failsafe
 * execution of its own (see pom.xml), with the embedded MariaDB of the test session.
 */
package co.gov.icetex.participa.cluster;
