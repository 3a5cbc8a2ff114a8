/**
 * The accountability hearing (audiencia pública de rendición de cuentas): its agenda, materials,
 * registration with e-mail confirmation, the citizens' questions, the evaluation survey and the
 * published report (memoria, also as PDF/UA). Builds on {@code consultation} (questions are
 * observations of the hearing's consultation), {@code observation}, {@code opendata} (published
 * answers), {@code staff} and {@code notification}'s outbox; only {@code privacy} and {@code demo}
 * use it.
 */
package co.gov.icetex.participa.hearing;
