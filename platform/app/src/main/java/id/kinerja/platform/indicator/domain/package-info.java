/** The records of the indicator data feeds and the periods their computation covers. */
package id.kinerja.platform.indicator.domain;
