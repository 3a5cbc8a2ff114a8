package co.gov.icetex.participa.hearing.web;

import co.gov.icetex.participa.hearing.domain.AttendanceMode;
import co.gov.icetex.participa.hearing.domain.SurveyAnswer;
import co.gov.icetex.participa.observation.domain.Department;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/**
 * What the hearing page's forms offer to choose from: the attendance modes, groups and departments
 * of the registration, the scale and answers of the evaluation. The same for every hearing and
 * request.
 */
@Named("hearingChoices")
@ApplicationScoped
public class HearingChoices {

  /** The evaluation's marks for clarity and usefulness, 1 (worst) to 5. */
  private static final List<Integer> SCALE = List.of(1, 2, 3, 4, 5);

  public AttendanceMode[] getModes() {
    return AttendanceMode.values();
  }

  public SurveyAnswer[] getSurveyAnswers() {
    return SurveyAnswer.values();
  }

  public List<StakeholderGroup> getGroups() {
    return Arrays.asList(StakeholderGroup.values());
  }

  public List<Department> getDepartments() {
    return Department.byName();
  }

  public List<Integer> getScale() {
    return SCALE;
  }
}
