package co.gov.icetex.participa.consultation.admin;

import java.io.Serializable;

/** One cell of a table row in the part form: its column (fixed) and its value (edited). */
public class CellInput implements Serializable {

  private final String label;
  private String value;

  public CellInput(String label, String value) {
    this.label = label;
    this.value = value;
  }

  public String getLabel() {
    return label;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }
}
