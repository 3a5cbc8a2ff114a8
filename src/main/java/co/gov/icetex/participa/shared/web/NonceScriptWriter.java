package co.gov.icetex.participa.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes the response's CSP nonce on every {@code <script>} element Faces renders (PrimeFaces'
 * settings and widget scripts, script resources), so they run under a policy that refuses every
 * other inline script. PrimeFaces' own CSP mode is not used: it takes the nonce of a form post from
 * a hidden field its JavaScript adds, and refuses (HTTP 500) a post from a browser without
 * JavaScript.
 */
final class NonceScriptWriter extends ResponseWriterWrapper {

  NonceScriptWriter(ResponseWriter wrapped) {
    super(wrapped);
  }

  @Override
  public void startElement(String name, UIComponent component) throws IOException {
    super.startElement(name, component);
    if ("script".equalsIgnoreCase(name)) {
      String nonce = ScriptNonce.current(FacesContext.getCurrentInstance());
      if (nonce != null) {
        super.writeAttribute("nonce", nonce, null);
      }
    }
  }

  @Override
  public ResponseWriter cloneWithWriter(Writer writer) {
    return new NonceScriptWriter(getWrapped().cloneWithWriter(writer));
  }
}
