/**
 * The national evaluation rules as values (PP 30/2019, PermenPANRB 6/2022, SE MenPANRB 3/2023,
 * PermenPANRB 1/2023): ratings, the predikat matrix, the BerAKHLAK core values, the unit result and
 * its distribution curve, credit points and the yearly evaluation. Tenants and plugins add to these
 * rules, never change them.
 */
package id.kinerja.platform.evaluation.domain;
