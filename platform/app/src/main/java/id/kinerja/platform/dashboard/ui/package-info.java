/** The dashboard view, with charts and the same figures as tables. */
package id.kinerja.platform.dashboard.ui;
