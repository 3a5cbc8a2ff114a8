package co.gov.icetex.participa.shared.scheduling;

import co.gov.icetex.participa.shared.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;

/**
 * Makes a daily job run once a day across every instance of the portal. The instance whose claim
 * inserts the day's row does the job in the same transaction; a concurrent claim waits on that row
 * and then finds it taken, or takes it if the first transaction rolled back. Nothing is held in one
 * JVM's memory.
 */
@ApplicationScoped
public class DailyRuns {

  @PersistenceContext EntityManager em;
  @Inject AppClock clock;

  /**
   * Whether the job already ran that day: a cheap check before doing any work. In a transaction of
   * its own because it runs on a scheduler thread, where a container-managed EntityManager is only
   * usable inside one.
   */
  @Transactional
  public boolean ran(String job, LocalDate day) {
    return !em.createNativeQuery("SELECT 1 FROM scheduled_job_run WHERE job = ? AND run_on = ?")
        .setParameter(1, job)
        .setParameter(2, day)
        .getResultList()
        .isEmpty();
  }

  /** Claims the day's run in the caller's transaction; false when another run has it. */
  @Transactional(TxType.MANDATORY)
  public boolean claim(String job, LocalDate day) {
    return em.createNativeQuery(
                "INSERT IGNORE INTO scheduled_job_run (job, run_on, ran_at) VALUES (?, ?, ?)")
            .setParameter(1, job)
            .setParameter(2, day)
            .setParameter(3, clock.now())
            .executeUpdate()
        == 1;
  }

  /** Records how many items (e-mails, say) the claimed run produced. */
  @Transactional(TxType.MANDATORY)
  public void record(String job, LocalDate day, int items) {
    em.createNativeQuery("UPDATE scheduled_job_run SET items = ? WHERE job = ? AND run_on = ?")
        .setParameter(1, items)
        .setParameter(2, job)
        .setParameter(3, day)
        .executeUpdate();
  }
}
