package co.gov.icetex.participa.report.web;

import co.gov.icetex.participa.answer.domain.AnswerOutcome;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import co.gov.icetex.participa.report.application.ReportFilter;
import co.gov.icetex.participa.report.domain.ReportDisposition;
import co.gov.icetex.participa.shared.paging.Filters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the address of the report page asks for: the report ({@code c}, {@code version}), a tracking
 * code ({@code codigo}), or filters ({@code parte}, {@code resultado}, {@code grupo}) and a page
 * ({@code pagina}). A filter value that names nothing is no filter, like on the other lists.
 */
@Named("reportQuery")
@RequestScoped
public class ReportQuery {

  private String c;
  private Integer version;
  private Integer pagina;
  private String codigo;
  private String parte;
  private String resultado;
  private String grupo;

  public boolean isCodeSearch() {
    return codigo != null && !codigo.isBlank();
  }

  ReportFilter filter() {
    String part = parte == null || parte.isBlank() ? null : parte.strip();
    Enum<?> result = Filters.parse(resultado, AnswerOutcome::valueOf);
    if (result == null) {
      ReportDisposition d = Filters.parse(resultado, ReportDisposition::valueOf);
      result = d == ReportDisposition.ANSWERED ? null : d;
    }
    return new ReportFilter(part, result, Filters.parse(grupo, StakeholderGroup::valueOf));
  }

  public boolean isFiltered() {
    return !filter().isEmpty();
  }

  /** The page's address with this version and the filters, ending in "&" for the pager. */
  public String getListLink() {
    var params = new ArrayList<String>(List.of("c=" + encode(c)));
    if (version != null) {
      params.add("version=" + version);
    }
    ReportFilter f = filter();
    if (f.part() != null) {
      params.add("parte=" + encode(f.part()));
    }
    if (f.result() != null) {
      params.add("resultado=" + f.result().name());
    }
    if (f.group() != null) {
      params.add("grupo=" + f.group().name());
    }
    return "informe?" + String.join("&", params) + "&";
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }

  public String getC() {
    return c;
  }

  public void setC(String c) {
    this.c = c;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  public Integer getPagina() {
    return pagina;
  }

  public void setPagina(Integer pagina) {
    this.pagina = pagina;
  }

  public String getCodigo() {
    return codigo;
  }

  public void setCodigo(String codigo) {
    this.codigo = codigo;
  }

  public String getParte() {
    return parte;
  }

  public void setParte(String parte) {
    this.parte = parte;
  }

  public String getResultado() {
    return resultado;
  }

  public void setResultado(String resultado) {
    this.resultado = resultado;
  }

  public String getGrupo() {
    return grupo;
  }

  public void setGrupo(String grupo) {
    this.grupo = grupo;
  }
}
