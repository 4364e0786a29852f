/** Internal 360 feedback: peers, subordinates and the supervisor rate the BerAKHLAK core values. */
package id.kinerja.plugins.internalfeedback;
