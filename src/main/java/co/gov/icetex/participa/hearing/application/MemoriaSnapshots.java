package co.gov.icetex.participa.hearing.application;

import co.gov.icetex.participa.hearing.domain.Hearing;
import co.gov.icetex.participa.shared.PlainText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.transaction.Transactional;

/**
 * The frozen content of a memoria: the texts staff wrote plus the attendance, the answered
 * questions and the survey's results as they are now. Only public data goes in (names only with
 * consent, texts redacted), so the snapshot can be shown and served as it is.
 */
@ApplicationScoped
public class MemoriaSnapshots {

  @Inject HearingCatalog catalog;

  @Transactional
  public String of(Hearing hearing, String summary, String commitments) {
    var attendance = catalog.registrations(hearing);
    var survey = catalog.surveyResults(hearing);
    JsonArrayBuilder questions = Json.createArrayBuilder();
    catalog
        .answeredQuestions(hearing)
        .forEach(
            q ->
                questions.add(
                    Json.createObjectBuilder()
                        .add("trackingCode", q.trackingCode())
                        .add("author", q.author() == null ? "" : q.author())
                        .add("text", q.text())
                        .add("outcome", q.outcome())
                        .add("answer", q.answerText())));
    JsonArrayBuilder comments = Json.createArrayBuilder();
    survey.comments().forEach(comments::add);
    return Json.createObjectBuilder()
        .add("summary", PlainText.multiLine(summary).strip())
        .add("commitments", PlainText.multiLine(commitments).strip())
        .add("registeredInPerson", attendance.inPerson())
        .add("registeredOnline", attendance.online())
        .add("questionsReceived", catalog.questionsReceived(hearing))
        .add("questions", questions)
        .add(
            "survey",
            Json.createObjectBuilder()
                .add("responses", survey.responses())
                .add("clarity", survey.clarity())
                .add("usefulness", survey.usefulness())
                .add("answered", survey.answered())
                .add("notAnswered", survey.notAnswered())
                .add("noQuestion", survey.noQuestion())
                .add("comments", comments))
        .build()
        .toString();
  }
}
