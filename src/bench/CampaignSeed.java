import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes the SQL that seeds campaign-bench.sh's consultation: the observations of {@code
 * CampaignBench} (five campaigns of 800, 500, 300, 200 and 100 copies of a letter, each copy with
 * its own greeting, signature and e-mail address, and one time in three a typo, a personal opening
 * or a sentence added; 300 short texts of four kinds, identical within a kind; different texts of
 * 300 to 2,000 characters up to the total), in random arrival order, as observations received and
 * not grouped yet. The tracking code says what each was planted as, so that the script can check
 * the grouping with SQL alone: {@code CB-L<k>-<n>} a copy of letter k, {@code CB-S<k>-<n>} short
 * text k, {@code CB-U-<n>} a text of its own ({@code CB} being the two-letter prefix given).
 *
 * <p>Compiled with CampaignBench.java (its {@code Texts}) by the script: {@code java -cp <dir>
 * CampaignSeed OUT.sql N SEED PREFIX}. The consultation is {@code @c} in the SQL, set by the
 * script.
 */
public class CampaignSeed {

  private static final int[] CAMPAIGN_SIZES = {800, 500, 300, 200, 100};
  private static final String[] SHORT_TEXTS = {
    "Estoy de acuerdo.", "De acuerdo con la propuesta.", "No estoy de acuerdo.", "Apoyo el plan."
  };
  private static final int SHORT_COUNT = 300;
  private static final int ROWS_PER_INSERT = 250;
  private static final DateTimeFormatter SQL_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

  private record Planted(String label, String text) {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int total = Integer.parseInt(args[1]);
    var random = new Random(Long.parseLong(args[2]));
    String prefix = args[3];
    var planted = new ArrayList<Planted>();
    for (int c = 0; c < CAMPAIGN_SIZES.length; c++) {
      String letter = CampaignBench.Texts.text(random, 150 + random.nextInt(150));
      for (int i = 0; i < CAMPAIGN_SIZES[c]; i++) {
        planted.add(new Planted("L" + (c + 1), CampaignBench.Texts.copy(random, letter)));
      }
    }
    for (int i = 0; i < SHORT_COUNT; i++) {
      int k = random.nextInt(SHORT_TEXTS.length);
      planted.add(new Planted("S" + (k + 1), SHORT_TEXTS[k]));
    }
    while (planted.size() < total) {
      planted.add(
          new Planted("U", CampaignBench.Texts.ofLength(random, 300 + random.nextInt(1_701))));
    }
    List<Planted> arrival = new ArrayList<>(planted.subList(0, total));
    Collections.shuffle(arrival, random);

    // Received over the last day, in arrival order (ids follow the same order).
    Instant first = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    try (var sql = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      sql.println("START TRANSACTION;");
      for (int i = 0; i < arrival.size(); i++) {
        if (i % ROWS_PER_INSERT == 0) {
          if (i > 0) {
            sql.println(";");
          }
          sql.println(
              "INSERT INTO observation (tracking_code, consultation_id, author_name, email,"
                  + " stakeholder_group, department_code, text, show_name, consent_policy,"
                  + " consented_at, channel, status, received_at, updated_at, due_date, version)"
                  + " VALUES");
        } else {
          sql.println(",");
        }
        Planted p = arrival.get(i);
        String at = SQL_TIME.format(first.plusMillis(5_000L * i));
        sql.printf(
            "('%s-%s-%05d', @c, 'Persona %d', 'persona%d@example.co', 'ESTUDIANTE', '11', '%s',"
                + " FALSE, '2026-01', '%s', 'API', 'RECEIVED', '%s', '%s',"
                + " DATE(DATE_ADD('%s', INTERVAL 21 DAY)), 0)",
            prefix, p.label(), i + 1, i + 1, i + 1, escape(p.text()), at, at, at, at);
      }
      sql.println(";");
      sql.println("COMMIT;");
    }
    System.out.printf(
        "%d observations: campaigns of %s copies, %d short texts, %d texts of their own%n",
        arrival.size(),
        java.util.Arrays.toString(CAMPAIGN_SIZES),
        SHORT_COUNT,
        arrival.size() - SHORT_COUNT - java.util.Arrays.stream(CAMPAIGN_SIZES).sum());
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("'", "''").replace("\n", "\\n");
  }
}
