package co.gov.icetex.participa.consultation.application;

import co.gov.icetex.participa.shared.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Keeps each published document's content for a few seconds, per instance. It is a cache, not
 * state: the database stays the only source, every instance rereads it after {@link #MAX_AGE}, and
 * so a correction published on one instance shows on all of them within that time. Unknown slugs
 * are not remembered, so made-up addresses cannot fill it.
 */
@ApplicationScoped
public class DocumentCache {

  public static final Duration MAX_AGE = Duration.ofSeconds(10);

  private record Entry(DocumentSnapshot snapshot, Instant loadedAt) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  @Inject AppClock clock;

  /**
   * Drops this instance's copy once an editor's change has committed, so the change shows at once
   * here. Other instances keep theirs until it is {@link #MAX_AGE} old: within 10 seconds every
   * instance shows the change (accepted; the cache is per instance and holds no state).
   */
  void evict(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConsultationChanged change) {
    entries.remove(change.slug());
  }

  Optional<DocumentSnapshot> get(String slug, Function<String, Optional<DocumentSnapshot>> loader) {
    if (slug == null || slug.isBlank()) {
      return Optional.empty();
    }
    Instant now = clock.now();
    Entry entry = entries.get(slug);
    if (entry != null && entry.loadedAt().plus(MAX_AGE).isAfter(now)) {
      return Optional.of(entry.snapshot());
    }
    Optional<DocumentSnapshot> fresh = loader.apply(slug);
    fresh.ifPresentOrElse(s -> entries.put(slug, new Entry(s, now)), () -> entries.remove(slug));
    return fresh;
  }
}
