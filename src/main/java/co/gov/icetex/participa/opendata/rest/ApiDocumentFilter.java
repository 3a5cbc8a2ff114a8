package co.gov.icetex.participa.opendata.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Completes the OpenAPI description that Payara Micro generates from the resources' annotations and
 * serves at /openapi: title, version, licence of the data and a pointer to the human documentation.
 * Configured in META-INF/microprofile-config.properties ({@code mp.openapi.filter}).
 */
public class ApiDocumentFilter implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    openAPI.info(
        OASFactory.createInfo()
            .title("Participa ICETEX API")
            .version("1.0")
            .description(
                "API pública de Participa ICETEX: consultas publicadas para comentarios, observaciones "
                    + "ciudadanas, respuestas publicadas, estadísticas de participación, búsqueda y datos abiertos. "
                    + "Nunca contiene correos, teléfonos ni números de documento, y los nombres solo cuando su autor lo "
                    + "autorizó. El informe de respuestas de una consulta está en /api/v1/consultations/{slug}/report. "
                    + "Documentación: /documentacion-api.")
            .license(
                OASFactory.createLicense()
                    .name("Datos: CC BY-SA 4.0")
                    .url("https://creativecommons.org/licenses/by-sa/4.0/deed.es")));
  }
}
