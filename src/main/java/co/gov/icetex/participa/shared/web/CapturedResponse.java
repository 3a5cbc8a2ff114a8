package co.gov.icetex.participa.shared.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Holds a page's body in memory instead of sending it, so that {@link PublicPageCache} can keep a copy.
 * Anything that makes the answer personal or unusual (a cookie, an error, a redirect, another status)
 * marks it as not to be kept, and errors and redirects go straight to the real response.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream body = new ByteArrayOutputStream(96 * 1024);
  private PrintWriter writer;
  private ServletOutputStream stream;
  private boolean keepable = true;
  private boolean committedElsewhere;

  CapturedResponse(HttpServletResponse response) {
    super(response);
  }

  boolean isKeepable() {
    return keepable && !committedElsewhere && getStatus() == SC_OK;
  }

  boolean isCommittedElsewhere() {
    return committedElsewhere;
  }

  byte[] body() {
    if (writer != null) {
      writer.flush();
    }
    return body.toByteArray();
  }

  @Override
  public PrintWriter getWriter() {
    if (writer == null) {
      writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
    }
    return writer;
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (stream == null) {
      stream =
          new ServletOutputStream() {
            @Override
            public void write(int b) {
              body.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
              body.write(b, off, len);
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
  public void flushBuffer() {
    if (writer != null) {
      writer.flush();
    }
  }

  @Override
  public void resetBuffer() {
    body.reset();
  }

  @Override
  public void reset() {
    super.reset();
    body.reset();
  }

  @Override
  public void addCookie(Cookie cookie) {
    keepable = false;
    super.addCookie(cookie);
  }

  @Override
  public void setHeader(String name, String value) {
    noteHeader(name);
    super.setHeader(name, value);
  }

  @Override
  public void addHeader(String name, String value) {
    noteHeader(name);
    super.addHeader(name, value);
  }

  private void noteHeader(String name) {
    if ("Set-Cookie".equalsIgnoreCase(name)) {
      keepable = false;
    }
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    committedElsewhere = true;
    super.sendError(sc, msg);
  }

  @Override
  public void sendError(int sc) throws IOException {
    committedElsewhere = true;
    super.sendError(sc);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    committedElsewhere = true;
    super.sendRedirect(location);
  }
}
