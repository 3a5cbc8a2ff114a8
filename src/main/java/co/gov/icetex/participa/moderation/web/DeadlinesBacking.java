package co.gov.icetex.participa.moderation.web;

import co.gov.icetex.participa.moderation.application.DeadlineBoard;
import co.gov.icetex.participa.moderation.application.PendingDeadlines;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The deadline dashboard: overdue, due soon, and per office. */
@Named("deadlines")
@RequestScoped
public class DeadlinesBacking {

  @Inject DeadlineBoard deadlineBoard;

  private DeadlineBoard.Board board;

  public void load() {
    board = deadlineBoard.board();
  }

  public DeadlineBoard.Board getBoard() {
    return board;
  }

  public int getSoonDays() {
    return PendingDeadlines.SOON_BUSINESS_DAYS;
  }
}
