/** The recompute benchmark: predikat and curve checks of a 100,000-employee region. */
package id.kinerja.platform.calibration.bench;
