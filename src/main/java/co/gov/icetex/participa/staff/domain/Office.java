package co.gov.icetex.participa.staff.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A unit of ICETEX (dependencia) that answers observations, e.g. "Oficina Asesora de Planeación".
 * Names are unique regardless of case (checked by the service, enforced by the database). An office
 * is never deleted, since consultations and answers refer to it: it is deactivated, and then no
 * longer offered for new assignments.
 */
@Entity
@Table(name = "office")
@NamedQuery(name = Office.FIND_ALL, query = "SELECT o FROM Office o ORDER BY o.name")
@NamedQuery(
    name = Office.FIND_ACTIVE,
    query = "SELECT o FROM Office o WHERE o.active = TRUE ORDER BY o.name")
@NamedQuery(
    name = Office.FIND_BY_NAME,
    query = "SELECT o FROM Office o WHERE LOWER(o.name) = LOWER(:name)")
public class Office {

  public static final String FIND_ALL = "Office.findAll";
  public static final String FIND_ACTIVE = "Office.findActive";
  public static final String FIND_BY_NAME = "Office.findByName";

  public static final int MAX_NAME = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String name;

  @Column(nullable = false)
  private boolean active = true;

  protected Office() {}

  public Office(String name) {
    this.name = checkedName(name);
  }

  /** The name without surrounding or repeated spaces; refuses a blank or too long one. */
  public static String checkedName(String name) {
    String clean = normalizeName(name);
    if (clean.isEmpty() || clean.length() > MAX_NAME) {
      throw new IllegalArgumentException("An office name has 1 to " + MAX_NAME + " characters");
    }
    return clean;
  }

  public static String normalizeName(String name) {
    return name == null ? "" : name.strip().replaceAll("\\s+", " ");
  }

  public void rename(String newName) {
    this.name = checkedName(newName);
  }

  public void deactivate() {
    this.active = false;
  }

  public void reactivate() {
    this.active = true;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public boolean isActive() {
    return active;
  }
}
