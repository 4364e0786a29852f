/**
 * The shared kernel every feature's domain speaks: the BerAKHLAK core values ({@link
 * id.kinerja.platform.shared.domain.CoreValue}) and the one rule-violation type ({@link
 * id.kinerja.platform.shared.domain.RuleViolation}) that the REST API and the views answer in one
 * place each. It depends on nothing else of the platform.
 */
package id.kinerja.platform.shared.domain;
