package co.gov.icetex.participa.demo;

import co.gov.icetex.participa.observation.application.TrackingCodeAllocator;
import co.gov.icetex.participa.observation.domain.TrackingCode;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.IntStream;

/**
 * In demo mode, gives the closed demo consultation its whole cycle: answered observations and a
 * published response report, once per database (after the catalogue and the demo staff exist). The
 * tracking codes are reserved first, outside any transaction, as the allocator requires.
 */
@Singleton
@Startup
@DependsOn({"DemoContentLoader", "StaffBootstrap"})
public class DemoReportLoader {

  @Inject Settings settings;
  @Inject AppClock clock;
  @Inject TrackingCodeAllocator codes;
  @Inject DemoReportWriter writer;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void load() {
    if (!settings.demoContent() || writer.alreadyLoaded()) {
      return;
    }
    int year = clock.today().getYear();
    List<TrackingCode> reserved =
        IntStream.range(0, DemoObservations.ALL.size()).mapToObj(i -> codes.next(year)).toList();
    writer.write(reserved);
  }
}
