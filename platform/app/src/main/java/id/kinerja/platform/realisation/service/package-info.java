/** Recording realisations, evidence and feedback of the current region, checked and audited. */
package id.kinerja.platform.realisation.service;
