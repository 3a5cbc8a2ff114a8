package co.gov.icetex.participa.hearing.domain;

import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One point of the agenda, in order: an optional time ("9:00 a. m."), a title and who presents it.
 */
@Entity
@Table(name = "hearing_agenda_item")
public class AgendaItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "hearing_id")
  private Hearing hearing;

  @Column(nullable = false)
  private int position;

  @Column(name = "time_label")
  private String timeLabel;

  @Column(nullable = false)
  private String title;

  private String speaker;

  protected AgendaItem() {}

  AgendaItem(Hearing hearing, int position, String timeLabel, String title, String speaker) {
    if (title == null || title.isBlank()) {
      throw Refusal.of(Reason.CONFLICT, "hearing.error.agendaTitle");
    }
    this.hearing = hearing;
    this.position = position;
    this.timeLabel = timeLabel == null || timeLabel.isBlank() ? null : timeLabel.strip();
    this.title = title.strip();
    this.speaker = speaker == null || speaker.isBlank() ? null : speaker.strip();
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getTimeLabel() {
    return timeLabel;
  }

  public String getTitle() {
    return title;
  }

  public String getSpeaker() {
    return speaker;
  }
}
