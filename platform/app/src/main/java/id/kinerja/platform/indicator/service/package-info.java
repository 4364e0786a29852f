/** Receiving indicator data feeds and computing the plugin indicators' realisations from them. */
package id.kinerja.platform.indicator.service;
