package co.gov.icetex.participa.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps a response's body in memory so that {@link HttpCaching} can hash it before anything is
 * sent, up to a limit: past it (a download), the headers are completed by {@code beforeStreaming},
 * what was kept is sent and the rest streams through. Errors and redirects go straight to the real
 * response.
 */
final class BufferedResponse extends CapturingResponse {

  private final int limit;
  private final Runnable beforeStreaming;
  private boolean streaming;

  BufferedResponse(HttpServletResponse response, int limit, Runnable beforeStreaming) {
    super(response, 32 * 1024);
    this.limit = limit;
    this.beforeStreaming = beforeStreaming;
  }

  /** Whether the body went (or is going) to the client directly: nothing left to do with it. */
  boolean isPassedThrough() {
    return streaming || isSentDirectly();
  }

  /** After the chain: pushes out what a streaming writer still holds. */
  void finishStreaming() throws IOException {
    if (isPassedThrough()) {
      flushWriter();
    }
  }

  @Override
  void write(byte[] b, int off, int len) throws IOException {
    if (isPassedThrough()) {
      getResponse().getOutputStream().write(b, off, len);
      return;
    }
    super.write(b, off, len);
    if (capturedSize() > limit) {
      beforeStreaming.run();
      streaming = true;
      drainTo(getResponse().getOutputStream());
    }
  }

  @Override
  public void setContentLength(int len) {
    if (isPassedThrough()) {
      super.setContentLength(len);
    } // else: set from the buffer at the end (a 304 has none)
  }

  @Override
  public void setContentLengthLong(long len) {
    if (isPassedThrough()) {
      super.setContentLengthLong(len);
    }
  }

  @Override
  public void flushBuffer() throws IOException {
    super.flushBuffer();
    if (isPassedThrough()) {
      getResponse().flushBuffer();
    } // else: committing now would send the headers before the validator is known
  }

  @Override
  public boolean isCommitted() {
    return isPassedThrough() && super.isCommitted();
  }

  @Override
  public void resetBuffer() {
    super.resetBuffer();
    if (isPassedThrough()) {
      getResponse().resetBuffer();
    }
  }
}
