package co.gov.icetex.participa.consultation.application;

import co.gov.icetex.participa.shared.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Keeps each published document's content for a few seconds, per instance. It is a cache, not state:
 * the database stays the only source, every instance rereads it after {@link #MAX_AGE}, and so a
 * correction published on one instance shows on all of them within that time. Unknown slugs are not
 * remembered, so made-up addresses cannot fill it.
 */
@ApplicationScoped
public class DocumentCache {

  public static final Duration MAX_AGE = Duration.ofSeconds(10);

  private record Entry(DocumentSnapshot snapshot, Instant loadedAt) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  @Inject AppClock clock;

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
