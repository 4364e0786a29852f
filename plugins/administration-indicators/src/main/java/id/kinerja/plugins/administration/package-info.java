/** Administration indicators: documents completed, complaint response and resolution time. */
package id.kinerja.plugins.administration;
