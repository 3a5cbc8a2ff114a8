package co.gov.icetex.participa.observation.web;

import co.gov.icetex.participa.observation.domain.Department;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/**
 * What the observation form's selects offer: the stakeholder groups, and the departments in the
 * order {@link Department#byName()} gives them. The same for every consultation and request.
 */
@Named("observationChoices")
@ApplicationScoped
public class ObservationChoices {

  public List<StakeholderGroup> getGroups() {
    return Arrays.asList(StakeholderGroup.values());
  }

  public List<Department> getDepartments() {
    return Department.byName();
  }
}
