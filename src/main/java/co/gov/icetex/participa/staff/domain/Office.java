package co.gov.icetex.participa.staff.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A unit of ICETEX (dependencia) that answers observations, e.g. "Oficina Asesora de Planeación". */
@Entity
@Table(name = "office")
public class Office {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String name;

  @Column(nullable = false)
  private boolean active = true;

  protected Office() {}

  public Office(String name) {
    this.name = Objects.requireNonNull(name).strip();
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
