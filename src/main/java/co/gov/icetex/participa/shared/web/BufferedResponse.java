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
 * Keeps a response's body in memory so that {@link HttpCaching} can hash it before anything is sent,
 * up to a limit: past it (a download), the headers are completed by {@code beforeStreaming}, what was
 * kept is sent and the rest streams through. Errors and redirects go straight to the real response.
 */
final class BufferedResponse extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(32 * 1024);
  private final int limit;
  private final Runnable beforeStreaming;
  private ServletOutputStream stream;
  private PrintWriter writer;
  private boolean passedThrough;
  private boolean setCookie;

  BufferedResponse(HttpServletResponse response, int limit, Runnable beforeStreaming) {
    super(response);
    this.limit = limit;
    this.beforeStreaming = beforeStreaming;
  }

  /** Whether the body went (or is going) to the client directly: nothing left to do with it. */
  boolean isPassedThrough() {
    return passedThrough;
  }

  boolean setCookie() {
    return setCookie;
  }

  byte[] body() {
    if (writer != null) {
      writer.flush();
    }
    return buffer.toByteArray();
  }

  /** After the chain: pushes out what a streaming writer still holds. */
  void finishStreaming() throws IOException {
    if (passedThrough && writer != null) {
      writer.flush();
    }
  }

  private void write(byte[] b, int off, int len) throws IOException {
    if (passedThrough) {
      getResponse().getOutputStream().write(b, off, len);
      return;
    }
    buffer.write(b, off, len);
    if (buffer.size() > limit) {
      beforeStreaming.run();
      passThrough();
    }
  }

  private void passThrough() throws IOException {
    passedThrough = true;
    if (buffer.size() > 0) {
      getResponse().getOutputStream().write(buffer.toByteArray());
      buffer.reset();
    }
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (stream == null) {
      stream = new ServletOutputStream() {
        @Override
        public void write(int b) throws IOException {
          BufferedResponse.this.write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          BufferedResponse.this.write(b, off, len);
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
      writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
    }
    return writer;
  }

  @Override
  public void setContentLength(int len) {
    if (passedThrough) {
      super.setContentLength(len);
    } // else: set from the buffer at the end (a 304 has none)
  }

  @Override
  public void setContentLengthLong(long len) {
    if (passedThrough) {
      super.setContentLengthLong(len);
    }
  }

  @Override
  public void flushBuffer() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    if (passedThrough) {
      super.flushBuffer();
    } // else: committing now would send the headers before the validator is known
  }

  @Override
  public boolean isCommitted() {
    return passedThrough && super.isCommitted();
  }

  @Override
  public void resetBuffer() {
    buffer.reset();
    if (passedThrough) {
      super.resetBuffer();
    }
  }

  @Override
  public void reset() {
    buffer.reset();
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
    passedThrough = true;
    super.sendError(sc, msg);
  }

  @Override
  public void sendError(int sc) throws IOException {
    passedThrough = true;
    super.sendError(sc);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    passedThrough = true;
    super.sendRedirect(location);
  }
}
