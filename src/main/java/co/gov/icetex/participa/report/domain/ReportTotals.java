package co.gov.icetex.participa.report.domain;

import co.gov.icetex.participa.answer.domain.AnswerOutcome;
import co.gov.icetex.participa.observation.domain.Channel;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import co.gov.icetex.participa.observation.domain.Triage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The report's figures, counted from its own entries when it is frozen (so they always equal the
 * list that follows them): by outcome, stakeholder group, department (DIVIPOLA code) and channel,
 * rejections by reason, and how many answers were published on time. Stored with the report as
 * JSON.
 */
public record ReportTotals(
    int observations,
    int answered,
    int rejected,
    int redirected,
    int onTime,
    Map<AnswerOutcome, Integer> byOutcome,
    Map<StakeholderGroup, Integer> byGroup,
    Map<String, Integer> byDepartment,
    Map<Channel, Integer> byChannel,
    Map<Triage, Integer> rejectedByReason) {

  public ReportTotals {
    byOutcome =
        Collections.unmodifiableMap(
            new EnumMap<>(byOutcome.isEmpty() ? new EnumMap<>(AnswerOutcome.class) : byOutcome));
    byGroup =
        Collections.unmodifiableMap(
            byGroup.isEmpty() ? new EnumMap<>(StakeholderGroup.class) : new EnumMap<>(byGroup));
    byDepartment = Collections.unmodifiableMap(new TreeMap<>(byDepartment));
    byChannel =
        Collections.unmodifiableMap(
            byChannel.isEmpty() ? new EnumMap<>(Channel.class) : new EnumMap<>(byChannel));
    rejectedByReason =
        Collections.unmodifiableMap(
            rejectedByReason.isEmpty()
                ? new EnumMap<>(Triage.class)
                : new EnumMap<>(rejectedByReason));
  }

  /**
   * The share of answers published on or before their due date, in percent with one decimal; null
   * when nothing was answered (a share of nothing is not 0 % nor 100 %).
   */
  public BigDecimal onTimePercent() {
    return percentOf(onTime, answered);
  }

  /** {@code part} as a percentage of {@code whole}, one decimal, half up; null when whole is 0. */
  public static BigDecimal percentOf(int part, int whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  /** Counts entries as they are frozen, one by one, so 10,000 of them need not be held together. */
  public static final class Counter {
    private int observations;
    private int answered;
    private int rejected;
    private int redirected;
    private int onTime;
    private final Map<AnswerOutcome, Integer> byOutcome = new EnumMap<>(AnswerOutcome.class);
    private final Map<StakeholderGroup, Integer> byGroup = new EnumMap<>(StakeholderGroup.class);
    private final Map<String, Integer> byDepartment = new TreeMap<>();
    private final Map<Channel, Integer> byChannel = new EnumMap<>(Channel.class);
    private final Map<Triage, Integer> rejectedByReason = new EnumMap<>(Triage.class);

    public Counter add(ReportEntry e) {
      observations++;
      byGroup.merge(e.getStakeholderGroup(), 1, Integer::sum);
      byDepartment.merge(e.getDepartmentCode(), 1, Integer::sum);
      byChannel.merge(e.getChannel(), 1, Integer::sum);
      switch (e.getDisposition()) {
        case ANSWERED -> {
          answered++;
          byOutcome.merge(e.getOutcome(), 1, Integer::sum);
          if (Boolean.TRUE.equals(e.getOnTime())) {
            onTime++;
          }
        }
        case REJECTED -> {
          rejected++;
          rejectedByReason.merge(e.getReason(), 1, Integer::sum);
        }
        case REDIRECTED -> redirected++;
      }
      return this;
    }

    public ReportTotals totals() {
      return new ReportTotals(
          observations,
          answered,
          rejected,
          redirected,
          onTime,
          byOutcome,
          byGroup,
          byDepartment,
          byChannel,
          rejectedByReason);
    }
  }

  // --- JSON, as stored and as the API shows it ---------------------------------------------------

  public JsonObject toJson() {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("observations", observations)
            .add("answered", answered)
            .add("rejected", rejected)
            .add("redirected", redirected)
            .add("answeredOnTime", onTime);
    BigDecimal percent = onTimePercent();
    if (percent == null) {
      b.addNull("onTimePercent");
    } else {
      b.add("onTimePercent", percent);
    }
    return b.add("byOutcome", object(byOutcome, Enum::name))
        .add("byStakeholderGroup", object(byGroup, Enum::name))
        .add("byDepartment", object(byDepartment, Function.identity()))
        .add("byChannel", object(byChannel, Enum::name))
        .add("rejectedByReason", object(rejectedByReason, Enum::name))
        .build();
  }

  public static ReportTotals fromJson(String json) {
    JsonObject o;
    try (var reader = Json.createReader(new StringReader(json))) {
      o = reader.readObject();
    }
    return new ReportTotals(
        o.getInt("observations"),
        o.getInt("answered"),
        o.getInt("rejected"),
        o.getInt("redirected"),
        o.getInt("answeredOnTime"),
        map(o.getJsonObject("byOutcome"), AnswerOutcome::valueOf),
        map(o.getJsonObject("byStakeholderGroup"), StakeholderGroup::valueOf),
        map(o.getJsonObject("byDepartment"), Function.identity()),
        map(o.getJsonObject("byChannel"), Channel::valueOf),
        map(o.getJsonObject("rejectedByReason"), Triage::valueOf));
  }

  private static <K> JsonObjectBuilder object(Map<K, Integer> counts, Function<K, String> key) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    counts.forEach((k, n) -> b.add(key.apply(k), n));
    return b;
  }

  private static <K> Map<K, Integer> map(JsonObject o, Function<String, K> key) {
    Map<K, Integer> m = new java.util.LinkedHashMap<>();
    o.forEach((k, v) -> m.put(key.apply(k), ((jakarta.json.JsonNumber) v).intValue()));
    return m;
  }
}
