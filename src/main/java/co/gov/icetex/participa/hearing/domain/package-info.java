/**
 * Hearing entities and values: {@code Hearing} with its agenda and materials, registrations, survey
 * responses, the memoria. Published to other features: {@code Hearing}, {@code
 * HearingRegistration}, {@code AttendanceMode}, {@code MaterialKind}, {@code Memoria}, {@code
 * RegistrationRequest}, {@code SurveyAnswer}, {@code SurveyResponse}. May use {@code consultation}
 * and {@code observation} published domain types and {@code shared}.
 */
package co.gov.icetex.participa.hearing.domain;
