package co.gov.icetex.participa.shared.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Keeps a response's body in memory instead of sending it, for a filter that needs the whole body
 * before deciding what to send ({@link HttpCaching} hashes it, {@link PublicPageCache} keeps a
 * copy). Notes a cookie being set (the answer is personal) and lets errors and redirects go
 * straight to the real response. Subclasses decide what else may reach the real response.
 */
abstract class CapturingResponse extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream captured;
  private ServletOutputStream stream;
  private PrintWriter writer;
  private boolean setCookie;
  private boolean sentDirectly;

  CapturingResponse(HttpServletResponse response, int initialCapacity) {
    super(response);
    this.captured = new ByteArrayOutputStream(initialCapacity);
  }

  /** Whether a cookie is on its way: the answer is someone's own. */
  final boolean setCookie() {
    return setCookie;
  }

  /** Whether an error or a redirect was sent to the real response, bypassing the capture. */
  final boolean isSentDirectly() {
    return sentDirectly;
  }

  final byte[] body() {
    flushWriter();
    return captured.toByteArray();
  }

  final void flushWriter() {
    if (writer != null) {
      writer.flush();
    }
  }

  /** Where every byte written to the body goes; by default, into memory. */
  void write(byte[] b, int off, int len) throws IOException {
    captured.write(b, off, len);
  }

  final int capturedSize() {
    return captured.size();
  }

  /** Moves what was captured so far to {@code out}, leaving the capture empty. */
  final void drainTo(OutputStream out) throws IOException {
    if (captured.size() > 0) {
      captured.writeTo(out);
      captured.reset();
    }
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (stream == null) {
      stream =
          new ServletOutputStream() {
            @Override
            public void write(int b) throws IOException {
              CapturingResponse.this.write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              CapturingResponse.this.write(b, off, len);
            }

            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
              throw new IllegalStateException("Not asynchronous");
            }
          };
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (writer == null) {
      writer =
          new PrintWriter(
              new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
    }
    return writer;
  }

  @Override
  public void flushBuffer() throws IOException {
    flushWriter(); // committing the real response here would send the headers too early
  }

  @Override
  public void resetBuffer() {
    captured.reset();
  }

  @Override
  public void reset() {
    captured.reset();
    super.reset();
  }

  @Override
  public void addCookie(Cookie cookie) {
    setCookie = true;
    super.addCookie(cookie);
  }

  @Override
  public void setHeader(String name, String value) {
    noteCookie(name);
    super.setHeader(name, value);
  }

  @Override
  public void addHeader(String name, String value) {
    noteCookie(name);
    super.addHeader(name, value);
  }

  private void noteCookie(String name) {
    if ("Set-Cookie".equalsIgnoreCase(name)) {
      setCookie = true;
    }
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    sentDirectly = true;
    super.sendError(sc, msg);
  }

  @Override
  public void sendError(int sc) throws IOException {
    sentDirectly = true;
    super.sendError(sc);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    sentDirectly = true;
    super.sendRedirect(location);
  }
}
