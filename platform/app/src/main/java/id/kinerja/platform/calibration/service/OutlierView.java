package id.kinerja.platform.calibration.service;

/**
 * An appraiser flagged for review in a period.
 *
 * @param nip the appraiser's NIP
 * @param name the appraiser's name
 * @param ratings how many ratings they gave
 * @param meanScore their mean score (5 Sangat Baik … 1 Sangat Kurang)
 * @param normScore the mean score of the other appraisers
 * @param z standard errors from the norm; positive means more lenient
 */
public record OutlierView(
    String nip, String name, int ratings, double meanScore, double normScore, double z) {}
