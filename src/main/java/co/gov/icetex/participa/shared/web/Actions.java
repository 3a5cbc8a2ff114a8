package co.gov.icetex.participa.shared.web;

import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.security.AccessDenied;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Violation;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Runs a staff action from a page and tells the person how it went, the same way on every page: a
 * success message, the Spanish message of a broken rule or a refusal, a notice that someone else
 * changed the same thing meanwhile, or a 403 when the person lacks the role (the service checked
 * it, not the page).
 */
public final class Actions {

  private Actions() {}

  /** Returns whether the action succeeded. */
  public static boolean run(Runnable action, String successKey, Object... args) {
    return run(null, action, successKey, args);
  }

  /**
   * As {@link #run(Runnable, String, Object...)} for the form with this id: a {@link Refusal} is
   * shown on that form's fields and in its own error summary, through {@link FormErrors}, so a page
   * with several forms tells which form was refused.
   */
  public static boolean runIn(String formId, Runnable action, String successKey, Object... args) {
    return run(formId, Map.of(), action, successKey, args);
  }

  /**
   * As {@link #runIn(String, Runnable, String, Object...)}, with fields the form shows under
   * another input (see {@link FormErrors#show(String, Refusal, Map)}).
   */
  public static boolean runIn(
      String formId, Map<String, String> inputForField, Runnable action, String successKey) {
    return run(formId, inputForField, action, successKey);
  }

  private static boolean run(String formId, Runnable action, String successKey, Object... args) {
    return run(formId, Map.of(), action, successKey, args);
  }

  private static boolean run(
      String formId,
      Map<String, String> inputForField,
      Runnable action,
      String successKey,
      Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      action.run();
      if (successKey != null) {
        faces.addMessage(
            null,
            new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.get(successKey, args), null));
      }
      return true;
    } catch (RuntimeException e) {
      Throwable cause = rootOf(e);
      if (cause instanceof AccessDenied) {
        forbid(faces);
      } else if (cause instanceof Refusal refusal) {
        refused(formId, inputForField, refusal);
      } else if (cause instanceof OptimisticLockException) {
        error(Messages.get("admin.error.concurrentChange"));
      } else {
        throw e;
      }
      return false;
    }
  }

  private static void refused(String formId, Map<String, String> inputForField, Refusal refusal) {
    if (formId == null) {
      refusal.violations().stream().map(Violation::message).forEach(Actions::error);
    } else {
      CDI.current().select(FormErrors.class).get().show(formId, refusal, inputForField);
    }
  }

  /** A success message worked out by the action itself (e.g. with a count it returned). */
  public static void info(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
  }

  public static void error(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  /**
   * The first AccessDenied, Refusal or OptimisticLockException in the chain, else the exception
   * itself.
   */
  private static Throwable rootOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof AccessDenied
          || t instanceof Refusal
          || t instanceof OptimisticLockException) {
        return t;
      }
    }
    return e;
  }

  public static void forbid(FacesContext faces) {
    try {
      faces.getExternalContext().responseSendError(403, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
